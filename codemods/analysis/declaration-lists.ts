// One variable statement may declare several names (`const user = process.env.JUMIO_TOKEN, pass =
// process.env.JUMIO_SECRET;`). When some of them only fed the replaced legacy URL or Basic credentials, those
// declarators go and the others stay, keeping their own spacing and line breaks; when all go, the caller removes the
// statement. Shared by the dead-declaration removals of the initiate rules (unused-declarations.ts) and of the
// retrieval rule (dead-declarations.ts, unused-credentials.ts); and the whole lines a removed statement takes.
import { Node, type VariableStatement } from '#ts-morph';

/** The variable statement of a declarator that shares it with other declarators, else undefined. */
export function sharedStatement(decl: Node): VariableStatement | undefined {
  if (!Node.isVariableDeclaration(decl)) return undefined;
  const st = decl.getVariableStatement();
  return st && st.getDeclarations().length > 1 ? st : undefined;
}

/**
 * [start, end, text] that removes the declarators `drop` of `st` and keeps the others. Undefined when every
 * declarator goes (remove the whole statement instead) or none does. A removed run takes the comma and the space
 * after it up to the next kept declarator; a run at the end takes the comma before it.
 */
export function keepDeclarators(st: VariableStatement, drop: readonly Node[]): [number, number, string] | undefined {
  const all = st.getDeclarations();
  const gone = all.map((d) => drop.includes(d));
  if (gone.every(Boolean) || !gone.some(Boolean)) return undefined;
  const start = all[0]!.getStart();
  const end = all.at(-1)!.getEnd();
  const text = st.getSourceFile().getFullText();
  const cuts: [number, number][] = [];
  for (let i = 0; i < all.length; i++) {
    if (!gone[i]) continue;
    let j = i;
    while (j + 1 < all.length && gone[j + 1]) j++;
    cuts.push(j + 1 < all.length ? [all[i]!.getStart(), all[j + 1]!.getStart()] : [all[i - 1]!.getEnd(), all[j]!.getEnd()]);
    i = j;
  }
  let out = '';
  let at = start;
  for (const [s, e] of cuts) {
    out += text.slice(at, s);
    at = e;
  }
  out += text.slice(at, end);
  return [start, end, out];
}

/** The ranges of the declarators removed (what they read is now unread; the kept ones still read theirs). */
export function declaratorRanges(drop: readonly Node[]): [number, number][] {
  return drop.map((d) => [d.getStart(), d.getEnd()]);
}

/** Whole lines of a statement or member (with its line break) when it sits alone on them (up to a guarding `;`);
 * else undefined. */
export function statementLines(st: Node): [number, number] | undefined {
  const guarded = guardedStatementRange(st); // a `;` ending it on a later line guards that line: it stays
  if (guarded) return guarded;
  const text = st.getSourceFile().getFullText();
  const lineStart = text.lastIndexOf('\n', st.getStart() - 1) + 1;
  if (text.slice(lineStart, st.getStart()).trim()) return undefined;
  const nl = text.indexOf('\n', st.getEnd());
  const lineEnd = nl === -1 ? text.length : nl + 1;
  if (text.slice(st.getEnd(), nl === -1 ? text.length : nl).trim()) return undefined;
  return [lineStart, lineEnd];
}

/** `const X = '…'\n\n;(async () => { … })()` in a file without semicolons: the `;` on a later line ends the statement
 * but guards the line it starts. Removing the statement keeps it (hold-out round 64: removed with the const, the IIFE
 * ran into the line above): the range from the statement's line to just before that `;`, else undefined. */
export function guardedStatementRange(st: Node): [number, number] | undefined {
  if (!/\n[ \t]*;$/.test(st.getText())) return undefined;
  const text = st.getSourceFile().getFullText();
  const lineStart = text.lastIndexOf('\n', st.getStart() - 1) + 1;
  return [text.slice(lineStart, st.getStart()).trim() ? st.getStart() : lineStart, st.getEnd() - 1];
}

