// htmx's `hx-vals='js:{…}'` (and the older `hx-vars`) is JavaScript in an attribute, evaluated when the request is
// sent: `js:{ status: new URLSearchParams(location.search).get("transactionStatus") }` reads the page's query like a
// script would (round-12 hold-out: such a return page passed silently). The value after `js:` is parsed as an
// expression whose positions are the page's (the block starts one character before it, at the `(` it is wrapped in);
// a value whose text is not its code (a character reference) is skipped. Markers cannot stand inside a start tag:
// items found here go above the element (atElement).
import type { SourceFile } from '#ts-morph';
import type { RuleFile, ScriptBlock } from '../../engine/types.js';
import { flavourOfBlock } from '../../engine/file-kinds.js';
import { createProject, parseProblems, parseText, releaseSourceFile } from '../../engine/parse.js';

const HTMX_CODE = /^hx-(vals|vars)$/;
let project: ReturnType<typeof createProject> | undefined;

export interface HtmxValueBlock extends ScriptBlock {
  /** File offset of the element's start tag. */
  element: number;
  /** A block that spans the page (alpine-data.ts): the attributes it holds code of, each with its element. */
  ranges?: readonly { start: number; end: number; element: number }[];
}

export function htmxValueBlocks(file: RuleFile): HtmxValueBlock[] {
  if (file.kind !== 'html' || !/\shx-va(ls|rs)\s*=/.test(file.text)) return [];
  const out: HtmxValueBlock[] = [];
  for (const el of file.html?.elements ?? []) {
    const loc = el.sourceCodeLocation;
    for (const a of el.attrs) {
      const at = loc?.attrs?.[a.name];
      const js = /^\s*javascript:|^\s*js:/.exec(a.value);
      if (!at || !HTMX_CODE.test(a.name) || !js) continue;
      const raw = file.text.slice(at.startOffset, at.endOffset);
      const eq = /^[^=]*=\s*(["']?)/.exec(raw);
      if (!eq) continue;
      const start = at.startOffset + eq[0].length + js[0].length;
      const code = a.value.slice(js[0].length);
      if (file.text.slice(start, start + code.length) !== code) continue;
      project ??= createProject();
      const sf = parseText(project, file.absPath, `(${code})`, flavourOfBlock('js', false));
      if (parseProblems(sf).length > 0) { releaseSourceFile(sf); continue; }
      out.push({ sourceFile: sf, offset: start - 1, jsx: false, language: 'js', element: loc!.startOffset });
    }
  }
  return out;
}

/** Where a marker about position `pos` goes: above the element when `pos` is inside one of the attribute blocks. */
export function atElement(blocks: readonly HtmxValueBlock[], pos: number): number | undefined {
  for (const b of blocks) {
    const r = b.ranges ? b.ranges.find((x) => pos >= x.start && pos < x.end) : pos >= b.offset && pos <= b.offset + b.sourceFile.getEnd() ? b : undefined;
    if (r) return r.element;
  }
  return undefined;
}

export function releaseHtmxBlocks(blocks: readonly HtmxValueBlock[]): void {
  for (const b of blocks) releaseSourceFile(b.sourceFile as SourceFile);
}
