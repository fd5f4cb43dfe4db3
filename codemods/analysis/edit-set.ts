// Collects edits and manual items for one rule run, in RuleFile offsets (block offset added), for the
// main file and for other files (external edits, e.g. an interface declared in another module).
import { Node } from '#ts-morph';
import type { Edit, ExternalEdits, ManualItem, NewFile } from '../engine/types.js';
import { aboveBoundComments } from '../engine/bound-comments.js';

export class EditSet {
  readonly edits: Edit[] = [];
  readonly manual: ManualItem[] = [];
  readonly newFiles: NewFile[] = [];
  readonly notes: { pos: number; message: string }[] = [];
  private readonly external = new Map<string, ExternalEdits>();
  private readonly seen = new Set<string>();

  constructor(
    /** Offset of the script block in RuleFile.text. */
    readonly offset: number,
    /** Resolve the absolute path of a node's file when it is not the main block (undefined = main block). */
    private readonly externalPathOf: (n: Node) => string | undefined,
  ) {}

  /** Replace [start, end) of the node's file (node-relative positions). Duplicate edits are dropped. */
  replaceRange(anchor: Node, start: number, end: number, text: string, message: string): void {
    const key = `${anchor.getSourceFile().getFilePath()}:${start}:${end}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const ext = this.externalPathOf(anchor);
    if (ext) {
      const entry = this.external.get(ext) ?? { absPath: ext, edits: [] };
      entry.edits.push({ start, end, text, message });
      this.external.set(ext, entry);
      return;
    }
    this.edits.push({ start: start + this.offset, end: end + this.offset, text, message });
  }

  replaceNode(node: Node, text: string, message: string): void {
    this.replaceRange(node, node.getStart(), node.getEnd(), text, message);
  }

  insertAt(anchor: Node, pos: number, text: string, message: string): void {
    this.replaceRange(anchor, pos, pos, text, message);
  }

  /** Insert whole lines (each `indent + line`) above the statement `anchor`, and above a `/** @type *\/` or
   * `// @ts-expect-error` comment bound to it (so the comment keeps applying to the statement). */
  insertLinesAbove(anchor: Node, lines: readonly string[], indent: string, message: string): void {
    const text = anchor.getSourceFile().getFullText();
    const start = anchor.getStart();
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const above = aboveBoundComments(text, lineStart);
    // `;(x = …)` / `;[a, b].forEach(…)` in a file without semicolons: the guard stays first on its line (inserted after
    // it, the new line would run into the statement; hold-out round 64).
    if (text.slice(lineStart, start).trim() === ';') return this.insertAt(anchor, lineStart, lines.map((l) => `${indent}${l}\n`).join(''), message);
    // A statement starting with `(`, `[` or a template with no guard: the last new line ends with `;` (else ASI joins them).
    if (/^[([`]/.test(text.slice(start)) && lines.length && !/[;{}]\s*$/.test(lines.at(-1)!)) lines = [...lines.slice(0, -1), `${lines.at(-1)};`];
    if (above === lineStart || text.slice(lineStart, start).trim() !== '') {
      this.insertAt(anchor, start, lines.map((l) => `${l}\n${indent}`).join(''), message);
    } else {
      this.insertAt(anchor, above, lines.map((l) => `${indent}${l}\n`).join(''), message);
    }
  }

  addManual(node: Node, message: string, marker = true): void {
    // The marker goes on the line above: anchor it on a node that starts its line, so the comment never lands
    // between `})` and `.then(` of a chain or inside a one-line expression.
    const text = node.getSourceFile().getFullText();
    const startsLine = (n: Node) => !text.slice(text.lastIndexOf('\n', n.getStart() - 1) + 1, n.getStart()).trim();
    let anchor: Node = node;
    while (!startsLine(anchor) && anchor.getParent() && !Node.isSourceFile(anchor.getParent()!)) anchor = anchor.getParent()!;
    // A site in another file (a module importing this one) gets its item there, as its edits go there.
    const ext = this.externalPathOf(anchor);
    const pos = anchor.getStart() + (ext ? 0 : this.offset);
    const entry = ext ? this.external.get(ext) ?? { absPath: ext, edits: [] } : undefined;
    if (entry) this.external.set(ext!, entry);
    const list = entry ? (entry.manual ??= []) : this.manual;
    if (list.some((m) => m.pos === pos && m.message === message)) return;
    list.push(marker ? { pos, message } : { pos, message, marker: false });
  }

  /** True when some edit already touches [start, end) of the main file (block-relative positions). */
  overlaps(start: number, end: number): boolean {
    const s = start + this.offset;
    const e = end + this.offset;
    return this.edits.some((x) => x.start < e && s < x.end || (x.start === x.end && x.start > s && x.start < e));
  }

  /** True when an edit removes or replaces the whole of [start, end) (block-relative positions). */
  covers(start: number, end: number): boolean {
    const s = start + this.offset;
    const e = end + this.offset;
    return this.edits.some((x) => x.start <= s && x.end >= e && x.end > x.start);
  }

  /** State to roll back to when migrating one call fails half-way. */
  snapshot(): () => void {
    const lens = [this.edits.length, this.manual.length, this.newFiles.length, this.notes.length] as const;
    const external = new Map([...this.external].map(([k, v]) => [k, { ...v, edits: [...v.edits], manual: v.manual && [...v.manual] }]));
    const seen = new Set(this.seen);
    return () => {
      this.edits.length = lens[0];
      this.manual.length = lens[1];
      this.newFiles.length = lens[2];
      this.notes.length = lens[3];
      this.external.clear();
      for (const [k, v] of external) this.external.set(k, v);
      this.seen.clear();
      for (const k of seen) this.seen.add(k);
    };
  }

  /** Whole lines removed by separate edits that meet (`const BASE = …` and `const auth = …` of one block) and sit
   * between two blank lines would leave a double blank line: the last removal takes one blank line with it (each
   * remover already does this for a statement of its own). `text` is the RuleFile text the edits refer to. */
  tidyRemovedLines(text: string): void {
    const removals = this.edits.filter((e) => e.text === '' && e.end > e.start && (e.start === 0 || text[e.start - 1] === '\n') &&
      text[e.end - 1] === '\n').sort((a, b) => a.start - b.start);
    for (let i = 0; i < removals.length; i++) {
      let j = i;
      while (j + 1 < removals.length && removals[j + 1]!.start === removals[j]!.end) j++;
      const first = removals[i]!;
      const last = removals[j]!;
      if (j > i && text.slice(0, first.start).endsWith('\n\n') && text[last.end] === '\n' && !this.edits.some((e) => e.start === last.end)) {
        last.end += 1;
      }
      i = j;
    }
  }

  externalEdits(): ExternalEdits[] {
    return [...this.external.values()];
  }
}
