// Is an expression written to where it stands: the target of an assignment (`=` or compound: `+=`, `||=`, `??=`…),
// the operand of `++` / `--`, or what `delete` removes. Shared by the proofs that a value is never changed
// (sealed-object.ts, static-block-fields.ts).
import { Node, SyntaxKind } from '#ts-morph';

const ASSIGNMENTS = new Set([
  SyntaxKind.EqualsToken, SyntaxKind.PlusEqualsToken, SyntaxKind.MinusEqualsToken, SyntaxKind.BarBarEqualsToken,
  SyntaxKind.AmpersandAmpersandEqualsToken, SyntaxKind.QuestionQuestionEqualsToken,
]);

export function isWritten(n: Node): boolean {
  const p = n.getParent();
  if (Node.isBinaryExpression(p)) return p.getLeft() === n && ASSIGNMENTS.has(p.getOperatorToken().getKind());
  if (Node.isPrefixUnaryExpression(p) || Node.isPostfixUnaryExpression(p)) {
    return p.getOperatorToken() === SyntaxKind.PlusPlusToken || p.getOperatorToken() === SyntaxKind.MinusMinusToken;
  }
  return Node.isDeleteExpression(p);
}
