// What a landing page compares a redirect parameter's value with (`status === 'SUCCESS'`, `case 'APPROVED':`),
// following the local variable that holds it: values Jumio never sends mark a payment or other page (index.ts).
import { Node, SyntaxKind } from '#ts-morph';
import { inGuardedBranch } from './foreach-reads.js';
import type { ParamRead } from './query-reads.js';

/** The name of the local variable that holds the parameter's value: the binding's, or the declaration's after
 * `?? ''`, `|| ''`, String(…), decodeURIComponent(…), casts and Svelte 5's `$derived(…)`. */
export function valueHolder(read: ParamRead): Node | undefined {
  const v = read.value;
  if (Node.isBindingElement(v) || Node.isParameterDeclaration(v)) return v.getNameNode();
  let cur: Node = v;
  for (let p = cur.getParent(); p; p = cur.getParent()) {
    const wraps = Node.isParenthesizedExpression(p) || Node.isAsExpression(p) || Node.isNonNullExpression(p)
      || (Node.isBinaryExpression(p) && p.getLeft() === cur && ['??', '||'].includes(p.getOperatorToken().getText()))
      || (Node.isCallExpression(p) && p.getArguments()[0] === cur && /^(String|decodeURIComponent|Number|\$derived)$/.test(p.getExpression().getText()));
    if (!wraps) break;
    cur = p;
  }
  const parent = cur.getParent();
  return parent && Node.isVariableDeclaration(parent) && Node.isIdentifier(parent.getNameNode()) ? parent.getNameNode() : undefined;
}

/** Literals the parameter's value is compared with (`=== 'X'`, `case 'X':`), following one local variable. */
export function comparedLiterals(read: ParamRead): Node[] {
  // (A decorated parameter, Nest's `@Query('transactionStatus') status`, is the parameter's value everywhere.)
  const param = Node.isParameterDeclaration(read.value) && !read.value.getDecorators().length;
  const uses: Node[] = Node.isBindingElement(read.value) || param ? [] : [read.value];
  const holder = valueHolder(read);
  // A forEach callback's value parameter (a for…of loop's value) is this parameter's only inside the branch its key
  // comparison guards.
  const loop = Node.isArrayBindingPattern(read.value.getParent()) ? read.value.getParent()?.getParent()?.getParent()?.getParent() : undefined;
  const walked = param || (!!loop && Node.isForOfStatement(loop));
  if (holder) uses.push(...identifierUses(holder).filter((u) => !walked || inGuardedBranch(u, read.nameNode)));
  // `status = value` (a loop's value kept for after the loop): that variable's comparisons count too.
  for (const u of [...uses]) {
    const a = u.getParent();
    if (a && Node.isBinaryExpression(a) && a.getOperatorToken().getKind() === SyntaxKind.EqualsToken && a.getRight() === u && Node.isIdentifier(a.getLeft())) uses.push(...identifierUses(a.getLeft()));
  }
  const out: Node[] = [];
  for (const use of uses) {
    let top: Node = use;
    while (top.getParent() && (Node.isParenthesizedExpression(top.getParent()!) || Node.isCallExpression(top.getParent()!) && /\.(toUpperCase|toLowerCase|trim)$/.test((top.getParent() as import('ts-morph').CallExpression).getExpression().getText()) || Node.isPropertyAccessExpression(top.getParent()!))) {
      const p = top.getParent()!;
      if (Node.isPropertyAccessExpression(p) && p.getExpression() !== top) break;
      top = p;
    }
    const p = top.getParent();
    if (p && Node.isBinaryExpression(p) && /^[!=]==?$/.test(p.getOperatorToken().getText())) out.push(p.getLeft() === top ? p.getRight() : p.getLeft());
    if (p && Node.isSwitchStatement(p)) for (const c of p.getClauses()) if (Node.isCaseClause(c)) out.push(c.getExpression());
  }
  return out;
}

function identifierUses(name: Node): Node[] {
  if (!Node.isIdentifier(name)) return [];
  const scope = name.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a)) ?? name.getSourceFile();
  return scope.getDescendantsOfKind(SyntaxKind.Identifier).filter((id) => id !== name && id.getText() === name.getText()
    && !(Node.isPropertyAccessExpression(id.getParent()!) && (id.getParent() as import('ts-morph').PropertyAccessExpression).getNameNode() === id));
}
