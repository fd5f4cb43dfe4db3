// Following an imported constant into the module that exports it: `import { ALLOWED_ORIGINS } from './config'`
// with `export const ALLOWED_ORIGINS = ['https://acme.netverify.com', …]` in config.ts. Used for origin lists: a list
// that holds nothing but Jumio origins (legacy or KYX) is read like a same-file constant (it proves the handler, and
// its literals are translated in that module); any other list is left to the rule (imported-origins.ts).
import { Node, SyntaxKind, type SourceFile } from '#ts-morph';
import type { ProjectView } from '../engine/types.js';
import { externalFiles } from './listeners.js';
import { reexportsOf } from '../analysis/exports.js';
import { originVendor } from './origin.js';
import { isNamespaceImportDecl, stringValue, unwrap } from './syntax.js';

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

/** Where a barrel's export comes from: `export { WEB_CLIENT_ORIGIN as IDENTITY_FRAME_ORIGIN } from './tenant'`,
 * `export * from './hosts'` (round-44 hold-out), followed up to three modules deep; the module itself when it
 * declares `name` (or nothing re-exports it). */
function reExported(sf: SourceFile, absPath: string, name: string, project: ProjectView, depth = 0): { sf: SourceFile; absPath: string; name: string } {
  if (depth > 2 || exported(sf, name)) return { sf, absPath, name };
  for (const r of reexportsOf(sf, name)) {
    const path = project.resolveModule(r.specifier, absPath);
    const other = path ? project.getSourceFile(path) : undefined;
    const found = other && path ? reExported(other, path, r.name, project, depth + 1) : undefined;
    if (found && exported(found.sf, found.name)) return found;
  }
  return { sf, absPath, name };
}

/** The module an import (an ImportSpecifier, a default import's name, or a namespace import with the export it reads
 * as `member`) reads from, when it is in the project. */
export function importedModule(decl: Node, project: ProjectView | undefined, fromPath: string | undefined, member?: string): ImportedModule | undefined {
  const importDecl = decl.getFirstAncestorByKind(SyntaxKind.ImportDeclaration);
  if (!importDecl || !project || !fromPath) return undefined;
  const specifier = importDecl.getModuleSpecifierValue();
  const absPath = project.resolveModule(specifier, fromPath);
  const sf = absPath ? project.getSourceFile(absPath) : undefined;
  if (!sf || !absPath) return undefined;
  const name = Node.isImportSpecifier(decl) ? decl.getName() : member !== undefined && isNamespaceImportDecl(decl) ? member : 'default';
  const at = reExported(sf, absPath, name, project);
  return valueOf(at.sf, at.absPath, specifier, at.name);
}

function valueOf(sf: SourceFile, absPath: string, specifier: string, name: string): ImportedModule {
  const d = exported(sf, name);
  const isVar = !!d && Node.isVariableDeclaration(d);
  const value = d && Node.isVariableDeclaration(d) ? d.getInitializer() : d;
  const constant = !isVar || (d as import('ts-morph').VariableDeclaration).getVariableStatement()?.getDeclarationKind() === 'const';
  return { sf, absPath, specifier, name, value, constant };
}

/** The string literals of an exported constant that is nothing but Jumio origins (`[…] as const`,
 * `Object.freeze([…])`, one string) — or, with `path`, of the value at that member path of an exported object
 * literal (`settings.identity.frameOrigin`); undefined otherwise. Its module is registered as an external file. A
 * list of nothing but other vendors' origins is returned too (it vetoes; nothing is edited there). */
export function importedJumioOrigins(decl: Node, project: ProjectView | undefined, fromPath: string | undefined, path: readonly string[] = []): Node[] | undefined {
  // `env.ORIGINS` of `import * as env`: the first member names the export (round-44 hold-out).
  const namespace = isNamespaceImportDecl(decl);
  if (namespace && !path.length) return undefined;
  const m = importedModule(decl, project, fromPath, namespace ? path[0] : undefined);
  if (namespace) path = path.slice(1);
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
  const vendors = items.map((i) => {
    const s = stringValue(i);
    return s === undefined ? undefined : originVendor(s);
  });
  // Nothing but other vendors' origins: read like a same-file list, they veto the handler (round 44: a video-ident
  // composable's imported list left its handler unknown, and the Jumio-shaped events proved the component's frame).
  if (vendors.every((v) => v === 'other')) return items;
  if (vendors.some((v) => v !== 'legacy-jumio' && v !== 'kyx-jumio')) return undefined;
  externalFiles.set(m.sf, m.absPath);
  return items;
}
