// Navigo 8 (round-12 hold-out): a route handler `router.on('/kyc/done', (match) => …)` gets the URL's parsed query
// string as `match.params` (also destructured in the parameter: `({ params }) => params.transactionStatus`), in a file
// that imports navigo. A plain object, read by member or destructuring.
import { Node, type SourceFile } from '#ts-morph';
import { resolveIdentifier, unwrap } from '../../analysis-frontend/syntax.js';
import type { SourceKind } from './query-reads.js';

const NAVIGO = /\bfrom\s*['"]navigo['"]|require\(\s*['"]navigo['"]\s*\)/;
const navigoFiles = new WeakMap<SourceFile, boolean>();

/** The query object `e` is when it is a Navigo handler's `match.params` (or the `params` it destructures). */
export function navigoParams(e: Node): { kind: SourceKind; key: string } | undefined {
  const member = Node.isPropertyAccessExpression(e) && e.getName() === 'params' ? unwrap(e.getExpression()) : undefined;
  if (!(member ? Node.isIdentifier(member) : Node.isIdentifier(e))) return undefined;
  const sf = e.getSourceFile();
  let navigo = navigoFiles.get(sf);
  if (navigo === undefined) navigoFiles.set(sf, (navigo = NAVIGO.test(sf.getFullText())));
  if (!navigo) return undefined;
  const decl = resolveIdentifier(member ?? e);
  if (!decl || !Node.isParameterDeclaration(decl)) return undefined;
  const fn = decl.getParent();
  const call = fn?.getParent();
  if (!(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) || fn.getParameters()[0] !== decl) return undefined;
  const callee = call && Node.isCallExpression(call) && call.getArguments().includes(fn as never) ? call.getExpression() : undefined;
  if (!callee || !Node.isPropertyAccessExpression(callee) || callee.getName() !== 'on') return undefined;
  const pattern = decl.getNameNode();
  if (member) return Node.isIdentifier(pattern) ? { kind: 'object', key: `navigo@${decl.getStart()}` } : undefined;
  const el = Node.isObjectBindingPattern(pattern) ? pattern.getElements().find((b) => b.getName() === e.getText()) : undefined;
  return el && (el.getPropertyNameNode()?.getText() ?? el.getName()) === 'params' ? { kind: 'object', key: `navigo@${decl.getStart()}` } : undefined;
}
