// Which declaration a name refers to, by a lazy walk over the raw TypeScript tree: from the identifier outwards,
// each scope is searched for a declaration of that one name, the way the binder fills its scope tables (block
// scoped let/const/class/function, `var` and function declarations hoisted to the function or file, parameters,
// for/catch bindings, a named function or class expression's own name, imports, enums, namespaces, types).
// It answers the same as a type checker's symbol lookup for the first declaration, but costs a few statements
// per scope instead of binding (or type-checking) the whole file for every version the engine parses.
import { ts } from '#ts-morph';

type FunctionLike = ts.FunctionLikeDeclaration;

function isFunctionLike(n: ts.Node): n is FunctionLike {
  return ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n) || ts.isMethodDeclaration(n) ||
    ts.isConstructorDeclaration(n) || ts.isGetAccessorDeclaration(n) || ts.isSetAccessorDeclaration(n);
}

/** The binding element or identifier in a (possibly destructuring) name that declares `name`. */
function inBindingName(n: ts.BindingName, name: string): ts.Node | undefined {
  if (ts.isIdentifier(n)) return n.text === name ? n : undefined;
  for (const el of n.elements) {
    if (ts.isOmittedExpression(el)) continue;
    const hit = inBindingName(el.name, name);
    if (hit) return hit === el.name ? el : hit; // the innermost binding element, as the binder declares it
  }
  return undefined;
}

function inDeclarationList(list: ts.VariableDeclarationList, name: string): ts.Node | undefined {
  for (const d of list.declarations) {
    const hit = inBindingName(d.name, name);
    if (hit) return hit === d.name ? d : hit;
  }
  return undefined;
}

const isVar = (list: ts.VariableDeclarationList): boolean => (list.flags & ts.NodeFlags.BlockScoped) === 0;

/** A declaration of `name` made by one statement of a block-like scope (hoisted `var`s are found separately). */
function declaredBy(st: ts.Statement, name: string, blockScopedOnly: boolean): ts.Node | undefined {
  if (ts.isVariableStatement(st)) {
    if (blockScopedOnly && isVar(st.declarationList)) return undefined;
    return inDeclarationList(st.declarationList, name);
  }
  if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st) || ts.isEnumDeclaration(st) || ts.isInterfaceDeclaration(st) ||
    ts.isTypeAliasDeclaration(st)) && st.name?.text === name) return st;
  if (ts.isModuleDeclaration(st) && ts.isIdentifier(st.name) && st.name.text === name) return st;
  if (ts.isImportDeclaration(st) && st.importClause) {
    const c = st.importClause;
    if (c.name?.text === name) return c;
    const b = c.namedBindings;
    if (b && ts.isNamespaceImport(b) && b.name.text === name) return b;
    if (b && ts.isNamedImports(b)) for (const s of b.elements) if (s.name.text === name) return s;
  }
  if (ts.isImportEqualsDeclaration(st) && st.name.text === name) return st;
  return undefined;
}

/** Per scope node (a function body or a file), every `var` hoisted to it, by name: the first declaration in the walk
 * order below. One walk per scope answers every name (a file-level miss, a global such as `process`, costs no walk). */
const hoisted = new WeakMap<ts.Node, Map<string, ts.Node>>();

/** A `var` of `name` anywhere under `n` that hoists to the enclosing function or file (not into nested functions). */
function hoistedVar(n: ts.Node, name: string): ts.Node | undefined {
  let vars = hoisted.get(n);
  if (!vars) hoisted.set(n, (vars = hoistedVars(n)));
  return vars.get(name);
}

function hoistedVars(n: ts.Node): Map<string, ts.Node> {
  const vars = new Map<string, ts.Node>();
  // The binding element or identifier inDeclarationList would return for each name the list declares.
  const collect = (name: ts.BindingName, decl: ts.Node): void => {
    if (ts.isIdentifier(name)) {
      if (!vars.has(name.text)) vars.set(name.text, decl);
      return;
    }
    for (const el of name.elements) {
      if (ts.isOmittedExpression(el)) continue;
      collect(el.name, el); // the innermost binding element, as inDeclarationList answers
    }
  };
  const visit = (c: ts.Node): void => {
    if (isFunctionLike(c) || ts.isClassLike(c)) return;
    if (ts.isVariableDeclarationList(c) && isVar(c)) {
      for (const d of c.declarations) collect(d.name, d);
    }
    ts.forEachChild(c, visit);
  };
  ts.forEachChild(n, visit);
  return vars;
}

function inStatements(statements: readonly ts.Statement[], name: string, blockScopedOnly: boolean): ts.Node | undefined {
  for (const st of statements) {
    const d = declaredBy(st, name, blockScopedOnly);
    if (d) return d;
  }
  return undefined;
}

/** Per file or namespace body, the answers for names looked up there: every lookup of a global (`console`,
 * `fetch`…) ends at the file, whose statements would otherwise be searched again each time. */
const topLevelAnswers = new WeakMap<ts.Node, Map<string, ts.Node | null>>();

function topLevel(n: ts.SourceFile | ts.ModuleBlock, name: string): ts.Node | undefined {
  let answers = topLevelAnswers.get(n);
  if (!answers) topLevelAnswers.set(n, (answers = new Map()));
  let hit = answers.get(name);
  if (hit === undefined) answers.set(name, (hit = inStatements(n.statements, name, false) ?? hoistedVar(n, name) ?? null));
  return hit ?? undefined;
}

/** The first declaration of `name` visible from `from` in its file, or undefined (a global, or undeclared). */
export function lookupName(from: ts.Node, name: string): ts.Node | undefined {
  for (let n: ts.Node | undefined = from.parent, child: ts.Node = from; n; child = n, n = n.parent) {
    let hit: ts.Node | undefined;
    if (ts.isSourceFile(n) || ts.isModuleBlock(n)) hit = topLevel(n, name);
    else if (ts.isBlock(n)) hit = inStatements(n.statements, name, !isFunctionLike(n.parent));
    else if (ts.isCaseBlock(n)) {
      for (const clause of n.clauses) if ((hit = inStatements(clause.statements, name, true))) break;
    } else if (ts.isCatchClause(n)) {
      const v = n.variableDeclaration;
      const h = v ? inBindingName(v.name, name) : undefined;
      hit = h && h === v!.name ? v : h;
    } else if (ts.isForStatement(n) || ts.isForInStatement(n) || ts.isForOfStatement(n)) {
      const init = n.initializer;
      if (init && ts.isVariableDeclarationList(init) && !isVar(init)) hit = inDeclarationList(init, name);
    } else if (ts.isFunctionLike(n)) {
      // signatures too: `json(v: unknown): void` in a type has its own parameter scope
      for (const p of n.parameters) if ((hit = inBindingName(p.name, name))) break;
      if (hit && ts.isIdentifier(hit)) hit = hit.parent;
      if (!hit && isFunctionLike(n) && n.body) hit = hoistedVar(n.body, name) ?? hoistedFunction(n.body, name);
      if (!hit && ts.isFunctionExpression(n) && n.name?.text === name && child !== n.name) hit = n;
    } else if (ts.isClassExpression(n) && n.name?.text === name && child !== n.name) hit = n;
    else if (ts.isClassStaticBlockDeclaration(n)) hit = hoistedVar(n.body, name); // `static { var x }` hoists to the block
    if (hit) return hit;
  }
  return undefined;
}

/** A function declared directly in a function body is visible in the whole body (found with the body's statements
 * when the lookup comes from inside it; this covers a lookup from a parameter's default value). */
function hoistedFunction(body: ts.Node, name: string): ts.Node | undefined {
  if (!ts.isBlock(body)) return undefined;
  return body.statements.find((st) => ts.isFunctionDeclaration(st) && st.name?.text === name);
}
