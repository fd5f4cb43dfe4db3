// Small syntax helpers shared by the front-end analysis: unwrapping, literal values, global objects and a
// lexical (no type checker) name resolution that is good enough inside one handler or one file.
import { Node, SyntaxKind } from '#ts-morph';
import type { IfStatement, SourceFile } from '#ts-morph';
import { declaredNames } from '../analysis/declared-names.js';
import { identifiersSpelled, wrapRaw } from '../engine/descendants.js';
import { resolveRaw } from './scope-resolve.js';

export type FunctionLikeNode =
  | import('ts-morph').FunctionDeclaration
  | import('ts-morph').FunctionExpression
  | import('ts-morph').ArrowFunction
  | import('ts-morph').MethodDeclaration;

export function isFunctionLike(n: Node | undefined): n is FunctionLikeNode {
  return !!n && (Node.isFunctionDeclaration(n) || Node.isFunctionExpression(n) || Node.isArrowFunction(n) || Node.isMethodDeclaration(n));
}

/** Strip parentheses, `!`, `as T`, `<T>x` and `satisfies`. */
export function unwrap(n: Node): Node {
  let cur = n;
  for (;;) {
    if (Node.isParenthesizedExpression(cur) || Node.isNonNullExpression(cur) || Node.isAsExpression(cur)
      || Node.isTypeAssertion(cur) || Node.isSatisfiesExpression(cur)) cur = cur.getExpression();
    else return cur;
  }
}

/** The value of a string literal or a template without substitutions. */
export function stringValue(n: Node | undefined): string | undefined {
  if (!n) return undefined;
  const u = unwrap(n);
  if (Node.isStringLiteral(u) || Node.isNoSubstitutionTemplateLiteral(u)) return u.getLiteralValue();
  return undefined;
}

/** The value of a numeric literal, or of a string literal holding only digits (codes are compared both ways). */
export function codeValue(n: Node): number | undefined {
  const u = unwrap(n);
  if (Node.isNumericLiteral(u)) return Number(u.getLiteralValue());
  const s = stringValue(u);
  return s !== undefined && /^\d+$/.test(s) ? Number(s) : undefined;
}

export const GLOBAL_OBJECTS = new Set(['window', 'self', 'globalThis']);

/** `window`, `self`, `globalThis` (also `window.self`, `window.window`). */
export function isGlobalObject(n: Node): boolean {
  const u = unwrap(n);
  if (Node.isIdentifier(u)) return GLOBAL_OBJECTS.has(u.getText());
  if (Node.isPropertyAccessExpression(u)) return isGlobalObject(u.getExpression()) && GLOBAL_OBJECTS.has(u.getName());
  return false;
}

/** Name of a property access or a string-keyed element access: `a.b` / `a['b']` → 'b'. */
export function memberName(n: Node): string | undefined {
  if (Node.isPropertyAccessExpression(n)) return n.getName();
  if (Node.isElementAccessExpression(n)) return stringValue(n.getArgumentExpression());
  return undefined;
}

/** The object of a property or element access. */
export function memberObject(n: Node): Node | undefined {
  if (Node.isPropertyAccessExpression(n) || Node.isElementAccessExpression(n)) return n.getExpression();
  return undefined;
}

/** The node that spells the member name: the identifier of `a.b`, the string literal of `a['b']`. */
export function memberNameNode(n: Node): Node | undefined {
  if (Node.isPropertyAccessExpression(n)) return n.getNameNode();
  if (Node.isElementAccessExpression(n)) return n.getArgumentExpression();
  return undefined;
}

export function enclosingFunction(n: Node): FunctionLikeNode | undefined {
  return n.getFirstAncestor((a) => isFunctionLike(a)) as FunctionLikeNode | undefined;
}

/** Resolve an identifier to its declaration by walking the scopes outward (scope-resolve.ts). `extraGlobals` are
 * other script blocks of the same page, which share the global scope. */
export function resolveIdentifier(id: Node, extraGlobals: readonly SourceFile[] = []): Node | undefined {
  const name = id.getText();
  // A name no block declares (a global: window, JSON, URLSearchParams) is answered at once.
  if (!declaredNames(id.getSourceFile().compilerNode).has(name) && !extraGlobals.some((sf) => declaredNames(sf.compilerNode).has(name))) return undefined;
  const raw = resolveRaw(id.compilerNode, name, extraGlobals.map((sf) => sf.compilerNode));
  if (!raw) return undefined;
  const owner = [id.getSourceFile(), ...extraGlobals].find((sf) => sf.compilerNode === raw.getSourceFile());
  return owner ? wrapRaw(owner, raw) : undefined;
}

/** Does `id` (an identifier reference) resolve to `decl`? */
export function refersTo(id: Node, decl: Node): boolean {
  return resolveIdentifier(id) === decl;
}

/** Identifier references (not declarations, not property names) named `name` inside `within`. */
export function referencesOf(within: Node, name: string): Node[] {
  return identifiersSpelled(within, name, true).filter((id) => {
    const p = id.getParent();
    if (!p) return true;
    if (Node.isPropertyAccessExpression(p) && p.getNameNode() === id) return false;
    if ((Node.isPropertyAssignment(p) || Node.isMethodDeclaration(p) || Node.isPropertyDeclaration(p)) && p.getNameNode() === id) return false;
    if (Node.isBindingElement(p) && (p.getPropertyNameNode() === id || p.getNameNode() === id)) return false;
    if ((Node.isVariableDeclaration(p) || Node.isParameterDeclaration(p) || Node.isFunctionDeclaration(p)
      || Node.isFunctionExpression(p) || Node.isClassDeclaration(p)) && p.getNameNode() === id) return false;
    return true;
  });
}

export { mentionsJumio } from '../analysis/jumio-names.js';

/** What a function returns when that is one expression: an arrow's expression body, or the value of its body's only
 * statement when that is a `return` (arrows, function expressions, function declarations and methods). */
export function soleReturnedExpression(fn: Node | undefined): Node | undefined {
  const f = fn && unwrap(fn);
  if (!f || !(Node.isArrowFunction(f) || Node.isFunctionExpression(f) || Node.isFunctionDeclaration(f) || Node.isMethodDeclaration(f))) return undefined;
  const body = f.getBody();
  if (!body || !Node.isBlock(body)) return body;
  const [only, ...rest] = body.getStatements();
  return only && !rest.length && Node.isReturnStatement(only) ? only.getExpression() : undefined;
}

/** What a function does when that is one expression: an arrow's expression body, or the expression of its body's only
 * statement, a `return x` or an expression statement (`(e) => { target(e); }`: a forwarder). */
export function soleExpression(fn: Node | undefined): Node | undefined {
  const f = fn && unwrap(fn);
  if (!f || !(Node.isArrowFunction(f) || Node.isFunctionExpression(f) || Node.isFunctionDeclaration(f) || Node.isMethodDeclaration(f))) return undefined;
  const body = f.getBody();
  if (!body || !Node.isBlock(body)) return body;
  const [only, ...rest] = body.getStatements();
  return only && !rest.length && (Node.isExpressionStatement(only) || Node.isReturnStatement(only)) ? only.getExpression() : undefined;
}

/** `ref` sits in the branch of `if (x instanceof T) …` that tests the same `x`: there it holds a `T` (ArkType's
 * `type.errors`, an `Error`), not the event object, so what is read from it is no event field. */
export function narrowedAway(ref: Node): boolean {
  for (let cur: Node | undefined = ref.getParent(); cur && !Node.isSourceFile(cur); cur = cur.getParent()) {
    const test = Node.isIfStatement(cur) ? unwrap(cur.getExpression()) : undefined;
    if (!test || !Node.isBinaryExpression(test) || test.getOperatorToken().getKind() !== SyntaxKind.InstanceOfKeyword) continue;
    const x = unwrap(test.getLeft());
    const then = (cur as IfStatement).getThenStatement();
    if (Node.isIdentifier(x) && x.getText() === ref.getText() && resolveIdentifier(x) === resolveIdentifier(ref) && ref.getStart() >= then.getStart() && ref.getEnd() <= then.getEnd()) return true;
  }
  return false;
}

/** Whether `decl` is a namespace import (`import * as env from './env'`), or its name. */
export function isNamespaceImportDecl(decl: Node): boolean {
  return Node.isNamespaceImport(decl) || Node.isNamespaceImport(decl.getParent() ?? decl);
}

/** The identifier of `import * as name from '…'` in the file of `id` (resolveIdentifier does not list them). */
export function namespaceImport(id: Node): Node | undefined {
  for (const imp of id.getSourceFile().getImportDeclarations()) {
    const ns = imp.getNamespaceImport();
    if (ns && ns.getText() === id.getText()) return ns;
  }
  return undefined;
}
