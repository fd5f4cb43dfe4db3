// Astro components (.astro) as embedded.ts reads them. The file starts with a frontmatter block between `---` fences
// (TypeScript run on the server: a script block at the offsets of its text), followed by an HTML-like template whose
// `{…}` expressions, component tags and <script> blocks are Svelte's markup to a parser (svelte-view.ts). The view
// parse5 reads is the file with the frontmatter blanked (fences included, newlines kept: every offset stays an offset
// of the file) and the template seen as svelteView sees it.
import { svelteView, type SvelteView } from './svelte-view.js';

/** The frontmatter's content range (between the fences) and the range of the whole block, fences included. */
export interface Frontmatter {
  start: number;
  end: number;
  blockEnd: number;
}

// Astro's compiler takes the first `---` line as the opening fence when only whitespace precedes it.
const OPEN = /^\s*---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*$/m;

export function astroFrontmatter(text: string): Frontmatter | undefined {
  const open = OPEN.exec(text);
  if (!open) return undefined;
  const start = open[0].length;
  CLOSE.lastIndex = 0;
  const close = CLOSE.exec(text.slice(start));
  if (!close) return undefined;
  const end = start + close.index;
  return { start, end, blockEnd: end + close[0].length };
}

export function astroView(text: string): SvelteView & { frontmatter?: Frontmatter } {
  const fm = astroFrontmatter(text);
  const template = fm ? text.slice(0, fm.blockEnd).replace(/[^\r\n]/g, ' ') + text.slice(fm.blockEnd) : text;
  return { ...svelteView(template), frontmatter: fm };
}

/** Astro bundles a <script> without attributes (TypeScript allowed); any attribute (is:inline, type, define:vars)
 * leaves it as written, plain JavaScript. */
export const astroProcessedScript = (attrs: readonly { name: string }[]): boolean => attrs.length === 0;
