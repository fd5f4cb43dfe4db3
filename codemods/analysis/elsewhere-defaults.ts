// A legacy initiate sent through a client whose defaults (base URL, Basic credentials) are set in another module:
// an axios / got / ky / request / Wreck instance imported from it (imported-instance.ts), or NestJS's HttpService,
// configured where HttpModule is registered (nest-http-module.ts). The call spells only a relative path; the codemod
// never edits it (its instance would still add the legacy base URL or credentials, and it serves other calls), so it
// is flagged at the call, naming where the defaults are set. This file decides whether such a call is a legacy
// initiate of the rule's kind: proven from the defaults' base URL when they can be read, else from its body (the
// legacy request's own field names) and a path that a legacy initiate's ends with.
import type { Node } from '#ts-morph';
import { ENROLLMENT_REFERENCE_FIELD } from '../../api/index.js';
import { bodyFacts, type InitiateKind } from './body-mapping.js';
import type { EvalContext } from './eval-context.js';
import { optionsObject, prop } from './http-call-forms.js';
import type { HttpCall } from './http-calls.js';
import { resolveLegacyEndpoint } from './legacy-endpoint.js';
import { resolveObjectLiteralInFile } from './object-literals.js';
import { candidateText, evaluateStrings, HOLE } from './static-strings.js';
import { tailsFor, unseenBodyKind } from './unseen-host.js';

export type DefaultsVerdict =
  /** The defaults' base URL joined to the call's path is a legacy initiate (`display`: the URL). */
  | { proven: true; display: string }
  /** The base URL cannot be read (or is not given); the body and the path say legacy initiate. */
  | { proven: false };

/** Is `http` (its base, if any, taken from the defaults) a legacy initiate of `kind`? undefined when not, or when the
 * defaults' base URL is readable and not a legacy host. */
export function legacyThroughDefaults(http: HttpCall, base: Node | undefined, ctx: EvalContext, kind: InitiateKind): DefaultsVerdict | undefined {
  if (http.method && http.method !== 'POST') return undefined;
  const obj = http.body ? resolveObjectLiteralInFile(http.body.value) : undefined;
  const bodyKind = obj ? unseenBodyKind(obj) : undefined;
  if (base) {
    const endpoint = resolveLegacyEndpoint(http.url, ctx, base);
    if (endpoint && (endpoint.route === 'auth-initiate' || endpoint.route === 'v4-initiate')) {
      const k: InitiateKind = endpoint.route === 'auth-initiate' || (obj && bodyFacts(obj).fields.has(ENROLLMENT_REFERENCE_FIELD)) ? 'authentication' : 'enrollment';
      return k === kind ? { proven: true, display: candidateText(endpoint.branches[0]!.candidate).replace(/[?#].*$/s, '') } : undefined;
    }
    // A base URL the codemod can read that is not a legacy host: another API (or already KYX).
    if (evaluateStrings(base, ctx).every((c) => !candidateText(c).includes(HOLE))) return undefined;
  }
  return bodyKind === kind && legacyInitiatePath(http, ctx, kind) ? { proven: false } : undefined;
}

/** Every value of the call's path is written (no unseen part) and relative, ending like a legacy initiate path. */
export function legacyInitiatePath(http: HttpCall, ctx: EvalContext, kind: InitiateKind): boolean {
  const tails = tailsFor(kind);
  const paths = evaluateStrings(http.url, ctx).map((c) => candidateText(c).replace(/[?#].*$/s, ''));
  return paths.length > 0 && paths.every((p) => !p.includes(HOLE) && !/^[a-z][\w+.-]*:/i.test(p) && tails.includes(p.replace(/^\/+|\/+$/g, '')));
}

/** The KYX call the flagged one must become, for its item. */
export function kyxTarget(kind: InitiateKind): string {
  return kind === 'authentication'
    ? 'the KYX account API (PUT https://account.<region>.jumio.ai/api/v1/accounts/{accountId}, workflow 9)'
    : 'the KYX account API (POST https://account.<region>.jumio.ai/api/v1/accounts)';
}

/** Does a client config carry credentials (`auth`, `username` / `password`, an Authorization header)? */
export function carriesCredentials(cfg: Node | undefined): boolean {
  const o = optionsObject(cfg);
  if (!o) return false;
  const headers = optionsObject(prop(o, 'headers'));
  return !!(prop(o, 'auth') ?? prop(o, 'username') ?? prop(o, 'password') ?? (headers && (prop(headers, 'Authorization') ?? prop(headers, 'authorization'))));
}
