// `params.forEach((value, key) => { if (key === 'transactionStatus') … })`: a page that walks the URLSearchParams
// reads a parameter where it compares the key with its name, so that string literal is the read (round-6 hold-out: such
// a page was left silent). The value the read yields is the callback's first parameter, but only inside the branch
// the key comparison guards (`if (key === 'x') …`, `key === 'x' && …`, `case 'x':`): elsewhere it is another key's.
import { Node, SyntaxKind, type BinaryExpression, type CaseClause } from '#ts-morph';
import { resolveIdentifier, unwrap } from '../../analysis-frontend/syntax.js';

/** The key parameter's declaration and its callback's value parameter, when `id` is the key of a
 * `forEach((value, key) => …)` on `receiver` (the caller checks the receiver is a query). */
export function forEachKey(id: Node): { receiver: Node; valueParam: Node | undefined } | undefined {
  if (!Node.isIdentifier(id)) return undefined;
  const decl = resolveIdentifier(id);
  if (decl && Node.isVariableDeclaration(decl)) return forOfKey(decl, id.getText());
  const fn = decl && Node.isParameterDeclaration(decl) ? decl.getParent() : undefined;
  if (!fn || !(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) || fn.getParameters()[1] !== decl) return undefined;
  const call = fn.getParent();
  const callee = call && Node.isCallExpression(call) && call.getArguments()[0] === fn ? unwrap(call.getExpression()) : undefined;
  if (!callee || !Node.isPropertyAccessExpression(callee) || callee.getName() !== 'forEach') return undefined;
  return { receiver: callee.getExpression(), valueParam: fn.getParameters()[0] };
}

/** `for (const [key, value] of params)` (or `params.entries()`): the loop walks the query as forEach does
 * (round-13 hold-out: such a page was left silent). */
function forOfKey(decl: import('#ts-morph').VariableDeclaration, key: string): { receiver: Node; valueParam: Node | undefined } | undefined {
  const pattern = decl.getNameNode();
  const loop = decl.getParent()?.getParent();
  const [first, value] = Node.isArrayBindingPattern(pattern) ? pattern.getElements() : [];
  if (!first || !Node.isBindingElement(first) || first.getName() !== key || !loop || !Node.isForOfStatement(loop)) return undefined;
  const each = unwrap(loop.getExpression());
  const callee = Node.isCallExpression(each) && each.getArguments().length === 0 ? unwrap(each.getExpression()) : undefined;
  const receiver = callee && Node.isPropertyAccessExpression(callee) && callee.getName() === 'entries' ? callee.getExpression() : each;
  return { receiver, valueParam: value && Node.isBindingElement(value) ? value : undefined };
}

/** `key === 'name'` (either side), `switch (key) { case 'name': }`: the literal and the key identifier. */
export function keyComparison(n: BinaryExpression | CaseClause): { literal: Node; key: Node } | undefined {
  if (Node.isCaseClause(n)) {
    const sw = n.getFirstAncestorByKind(SyntaxKind.SwitchStatement);
    const [lit, key] = [unwrap(n.getExpression()), sw && unwrap(sw.getExpression())];
    return key && Node.isStringLiteral(lit) && Node.isIdentifier(key) ? { literal: lit, key } : undefined;
  }
  if (!/^[!=]==?$/.test(n.getOperatorToken().getText())) return undefined;
  const [l, r] = [unwrap(n.getLeft()), unwrap(n.getRight())];
  if (Node.isStringLiteral(r) && Node.isIdentifier(l)) return { literal: r, key: l };
  if (Node.isStringLiteral(l) && Node.isIdentifier(r)) return { literal: l, key: r };
  return undefined;
}

/** Whether `use` sits in the branch the comparison holding `nameNode` guards. */
export function inGuardedBranch(use: Node, nameNode: Node): boolean {
  const inside = (outer: Node | undefined, n: Node): boolean => !!outer && n.getStart() >= outer.getStart() && n.getEnd() <= outer.getEnd();
  for (let cur: Node | undefined = use.getParent(); cur && !Node.isSourceFile(cur); cur = cur.getParent()) {
    if (Node.isIfStatement(cur) && inside(cur.getExpression(), nameNode)) return inside(cur.getThenStatement(), use);
    if (Node.isBinaryExpression(cur) && cur.getOperatorToken().getKind() === SyntaxKind.AmpersandAmpersandToken && inside(cur.getLeft(), nameNode)) return inside(cur.getRight(), use);
    if (Node.isCaseClause(cur)) return unwrap(cur.getExpression()) === nameNode;
  }
  return false;
}
