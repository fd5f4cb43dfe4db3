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

/** Every value plain assignments (`name = value`, at any depth of the declaring scope) give `decl` besides its
 * initialiser: a widget's `var frame = null;` that `open()` sets to `document.createElement('iframe')` and `close()`
 * resets. Undefined when another write (`+=`, `++`, destructuring) could give it something else. */
export function assignedValues(decl: VariableDeclaration): Node[] | undefined {
  const nameNode = decl.getNameNode();
  if (!Node.isIdentifier(nameNode)) return undefined;
  const name = nameNode.getText();
  const sf = decl.getSourceFile();
  const values: ts.Expression[] = [];
  let other = false;
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n) && n.text === name && isWriteTarget(n) && bindsTo(wrapRaw(sf, n), nameNode)) {
      const p = n.parent;
      if (ts.isBinaryExpression(p) && p.left === n && p.operatorToken.kind === ts.SyntaxKind.EqualsToken) values.push(p.right);
      else other = true;
    }
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(scopeOf(decl).compilerNode, visit);
  return other ? undefined : values.map((v) => wrapRaw(sf, v));
}

/** An identifier something writes to: the left of an assignment (`=`, `+=`…), an update's operand, a name inside a
 * destructuring assignment's target, a `for (x of …)` / `for (x in …)` variable. */
function isWriteTarget(id: ts.Identifier): boolean {
  const p = id.parent;
  if (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) return p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken;
  let top: ts.Node = id;
  while (ts.isParenthesizedExpression(top.parent) || ts.isArrayLiteralExpression(top.parent) || ts.isObjectLiteralExpression(top.parent)
    || ts.isShorthandPropertyAssignment(top.parent) || ts.isSpreadElement(top.parent) || ts.isSpreadAssignment(top.parent)
    || (ts.isPropertyAssignment(top.parent) && top.parent.initializer === top)) top = top.parent;
  const q = top.parent;
  if (ts.isBinaryExpression(q) && q.left === top) return q.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && q.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
  return (ts.isForOfStatement(q) || ts.isForInStatement(q)) && q.initializer === top;
}
