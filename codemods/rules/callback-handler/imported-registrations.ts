// A handler exported by its module and registered by another one of the run under a route that names Jumio:
// controllers/auth.js `exports.faceLoginResult = async (req, res) => { … req.body.transactionResult … }` with
// routes.js `const handlers = require('./controllers/auth'); router.post('/jumio/callback', handlers.faceLoginResult)`
// (also `import * as handlers`, `import { faceLoginResult }`, `const { faceLoginResult } = require(…)`, a default
// export, and hapi / Fastify route objects `{ path: '/jumio/callback', handler: handlers.faceLoginResult }`). The
// handler's own file (where the item belongs) never names Jumio; the registration does. Needs the run's importers
// (absent for a lone file or a fixture: then nothing is followed).
import { Node, SyntaxKind, type SourceFile } from '#ts-morph';
import { mentionsJumio } from '../../analysis/jumio-names.js';
import type { ProjectView } from '../../engine/types.js';
import { routeObjectOf } from './route-objects.js';

/** The names the module exports `fn` under (`default` for a default export). */
function exportedNames(fn: Node): string[] {
  const parent = fn.getParent();
  // Syntax only (export / default keywords): isExported() and isDefaultExport() ask the type checker for symbols.
  if (Node.isFunctionDeclaration(fn)) {
    if (!fn.hasExportKeyword()) return [];
    if (fn.hasDefaultKeyword()) return ['default'];
    return fn.getName() ? [fn.getName()!] : [];
  }
  if (Node.isVariableDeclaration(parent) && parent.getInitializer() === fn) {
    return parent.getVariableStatement()?.hasExportKeyword() ? [parent.getName()] : [];
  }
  // `exports.name = …`, `module.exports.name = …`
  if (Node.isBinaryExpression(parent) && parent.getRight() === fn) {
    const m = /^(?:module\.)?exports\.([\w$]+)$/.exec(parent.getLeft().getText().replace(/\s+/g, ''));
    return m ? [m[1]!] : [];
  }
  return [];
}

/** exportedNames, plus a local function the module exports later: `module.exports = { name }`, `export { name }`. */
function exportNamesOf(fn: Node): string[] {
  const own = exportedNames(fn);
  const parent = fn.getParent();
  const local = Node.isFunctionDeclaration(fn) ? fn.getName() : Node.isVariableDeclaration(parent) && parent.getInitializer() === fn ? parent.getName() : undefined;
  if (own.length || !local || fn.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a))) return own;
  const out: string[] = [];
  for (const st of fn.getSourceFile().getStatements()) {
    if (Node.isExportDeclaration(st)) for (const e of st.getNamedExports()) if (e.getName() === local) out.push(e.getAliasNode()?.getText() ?? local);
    const e = Node.isExpressionStatement(st) ? st.getExpression() : undefined;
    const obj = Node.isBinaryExpression(e) && e.getLeft().getText() === 'module.exports' ? e.getRight() : undefined;
    for (const p of Node.isObjectLiteralExpression(obj) ? obj.getProperties() : []) {
      if (Node.isShorthandPropertyAssignment(p) && p.getName() === local) out.push(local);
      if (Node.isPropertyAssignment(p) && p.getInitializer()?.getText() === local) out.push(p.getName());
    }
  }
  return out;
}

/** The expressions of `sf` that name export `name` of the module at `target`: a local bound by an import or require,
 * or `ns.name` of a namespace / module object. */
function referencesIn(sf: SourceFile, file: string, target: string, name: string, project: ProjectView): Node[] {
  const out: Node[] = [];
  const locals: string[] = [];
  const namespaces: string[] = [];
  const resolves = (spec: string) => project.resolveModule(spec, file) === target;
  for (const d of sf.getImportDeclarations()) {
    if (!resolves(d.getModuleSpecifierValue())) continue;
    for (const n of d.getNamedImports()) if (n.getName() === name) locals.push(n.getAliasNode()?.getText() ?? name);
    const def = d.getDefaultImport()?.getText();
    if (def) (name === 'default' ? locals : namespaces).push(def);
    const ns = d.getNamespaceImport()?.getText();
    if (ns) namespaces.push(ns);
  }
  for (const v of sf.getDescendantsOfKind(SyntaxKind.VariableDeclaration)) {
    const init = v.getInitializer();
    const arg = Node.isCallExpression(init) && init.getExpression().getText() === 'require' ? init.getArguments()[0] : undefined;
    if (!arg || !Node.isStringLiteral(arg) || !resolves(arg.getLiteralValue())) continue;
    const bind = v.getNameNode();
    if (Node.isIdentifier(bind)) (name === 'default' ? locals : namespaces).push(bind.getText());
    else if (Node.isObjectBindingPattern(bind)) {
      for (const el of bind.getElements()) if ((el.getPropertyNameNode()?.getText() ?? el.getName()) === name) locals.push(el.getName());
    }
  }
  if (!locals.length && !namespaces.length) return out;
  sf.forEachDescendant((n) => {
    if (Node.isIdentifier(n) && locals.includes(n.getText()) && !Node.isImportSpecifier(n.getParent()) && !Node.isBindingElement(n.getParent())) out.push(n);
    if (Node.isPropertyAccessExpression(n) && n.getName() === name && namespaces.includes(n.getExpression().getText())) out.push(n);
  });
  return out;
}

/** A registration naming Jumio: the call the reference is an argument of (its strings, e.g. the route path), or the
 * route object whose handler it is. */
function registeredUnderJumio(ref: Node): boolean {
  const route = routeObjectOf(ref);
  if (route) return mentionsJumio(route.getText());
  const call = ref.getParent();
  if (!Node.isCallExpression(call) || !call.getArguments().includes(ref as never)) return false;
  return call.getArguments().some((a) => a !== ref && (Node.isStringLiteral(a) || Node.isNoSubstitutionTemplateLiteral(a)) && mentionsJumio(a.getLiteralValue())) ||
    // `router.route('/jumio/callback').post(handler)`: the route is on the chained call.
    mentionsJumio(call.getExpression().getText());
}

/** Is `fn` (a handler of the module at `absPath`) registered by another module of the run under a Jumio route? */
export function registeredByImporter(fn: Node, project: ProjectView, absPath: string): boolean {
  const names = exportNamesOf(fn);
  const importers = names.length ? project.importersOf?.(absPath)?.files ?? [] : [];
  for (const file of importers) {
    const text = file === absPath ? undefined : project.readFile(file);
    if (!text || !mentionsJumio(text)) continue;
    const sf = project.getSourceFile(file);
    if (sf && names.some((n) => referencesIn(sf, file, absPath, n, project).some(registeredUnderJumio))) return true;
  }
  return false;
}
