// A legacy initiate body sent to a URL whose host the codemod cannot see: a config object's member, an imported
// setting, a parameter (`${settings.jumioBase}/api/authentication/v1/web/initiate`, `` `${cfg.apiBase}/initiate` ``,
// `https://${this.apiHost}/…`, a request's `baseUrl: config.kyc.baseUrl`). The catalogue's URLs are often written that way, and
// nothing else reports them: the proof rules need the host, legacy-endpoint reports only a literal that is the whole
// path, and reportEnvOnlyUrls only environment reads. Not proven, so never rewritten: reported at the call, which
// is where the work is. The body decides, with the legacy request's own field names (api/), which KYX's body does
// not use: an authentication carries enrollmentTransactionReference; an enrolment customerInternalReference with a
// v4-only field (workflowId, top-level successUrl…), never KYX's workflowDefinition.
import { Node, type ObjectLiteralExpression } from '#ts-morph';
import { ENROLLMENT_REFERENCE_FIELD, KYX, LEGACY, LEGACY_AUTH_INITIATE_PATHS, LEGACY_AUTH_RETRIEVAL_PREFIX, LEGACY_V4_INITIATE_PATH } from '../../api/index.js';
import { bodyFacts, type InitiateKind } from './body-mapping.js';
import type { EvalContext } from './eval-context.js';
import type { HttpCall } from './http-calls.js';
import { resolveObjectLiteralInFile } from './object-literals.js';
import { candidateText, evaluateStrings, HOLE, joinBase } from './static-strings.js';
import { schemedBases } from './node-http-calls.js';

const V4_ONLY_FIELDS: readonly string[] = [LEGACY.workflowId, LEGACY.successUrl, LEGACY.errorUrl, LEGACY.tokenLifetimeInMinutes, LEGACY.presets];

/** Path tails after the unseen part that an initiate of `kind` may have: its full legacy path, or the part of it a
 * base such as `…/api/v4` or `…/api/authentication/v1/web` leaves to the call. */
export function tailsFor(kind: InitiateKind): string[] {
  // A v4 initiate carrying enrollmentTransactionReference is an authentication too (initiate-rule.ts).
  const full = kind === 'authentication' ? [...LEGACY_AUTH_INITIATE_PATHS, LEGACY_V4_INITIATE_PATH] : [LEGACY_V4_INITIATE_PATH];
  const parts = full.map((p) => p.slice(1).split('/'));
  return [...new Set(parts.flatMap((ps) => ps.map((_, i) => ps.slice(i).join('/'))))];
}

/** The initiate a body is by the legacy request's own field names: an authentication carries
 * enrollmentTransactionReference; an enrolment customerInternalReference with a v4-only field, never workflowDefinition. */
export function unseenBodyKind(obj: ObjectLiteralExpression): InitiateKind | undefined {
  const fields = bodyFacts(obj).fields;
  return fields.has(ENROLLMENT_REFERENCE_FIELD) ? 'authentication'
    : fields.has(LEGACY.customerInternalReference) && !fields.has(KYX.workflowDefinition) && V4_ONLY_FIELDS.some((f) => fields.has(f))
      ? 'enrollment' : undefined;
}

/** The call carries credentials of its own (Basic auth as the legacy API wants them): an `auth` / `username` option or
 * an Authorization header. A call to the app's own backend usually does not. */
function sendsCredentials(http: HttpCall): boolean {
  const keys = [...(http.options?.getProperties() ?? []), ...(http.headers?.getProperties() ?? [])]
    .map((p) => (Node.isPropertyAssignment(p) || Node.isShorthandPropertyAssignment(p) ? p.getName().replace(/^['"]|['"]$/g, '').toLowerCase() : ''));
  return keys.some((k) => k === 'auth' || k === 'username' || k === 'authorization') ||
    // superagent's chain: the link's own text from its member name on (`.auth(u, p)`, `.set('Authorization', …)`).
    (http.chainCalls ?? []).some((c) => /^\s*\.?\s*auth\b|['"]authorization['"]/i.test(c.getText().slice(c.getExpression().getText().lastIndexOf('.'))));
}

export interface UnseenHostInitiate {
  kind: InitiateKind;
  /** The URL with its unseen parts as {…} (safe to print). */
  display: string;
}

/** The initiate `http` is, by its body, when its host cannot be seen; undefined when its URL is known (proven or not
 * legacy) or the body is not a legacy initiate's. */
export function unseenHostInitiate(http: HttpCall, ctx: EvalContext): UnseenHostInitiate | undefined {
  const obj = http.body ? resolveObjectLiteralInFile(http.body.value) : undefined;
  if (!obj) return undefined;
  const kind = unseenBodyKind(obj);
  if (!kind) return undefined;
  const tails = tailsFor(kind);
  let display: string | undefined;
  for (const text of urlTexts(http, ctx)) {
    // Every value must start with what cannot be seen (after a written scheme: `https://${this.apiHost}/…`): a written
    // host or a root-relative path is known.
    if (!unseenStart(text)) return undefined;
    const tail = text.slice(text.lastIndexOf(HOLE) + HOLE.length).replace(/^\/+|\/+$/g, '');
    if (tail !== '' && !tails.includes(tail)) return undefined;
    // Nothing of the path in sight (`axios.post(settings.initiateUrl, …)`): the body alone is weaker evidence.
    if (tail === '' && !sendsCredentials(http)) return undefined;
    display ??= text.split(HOLE).join('{…}').slice(0, 120);
  }
  return display === undefined ? undefined : { kind, display };
}

/** The text reads the environment (`process.env`, `import.meta.env`): such URLs are listed in the report only. */
export const readsEnvironment = (text: string): boolean => /\b(process\.env|import\.meta\.env)\b/.test(text);

/** The value starts with an unseen part, or with a scheme and then an unseen host; no other host is written. */
function unseenStart(text: string): boolean {
  const rest = text.replace(/^https?:\/\//i, '');
  return rest.startsWith(HOLE) && !rest.includes('://');
}

/** The values `http`'s URL can take (joined to its base), query and fragment dropped. */
function urlTexts(http: HttpCall, ctx: EvalContext): string[] {
  let candidates = evaluateStrings(http.url as Node, ctx);
  if (http.base) {
    const bases = schemedBases(http.base, evaluateStrings(http.base, ctx));
    // Node's hostname + path options: the path follows the host as written, even when the host cannot be read.
    candidates = candidates.flatMap((p) => bases.map((b) => (http.client === 'node-http' ? [...b, ...p] : joinBase(b, p))));
  }
  return candidates.map((c) => candidateText(c).replace(/[?#].*$/s, ''));
}

/** The authentication retrieval path after a host the codemod cannot see
 * (`` `${settings.jumioBase}/api/netverify/v2/authentications/${ref}` ``): a path no other API spells, so the call is
 * Jumio's wherever its host points. Returns the URL to print, or undefined. */
export function unseenHostRetrieval(http: HttpCall, ctx: EvalContext): string | undefined {
  const texts = urlTexts(http, ctx);
  const prefix = LEGACY_AUTH_RETRIEVAL_PREFIX;
  const ok = texts.every((t) => unseenStart(t) && t.slice(t.indexOf(HOLE) + HOLE.length).replace(/^\/?/, '/').startsWith(prefix));
  return ok && texts.length ? texts[0]!.split(HOLE).join('{…}').slice(0, 120) : undefined;
}

export function unseenRetrievalMessage(display: string): string {
  return `legacy Jumio authentication retrieval not migrated automatically: it is sent to ${display}, whose host comes from a value the ` +
    'codemod cannot read (a config value, an imported setting, a parameter): if it is a legacy Jumio host, migrate this call by hand to ' +
    'GET https://retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} with an OAuth2 ' +
    'bearer token, and point the setting at the KYX host (see MIGRATION.md)';
}

export function unseenHostMessage(u: UnseenHostInitiate): string {
  const target = u.kind === 'authentication'
    ? 'PUT https://account.<region>.jumio.ai/api/v1/accounts/{accountId}, workflow 9'
    : 'POST https://account.<region>.jumio.ai/api/v1/accounts';
  const field = u.kind === 'authentication' ? ENROLLMENT_REFERENCE_FIELD : LEGACY.customerInternalReference;
  const body = u.kind === 'authentication' ? 'an authentication body' : 'an enrolment body';
  return `legacy Jumio ${u.kind} initiate not migrated automatically: ${body} (${field}) is sent to ${u.display}, whose host ` +
    'comes from a value the codemod cannot read (a config value, an imported setting, a parameter): if it is a legacy Jumio host, ' +
    `migrate this call by hand to the KYX account API (${target}) with an OAuth2 bearer token, and point the setting at the KYX host (see MIGRATION.md)`;
}
