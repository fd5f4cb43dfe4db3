// A page that hands its query to a component of the same file under another prop name — Next 15's page streaming its
// outcome: `<FaceCheckResult search={searchParams} />` inside `<Suspense>`, the child doing `await search` (round-56
// hold-out: the page was left legacy, SILENTLY). The child's prop is the page's query when every JSX use of the
// component in the file hands it one; its reads then join the page's group (`query`-named props were already taken
// by their name).
import { Node, SyntaxKind } from '#ts-morph';
import { resolveIdentifier, unwrap } from '../../analysis-frontend/syntax.js';
import type { SourceKind } from './query-reads.js';

type Source = { kind: SourceKind; key: string };

/** `search` of `function Child({ search })` (or `props.search` of `function Child(props)`), when every `<Child search={…} />`
 * of the file hands it the same query object. */
export function componentPropQuery(e: Node, inner: (n: Node) => Source | undefined): Source | undefined {
  let param: Node | undefined;
  let prop: string | undefined;
  if (Node.isIdentifier(e)) {
    const d = resolveIdentifier(e);
    const pattern = d && Node.isParameterDeclaration(d) ? d.getNameNode() : undefined;
    const el = pattern && Node.isObjectBindingPattern(pattern) ? pattern.getElements().find((b) => b.getName() === e.getText() && !b.getDotDotDotToken()) : undefined;
    if (el) [param, prop] = [d, el.getPropertyNameNode()?.getText() ?? el.getName()];
  } else if (Node.isPropertyAccessExpression(e) && Node.isIdentifier(e.getExpression())) {
    const d = resolveIdentifier(e.getExpression());
    if (d && Node.isParameterDeclaration(d) && Node.isIdentifier(d.getNameNode())) [param, prop] = [d, e.getName()];
  }
  const name = param && prop ? componentName(param) : undefined;
  if (!name || !param!.getSourceFile().getFullText().includes(`<${name}`)) return undefined;
  const uses = param!.getSourceFile().getDescendants().filter((n) => (Node.isJsxSelfClosingElement(n) || Node.isJsxOpeningElement(n)) && n.getTagNameNode().getText() === name);
  let found: Source | undefined;
  for (const use of uses as (import('#ts-morph').JsxSelfClosingElement | import('#ts-morph').JsxOpeningElement)[]) {
    const attr = use.getAttributes().find((a) => Node.isJsxAttribute(a) && a.getNameNode().getText() === prop);
    const init = attr && Node.isJsxAttribute(attr) ? attr.getInitializer() : undefined;
    const expr = init && Node.isJsxExpression(init) ? init.getExpression() : undefined;
    const s = expr && inner(unwrap(expr));
    if (!s || (found && found.key !== s.key)) return undefined;
    found = s;
  }
  return found;
}

/** The name of the component `param` is the props of: a capitalised function declaration or const arrow/function. */
function componentName(param: Node): string | undefined {
  const fn = param.getParent();
  if (!fn || !(Node.isFunctionDeclaration(fn) || Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) || fn.getParameters()[0] !== param) return undefined;
  const holder = Node.isFunctionDeclaration(fn) ? fn : fn.getParentIfKind(SyntaxKind.VariableDeclaration);
  const name = holder?.getName();
  return name && /^[A-Z]/.test(name) ? name : undefined;
}
