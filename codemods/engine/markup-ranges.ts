// Where a marker line must not start in markup: inside a start tag that spans lines (`<iframe\n  :allow="x"\n>`),
// inside a Svelte `{…}` expression, or inside a Vue `{{ … }}` interpolation. An HTML comment there is not a
// comment: it becomes attribute or expression text and breaks the page. The marker goes above the line where the
// range starts instead.
import type { HtmlDocumentInfo } from './embedded.js';
import type { FileKind } from './types.js';

export interface TextRange {
  start: number;
  end: number;
}

const MUSTACHE = /\{\{[\s\S]*?\}\}/g;

export function markupRanges(html: HtmlDocumentInfo | undefined, text: string, kind: FileKind): TextRange[] {
  if (!html) return [];
  const out: TextRange[] = [];
  for (const el of html.elements) {
    const tag = el.sourceCodeLocation?.startTag;
    if (tag && text.lastIndexOf('\n', tag.endOffset - 1) > tag.startOffset) out.push({ start: tag.startOffset, end: tag.endOffset });
  }
  for (const [start, end] of html.expressions) if (text.lastIndexOf('\n', end - 1) > start) out.push({ start, end });
  if (kind === 'vue') {
    const scripts = html.scripts;
    for (const m of text.matchAll(MUSTACHE)) {
      const start = m.index, end = m.index + m[0].length;
      if (m[0].includes('\n') && !scripts.some((s) => start >= s.start && start < s.end)) out.push({ start, end });
    }
  }
  return out;
}

/** Move `lineStart` up until no range holds it (a line that starts inside a range starts where the range's line does). */
export function lineOutsideRanges(text: string, lineStart: number, ranges: readonly TextRange[]): number {
  for (let guard = 0; guard < 20; guard++) {
    const r = ranges.find((x) => x.start < lineStart && lineStart < x.end);
    if (!r) break;
    lineStart = text.lastIndexOf('\n', r.start - 1) + 1;
  }
  return lineStart;
}
