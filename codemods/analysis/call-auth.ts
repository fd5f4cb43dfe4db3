// Basic → Bearer on a migrated call: the client's auth options (axios/request `auth`, got username/password,
// superagent .auth()), a hand-built or pre-encoded `Authorization` header; a Content-Length computed from the old
// body is removed (the client computes it again); User-Agent and every other header are kept.
import { Node, type CallExpression, type ObjectLiteralExpression } from '#ts-morph';
import type { EditSet } from './edit-set.js';
import type { HttpCall } from './http-calls.js';
import { applyPlan, habitualKeyQuote, keyColon, newPlan } from './object-edits.js';
import { propertyKey, resolveObjectLiteralInFile } from './object-literals.js';
import { wretchAuth } from './wretch-form.js';
import { bentAuth } from './wreck-bent-calls.js';

export interface AuthEditResult {
  problems: string[];
  /** Old text ranges that are gone (legacy credentials): their declarations may now be unused. */
  dead: [number, number][];
}

function keyOf(p: Node): string | undefined {
  if (Node.isPropertyAssignment(p)) return propertyKey(p.getNameNode());
  if (Node.isShorthandPropertyAssignment(p)) return p.getName();
  return undefined;
}

/** Is `n` inside `scope` (so an `await` written in it runs per call)? */
function inside(n: Node, scope: Node | undefined): boolean {
  if (!scope) return true;
  return n.getStart() >= scope.getStart() && n.getEnd() <= scope.getEnd();
}

/** Rewrite auth and headers. `bearer` is the header value expression text, `scope` the enclosing function. */
/** `extraOptions`: option texts the migrated call must also carry (e.g. `auth: null` against an instance's Basic auth). */
export function rewriteAuth(http: HttpCall, bearer: string, quote: string, scope: Node | undefined, edits: EditSet,
  extraOptions: readonly string[] = [], nullAuthOption = 'auth: null'): AuthEditResult {
  const problems: string[] = [];
  const dead: [number, number][] = [];
  const q = (s: string) => `${quote}${s}${quote}`;
  const authKey = 'Authorization';
  let insertedOptions = false;
  if (http.client === 'superagent') return superagentAuth(http, bearer, q, edits);
  if (http.client === 'wretch') return wretchAuth(http, bearer, edits);
  if (http.client === 'bent') return bentAuth(http, bearer, edits);

  // Options-level auth: axios/request `auth`, got `username`/`password`.
  const optPlan = newPlan();
  const opts = http.options;
  if (opts) {
    for (const p of opts.getProperties()) {
      const k = keyOf(p);
      if (k === 'auth' || ((http.client === 'got' || http.client === 'needle') && (k === 'username' || k === 'password'))) {
        optPlan.remove.add(p);
        dead.push([p.getStart(), p.getEnd()]);
      }
      // An absolute KYX URL replaces the legacy base: drop request's baseUrl / got's prefixUrl (they reject absolute URLs).
      if ((k === 'baseUrl' && (http.client === 'request' || http.client === 'request-promise')) || (k === 'prefixUrl' && http.client === 'got') ||
          (k === 'baseURL' && (http.client === 'axios' || http.client === 'ofetch'))) {
        optPlan.remove.add(p);
        dead.push([p.getStart(), p.getEnd()]);
      }
    }
  }
  const headers = http.headers;
  if (headers && inside(headers, scope)) {
    const plan = newPlan();
    let hasAuth = false;
    for (const p of headers.getProperties()) {
      const k = keyOf(p)?.toLowerCase();
      if (k === 'authorization') {
        hasAuth = true;
        // The key as written, with its own spacing around the colon ('Authorization' : …).
        const init = Node.isPropertyAssignment(p) ? p.getInitializer() : undefined;
        const keyText = init ? p.getText().slice(0, init.getStart() - p.getStart()) : `${authKey}: `;
        plan.replace.set(p, `${keyText}${bearer}`);
        dead.push([p.getStart(), p.getEnd()]);
      } else if (k === 'content-length') plan.remove.add(p);
    }
    if (!hasAuth) {
      // Among keys quoted by habit ({ "Accept": …, "User-Agent": … }), the new key is quoted alike.
      const quoted = habitualKeyQuote(headers);
      plan.append.push(`${quoted ? `${quoted}${authKey}${quoted}` : authKey}${keyColon(headers)}${bearer}`);
    }
    applyPlan(headers, plan, edits, 'Authorization: Basic → Bearer (KYX OAuth2 token)');
  } else if (headers) {
    // A shared headers object outside the function: keep it, override Authorization per call.
    const hp = opts?.getProperties().find((p) => keyOf(p) === 'headers');
    if (hp && (Node.isPropertyAssignment(hp) || Node.isShorthandPropertyAssignment(hp))) {
      const value = Node.isPropertyAssignment(hp) ? hp.getInitializerOrThrow().getText() : hp.getName();
      optPlan.replace.set(hp, `headers: { ...${value}, ${authKey}: ${bearer} }`);
      if (headers.getProperties().some((p) => keyOf(p)?.toLowerCase() === 'content-length')) {
        problems.push('the shared headers object sets a Content-Length computed from the legacy body: remove it');
      }
    } else problems.push('could not find where to set the Authorization header');
  } else if (opts && inside(opts, scope)) {
    const hp = opts.getProperties().find((p) => keyOf(p) === 'headers');
    if (hp && Node.isPropertyAssignment(hp)) optPlan.replace.set(hp, `headers: { ...${hp.getInitializerOrThrow().getText()}, ${authKey}: ${bearer} }`);
    // `{ headers }` whose object the codemod cannot see (a parameter): spread it, as above (a second `headers` key
    // would replace it).
    else if (hp && Node.isShorthandPropertyAssignment(hp)) optPlan.replace.set(hp, `headers: { ...${hp.getName()}, ${authKey}: ${bearer} }`);
    else {
      // `{ ...DEFAULTS, body }`: a `headers` written after the spread replaces the spread's headers (Content-Type,
      // User-Agent…), so they are carried over.
      const spread = lastSpreadWith(opts, 'headers');
      optPlan.append.push(`headers: { ${spread ? `...${spread.text}${spread.seen ? '' : '?'}.headers, ` : ''}${authKey}: ${bearer} }`);
    }
  } else if (!opts && http.optionsAfter) {
    const extra = extraOptions.map((o) => `, ${o}`).join('');
    insertedOptions = true;
    edits.insertAt(http.optionsAfter, http.optionsAfter.getEnd(), `, { headers: { ${authKey}: ${bearer} }${extra} }`, 'Authorization: Bearer (KYX OAuth2 token)');
  } else {
    problems.push('could not find where to set the Authorization header');
  }
  // A spread of shared options may carry the legacy credentials: axios and request send `auth` instead of (request:
  // over) any Authorization header. axios takes `auth: null` written after the spread; request has no such override.
  const spreadAuth = opts ? lastSpreadWith(opts, 'auth') : undefined;
  if (spreadAuth && (http.client === 'axios' || http.client === 'axios-instance')) {
    if (!extraOptions.length) extraOptions = [nullAuthOption];
  } else if (spreadAuth && (http.client === 'request' || http.client === 'request-promise')) {
    problems.push(`the request options spread ${spreadAuth.text}, which may set auth (the legacy Basic credentials): ${http.client} sends it ` +
      'over the Bearer Authorization header, so leave auth out of what this call spreads');
  }
  if (extraOptions.length && !insertedOptions) {
    if (opts && inside(opts, scope)) optPlan.append.push(...extraOptions);
    else problems.push(`could not add ${extraOptions.join(', ')} to the request options`);
  }
  if (opts) applyPlan(opts as ObjectLiteralExpression, optPlan, edits, 'legacy Basic auth option removed');
  void q;
  return { problems, dead };
}

/** The text of the last `...x` of `obj` whose object may hold `key` (a literal of this file that has it or spreads
 * further, or a value the codemod cannot see). */
function lastSpreadWith(obj: ObjectLiteralExpression, key: string): { text: string; seen: boolean } | undefined {
  const spreads = obj.getProperties().filter((p) => Node.isSpreadAssignment(p));
  for (const sp of spreads.reverse()) {
    const e = sp.getExpression();
    const lit = resolveObjectLiteralInFile(e);
    if (!lit || lit.getProperties().some((p) => Node.isSpreadAssignment(p) || keyOf(p) === key)) return { text: e.getText(), seen: !!lit };
  }
  return undefined;
}

function superagentAuth(http: HttpCall, bearer: string, q: (s: string) => string, edits: EditSet): AuthEditResult {
  let hasAuth = false;
  const dead: [number, number][] = [];
  for (const c of http.chainCalls ?? []) {
    const pa = c.getExpression();
    if (!Node.isPropertyAccessExpression(pa)) continue;
    const name = pa.getName();
    const [a0] = c.getArguments();
    const headerName = a0 && (Node.isStringLiteral(a0) || Node.isNoSubstitutionTemplateLiteral(a0)) ? a0.getLiteralValue().toLowerCase() : undefined;
    if (name === 'auth' || (name === 'set' && headerName === 'authorization')) {
      // The link only (`auth(…)`): the chain before it — the client itself, `request.post(url)` — stays in the call.
      dead.push([pa.getNameNode().getStart(), c.getEnd()]);
      if (hasAuth) removeChainLink(c, edits);
      else edits.replaceRange(c, pa.getNameNode().getStart(), c.getEnd(), `set(${q('Authorization')}, ${bearer})`, 'Authorization: Basic → Bearer (KYX OAuth2 token)');
      hasAuth = true;
    } else if (name === 'set' && headerName === 'content-length') {
      removeChainLink(c, edits);
    } else if (name === 'set' && a0 && Node.isObjectLiteralExpression(a0)) {
      // .set({ Authorization: 'Basic …', 'Content-Length': … })
      const plan = newPlan();
      for (const p of a0.getProperties()) {
        const k = keyOf(p)?.toLowerCase();
        if (k === 'authorization' && !hasAuth) {
          plan.replace.set(p, `${Node.isPropertyAssignment(p) ? p.getNameNode().getText() : 'Authorization'}${keyColon(a0)}${bearer}`);
          dead.push([p.getStart(), p.getEnd()]);
          hasAuth = true;
        } else if (k === 'authorization' || k === 'content-length') plan.remove.add(p);
      }
      applyPlan(a0, plan, edits, 'Authorization: Basic → Bearer (KYX OAuth2 token)');
    }
  }
  if (!hasAuth) {
    const first = (http.chainCalls ?? [])[0];
    const start = first ? (first.getExpression() as import('ts-morph').PropertyAccessExpression).getExpression() : http.call;
    edits.insertAt(start, start.getEnd(), `.set(${q('Authorization')}, ${bearer})`, 'Authorization: Bearer (KYX OAuth2 token)');
  }
  return { problems: [], dead };
}

/** Remove `.name(args)` from a chain, including the line break before the dot. */
function removeChainLink(c: CallExpression, edits: EditSet): void {
  const pa = c.getExpression();
  if (!Node.isPropertyAccessExpression(pa)) return;
  const objEnd = pa.getExpression().getEnd();
  edits.replaceRange(c, objEnd, c.getEnd(), '', 'Content-Length computed from the legacy body removed');
}
