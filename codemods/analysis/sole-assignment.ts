// A variable declared without a value and given one once: CoffeeScript's output (and hand-written code in its style)
// hoists every name of a scope into one `var` list — `var JumioAuth, request; request = require('request');` — so the
// value a later statement assigns stands where an initialiser would. Only one plain assignment, made by a statement
// of the declaring scope itself, counts: a second assignment, a compound one (`+=`, `++`) or one inside a nested
// function or block leaves the variable without a known value.
import { Node, ts, type VariableDeclaration } from '#ts-morph';
import { wrapRaw } from '../engine/descendants.js';
import { bindsTo, scopeOf } from './scope.js';

const COMPOUND = new Set([ts.SyntaxKind.PlusEqualsToken, ts.SyntaxKind.MinusEqualsToken, ts.SyntaxKind.BarBarEqualsToken,
  ts.SyntaxKind.QuestionQuestionEqualsToken, ts.SyntaxKind.AmpersandAmpersandEqualsToken]);

/** The value the one assignment of `decl` gives it, when `decl` has no initialiser and is assigned exactly once. */
export function soleAssignedValue(decl: VariableDeclaration): Node | undefined {
  const nameNode = decl.getNameNode();
  if (decl.getInitializer() || !Node.isIdentifier(nameNode)) return undefined;
  const name = nameNode.getText();
  const scope = scopeOf(decl);
  const sf = decl.getSourceFile();
  let writes = 0;
  let value: ts.Expression | undefined;
  const visit = (n: ts.Node): void => {
    const target = ts.isBinaryExpression(n) && (n.operatorToken.kind === ts.SyntaxKind.EqualsToken || COMPOUND.has(n.operatorToken.kind)) ? n.left
      : (ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && (n.operator === ts.SyntaxKind.PlusPlusToken ||
        n.operator === ts.SyntaxKind.MinusMinusToken) ? n.operand : undefined;
    if (target && ts.isIdentifier(target) && target.text === name && bindsTo(wrapRaw(sf, target), nameNode)) {
      writes++;
      const statement = n.parent;
      const plain = ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken;
      value = plain && ts.isExpressionStatement(statement) && statement.parent === scope.compilerNode ? n.right : undefined;
    }
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(scope.compilerNode, visit);
  return writes === 1 && value ? wrapRaw(sf, value) : undefined;
}
