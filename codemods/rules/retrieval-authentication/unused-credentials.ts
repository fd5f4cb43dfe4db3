// After Basic → Bearer, the local variables that only built the Basic credentials (`const auth =
// Buffer.from(`${token}:${secret}`)…`) are dead and still read the legacy secrets: remove their declarations (or
// their names of a declaration list) in the same function (or at module level, not exported), read nowhere else.
import { Node, type BindingElement, type FunctionDeclaration, type ImportSpecifier, type ObjectBindingPattern, type VariableDeclaration, type VariableStatement } from '#ts-morph';
import { loadsQuietly } from '../../analysis/side-effect-free.js';
import type { EditSet } from '../../analysis/edit-set.js';
import { findDeclaration } from '../../analysis/resolve-binding.js';
import { isDefaultExported, isExportedDeclaration } from '../../analysis/exports.js';
import { droppable, removableKind } from '../../analysis/unused-declarations.js';
import { lineRange } from './dead-declarations.js';
import { keepDeclarators } from '../../analysis/declaration-lists.js';
import { namesAMember } from '../../analysis/member-name.js';

function uses(scope: Node, decl: VariableDeclaration | ImportSpecifier | FunctionDeclaration, name: string): Node[] {
  const out: Node[] = [];
  const own = Node.isImportSpecifier(decl) ? decl.getAliasNode() ?? decl.getNameNode() : decl.getNameNode();
  scope.forEachDescendant((d) => {
    if (!Node.isIdentifier(d) || d.getText() !== name || d === own || Node.isImportSpecifier(d.getParent())) return;
    if (namesAMember(d)) return;
    if (findDeclaration(d, name) === decl) out.push(d);
  });
  return out;
}

/** Returns the statements removed whole (the helper imports must not count on a blank line after them). */
export function removeDeadCredentials(replaced: Node[], fn: Node, edits: EditSet, handledImports?: Set<Node>): Set<Node> {
  const gone = new Set<Node>();
  // Grouped by statement: the dead names of one `const user = …, pass = …;` are removed with one edit.
  const dead = new Map<VariableStatement, VariableDeclaration[]>();
  const destructured = new Map<ObjectBindingPattern, BindingElement[]>();
  const imports = new Set<ImportSpecifier>();
  const functions = new Set<FunctionDeclaration>();
  collectDeadCredentials(replaced, fn, dead, 0, destructured, imports, functions);
  // What sits inside a declaration that goes (the consts of `const basic = () => { const token = …; … }` or of a
  // `function authHeader() { … }` only the replaced header called) goes with it: one edit, not two overlapping ones.
  const going: Node[] = [...functions, ...[...dead.values()].flat().filter((d) => !d.getInitializer() || droppable(d.getInitializer()!))];
  const nested = (n: Node): boolean => n.getAncestors().some((a) => going.includes(a));
  for (const st of [...dead.keys()]) if (nested(st)) dead.delete(st);
  for (const pattern of [...destructured.keys()]) if (nested(pattern)) destructured.delete(pattern);
  for (const f of functions) {
    if (nested(f)) continue;
    gone.add(f);
    edits.replaceRange(f, ...lineRange(f), '', `removed ${f.getName()} (it only built the legacy Basic credentials)`);
  }
  removeDeadImports(imports, edits);
  for (const i of imports) handledImports?.add(i);
  for (const [pattern, els] of destructured) removeDestructured(pattern, els, edits);
  for (const [st, all] of dead) {
    // A value computed by a call the codemod cannot prove free of side effects (`secret('JumioToken')`, `await
    // getSecret()`) stays, with an item: noUnusedLocals reports it (the initiate rules say the same).
    const decls = all.filter((d) => !d.getInitializer() || droppable(d.getInitializer()!));
    for (const d of all.filter((x) => !decls.includes(x))) {
      edits.addManual(d, `${d.getName()} fed only the legacy Basic credentials and is no longer read (noUnusedLocals reports it): ` +
        'remove it, and what computes it if nothing else needs it');
    }
    if (!decls.length) continue;
    const kept = keepDeclarators(st, decls);
    if (!kept) gone.add(st);
    const [s, e, text] = kept ?? [...lineRange(st), ''];
    edits.replaceRange(st, s, e, text, `removed ${decls.map((d) => d.getName()).join(', ')} (it only built the legacy Basic credentials)`);
  }
  return gone;
}

function collectDeadCredentials(replaced: Node[], fn: Node, dead: Map<VariableStatement, VariableDeclaration[]>, depth: number,
  destructured: Map<ObjectBindingPattern, BindingElement[]>, imports: Set<ImportSpecifier>, functions: Set<FunctionDeclaration>): void {
  if (depth > 2) return;
  const isReplaced = (u: Node): boolean => replaced.some((x) => x === u || x.getDescendants().includes(u));
  for (const r of replaced) {
    const ids = Node.isIdentifier(r) ? [r] : r.getDescendants().filter(Node.isIdentifier);
    for (const id of ids) {
      const decl = findDeclaration(id, id.getText());
      // `function authHeader() { return 'Basic ' + … }` only the replaced header called (the initiate rules remove it
      // too: unused-declarations.ts), and what only its body read.
      if (Node.isFunctionDeclaration(decl) && !functions.has(decl) && deadFunction(decl, fn) &&
          uses(Node.isSourceFile(decl.getParent()) ? decl.getSourceFile() : fn, decl, decl.getName()!).every(isReplaced)) {
        functions.add(decl);
        const body = decl.getBody();
        if (body) collectDeadCredentials([body], fn, dead, depth + 1, destructured, imports, functions);
        continue;
      }
      const pattern = deadDestructured(decl, fn, replaced);
      if (pattern && !destructured.get(pattern)?.includes(decl as BindingElement)) {
        destructured.set(pattern, [...(destructured.get(pattern) ?? []), decl as BindingElement]);
      }
      // `import { encodeBase64 } from 'jsr:@std/encoding/base64'` read only by the dead credentials, from a module whose
      // loading only declares things.
      if (Node.isImportSpecifier(decl) && loadsQuietly(decl.getImportDeclaration().getModuleSpecifierValue(), decl) &&
          uses(decl.getSourceFile(), decl, decl.getName()).every((u) => replaced.some((x) => x === u || x.getDescendants().includes(u)))) {
        imports.add(decl);
      }
      if (!Node.isVariableDeclaration(decl) || !Node.isIdentifier(decl.getNameNode())) continue;
      const st = decl.getVariableStatement();
      if (!st || !removableKind(st) || dead.get(st)?.includes(decl)) continue;
      // In the call's function, or at module level when the module does not export it (read nowhere else in the file).
      const topLevel = Node.isSourceFile(st.getParent()) && !isExportedDeclaration(st) &&
        !new RegExp(`\\bexport\\s*\\{[^}]*\\b${decl.getName()}\\b`).test(st.getSourceFile().getFullText());
      // (`fn` the file itself: every migrated call's credentials at once, so a const shared by two calls goes too.)
      if (Node.isSourceFile(st.getParent()) ? !topLevel : !decl.getAncestors().includes(fn as never)) continue;
      const all = uses(topLevel ? st.getSourceFile() : fn, decl, decl.getName());
      if (all.some((u) => !replaced.some((x) => x === u || x.getDescendants().includes(u)))) continue;
      dead.set(st, [...(dead.get(st) ?? []), decl]);
      const init = decl.getInitializer();
      // What a kept declaration reads stays read.
      if (init && droppable(init)) collectDeadCredentials([init], fn, dead, depth + 1, destructured, imports, functions);
    }
  }
}

/** A function declaration of this file that may go once unread: not exported, not overloaded, without JSDoc (a
 * documented helper is kept, as in unused-declarations.ts), at module level or in the call's function. */
function deadFunction(decl: FunctionDeclaration, fn: Node): boolean {
  const name = decl.getName();
  if (!name || isExportedDeclaration(decl) || isDefaultExported(decl) || decl.getJsDocs().length || decl.getOverloads().length) return false;
  if (Node.isSourceFile(decl.getParent())) return !new RegExp(`\\bexport\\s*\\{[^}]*\\b${name}\\b`).test(decl.getSourceFile().getFullText());
  return decl.getAncestors().includes(fn as never);
}

/** The destructuring pattern of a name read only by the replaced credentials (`const { JUMIO_API_TOKEN,
 * JUMIO_API_SECRET } = process.env` in the call's function, or at module level not exported), when plain: no rest
 * element (it would take the removed names), no nested pattern. */
function deadDestructured(decl: Node | undefined, fn: Node, replaced: Node[]): ObjectBindingPattern | undefined {
  if (!Node.isBindingElement(decl) || decl.getDotDotDotToken() || !Node.isIdentifier(decl.getNameNode())) return undefined;
  const pattern = decl.getParent();
  const vd = pattern.getParent();
  if (!Node.isObjectBindingPattern(pattern) || !Node.isVariableDeclaration(vd) || /^require\(/.test(vd.getInitializer()?.getText() ?? '')) return undefined;
  const st = vd.getVariableStatement();
  if (!st || !removableKind(st) || st.getDeclarations().length !== 1 || isExportedDeclaration(st)) return undefined;
  if (pattern.getElements().some((e) => e.getDotDotDotToken() || !Node.isIdentifier(e.getNameNode()))) return undefined;
  const topLevel = Node.isSourceFile(st.getParent());
  if (!decl.getAncestors().includes(fn as never) && !topLevel) return undefined;
  const name = decl.getName();
  const reads: Node[] = [];
  (topLevel ? st.getSourceFile() : fn).forEachDescendant((d) => {
    if (!Node.isIdentifier(d) || d.getText() !== name || d === decl.getNameNode()) return;
    const p = d.getParent();
    if ((Node.isPropertyAccessExpression(p) || Node.isPropertyAssignment(p)) && p.getNameNode() === d) return;
    if (findDeclaration(d, name) === decl) reads.push(d);
  });
  return reads.every((u) => replaced.some((x) => x === u || x.getDescendants().includes(u))) ? pattern : undefined;
}

/** Remove the dead names of one destructuring (the statement when all go); one computed by a call the codemod cannot
 * prove free of side effects stays, with an item (as for a plain declaration). */
function removeDestructured(pattern: ObjectBindingPattern, dead: BindingElement[], edits: EditSet): void {
  const vd = pattern.getParent() as VariableDeclaration;
  const init = vd.getInitializer();
  const names = dead.map((d) => d.getName()).join(', ');
  const all = pattern.getElements();
  const defaultsFree = all.every((e) => !e.getInitializer() || droppable(e.getInitializer()!));
  if (!init || !droppable(init) || !defaultsFree) {
    const [are, it] = dead.length > 1 ? ['are', 'them'] : ['is', 'it'];
    edits.addManual(vd, `${names} fed only the legacy Basic credentials and ${are} no longer read (noUnusedLocals reports ${it}): ` +
      `remove ${it}, and what computes ${it} if nothing else needs it`);
    return;
  }
  const kept = all.filter((e) => !dead.includes(e));
  const st = vd.getVariableStatement()!;
  const why = `removed ${names} (it only built the legacy Basic credentials)`;
  if (!kept.length) edits.replaceRange(st, ...lineRange(st), '', why);
  else edits.replaceRange(pattern, all[0]!.getStart(), all.at(-1)!.getEnd(), kept.map((k) => k.getText()).join(', '), why);
}

/** Remove named imports only the dead credentials read: the specifier, or the whole import when none is left. */
function removeDeadImports(dead: Set<ImportSpecifier>, edits: EditSet): void {
  const byImport = new Map<Node, ImportSpecifier[]>();
  for (const d of dead) byImport.set(d.getImportDeclaration(), [...(byImport.get(d.getImportDeclaration()) ?? []), d]);
  for (const [imp, specs] of byImport) {
    if (!Node.isImportDeclaration(imp)) continue;
    const kept = imp.getNamedImports().filter((n) => !specs.includes(n));
    const why = `removed ${specs.map((n) => n.getName()).join(', ')} (it only built the legacy Basic credentials)`;
    // The helper's import is added right after the file's last import: there the line break stays.
    const last = imp.getSourceFile().getImportDeclarations().at(-1) === imp;
    if (!kept.length && !imp.getDefaultImport() && !imp.getNamespaceImport()) edits.replaceRange(imp, ...(last ? [lineStart(imp), imp.getEnd()] as [number, number] : lineRange(imp)), '', why);
    else if (kept.length) edits.replaceRange(imp, imp.getImportClause()!.getNamedBindings()!.getStart(), imp.getImportClause()!.getNamedBindings()!.getEnd(),
      `{ ${kept.map((k) => k.getText()).join(', ')} }`, why);
  }
}

function lineStart(n: Node): number {
  const text = n.getSourceFile().getFullText();
  return text.lastIndexOf('\n', n.getStart() - 1) + 1;
}
