// Follow an identifier to the expression that defines its value: a const/let initialiser in scope, a
// destructured binding, an ES import or a CommonJS require of another module of the customer's repo.
// Anything that could be reassigned or that comes from outside the repo resolves to undefined.
import { Node, SyntaxKind, type EnumDeclaration, type Expression, type SourceFile, type ts } from '#ts-morph';
import { type EvalContext, unwrap } from './eval-context.js';
import { lookupName } from './scope-lookup.js';
import { wrapRaw } from '../engine/descendants.js';
import { isDefaultExported, isExportedDeclaration } from './exports.js';
import { staticMap } from './class-members.js';

/** A value an identifier can stand for: an expression, or a whole module (namespace import / require). */
export type BoundValue = { kind: 'expr'; expr: Expression } | { kind: 'module'; sf: SourceFile } | { kind: 'function'; node: Node };

/** Find the declaration named `name` visible from `from`, walking scopes outwards (no type checker needed). */
export function findDeclaration(from: Node, name: string): Node | undefined {
  try {
    const shorthand = Node.isShorthandPropertyAssignment(from.getParent());
    const rawLookup = Node.isIdentifier(from) && !shorthand;
    const raw = rawLookup ? lookupName(from.compilerNode, from.compilerNode.text) : undefined;
    // No declaration in any scope (a global such as fetch or process): the scope walk below, which searches a subset
    // of the scopes lookupName searches, would wrap every statement of the file to find nothing.
    if (rawLookup && !raw) return undefined;
    const decl = raw ? wrapRaw(from.getSourceFile(), raw) : undefined;
    const usable = decl && (Node.isVariableDeclaration(decl) || Node.isBindingElement(decl) || Node.isParameterDeclaration(decl) ||
      Node.isFunctionDeclaration(decl) || Node.isClassDeclaration(decl) || Node.isImportSpecifier(decl) || Node.isImportClause(decl) ||
      Node.isNamespaceImport(decl) || Node.isImportEqualsDeclaration(decl));
    if (decl && usable && decl.getSourceFile() === from.getSourceFile()) return Node.isNamespaceImport(decl) ? decl.getParent()?.getParent() : decl;
  } catch {
    /* fall back to the scope walk */
  }
  for (let scope: Node | undefined = from.getParent(); scope; scope = scope.getParent()) {
    if (Node.isFunctionLikeDeclaration(scope)) {
      for (const p of scope.getParameters()) if (p.getName() === name) return p;
    }
    if (Node.isSourceFile(scope) || Node.isBlock(scope) || Node.isModuleBlock(scope) || Node.isCaseClause(scope) ||
        Node.isDefaultClause(scope)) {
      for (const st of scope.getStatements()) {
        const d = declarationIn(st, name);
        if (d) return d;
      }
    }
  }
  return undefined;
}

/**
 * `Ns.NAME` where `Ns` names a namespace of this file (no closer binding shadows it): the initializer of the
 * namespace's exported `const NAME` (`namespace Netverify { export const HOST_EU = '…' }`), else undefined.
 */
export function namespaceConstInit(access: Node): Node | undefined {
  if (!Node.isPropertyAccessExpression(access)) return undefined;
  const target = access.getExpression();
  if (!Node.isIdentifier(target) || findDeclaration(target, target.getText())) return undefined;
  const v = access.getSourceFile().getModule(target.getText())?.getVariableDeclaration(access.getName());
  const st = v?.getVariableStatement();
  return st && st.getDeclarationKind() === 'const' && st.hasExportKeyword() ? v!.getInitializer() : undefined;
}

function declarationIn(st: Node, name: string): Node | undefined {
  if (Node.isVariableStatement(st)) {
    for (const d of st.getDeclarations()) {
      const hit = bindingNamed(d.getNameNode(), name);
      if (hit) return hit === d.getNameNode() ? d : hit;
    }
  } else if (Node.isFunctionDeclaration(st) || Node.isClassDeclaration(st)) {
    if (st.getName() === name) return st;
  } else if (Node.isImportDeclaration(st)) {
    if (st.getDefaultImport()?.getText() === name) return st.getImportClause();
    const ns = st.getNamespaceImport();
    if (ns?.getText() === name) return st;
    for (const s of st.getNamedImports()) if ((s.getAliasNode() ?? s.getNameNode()).getText() === name) return s;
  } else if (Node.isImportEqualsDeclaration(st)) {
    // TypeScript CommonJS: `import axios = require('axios');`
    if (st.getName() === name) return st;
  }
  return undefined;
}

function bindingNamed(nameNode: Node, name: string): Node | undefined {
  if (Node.isIdentifier(nameNode)) return nameNode.getText() === name ? nameNode : undefined;
  if (Node.isObjectBindingPattern(nameNode) || Node.isArrayBindingPattern(nameNode)) {
    for (const el of nameNode.getElements()) {
      if (!Node.isBindingElement(el)) continue;
      const hit = bindingNamed(el.getNameNode(), name);
      if (hit) return el;
    }
  }
  return undefined;
}

/** Is the variable declared by `decl` ever assigned again in its file? (then its initialiser proves nothing) */
function isReassigned(decl: Node, name: string): boolean {
  const sf = decl.getSourceFile();
  return sf.getDescendantsOfKind(SyntaxKind.BinaryExpression).some((b) => {
    const op = b.getOperatorToken().getKind();
    if (op !== SyntaxKind.EqualsToken && op !== SyntaxKind.PlusEqualsToken) return false;
    const left = b.getLeft();
    return Node.isIdentifier(left) && left.getText() === name && findDeclaration(left, name) === decl;
  });
}

/** What `id` stands for, following imports and requires into other modules. */
export function resolveIdentifier(id: Node, ctx: EvalContext): BoundValue | undefined {
  const name = id.getText();
  const decl = findDeclaration(id, name);
  if (!decl) return undefined;
  return valueOfDeclaration(decl, name, ctx);
}

function valueOfDeclaration(decl: Node, name: string, ctx: EvalContext): BoundValue | undefined {
  if (Node.isVariableDeclaration(decl)) {
    const init = decl.getInitializer();
    if (!init) return undefined;
    if (decl.getVariableStatement()?.getDeclarationKind() !== 'const' && isReassigned(decl, name)) return undefined;
    const req = requiredModule(init, ctx);
    if (req) return { kind: 'module', sf: req };
    if (Node.isArrowFunction(unwrap(init)) || Node.isFunctionExpression(unwrap(init))) return { kind: 'function', node: unwrap(init) };
    return { kind: 'expr', expr: init };
  }
  if (Node.isFunctionDeclaration(decl)) return { kind: 'function', node: decl };
  if (Node.isBindingElement(decl)) {
    // const { X } = require('./c')  |  const { X } = CONSTANTS
    const key = decl.getPropertyNameNode()?.getText() ?? decl.getName();
    let owner: Node | undefined = decl.getParent()?.getParent();
    if (!Node.isVariableDeclaration(owner)) return undefined;
    const init = owner.getInitializer();
    if (!init) return undefined;
    const req = requiredModule(init, ctx);
    if (req) return exportedValue(req, key, ctx);
    const obj = resolveObject(init, ctx);
    if (obj) return memberOf(obj, key, ctx);
    return undefined;
  }
  if (Node.isImportSpecifier(decl)) {
    const spec = decl.getImportDeclaration().getModuleSpecifierValue();
    const sf = ctx.loadModule(spec, decl);
    return sf ? exportedValue(sf, decl.getName(), ctx) : undefined;
  }
  if (Node.isImportClause(decl)) {
    const parent = decl.getParentOrThrow();
    if (!Node.isImportDeclaration(parent)) return undefined;
    const sf = ctx.loadModule(parent.getModuleSpecifierValue(), decl);
    return sf ? exportedValue(sf, 'default', ctx) : undefined;
  }
  if (Node.isImportDeclaration(decl)) {
    const sf = ctx.loadModule(decl.getModuleSpecifierValue(), decl);
    return sf ? { kind: 'module', sf } : undefined;
  }
  return undefined;
}

/** The TypeScript enum an identifier names: declared in this file, or imported by name from another module of the repo
 * (`import { DataCentre } from './dc'`). Enum members are constants: `DataCentre.EU` evaluates to its initialiser. */
export function enumDeclarationOf(id: Node, ctx: EvalContext): EnumDeclaration | undefined {
  const name = id.getText();
  for (let scope: Node | undefined = id.getParent(); scope; scope = scope.getParent()) {
    if (!Node.isSourceFile(scope) && !Node.isBlock(scope) && !Node.isModuleBlock(scope)) continue;
    for (const st of scope.getStatements()) {
      if (Node.isEnumDeclaration(st) && st.getName() === name) return st;
      if (!Node.isImportDeclaration(st)) continue;
      const spec = st.getNamedImports().find((s) => (s.getAliasNode() ?? s.getNameNode()).getText() === name);
      if (!spec) continue;
      const sf = ctx.loadModule(st.getModuleSpecifierValue(), st);
      return sf?.getStatements().find((e): e is EnumDeclaration => Node.isEnumDeclaration(e) && e.getName() === spec.getName() && isExportedDeclaration(e));
    }
  }
  return undefined;
}

/** `require('./x')` (possibly `.default`/a property) → the module's SourceFile. */
export function requiredModule(expr: Node, ctx: EvalContext): SourceFile | undefined {
  const e = unwrap(expr);
  if (!Node.isCallExpression(e)) return undefined;
  const callee = e.getExpression();
  const arg = e.getArguments()[0];
  if (!Node.isIdentifier(callee) || callee.getText() !== 'require' || !arg || !Node.isStringLiteral(arg)) return undefined;
  return ctx.loadModule(arg.getLiteralValue(), e);
}

/** The value a module exports under `name` (ESM `export`, `export default`, CommonJS `module.exports`/`exports.x`,
 * re-exports: `export { x } from`, and `export * from` for a name no statement of the module exports). */
export function exportedValue(sf: SourceFile, name: string, ctx: EvalContext, seen = new Set<SourceFile>()): BoundValue | undefined {
  if (seen.has(sf)) return undefined; // barrels that re-export each other
  seen.add(sf);
  for (const st of sf.getStatements()) {
    if (Node.isVariableStatement(st) && isExportedDeclaration(st)) {
      for (const d of st.getDeclarations()) if (d.getName() === name) return valueOfDeclaration(d, name, ctx);
    }
    if (Node.isFunctionDeclaration(st) && isExportedDeclaration(st) && (st.getName() === name || (name === 'default' && isDefaultExported(st)))) {
      return { kind: 'function', node: st };
    }
    if (Node.isExportAssignment(st) && name === 'default' && !st.isExportEquals()) return { kind: 'expr', expr: st.getExpression() };
    if (Node.isExportDeclaration(st)) {
      for (const s of st.getNamedExports()) {
        if ((s.getAliasNode() ?? s.getNameNode()).getText() !== name) continue;
        const local = s.getNameNode().getText();
        const spec = st.getModuleSpecifierValue();
        if (spec) {
          const other = ctx.loadModule(spec, st);
          return other ? exportedValue(other, local, ctx, seen) : undefined;
        }
        const d = findLocal(sf, local);
        return d ? valueOfDeclaration(d, local, ctx) : undefined;
      }
    }
    if (Node.isExpressionStatement(st)) {
      const e = st.getExpression();
      if (!Node.isBinaryExpression(e) || e.getOperatorToken().getKind() !== SyntaxKind.EqualsToken) continue;
      const left = e.getLeft().getText().replace(/\s+/g, '');
      if (left === `module.exports.${name}` || left === `exports.${name}`) return { kind: 'expr', expr: e.getRight() };
      if (left === 'module.exports') {
        const right = unwrap(e.getRight());
        if (name === 'default') return { kind: 'expr', expr: e.getRight() };
        if (Node.isObjectLiteralExpression(right)) {
          const v = memberOf({ kind: 'literal', node: right }, name, ctx);
          if (v) return v;
        }
      }
    }
  }
  // `export * from './hosts'` (never a default, never `export * as ns`): the first star module that has the name.
  for (const st of name === 'default' ? [] : sf.getExportDeclarations()) {
    if (st.isTypeOnly() || st.getNamespaceExport() || st.hasNamedExports() || !st.getModuleSpecifierValue()) continue;
    const other = ctx.loadModule(st.getModuleSpecifierValue()!, st);
    const v = other && exportedValue(other, name, ctx, seen);
    if (v) return v;
  }
  return undefined;
}

function findLocal(sf: SourceFile, name: string): Node | undefined {
  for (const st of sf.getStatements()) {
    const d = declarationIn(st, name);
    if (d) return d;
  }
  return undefined;
}

export type ObjectSource = { kind: 'literal'; node: import('ts-morph').ObjectLiteralExpression } | { kind: 'module'; sf: SourceFile };

/** Follow an expression to an object literal (or a module namespace) it evaluates to. */
export function resolveObject(expr: Node, ctx: EvalContext, depth = 0): ObjectSource | undefined {
  if (depth > 8) return undefined;
  const e = unwrap(expr);
  if (Node.isObjectLiteralExpression(e)) return { kind: 'literal', node: e };
  // `Object.freeze({ US: '…', EU: '…' })` is the object it is given (frozen, so never written to).
  if (Node.isCallExpression(e) && e.getExpression().getText() === 'Object.freeze' && e.getArguments().length === 1) {
    return resolveObject(e.getArguments()[0]!, ctx, depth + 1);
  }
  const req = requiredModule(e, ctx);
  if (req) return { kind: 'module', sf: req };
  if (Node.isIdentifier(e)) {
    const v = resolveIdentifier(e, ctx);
    if (v?.kind === 'module') return v;
    if (v?.kind === 'expr') return resolveObject(v.expr, ctx, depth + 1);
    return undefined;
  }
  if (Node.isPropertyAccessExpression(e)) {
    const map = staticMap(e);
    if (map) return resolveObject(map, ctx, depth + 1);
    const owner = resolveObject(e.getExpression(), ctx, depth + 1);
    const v = owner ? memberOf(owner, e.getName(), ctx) : undefined;
    if (v?.kind === 'module') return v;
    if (v?.kind === 'expr') return resolveObject(v.expr, ctx, depth + 1);
  }
  return undefined;
}

/** A property of an object literal or a module export. Spreads inside the literal are followed. */
export function memberOf(obj: ObjectSource, name: string, ctx: EvalContext): BoundValue | undefined {
  if (obj.kind === 'module') return exportedValue(obj.sf, name, ctx);
  const props = obj.node.getProperties();
  for (let i = props.length - 1; i >= 0; i--) {
    const p = props[i]!;
    if (Node.isPropertyAssignment(p) && propertyKey(p.getNameNode()) === name) return { kind: 'expr', expr: p.getInitializerOrThrow() };
    if (Node.isShorthandPropertyAssignment(p) && p.getName() === name) {
      return resolveIdentifier(p.getNameNode(), ctx);
    }
    if (Node.isSpreadAssignment(p)) {
      const inner = resolveObject(p.getExpression(), ctx);
      const v = inner ? memberOf(inner, name, ctx) : undefined;
      if (v) return v;
    }
  }
  return undefined;
}

/** The key of a property name node: identifier, string literal or numeric literal (computed keys → undefined). */
export function propertyKey(n: Node): string | undefined {
  if (Node.isIdentifier(n) || Node.isPrivateIdentifier(n)) return n.getText();
  if (Node.isStringLiteral(n) || Node.isNoSubstitutionTemplateLiteral(n) || Node.isNumericLiteral(n)) return n.getLiteralText();
  if (Node.isComputedPropertyName(n)) {
    const inner = n.getExpression();
    if (Node.isStringLiteral(inner) || Node.isNoSubstitutionTemplateLiteral(inner)) return inner.getLiteralText();
  }
  return undefined;
}
