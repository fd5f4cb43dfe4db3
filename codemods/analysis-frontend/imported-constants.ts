// Following an imported constant into the module that exports it: `import { ALLOWED_ORIGINS } from './config'`
// with `export const ALLOWED_ORIGINS = ['https://acme.netverify.com', …]` in config.ts. Used for origin lists: a list
// that holds nothing but Jumio origins (legacy or KYX) is read like a same-file constant (it proves the handler, and
// its literals are translated in that module); any other list is left to the rule (imported-origins.ts).
import { Node, SyntaxKind, type SourceFile } from '#ts-morph';
import type { ProjectView } from '../engine/types.js';
import { externalFiles } from './listeners.js';
import { originVendor } from './origin.js';
import { stringValue, unwrap } from './syntax.js';

export interface ImportedModule {
  sf: SourceFile;
  absPath: string;
  specifier: string;
  /** The exported name (`default` for a default import). */
  name: string;
  /** The exported value (a const's initializer, or the default export's expression); undefined when not found. */
  value?: Node;
  /** The export is a `const` (or a default-exported expression): its value is the one declared. */
  constant: boolean;
}

/** The declaration the module exports as `name` (`export const X = …`, `export { X }`, `export default …`). */
function exported(sf: SourceFile, name: string): Node | undefined {
  if (name === 'default') {
    const assignment = sf.getExportAssignment((a) => !a.isExportEquals());
    const e = assignment && unwrap(assignment.getExpression());
    return e && Node.isIdentifier(e) ? sf.getVariableDeclaration(e.getText()) : e;
  }
  const direct = sf.getVariableDeclaration(name);
  if (direct?.getVariableStatement()?.hasExportKeyword()) return direct;
  // `const X = …; export { X }` / `export { Y as X }` (not a re-export from another module)
  for (const ed of sf.getExportDeclarations()) {
    if (ed.getModuleSpecifier()) continue;
    const spec = ed.getNamedExports().find((s) => (s.getAliasNode()?.getText() ?? s.getName()) === name);
    if (spec) return sf.getVariableDeclaration(spec.getName());
  }
  return undefined;
}

/** The module an import (an ImportSpecifier or a default import's name) reads from, when it is in the project. */
export function importedModule(decl: Node, project: ProjectView | undefined, fromPath: string | undefined): ImportedModule | undefined {
  const importDecl = decl.getFirstAncestorByKind(SyntaxKind.ImportDeclaration);
  if (!importDecl || !project || !fromPath) return undefined;
  const specifier = importDecl.getModuleSpecifierValue();
  const absPath = project.resolveModule(specifier, fromPath);
  const sf = absPath ? project.getSourceFile(absPath) : undefined;
  if (!sf || !absPath) return undefined;
  const name = Node.isImportSpecifier(decl) ? decl.getName() : 'default';
  const d = exported(sf, name);
  const isVar = !!d && Node.isVariableDeclaration(d);
  const value = d && Node.isVariableDeclaration(d) ? d.getInitializer() : d;
  const constant = !isVar || (d as import('ts-morph').VariableDeclaration).getVariableStatement()?.getDeclarationKind() === 'const';
  return { sf, absPath, specifier, name, value, constant };
}

/** The string literals of an exported constant that is nothing but Jumio origins (`[…] as const`,
 * `Object.freeze([…])`, one string) — or, with `path`, of the value at that member path of an exported object
 * literal (`settings.identity.frameOrigin`); undefined otherwise. Its module is registered as an external file. */
export function importedJumioOrigins(decl: Node, project: ProjectView | undefined, fromPath: string | undefined, path: readonly string[] = []): Node[] | undefined {
  const m = importedModule(decl, project, fromPath);
  if (!m?.value || !m.constant) return undefined;
  let v: Node | undefined = unwrap(m.value);
  for (const key of path) {
    const p: Node | undefined = v && Node.isObjectLiteralExpression(v) ? v.getProperty(key) : undefined;
    v = p && Node.isPropertyAssignment(p) ? unwrap(p.getInitializerOrThrow()) : undefined;
  }
  if (!v) return undefined;
  // One string at a member path is what the check compares with, whoever's origin it is (another host vetoes).
  if (path.length && stringValue(v) !== undefined) {
    externalFiles.set(m.sf, m.absPath);
    return [v];
  }
  if (Node.isCallExpression(v) && v.getExpression().getText() === 'Object.freeze' && v.getArguments().length === 1) v = unwrap(v.getArguments()[0]!);
  const items = Node.isArrayLiteralExpression(v) ? v.getElements().map(unwrap) : [v];
  if (items.length === 0) return undefined;
  for (const i of items) {
    const s = stringValue(i);
    const vendor = s === undefined ? undefined : originVendor(s);
    if (vendor !== 'legacy-jumio' && vendor !== 'kyx-jumio') return undefined;
  }
  externalFiles.set(m.sf, m.absPath);
  return items;
}
