// After the URLs are replaced, the constants and imports that only spelled the legacy retrieval URL are dead
// and still name the legacy host: remove them when nothing else in the file reads them (imported names,
// destructured requires, and non-exported `const`s), following chains (`const B = A + '/x'`).
import { guardedStatementRange } from '../../analysis/declaration-lists.js';
import { Node, SyntaxKind, type SourceFile, type VariableDeclaration } from '#ts-morph';
import type { EditSet } from '../../analysis/edit-set.js';
import { findDeclaration } from '../../analysis/resolve-binding.js';
import { isExportedDeclaration } from '../../analysis/exports.js';
import { privateField, removableKind } from '../../analysis/unused-declarations.js';
import { keepDeclarators, sharedStatement } from '../../analysis/declaration-lists.js';

/** The statement's whole line (with its line break, and one of two blank lines around it), else the statement. */
export function lineRange(st: Node): [number, number] {
  const guarded = guardedStatementRange(st); // a `;` guarding the next line stays
  if (guarded) return guarded;
  const text = st.getSourceFile().getFullText();
  const ls = text.lastIndexOf('\n', st.getStart() - 1) + 1;
  let end = st.getEnd();
  while (text[end] === ' ' || text[end] === '\t') end++;
  if (/^[ \t]*$/.test(text.slice(ls, st.getStart())) && text[end] === '\n') {
    // Between two blank lines: take one of them too.
    const blankAfter = text[end + 1] === '\n';
    return [ls, blankAfter && text.slice(0, ls).endsWith('\n\n') ? end + 2 : end + 1];
  }
  return [st.getStart(), st.getEnd()];
}

function listRemoval(items: Node[], item: Node): [number, number] {
  const i = items.indexOf(item);
  if (i < items.length - 1) return [item.getStart(), items[i + 1]!.getStart()];
  return [items[i - 1]!.getEnd(), item.getEnd()];
}

/** The edit that removes `decl`, or undefined when it cannot be removed on its own. */
function removal(decl: Node): { anchor: Node; range: [number, number]; name: string } | undefined {
  if (Node.isImportSpecifier(decl)) {
    const imp = decl.getImportDeclaration();
    const named = imp.getNamedImports();
    if (named.length === 1 && !imp.getDefaultImport() && !imp.getNamespaceImport()) return { anchor: imp, range: lineRange(imp), name: decl.getName() };
    if (named.length > 1) return { anchor: decl, range: listRemoval(named, decl), name: decl.getName() };
    return undefined;
  }
  if (Node.isBindingElement(decl)) {
    const pattern = decl.getParent();
    const vd = pattern?.getParent();
    if (!Node.isObjectBindingPattern(pattern) || !Node.isVariableDeclaration(vd)) return undefined;
    if (!/^require\(/.test(vd.getInitializer()?.getText() ?? '')) return undefined;
    const st = vd.getVariableStatement();
    const els = pattern.getElements();
    if (els.length === 1 && st && st.getDeclarations().length === 1) return { anchor: st, range: lineRange(st), name: decl.getName() };
    if (els.length > 1) return { anchor: decl, range: listRemoval(els, decl), name: decl.getName() };
    return undefined;
  }
  if (Node.isVariableDeclaration(decl) && Node.isIdentifier(decl.getNameNode())) {
    const st = decl.getVariableStatement();
    if (!st || isExportedDeclaration(st) || !removableKind(st)) return undefined;
    // One name of `const HOST = '…', PATH = '…';`: removed with the list's other dead names (removeListItems).
    if (sharedStatement(decl)) return { anchor: decl, range: [decl.getStart(), decl.getEnd()], name: decl.getName() };
    return { anchor: st, range: lineRange(st), name: decl.getName() };
  }
  return undefined;
}

/**
 * Returns the statements it removes whole. `kept` are the parts of the replaced URLs that the new URL writes again
 * (the reference): what they read is still read (`const ref = c.req.param('ref')` only fed the URL, and still does).
 */
export function removeDeadDeclarations(sf: SourceFile, replaced: Node[], edits: EditSet, kept: readonly Node[] = [],
  auth: readonly Node[] = [], skip: ReadonlySet<Node> = new Set()): Set<Node> {
  const removedStatements = new Set<Node>();
  // The replaced Basic credentials: their imported and required names go here too, in one list edit with the URL's
  // (`const { ORIGIN, API_TOKEN, USER_AGENT } = require('./endpoints')`); their local consts are unused-credentials.ts's.
  const gone: Node[] = [...replaced, ...auth];
  const within = (n: Node, set: readonly Node[]): boolean => set.some((g) => g === n || n.getAncestors().includes(g as never));
  const fromAuth = (id: Node): boolean => within(id, auth) && !within(id, replaced);
  const removed = new Set<Node>();
  const listItems = new Map<Node, Node[]>();
  const inside = (n: Node): boolean => within(n, gone) && !within(n, kept);
  for (let round = 0; round < 4; round++) {
    let changed = false;
    const candidates = new Set<Node>();
    for (const g of gone) {
      for (const id of [g, ...g.getDescendants()].filter(Node.isIdentifier)) {
        if (within(id, kept)) continue;
        const decl = findDeclaration(id, id.getText());
        if (!decl || decl.getSourceFile() !== sf || removed.has(decl) || skip.has(decl)) continue;
        if (fromAuth(id) && !Node.isImportSpecifier(decl) && !Node.isBindingElement(decl)) continue;
        candidates.add(decl);
      }
    }
    for (const decl of candidates) {
      const plan = removal(decl);
      if (!plan) continue;
      const reads = sf.getDescendants().filter((d) => Node.isIdentifier(d) && d.getText() === plan.name && findDeclaration(d, plan.name) === decl &&
        !(d.getParent() === decl || (Node.isPropertyAccessExpression(d.getParent()) && (d.getParent() as import('ts-morph').PropertyAccessExpression).getNameNode() === d) ||
          (Node.isImportSpecifier(decl) && d.getParent() === decl) || (Node.isBindingElement(decl) && decl.getNameNode() === d)));
      if (reads.length === 0 || !reads.every(inside)) continue;
      const list = plan.anchor === decl ? decl.getParent() : undefined;
      if (list) listItems.set(list, [...(listItems.get(list) ?? []), decl]);
      else edits.replaceRange(plan.anchor, plan.range[0], plan.range[1], '', `removed ${plan.name} (it only spelled the legacy retrieval URL)`);
      if (Node.isStatement(plan.anchor)) removedStatements.add(plan.anchor);
      removed.add(decl);
      gone.push(decl);
      changed = true;
    }
    if (!changed) break;
  }
  for (const [list, items] of listItems) removeListItems(list, items, edits, removedStatements);
  return removedStatements;
}

/** Remove some names of one import list or destructuring (`{ A, B }`) with one edit: removing them one by one would
 * give overlapping edits for neighbours. When every name goes, the statement goes. */
function removeListItems(list: Node, items: Node[], edits: EditSet, removedStatements: Set<Node>): void {
  const vars = Node.isVariableDeclarationList(list) ? list.getParent() : undefined;
  if (Node.isVariableStatement(vars)) {
    const names = items.map((i) => (i as VariableDeclaration).getName()).join(', ');
    const kept = keepDeclarators(vars, items);
    const [start, end, text] = kept ?? [...lineRange(vars), ''];
    edits.replaceRange(vars, start, end, text, `removed ${names} (it only spelled the legacy retrieval URL)`);
    if (!kept) removedStatements.add(vars);
    return;
  }
  const all = Node.isNamedImports(list) ? list.getElements() : Node.isObjectBindingPattern(list) ? list.getElements() : [];
  if (!all.length) return;
  const names = items.map((i) => (Node.isImportSpecifier(i) || Node.isBindingElement(i) ? i.getName() : i.getText())).join(', ');
  const why = `removed ${names} (it only spelled the legacy retrieval URL)`;
  const keep = all.filter((el) => !items.includes(el));
  const imp = Node.isNamedImports(list) ? list.getFirstAncestor(Node.isImportDeclaration) : undefined;
  const st = Node.isObjectBindingPattern(list) ? list.getFirstAncestor(Node.isVariableStatement) : undefined;
  const whole = keep.length ? undefined : imp && !imp.getDefaultImport() && !imp.getNamespaceImport() ? imp
    : st && st.getDeclarations().length === 1 ? st : undefined;
  if (whole) {
    const [start, end] = lineRange(whole);
    edits.replaceRange(whole, start, end, '', why);
    removedStatements.add(whole);
    return;
  }
  if (!keep.length) return;
  edits.replaceRange(list, all[0]!.getStart(), all.at(-1)!.getEnd(), keep.map((k) => k.getText()).join(', '), why);
}

/** The private class members (`#base = '…/authentications'`, `private readonly basic = Buffer.from(…)`, a private method)
 * that only the replaced URLs and credentials read: dead now, and they still name the legacy host or build Basic
 * credentials. Followed through what they read (`#basic` built from `#token`). */
export function removeDeadPrivateMembers(replaced: Node[], edits: EditSet, kept: readonly Node[] = []): void {
  const gone: Node[] = [...replaced];
  const removed = new Set<Node>();
  const planned: { member: Node & { getName(): string }; range: [number, number] }[] = [];
  const within = (n: Node, set: readonly Node[]): boolean => set.some((g) => g === n || n.getAncestors().includes(g as never));
  for (let round = 0; round < 3; round++) {
    let changed = false;
    for (const g of [...gone]) {
      for (const access of [g, ...g.getDescendants()].filter(Node.isPropertyAccessExpression)) {
        if (within(access, kept)) continue;
        const member = privateField(access);
        if (!member || removed.has(member)) continue;
        const name = member.getName();
        const cls = member.getParentOrThrow();
        if (cls.getText().includes(`['${name}']`) || cls.getText().includes(`["${name}"]`)) continue;
        const reads = cls.getDescendantsOfKind(SyntaxKind.PropertyAccessExpression).filter((a) => a.getName() === name);
        if (!reads.every((r) => within(r, gone) && !within(r, kept))) continue;
        planned.push({ member, range: lineRange(member) });
        removed.add(member);
        gone.push(member);
        changed = true;
      }
    }
    if (!changed) break;
  }
  // The first members of a class went: a blank line left right after `{` goes with them.
  planned.sort((a, b) => a.range[0] - b.range[0]);
  const text = replaced[0]?.getSourceFile().getFullText() ?? '';
  for (let i = 0; i < planned.length; i++) {
    const { member, range } = planned[i]!;
    const next = planned[i + 1];
    const lastOfRun = !next || next.range[0] !== range[1];
    let firstOfRun = i;
    while (firstOfRun > 0 && planned[firstOfRun - 1]!.range[1] === planned[firstOfRun]!.range[0]) firstOfRun--;
    const runStart = planned[firstOfRun]!.range[0];
    const afterBrace = /\{[ \t]*\n$/.test(text.slice(0, runStart));
    const end = lastOfRun && afterBrace && text[range[1]] === '\n' ? range[1] + 1 : range[1];
    edits.replaceRange(member, range[0], end, '', `removed ${member.getName()} (it only fed the legacy retrieval URL or Basic credentials)`);
  }
}
