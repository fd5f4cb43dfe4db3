// The style of a file the rules write code into. In a page or component (HTML, Vue, Svelte, Astro) the quotes of
// the markup are attribute syntax, not the code's habit: code added to a <script> block follows the quotes of the
// file's scripts (round 37: a jQuery page whose markup uses "…" got a statement in double quotes among single-quoted
// code). Markup attributes a rule adds take the quote of their own tag (iframe-allow/frame-tag.ts), not this one.
import { parseEmbedded } from './embedded.js';
import { detectQuote, detectStyle } from './text-format.js';
import type { FileKind, FileStyle } from './types.js';

export function fileStyle(raw: string, kind: FileKind): FileStyle {
  const style = detectStyle(raw);
  if (kind === 'script') return style;
  const blocks = parseEmbedded(raw, kind === 'html' ? 'page' : kind).scripts;
  const quote = detectQuote(blocks.map((b) => raw.slice(b.start, b.end)).join('\n'));
  return quote ? { ...style, quote } : style;
}
