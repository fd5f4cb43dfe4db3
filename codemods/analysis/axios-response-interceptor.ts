// What an axios call resolves to when its client has a response interceptor in the file
// (`api.interceptors.response.use(fn)`, also on the default `axios` and a Nest HttpService's `axiosRef`): the
// interceptor's result replaces the response. One that hands the response on (`(r) => r`, a logger returning it, no
// success handler: `use(undefined, onError)`) leaves the axios shape; one that returns the body (`(r) => r.data`,
// `({ data }) => data`) makes the call resolve to the parsed body; any other (or one not visible here) makes the
// result unknown, so response reads cannot be proven. So does a `transformResponse` option of the call or of its
// `axios.create()` config (hold-out round 14): the call resolves to what the transforms return, and the reads inside
// them (`JSON.parse(raw).redirectUrl`) are not followed.
import { Node, SyntaxKind, type CallExpression } from '#ts-morph';
import { clientObjectText as clientText } from './client-object.js';
import { findDeclaration } from './resolve-binding.js';

export type AxiosResult = { shape: 'response' } | { shape: 'body' } | { shape: 'unknown'; at: CallExpression };

/** The function an interceptor argument is (written there, or a function or arrow const of the same file). */
function fnOf(arg: Node): Node | undefined {
  if (Node.isArrowFunction(arg) || Node.isFunctionExpression(arg)) return arg;
  if (!Node.isIdentifier(arg)) return undefined;
  const d = findDeclaration(arg, arg.getText());
  if (d && Node.isFunctionDeclaration(d)) return d;
  const init = d && Node.isVariableDeclaration(d) ? d.getInitializer() : undefined;
  return init && (Node.isArrowFunction(init) || Node.isFunctionExpression(init)) ? init : undefined;
}

/** What every return of `fn` gives back: its parameter ('response'), the parameter's `data` ('body'), or neither. */
function returns(fn: Node): 'response' | 'body' | undefined {
  const f = fn as import('ts-morph').ArrowFunction;
  const param = f.getParameters()[0];
  if (!param) return undefined;
  const name = param.getNameNode();
  const dataName = Node.isObjectBindingPattern(name)
    ? name.getElements().find((el) => (el.getPropertyNameNode()?.getText() ?? el.getName()) === 'data')?.getName() : undefined;
  const kindOf = (e: Node | undefined): 'response' | 'body' | undefined => {
    let u = e;
    while (u && (Node.isParenthesizedExpression(u) || Node.isAsExpression(u) || Node.isAwaitExpression(u))) u = u.getExpression();
    if (!u) return undefined;
    if (Node.isIdentifier(u) && Node.isIdentifier(name) && u.getText() === name.getText()) return 'response';
    if (Node.isIdentifier(u) && dataName && u.getText() === dataName) return 'body';
    if (Node.isPropertyAccessExpression(u) && u.getName() === 'data' && Node.isIdentifier(name) && u.getExpression().getText() === name.getText()) return 'body';
    return undefined;
  };
  const body = f.getBody();
  if (!Node.isBlock(body)) return kindOf(body);
  const rets = body.getDescendantsOfKind(SyntaxKind.ReturnStatement)
    .filter((r) => r.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a)) === fn);
  const kinds = new Set(rets.map((r) => kindOf(r.getExpression())));
  return kinds.size === 1 ? [...kinds][0] : undefined;
}

/** The shape an axios call of `call`'s client resolves to, given the response interceptors registered in the file. */
export function axiosResult(call: CallExpression): AxiosResult {
  const sf = call.getSourceFile();
  if (!sf.getFullText().includes('interceptors')) return { shape: 'response' };
  const target = clientText(call);
  if (!target) return { shape: 'response' };
  const wanted = new Set([`${target}.interceptors.response.use`, `${target}.axiosRef.interceptors.response.use`]);
  let shape: 'response' | 'body' = 'response';
  for (const c of sf.getDescendantsOfKind(SyntaxKind.CallExpression)) {
    if (!wanted.has(c.getExpression().getText().replace(/\s+/g, ''))) continue;
    const arg = c.getArguments()[0];
    if (!arg || /^(undefined|null)$/.test(arg.getText())) continue;
    const fn = fnOf(arg);
    const r = fn ? returns(fn) : undefined;
    if (!r || (r === 'body' && shape === 'body')) return { shape: 'unknown', at: c };
    if (r === 'body') shape = 'body';
  }
  return { shape };
}

/** The `transformResponse` option of an axios call's config or of its instance's `axios.create({ … })` config. */
export function transformResponseOption(...configs: (Node | undefined)[]): Node | undefined {
  for (const c of configs) {
    const p = c && Node.isObjectLiteralExpression(c) ? c.getProperty('transformResponse') : undefined;
    if (p) return p;
  }
  return undefined;
}

/** What makes an axios call's result unknown (`opaqueResult`), for the items: an interceptor or a transformResponse. */
export function opaqueResultWhat(n: Node): string {
  const line = n.getStartLineNumber();
  return Node.isCallExpression(n) ? `a response interceptor of this client (line ${line})` : `the transformResponse option (line ${line})`;
}
