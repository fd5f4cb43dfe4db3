// Scope questions about identifiers: where a declared name is visible, and whether a use refers to that
// declaration or to a shadowing parameter or variable in between.
import { Node, SyntaxKind } from '#ts-morph';
import { findDeclaration } from './resolve-binding.js';

/** The block, function or file a declaration's name is visible in. */
export function scopeOf(n: Node): Node {
  return n.getFirstAncestor((a) => Node.isBlock(a) || Node.isSourceFile(a) || Node.isCaseClause(a) ||
    Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a)) ?? n.getSourceFile();
}

/** Does the identifier `use` refer to the binding introduced by `declName` (no shadowing in between)? */
export function bindsTo(use: Node, declName: Node): boolean {
  const name = declName.getText();
  const home = scopeOf(declName);
  for (let s: Node | undefined = use.getParent(); s && s !== home; s = s.getParent()) {
    if (Node.isFunctionLikeDeclaration(s) || Node.isArrowFunction(s) || Node.isFunctionExpression(s)) {
      const shadowed = s.getParameters().some((p) =>
        p.getNameNode().getDescendantsOfKind(SyntaxKind.Identifier).some((i) => i.getText() === name) ||
        (Node.isIdentifier(p.getNameNode()) && p.getName() === name));
      if (shadowed) return false;
    }
    if (Node.isBlock(s) || Node.isSourceFile(s)) {
      for (const st of s.getStatements()) {
        if (Node.isVariableStatement(st) && st.getDeclarations().some((d) =>
          d.getNameNode() !== declName && d.getNameNode().getDescendantsOfKind(SyntaxKind.Identifier).concat(
            Node.isIdentifier(d.getNameNode()) ? [d.getNameNode() as never] : []).some((i) => i.getText() === name))) {
          return false;
        }
      }
    }
  }
  return true;
}

/** `x = await call()` with `let x` declared earlier: x's declaration name (when found) and the scope its references
 * are looked for in — the scope of x's declaration, not of the assignment (`let res; try { res = await …; } catch {…}
 * return res.data`). */
export function assignedVariableScope(left: Node): { declName?: Node; scope: Node } {
  const decl = findDeclaration(left, left.getText());
  const declName = decl && Node.isVariableDeclaration(decl) ? decl.getNameNode() : undefined;
  return { declName, scope: declName ? scopeOf(declName) : scopeOf(left) };
}

/** A function, arrow function or method node. */
export const isFunctionNode = (n: Node | undefined): boolean =>
  !!n && (Node.isArrowFunction(n) || Node.isFunctionExpression(n) || Node.isFunctionDeclaration(n) || Node.isMethodDeclaration(n));
