// A namespace of the file that only held the legacy URL constants (`namespace Netverify { export const HOST_EU =
// '…' }`, read as `Netverify.HOST_EU + Netverify.AUTH_INITIATE`) is dead once the calls reading it are migrated, and
// `noUnusedLocals` then reports it ("declared but its value is never read"). It is removed when it is not exported or
// declared, is the only declaration of its name, holds nothing but `const`s with plain values (no calls), and every
// identifier spelling its name lies in the ranges the migration replaced. Anything else keeps it (legacy-endpoint
// still marks its legacy URLs). An enum of string members read the same way (`const enum Netverify { Origin = '…',
// Authentications = '…' }`, round 38) is dead alike and removed on the same terms.
import { Node, SyntaxKind, type SourceFile } from '#ts-morph';
import type { EditSet } from './edit-set.js';

type Range = [number, number];

const PLAIN_VALUE = (n: Node): boolean => !n.getFirstDescendant((d) => Node.isCallExpression(d) || Node.isNewExpression(d) ||
  Node.isArrowFunction(d) || Node.isFunctionExpression(d) || Node.isClassExpression(d)) && !Node.isCallExpression(n) && !Node.isNewExpression(n);

/** Remove the file's namespaces that only the `dead` ranges (replaced URL text) read; returns those removed. */
export function removeDeadNamespaces(sf: SourceFile, dead: Range[], edits: EditSet): Node[] {
  const removed: Node[] = [];
  const modules = sf.getModules();
  const enums = sf.getEnums();
  const sameName = (name: string): number => modules.filter((m) => m.getName() === name).length + enums.filter((e) => e.getName() === name).length;
  for (const ns of [...modules, ...enums]) {
    const nameNode = ns.getNameNode();
    if (!Node.isIdentifier(nameNode) || ns.hasDeclareKeyword() || ns.hasExportKeyword()) continue;
    const name = nameNode.getText();
    if (sameName(name) > 1) continue;
    if (Node.isEnumDeclaration(ns)) {
      const members = ns.getMembers();
      if (!members.length || !members.every((m) => { const i = m.getInitializer(); return !!i && Node.isStringLiteral(i); })) continue;
    } else {
      const body = ns.getStatements();
      if (!body.length || !body.every((st) => Node.isVariableStatement(st) && st.getDeclarationKind() === 'const' &&
          st.getDeclarations().every((d) => { const i = d.getInitializer(); return !!i && PLAIN_VALUE(i); }))) continue;
    }
    const refs = sf.getDescendantsOfKind(SyntaxKind.Identifier).filter((id) => id.getText() === name && id !== nameNode);
    if (!refs.length || !refs.every((id) => dead.some(([s, e]) => id.getStart() >= s && id.getEnd() <= e))) continue;
    // Whole lines, when the namespace sits alone on them (and a blank line after it, so no double blank is left;
    // not after the file's first statement, where the helper import goes and the blank line then separates it).
    const text = sf.getFullText();
    const start = text.lastIndexOf('\n', ns.getStart() - 1) + 1;
    const nl = text.indexOf('\n', ns.getEnd());
    if (text.slice(start, ns.getStart()).trim() || (nl !== -1 && text.slice(ns.getEnd(), nl).trim())) continue;
    let end = nl === -1 ? text.length : nl + 1;
    if (sf.getStatements()[0] !== ns && /^\r?\n/.test(text.slice(end)) && /\r?\n\r?\n$/.test(text.slice(0, start))) {
      end += text.slice(end).startsWith('\r\n') ? 2 : 1;
    }
    const what = Node.isEnumDeclaration(ns) ? 'enum' : 'namespace';
    edits.replaceRange(ns, start, end, '', `${what} ${name} held only the legacy URL constants the migrated calls read: removed`);
    removed.push(ns);
  }
  return removed;
}
