// After Basic → Bearer, the local variables that only built the Basic credentials (`const auth =
// Buffer.from(`${token}:${secret}`)…`) are dead and still read the legacy secrets: remove their declarations (or
// their names of a declaration list) in the same function (or at module level, not exported), read nowhere else.
import { Node, type VariableDeclaration, type VariableStatement } from '#ts-morph';
import type { EditSet } from '../../analysis/edit-set.js';
import { findDeclaration } from '../../analysis/resolve-binding.js';
import { isExportedDeclaration } from '../../analysis/exports.js';
import { droppable, removableKind } from '../../analysis/unused-declarations.js';
import { lineRange } from './dead-declarations.js';
import { keepDeclarators } from '../../analysis/declaration-lists.js';

function uses(scope: Node, decl: VariableDeclaration, name: string): Node[] {
  const out: Node[] = [];
  scope.forEachDescendant((d) => {
    if (!Node.isIdentifier(d) || d.getText() !== name || d === decl.getNameNode()) return;
    const p = d.getParent();
    if (Node.isPropertyAccessExpression(p) && p.getNameNode() === d) return;
    if (Node.isPropertyAssignment(p) && p.getNameNode() === d) return;
    if (findDeclaration(d, name) === decl) out.push(d);
  });
  return out;
}

export function removeDeadCredentials(replaced: Node[], fn: Node, edits: EditSet): void {
  // Grouped by statement: the dead names of one `const user = …, pass = …;` are removed with one edit.
  const dead = new Map<VariableStatement, VariableDeclaration[]>();
  collectDeadCredentials(replaced, fn, dead, 0);
  for (const [st, all] of dead) {
    // A value computed by a call the codemod cannot prove free of side effects (`secret('JumioToken')`, `await
    // getSecret()`) stays, with an item: noUnusedLocals reports it (the initiate rules say the same).
    const decls = all.filter((d) => !d.getInitializer() || droppable(d.getInitializer()!));
    for (const d of all.filter((x) => !decls.includes(x))) {
      edits.addManual(d, `${d.getName()} fed only the legacy Basic credentials and is no longer read (noUnusedLocals reports it): ` +
        'remove it, and what computes it if nothing else needs it');
    }
    if (!decls.length) continue;
    const [s, e, text] = keepDeclarators(st, decls) ?? [...lineRange(st), ''];
    edits.replaceRange(st, s, e, text, `removed ${decls.map((d) => d.getName()).join(', ')} (it only built the legacy Basic credentials)`);
  }
}

function collectDeadCredentials(replaced: Node[], fn: Node, dead: Map<VariableStatement, VariableDeclaration[]>, depth: number): void {
  if (depth > 2) return;
  for (const r of replaced) {
    const ids = Node.isIdentifier(r) ? [r] : r.getDescendants().filter(Node.isIdentifier);
    for (const id of ids) {
      const decl = findDeclaration(id, id.getText());
      if (!Node.isVariableDeclaration(decl) || !Node.isIdentifier(decl.getNameNode())) continue;
      const st = decl.getVariableStatement();
      if (!st || !removableKind(st) || dead.get(st)?.includes(decl)) continue;
      // In the call's function, or at module level when the module does not export it (read nowhere else in the file).
      const topLevel = Node.isSourceFile(st.getParent()) && !isExportedDeclaration(st) &&
        !new RegExp(`\\bexport\\s*\\{[^}]*\\b${decl.getName()}\\b`).test(st.getSourceFile().getFullText());
      if (!decl.getAncestors().includes(fn as never) && !topLevel) continue;
      const all = uses(topLevel ? st.getSourceFile() : fn, decl, decl.getName());
      if (all.some((u) => !replaced.some((x) => x === u || x.getDescendants().includes(u)))) continue;
      dead.set(st, [...(dead.get(st) ?? []), decl]);
      const init = decl.getInitializer();
      // What a kept declaration reads stays read.
      if (init && droppable(init)) collectDeadCredentials([init], fn, dead, depth + 1);
    }
  }
}
