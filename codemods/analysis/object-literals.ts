// Object literals the rule may edit: written inline, or held by a variable of the same file.
import { Node, type ObjectLiteralExpression } from '#ts-morph';
import { unwrap } from './eval-context.js';
import { findDeclaration, propertyKey } from './resolve-binding.js';

export { propertyKey };

/** The object literal an expression denotes in the same file (inline, or a variable initialiser). */
export function resolveObjectLiteralInFile(n: Node, depth = 0): ObjectLiteralExpression | undefined {
  const u = unwrap(n);
  if (Node.isObjectLiteralExpression(u)) return u;
  if (depth > 4 || !Node.isIdentifier(u)) return undefined;
  const decl = findDeclaration(u, u.getText());
  if (!Node.isVariableDeclaration(decl)) return undefined;
  const init = decl.getInitializer();
  return init ? resolveObjectLiteralInFile(init, depth + 1) : undefined;
}

/** The variable declaration an identifier refers to in the same file, if any. */
export function variableOf(n: Node): import('ts-morph').VariableDeclaration | undefined {
  const u = unwrap(n);
  if (!Node.isIdentifier(u)) return undefined;
  const decl = findDeclaration(u, u.getText());
  return Node.isVariableDeclaration(decl) ? decl : undefined;
}

/** Property assignment (or shorthand) named `name` in an object literal. */
export function findProperty(obj: ObjectLiteralExpression, name: string): Node | undefined {
  for (const p of obj.getProperties()) {
    if (Node.isPropertyAssignment(p) && propertyKey(p.getNameNode()) === name) return p;
    if (Node.isShorthandPropertyAssignment(p) && p.getName() === name) return p;
  }
  return undefined;
}

/** The value expression of a property (initialiser, or the shorthand's identifier). */
export function propertyValue(p: Node): Node | undefined {
  if (Node.isPropertyAssignment(p)) return p.getInitializer();
  if (Node.isShorthandPropertyAssignment(p)) return p.getNameNode();
  return undefined;
}
