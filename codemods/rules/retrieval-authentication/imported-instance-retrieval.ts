// A legacy retrieval sent through a client instance created in another module and imported here
// (`import { jumio } from '../lib/jumio-client'; jumio.get(`/netverify/v2/authentications/${ref}`)`): the call is
// not a request of this file's own clients, so the rule never saw it. It is flagged at the call, naming the
// instance, as the initiate rules flag an initiate through it (imported-instance.ts): the instance would still add
// the legacy base URL and credentials, and serves other calls. Proven from the instance's base URL when it can be
// read (also a setting with the legacy default), else from the legacy retrieval path, which no other API spells.
// An instance proven to add only what a migrated call overrides (imported-instance-proof.ts) is not flagged: its
// call is among the rule's candidates (retrievalCandidates) and migrated like one through a local instance.
import type { CallExpression, Node, SourceFile } from '#ts-morph';
import type { EvalContext } from '../../analysis/eval-context.js';
import type { EditSet } from '../../analysis/edit-set.js';
import { importedInstanceAdvice, importedInstanceCalls, isMigratable, migratableImportedCalls } from '../../analysis/imported-instance.js';
import { possibleHttpCalls, recogniseHttpCall } from '../../analysis/http-calls.js';
import { partlyLegacyEndpoint } from '../../analysis/partly-legacy.js';
import { candidateText, evaluateStrings, HOLE } from '../../analysis/static-strings.js';
import type { HttpCall } from '../../analysis/http-calls.js';
import { proveRetrievalUrl } from './retrieval-url.js';

const TARGET = 'GET https://retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId}';
/** The legacy retrieval path as a relative URL spells it (`netverify/v2/authentications/{ref}…`). */
const LEGACY_PATH = /^\/?(?:api\/)?netverify\/v2\/authentications\//;

function why(http: HttpCall, base: Node | undefined, ctx: EvalContext): string | undefined {
  const proven = proveRetrievalUrl(http.url, ctx, base);
  if (proven) return `its base URL makes this call GET a legacy authentication retrieval (${Object.keys(proven.origins).join(', ') || 'a legacy host'})`;
  if (partlyLegacyEndpoint(http.url, ctx, base)?.route === 'auth-retrieval') {
    return 'its base URL is the legacy host by default but can come from a setting, and this call GETs the legacy retrieval path';
  }
  const bases = base ? evaluateStrings(base, ctx).map(candidateText) : [];
  if (bases.length > 0 && bases.every((b) => !b.includes(HOLE))) return undefined; // a base the codemod reads: another API
  const paths = evaluateStrings(http.url, ctx).map(candidateText);
  if (paths.length === 0 || !paths.every((p) => !/^[a-z][\w+.-]*:/i.test(p) && LEGACY_PATH.test(p))) return undefined;
  return 'its base URL is a value the codemod cannot read, and this call GETs the legacy authentication retrieval path';
}

/** Flags each legacy authentication retrieval sent through an instance imported from another module. */
export function flagImportedInstanceRetrievals(ctx: EvalContext, sf: SourceFile, edits: EditSet): HttpCall[] {
  if (!sf.getFullText().includes('authentications')) return [];
  const flagged: HttpCall[] = [];
  for (const ic of importedInstanceCalls(ctx, sf)) {
    const { call, http, base, where } = ic;
    if (http.method && http.method !== 'GET') continue;
    if (isMigratable(ic, ctx) && proveRetrievalUrl(http.url, ctx, base)) continue; // a candidate of the rule
    const reason = why(http, base, ctx);
    if (!reason) continue;
    edits.addManual(call, `legacy Jumio authentication retrieval not migrated automatically: it goes through ${where}; ${reason}. ${importedInstanceAdvice(TARGET)}`);
    flagged.push(http);
  }
  return flagged;
}

/** The calls the rule looks at: the file's possible requests (recognised or not) and the calls through an imported
 * instance that may be migrated (imported-instance.ts). */
export function retrievalCandidates(ctx: EvalContext, sf: SourceFile): { call: CallExpression; http: HttpCall | undefined }[] {
  const own = possibleHttpCalls(sf).map((call) => ({ call, http: recogniseHttpCall(call) }));
  const imported = sf.getFullText().includes('authentications') ? migratableImportedCalls(ctx, sf) : [];
  return [...own, ...imported.map((http) => ({ call: http.call, http }))];
}
