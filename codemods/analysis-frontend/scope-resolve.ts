// The front end's lexical name resolution (resolveIdentifier in syntax.ts) on the raw TypeScript tree: the scopes
// from the identifier outwards, each searched for a declaration of the name, exactly as the ts-morph walk it
// replaces did (same scopes, same declarations, same order) but without wrapping every statement of every scope.
// Kept deliberately as it was, not as the binder would: function-like means functions, function expressions,
// arrows and methods; a `var` counts in the function whose body holds it; imports count by named and default
// import only; a page's other script blocks are searched last, by their top-level declarations.
import { ts } from '#ts-morph';

const isFunctionLike = (n: ts.Node): n is ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction | ts.MethodDeclaration =>
  ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n) || ts.isMethodDeclaration(n);

const isScope = (n: ts.Node): boolean => isFunctionLike(n) || ts.isBlock(n) || ts.isSourceFile(n) || ts.isCaseBlock(n) ||
  ts.isCatchClause(n) || ts.isForStatement(n) || ts.isForOfStatement(n) || ts.isForInStatement(n) || ts.isModuleBlock(n);

/** The source text of a node (what ts-morph's getText() gives: escapes as written). */
const textOf = (n: ts.Node, sf: ts.SourceFile): string => sf.text.slice(n.getStart(sf), n.end);

function binds(name: ts.BindingName, wanted: string, sf: ts.SourceFile): boolean {
  if (ts.isIdentifier(name)) return textOf(name, sf) === wanted;
  return name.elements.some((el) => ts.isBindingElement(el) && binds(el.name, wanted, sf));
}

function enclosingFunction(n: ts.Node): ts.Node | undefined {
  for (let p = n.parent; p; p = p.parent) if (isFunctionLike(p)) return p;
  return undefined;
}

/** The declaration of `name` that `scope` introduces directly (syntax.ts's declarationIn). */
export function declarationInRaw(scope: ts.Node, name: string, sf: ts.SourceFile): ts.Node | undefined {
  if (isFunctionLike(scope)) {
    for (const p of scope.parameters) if (binds(p.name, name, sf)) return p;
    if (ts.isFunctionExpression(scope) && scope.name && textOf(scope.name, sf) === name) return scope;
  }
  if (ts.isCatchClause(scope)) {
    const v = scope.variableDeclaration;
    if (v && binds(v.name, name, sf)) return v;
  }
  if (ts.isForStatement(scope) || ts.isForOfStatement(scope) || ts.isForInStatement(scope)) {
    const init = scope.initializer;
    if (init && ts.isVariableDeclarationList(init)) for (const d of init.declarations) if (binds(d.name, name, sf)) return d;
  }
  const statements: readonly ts.Statement[] = ts.isBlock(scope) || ts.isSourceFile(scope) || ts.isModuleBlock(scope) ? scope.statements
    : ts.isCaseBlock(scope) ? scope.clauses.flatMap((c) => [...c.statements]) : [];
  for (const s of statements) {
    if (ts.isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) if (binds(d.name, name, sf)) return d;
    } else if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s)) && s.name && textOf(s.name, sf) === name) {
      return s;
    } else if (ts.isImportDeclaration(s) && s.importClause) {
      const b = s.importClause.namedBindings;
      if (b && ts.isNamedImports(b)) for (const spec of b.elements) if (textOf(spec.name, sf) === name) return spec;
      const def = s.importClause.name;
      if (def && textOf(def, sf) === name) return def;
    }
  }
  // `var` declared in a nested block of a function body (hoisted): any variable declaration of the body whose
  // nearest function is this one, in document order.
  if (isFunctionLike(scope) && scope.body && ts.isBlock(scope.body)) {
    let hit: ts.Node | undefined;
    const visit = (c: ts.Node): void => {
      if (hit) return;
      if (ts.isVariableDeclaration(c) && binds(c.name, name, sf) && enclosingFunction(c) === scope) {
        hit = c;
        return;
      }
      ts.forEachChild(c, visit);
    };
    ts.forEachChild(scope.body, visit);
    if (hit) return hit;
  }
  return undefined;
}

/** The declaration `id` (named `name`) resolves to in its file, walking the scopes outward; else in `extra` (other
 * script blocks of the page), by their own top-level declarations. */
export function resolveRaw(id: ts.Node, name: string, extra: readonly ts.SourceFile[]): ts.Node | undefined {
  const sf = id.getSourceFile();
  for (let cur: ts.Node | undefined = id.parent; cur; cur = cur.parent) {
    if (!isScope(cur)) continue;
    const decl = declarationInRaw(cur, name, sf);
    if (decl) return decl;
  }
  for (const other of extra) {
    if (other === sf) continue;
    const decl = declarationInRaw(other, name, other);
    if (decl) return decl;
  }
  return undefined;
}
