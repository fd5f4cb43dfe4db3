// A Remix / React Router route component's frame src read from its loader data — `const { url } =
// useLoaderData<typeof loader>()`, `useLoaderData().url` — holds what the same file's `loader` returns under that
// key: `return json({ url: data.redirectUrl })` (json, defer, data, typedjson, Response.json, or a plain object).
// Those values are followed like any other src (web-client-url.ts): an initiate response's redirectUrl proves the
// frame. A loader in another file, a spread or a computed key proves nothing.
import { Node, SyntaxKind } from '#ts-morph';
import { memberName, resolveIdentifier, unwrap } from '../../analysis-frontend/syntax.js';

const HOOK = /^(?:useLoaderData|useTypedLoaderData)$/;
const WRAP = /^(?:json|defer|data|typedjson|Response\.json)$/;

/** The values the file's loader returns under the key a read takes from useLoaderData(), or none. */
export function loaderDataValues(read: Node): Node[] {
  let key: string | undefined;
  let source: Node | undefined;
  if (Node.isBindingElement(read)) {
    key = read.getPropertyNameNode()?.getText() ?? read.getName();
    const decl = read.getParent()?.getParent();
    source = decl && Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
  } else if (Node.isPropertyAccessExpression(read) || Node.isElementAccessExpression(read)) {
    key = memberName(read);
    source = unwrap(read.getExpression());
    if (Node.isIdentifier(source)) {
      const decl = resolveIdentifier(source);
      source = decl && Node.isVariableDeclaration(decl) && Node.isIdentifier(decl.getNameNode()) ? decl.getInitializer() : undefined;
    }
  }
  const call = source && unwrap(source);
  if (!key || !call || !Node.isCallExpression(call) || !HOOK.test(call.getExpression().getText())) return [];
  const loader = loaderFunction(read.getSourceFile());
  if (!loader) return [];
  const values: Node[] = [];
  const body = Node.isArrowFunction(loader) ? loader.getBody() : undefined;
  const returned = body && !Node.isBlock(body) ? [body]
    : loader.getDescendantsOfKind(SyntaxKind.ReturnStatement).filter((r) => r.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a)) === loader).map((r) => r.getExpression());
  for (const expr of returned) {
    let value = expr && unwrap(expr);
    if (value && Node.isAwaitExpression(value)) value = unwrap(value.getExpression());
    if (value && Node.isCallExpression(value) && WRAP.test(value.getExpression().getText())) value = value.getArguments()[0] && unwrap(value.getArguments()[0]!);
    if (!value || !Node.isObjectLiteralExpression(value)) continue;
    const prop = value.getProperty(key);
    if (prop && Node.isPropertyAssignment(prop) && prop.getInitializer()) values.push(prop.getInitializer()!);
    else if (prop && Node.isShorthandPropertyAssignment(prop)) values.push(prop.getNameNode());
  }
  return values;
}

/** `export async function loader(…)` / `export const loader = async (…) => …` of the route module. */
function loaderFunction(sf: import('ts-morph').SourceFile): Node | undefined {
  const fn = sf.getFunction('loader');
  if (fn) return fn;
  const init = sf.getVariableDeclaration('loader')?.getInitializer();
  const u = init && unwrap(init);
  return u && (Node.isArrowFunction(u) || Node.isFunctionExpression(u)) ? u : undefined;
}
