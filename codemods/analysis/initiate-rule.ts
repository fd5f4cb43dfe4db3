// The shared body of the initiate-authentication and initiate-enrollment rules: find HTTP client calls whose URL
// is proven to be a legacy initiate endpoint, decide authentication vs enrolment (a v4 initiate body carrying
// enrollmentTransactionReference is an authentication), and migrate the calls of the rule's kind.
import { Node } from '#ts-morph';
import { ENROLLMENT_REFERENCE_FIELD } from '../../api/index.js';
import { IDENTIFIERS, descendantsUnder } from '../engine/descendants.js';
import type { RuleContext, RuleFile, RuleResult } from '../engine/types.js';
import { bodyFacts, type InitiateKind } from './body-mapping.js';
import { EditSet } from './edit-set.js';
import { EvalContext } from './eval-context.js';
import { possibleHttpCalls, recogniseHttpCall, type HttpCall } from './http-calls.js';
import { FileMigration } from './file-migration.js';
import { migrateInitiateCall } from './initiate-call.js';
import { flagOwnMarkupReads, registerAstroTemplate } from './component-initiate.js';
import { resolveLegacyEndpoint, type LegacyEndpoint } from './legacy-endpoint.js';
import { resolveObjectLiteralInFile } from './object-literals.js';
import { flagMobileSdkBridges } from './mobile-sdk.js';
import { flagLegacySdkCalls } from './legacy-sdk.js';
import { partlyLegacyEndpoint, partlyLegacyMessage } from './partly-legacy.js';
import { mentionsJumio } from './jumio-names.js';
import { resolveIdentifier } from './resolve-binding.js';
import { readsEnvironment, unseenHostInitiate, unseenHostMessage } from './unseen-host.js';
import { flagImportedInstanceCalls, migratableImportedCalls } from './imported-instance.js';
import { flagNestHttpModuleCalls } from './nest-http-module.js';
import { ResponseFlow } from './response-flow.js';
import { setResponseTypeState, type ResponseTypeState } from './response-types.js';

export interface FoundInitiate {
  http: HttpCall;
  endpoint: LegacyEndpoint;
  kind: InitiateKind | 'undecided';
}

/** Every proven legacy initiate call in a block. */
export function findInitiateCalls(evalCtx: EvalContext, sf: import('ts-morph').SourceFile): FoundInitiate[] {
  const out: FoundInitiate[] = [];
  const seen = new Set<Node>();
  const text = sf.getFullText();
  // Calls through an instance another module creates, when it is proven to add only what the call overrides.
  const imported = text.includes('initiate') || text.includes(ENROLLMENT_REFERENCE_FIELD) ? migratableImportedCalls(evalCtx, sf) : [];
  for (const http of [...possibleHttpCalls(sf).map(recogniseHttpCall), ...imported]) {
    if (!http || seen.has(http.call)) continue;
    seen.add(http.call);
    if (http.method && http.method !== 'POST') continue;
    const endpoint = resolveLegacyEndpoint(http.url, evalCtx, http.base);
    if (!endpoint) continue;
    let kind: FoundInitiate['kind'];
    if (endpoint.route === 'auth-initiate') kind = 'authentication';
    else if (endpoint.route === 'v4-initiate') {
      const obj = http.body ? resolveObjectLiteralInFile(http.body.value) : undefined;
      if (!obj) kind = 'undecided';
      else {
        const facts = bodyFacts(obj);
        kind = facts.fields.has(ENROLLMENT_REFERENCE_FIELD) ? 'authentication' : 'enrollment';
      }
    } else continue;
    out.push({ http, endpoint, kind });
  }
  return out;
}

export function runInitiateRule(ruleId: string, kind: InitiateKind, file: RuleFile, ctx: RuleContext): RuleResult {
  const result: RuleResult = { edits: [], manual: [], newFiles: [], external: [], notes: [] };
  for (const block of file.scripts) {
    const evalCtx = new EvalContext(ctx.project, block.sourceFile, file.absPath);
    const edits = new EditSet(block.offset, (n) => (evalCtx.isMainFile(n) ? undefined : evalCtx.pathOf(n)));
    const fm = new FileMigration(ruleId, file, block, ctx, evalCtx, edits);
    registerAstroTemplate(fm);
    const types: ResponseTypeState = { kept: new Map(), copies: new Map(), callsFile: file.absPath.replace(/^.*[\\/]/, '') };
    setResponseTypeState(edits, types);
    const restart = fm.snapshot();
    let migrated = false;
    const pass = (): HttpCall[] => {
      const flagged: HttpCall[] = [];
      for (const found of findInitiateCalls(evalCtx, block.sourceFile)) {
        if (found.kind === 'undecided') {
          flagged.push(found.http); // migrated by neither rule: its reads stay legacy
          if (kind === 'enrollment') {
            edits.addManual(found.http.call, 'legacy Jumio v4 initiate with a body built elsewhere: if it carries enrollmentTransactionReference it is an authentication (KYX account PUT, workflow 9), else an enrolment (KYX account POST); migrate it as in MIGRATION.md');
          }
          continue;
        }
        if (found.kind !== kind) continue;
        // One call that cannot be analysed must not cost the file its other migrations.
        const rollback = fm.snapshot();
        types.site = found.http.call;
        try {
          // Not migrated in a component (browser code): its markup's reads of the response get items.
          if (migrateInitiateCall(fm, found.http, found.endpoint, kind)) migrated = true;
          else flagged.push(found.http), flagOwnMarkupReads(fm, found.http);
        } catch (err) {
          rollback();
          flagged.push(found.http);
          edits.addManual(found.http.call, `legacy Jumio ${kind} initiate not migrated automatically (the codemod could not analyse it: ${(err as Error).message}); migrate it as in MIGRATION.md`);
        }
      }
      types.site = undefined;
      if (kind === 'authentication') flagMobileSdkBridges(block.sourceFile, edits);
      else flagLegacySdkCalls(block.sourceFile, edits);
      flagged.push(...reportEnvOnlyUrls(evalCtx, block.sourceFile, edits, kind), ...flagPartlyLegacyCalls(evalCtx, block.sourceFile, edits, kind),
        ...flagImportedInstanceCalls(evalCtx, block.sourceFile, edits, kind), ...flagNestHttpModuleCalls(evalCtx, block.sourceFile, edits, kind));
      return flagged;
    };
    const flagged = pass();
    // A response type a flagged call of the file reads keeps its legacy shape (kyx-type-copy.ts): known only now (a
    // flagged call may come after the migrated one), so the file's calls are migrated again knowing them.
    if (migrated && keptTypes(flagged, evalCtx, block.offset, types)) {
      restart();
      pass();
    }
    fm.finish();
    result.edits.push(...edits.edits);
    result.manual.push(...edits.manual);
    result.newFiles!.push(...edits.newFiles);
    result.external!.push(...edits.externalEdits());
    result.notes!.push(...edits.notes);
  }
  return result;
}

/** The response type declarations the flagged calls read (their responses followed on a scratch edit set). */
function keptTypes(flagged: HttpCall[], evalCtx: EvalContext, offset: number, types: ResponseTypeState): boolean {
  for (const http of flagged) {
    const collect = new Set<Node>();
    const scratch = new EditSet(offset, (n) => (evalCtx.isMainFile(n) ? undefined : evalCtx.pathOf(n)));
    setResponseTypeState(scratch, { ...types, collect });
    try {
      new ResponseFlow(http, evalCtx, scratch, { leavesMessage: '' }).run();
    } catch {
      continue; // a shape the flow cannot analyse: its types are not known
    }
    for (const d of collect) if (!types.kept.has(d)) types.kept.set(d, http.call);
  }
  return types.kept.size > 0;
}

/** A Jumio-shaped body sent to a URL that only exists in the environment (fergmac-style): not proven, so never
 * rewritten — listed in the report only (no marker; the file stays byte-identical). Authentication: a body with
 * enrollmentTransactionReference; enrolment: an env var named after Jumio / Netverify. Otherwise, a legacy initiate
 * body sent to a URL whose host is a value the codemod cannot read (unseen-host.ts): reported at the call, marked
 * (the body is the legacy request's own). */
function reportEnvOnlyUrls(evalCtx: EvalContext, sf: import('ts-morph').SourceFile, edits: EditSet, kind: InitiateKind): HttpCall[] {
  const flagged: HttpCall[] = [];
  for (const call of possibleHttpCalls(sf)) {
    const http = recogniseHttpCall(call);
    if (!http || (http.method && http.method !== 'POST')) continue;
    if (resolveLegacyEndpoint(http.url, evalCtx, http.base)) continue;
    // Node's hostname option is the URL's host: `hostname: process.env.JUMIO_HOST` reads the environment too.
    const urlText = [http.url, ...(http.client === 'node-http' && http.base ? [http.base] : [])].map((u) => withEnvVariables(u, evalCtx)).join('\n');
    const obj = readsEnvironment(urlText) && http.body ? resolveObjectLiteralInFile(http.body.value) : undefined;
    const isAuth = !!obj && bodyFacts(obj).fields.has(ENROLLMENT_REFERENCE_FIELD);
    if (obj && kind === 'authentication' && isAuth) {
      edits.addManual(call, 'an authentication-shaped body is sent to a URL taken from the environment: if it is the legacy Jumio Authentication initiate, change the configured URL and migrate this call (see MIGRATION.md)', false);
    } else if (obj && kind === 'enrollment' && !isAuth && mentionsJumio(urlText)) {
      edits.addManual(call, 'a Jumio initiate URL comes from the environment: if it is the legacy v4 initiate, point it at https://account.<region>.jumio.ai/api/v1/accounts and migrate this call (see MIGRATION.md)', false);
    } else {
      const unseen = unseenHostInitiate(http, evalCtx);
      if (unseen?.kind === kind) edits.addManual(call, unseenHostMessage(unseen)), flagged.push(http);
    }
  }
  return flagged;
}

/** The URL's text, plus the initializers of the local variables it reads when they are a bare environment read:
 * `` fetch(`${url}`) `` with `const url = process.env.JUMIO_INITIATE_URL` reads the environment too. A variable
 * with a default (`process.env.X ?? 'http://127.0.0.1:8787'`, a local shim; or the legacy host) is not followed. */
function withEnvVariables(expr: Node, ctx: EvalContext): string {
  const texts = [expr.getText()];
  const ids = Node.isIdentifier(expr) ? [expr] : descendantsUnder(expr, IDENTIFIERS, { jsDoc: true });
  for (const id of ids) {
    const p = id.getParent();
    if (p && Node.isPropertyAccessExpression(p) && p.getNameNode() === id) continue;
    const bound = resolveIdentifier(id, ctx);
    const text = bound?.kind === 'expr' ? bound.expr.getText() : '';
    if (/^(process\.env|import\.meta\.env)(\.[\w$]+|\[\s*(['"`])[\w$]+\3\s*\])!?$/.test(text)) texts.push(text);
  }
  return texts.join('\n');
}

/** A call whose URL is a legacy initiate endpoint by default but can come from a setting (partly-legacy.ts): not
 * proven, so not rewritten, but flagged at the call. v4 initiate goes to the rule of its body's kind. */
function flagPartlyLegacyCalls(evalCtx: EvalContext, sf: import('ts-morph').SourceFile, edits: EditSet, kind: InitiateKind): HttpCall[] {
  const flagged: HttpCall[] = [];
  for (const call of possibleHttpCalls(sf)) {
    const http = recogniseHttpCall(call);
    if (!http || (http.method && http.method !== 'POST')) continue;
    // undefined for a proven URL too (no unknown value): one evaluation per call.
    const p = partlyLegacyEndpoint(http.url, evalCtx, http.base);
    if (!p || (p.route !== 'auth-initiate' && p.route !== 'v4-initiate')) continue;
    const obj = http.body ? resolveObjectLiteralInFile(http.body.value) : undefined;
    const callKind: InitiateKind = p.route === 'auth-initiate' || (obj && bodyFacts(obj).fields.has(ENROLLMENT_REFERENCE_FIELD)) ? 'authentication' : 'enrollment';
    if (callKind !== kind) continue;
    const target = kind === 'authentication'
      ? 'the KYX account API (PUT https://account.<region>.jumio.ai/api/v1/accounts/{accountId}, workflow 9)'
      : 'the KYX account API (POST https://account.<region>.jumio.ai/api/v1/accounts)';
    edits.addManual(call, partlyLegacyMessage(p, `${kind} initiate`, target));
    flagged.push(http);
  }
  return flagged;
}
