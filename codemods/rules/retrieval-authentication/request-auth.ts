// Basic → Bearer on one recognised call, in the client's own idiom: a hand-built `Authorization` header gets
// the bearer value; client auth options (axios/request `auth`, got `username`/`password`, superagent
// `.auth()`) give way to an `Authorization` header. Anything we cannot see whole is a problem, not a guess.
import { Node, type ObjectLiteralExpression } from '#ts-morph';
import type { Edit } from '../../engine/types.js';
import type { HttpCall } from '../../analysis/http-calls.js';
import type { EditSet } from '../../analysis/edit-set.js';
import { bentAuth } from '../../analysis/wreck-bent-calls.js';
import { wretchAuth } from '../../analysis/wretch-form.js';
import { unwrap } from '../../analysis/eval-context.js';
import { habitualKeyQuote, keyColon } from '../../analysis/object-edits.js';
import { propertyKey, resolveObjectLiteralInFile } from '../../analysis/object-literals.js';
import { addProperty, findPropertyCI, quote, removeProperties, replaceProperty, replacePropertyValue, type Offsets } from './object-edits.js';

export type AuthPlan = { edits: Edit[]; replaced: Node[] } | { problem: string };

const NATIVE_AUTH: Record<string, string[]> = {
  axios: ['auth'],
  'axios-instance': ['auth'],
  request: ['auth'],
  'request-promise': ['auth'],
  // web-request's get / post hand their options to request.
  'web-request': ['auth'],
  got: ['username', 'password'],
  needle: ['username', 'password', 'auth'],
  // urllib (Egg's ctx.curl): `auth: 'user:pass'`.
  'egg-curl': ['auth'],
  // Node's https.get: `auth: 'user:pass'`.
  'node-http': ['auth'],
};

/** A literal the call owns: inline in the call, or a variable of the same function. */
function editable(obj: ObjectLiteralExpression, call: Node): boolean {
  if (call.getDescendants().includes(obj)) return true;
  const fn = call.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a));
  return !!fn && obj.getAncestors().includes(fn);
}

/** May the object `e` spreads hold one of `keys`? Yes unless it is a literal of this file without them (or spreads). */
function mayHold(e: Node, keys: string[]): boolean {
  const lit = resolveObjectLiteralInFile(e);
  return !lit || lit.getProperties().some((p) => Node.isSpreadAssignment(p) ||
    ((Node.isPropertyAssignment(p) || Node.isShorthandPropertyAssignment(p)) && keys.includes(propertyKey(p.getNameNode()) ?? '')));
}

function headersProperty(options: ObjectLiteralExpression): Node | undefined {
  return findPropertyCI(options, 'headers');
}

/** `extra`: options the call must also carry (the overrides of a client instance: instance-retrieval.ts); `drop`:
 * options of the call that go (its own base URL option: the new URL is absolute). */
export function bearerAuthEdits(http: HttpCall, bearer: string, o: Offsets, q: string, indent: string, extra: readonly string[] = [],
  drop: readonly Node[] = []): AuthPlan {
  const msg = 'Basic auth → OAuth2 bearer token (KYX)';
  // In the colon spacing of the literal it goes into (`key : value` where the code writes it so).
  // Quoted when the literal's keys are quoted by habit ('Accept': …).
  const header = (obj?: ObjectLiteralExpression) => {
    const qt = obj && habitualKeyQuote(obj);
    return `${qt ? `${qt}Authorization${qt}` : 'Authorization'}${obj ? keyColon(obj) : ': '}${bearer}`;
  };
  if (http.client === 'superagent') return superagentAuth(http, bearer, o, q, msg);

  const edits: Edit[] = [];
  const replaced: Node[] = [];
  const options = http.options;
  if (options && !editable(options, http.call)) return { problem: 'the request options are built outside this function' };
  const nativeKeys = NATIVE_AUTH[http.client] ?? [];
  const native = options ? nativeKeys.map((n) => findPropertyCI(options, n)).filter((p): p is Node => !!p) : [];
  // `{ ...DEFAULTS }`: shared options may carry the legacy credentials (axios and request send `auth` instead of, or
  // over, an Authorization header) or the headers a new `headers` property would replace.
  const spread = options?.getProperties().find((p) => Node.isSpreadAssignment(p) && mayHold(p.getExpression(), [...nativeKeys, 'headers']));
  if (spread) return { problem: `the request options spread ${(spread as import('ts-morph').SpreadAssignment).getExpression().getText()}, which may hold the legacy credentials or headers` };
  const headersProp = options && headersProperty(options);

  if (headersProp && !http.headers) return { problem: 'the headers object is built elsewhere: send `Authorization: Bearer <token>` there' };
  if (http.headers && !editable(http.headers, http.call)) return { problem: 'the headers object is shared outside this function' };

  if (http.headers) {
    const auth = findPropertyCI(http.headers, 'authorization');
    if (auth) {
      edits.push(replacePropertyValue(auth, bearer, o, msg));
      replaced.push(auth);
    } else edits.push(addProperty(http.headers, header(http.headers), o, indent, msg));
    if (options) edits.push(...removeProperties(options, [...native, ...drop], o, 'client Basic auth / base URL option removed (bearer header and absolute KYX URL instead)'));
    if (extra.length) {
      if (!options) return { problem: 'no place for the client instance overrides was found in this call' };
      edits.push(addProperty(options, extra.join(propertySeparator(options)), o, indent, INSTANCE_MSG));
    }
    return { edits, replaced: [...replaced, ...native] };
  }
  if (options) {
    const props = [`headers${keyColon(options)}{ ${header(options)} }`, ...extra].join(propertySeparator(options));
    // In place of the first option that goes (the Basic credentials, else the call's own base URL).
    const [first, ...rest] = [...native, ...drop];
    if (first) {
      edits.push(replaceProperty(first, props, o, msg));
      edits.push(...removeProperties(options, rest, o, 'client Basic auth / base URL option removed (bearer header and absolute KYX URL instead)'));
    } else {
      edits.push(addProperty(options, props, o, indent, msg));
    }
    return { edits, replaced: native };
  }
  if (http.optionsAfter) {
    const at = o.base + http.optionsAfter.getEnd();
    return { edits: [{ start: at, end: at, text: `, { ${[`headers: { ${header()} }`, ...extra].join(', ')} }`, message: msg }], replaced };
  }
  void q;
  return { problem: 'no place for the Authorization header was found in this call' };
}

/** bent and wretch: the client form writes its own auth edits (wreck-bent-calls.ts, wretch-form.ts) into `edits`
 * (a throwaway set to probe); the credential nodes they replaced are found from the ranges they report. */
export function clientAuthEdits(http: HttpCall, bearer: string, edits: EditSet): AuthPlan {
  const r = (http.client === 'bent' ? bentAuth : wretchAuth)(http, bearer, edits);
  if (r.problems.length) return { problem: r.problems.join('; ') };
  const sf = http.call.getSourceFile();
  const replaced = r.dead.map(([s, e]) => {
    let n: Node | undefined = sf.getDescendantAtPos(s);
    while (n && n.getEnd() < e && n.getParent()) n = n.getParent();
    return n && n.getStart() === s && n.getEnd() === e ? n : undefined;
  }).filter((n): n is Node => !!n);
  return { edits: [], replaced };
}

const INSTANCE_MSG = 'the client instance\'s base URL and credentials overridden for the KYX call';

/** Between two properties added to `obj`: one per line in a literal written one property per line. */
function propertySeparator(obj: ObjectLiteralExpression): string {
  const text = obj.getSourceFile().getFullText();
  const last = obj.getProperties().at(-1);
  if (!last || !obj.getText().includes('\n')) return ', ';
  const lineStart = text.lastIndexOf('\n', last.getStart()) + 1;
  return `,\n${/^[ \t]*/.exec(text.slice(lineStart))![0]}`;
}

function superagentAuth(http: HttpCall, bearer: string, o: Offsets, q: string, msg: string): AuthPlan {
  const edits: Edit[] = [];
  const replaced: Node[] = [];
  let found = false;
  for (const c of http.chainCalls ?? []) {
    const callee = c.getExpression();
    if (!Node.isPropertyAccessExpression(callee)) continue;
    const name = callee.getName();
    const args = c.getArguments();
    if (name === 'auth') {
      edits.push({ start: o.base + callee.getNameNode().getStart(), end: o.base + c.getEnd(), text: `set(${quote('Authorization', q)}, ${bearer})`, message: msg });
      replaced.push(...args);
      found = true;
    } else if (name === 'set' && args[0]) {
      const a0 = unwrap(args[0]);
      if ((Node.isStringLiteral(a0) || Node.isNoSubstitutionTemplateLiteral(a0)) && a0.getLiteralValue().toLowerCase() === 'authorization' && args[1]) {
        edits.push({ start: o.base + args[1].getStart(), end: o.base + args[1].getEnd(), text: bearer, message: msg });
        replaced.push(args[1]);
        found = true;
      } else if (Node.isObjectLiteralExpression(a0)) {
        const p = a0.getProperties().find((x) => Node.isPropertyAssignment(x) && propertyKey(x.getNameNode())?.toLowerCase() === 'authorization');
        if (p) {
          edits.push(replacePropertyValue(p, bearer, o, msg));
          replaced.push(p);
          found = true;
        }
      }
    }
  }
  if (!found) {
    const start = http.url.getParent();
    if (!start || !Node.isCallExpression(start)) return { problem: 'unexpected superagent chain' };
    edits.push({ start: o.base + start.getEnd(), end: o.base + start.getEnd(), text: `.set(${quote('Authorization', q)}, ${bearer})`, message: msg });
  }
  return { edits, replaced };
}
