// Astro components (.astro) as embedded.ts reads them. The file starts with a frontmatter block between `---` fences
// (TypeScript run on the server: a script block at the offsets of its text), followed by an HTML-like template whose
// `{…}` expressions, component tags and <script> blocks are Svelte's markup to a parser (svelte-view.ts). The view
// parse5 reads is the file with the frontmatter blanked (fences included, newlines kept: every offset stays an offset
// of the file) and the template seen as svelteView sees it, except that an expression's JSX elements
// (`{url && <iframe src={url} allow="camera" />}`, `{items.map((i) => <li>{i}</li>)}`) stay visible to parse5: only
// the code around them is blanked, so a frame rendered conditionally is a frame of the page.
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
  return { ...svelteView(template, closeExpression, (out, from, to) => blankCode(template, out, from, to)), frontmatter: fm };
}

/** Astro bundles a <script> without attributes (TypeScript allowed); any attribute (is:inline, type, define:vars)
 * leaves it as written, plain JavaScript. */
export const astroProcessedScript = (attrs: readonly { name: string }[]): boolean => attrs.length === 0;

/** A quote starts a string only where code can: after an operator, a bracket, `,` `;` `:` `?` or the expression's
 * start — not inside the text of a JSX element (`{ok && <p>Don't go</p>}`); `//` a comment only after a space, `;`,
 * `,`, `{` or `(` (not a URL's `https://` in such text). */
const CODE_BEFORE = /(?:^|[=(,[!&|?:+\-*%{};]|\breturn|\s=>)\s*$/;
const LINE_BEFORE = /(?:^|[\s;,{(])$/;

/** Offset just past the `}` closing the Astro expression opened at `open`: closeBrace's strings, template literals and
 * comments only where code can hold them (CODE_BEFORE), so an apostrophe of a JSX child's text never hides the `}`. */
export function closeExpression(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
    else if (((c === '"' || c === "'" || c === '`') && CODE_BEFORE.test(text.slice(Math.max(open, i - 40), i)))
      || (c === '/' && text[i + 1] === '*') || (c === '/' && text[i + 1] === '/' && LINE_BEFORE.test(text.slice(Math.max(open, i - 1), i)))) {
      const end = c === '/' ? (text[i + 1] === '/' ? text.indexOf('\n', i) : text.indexOf('*/', i + 2) + 1) : stringEnd(text, i);
      if (end <= 0) return text.length;
      i = c === '`' ? end - 1 : end;
    }
  }
  return text.length;
}

/** Past the closing quote of the string at `at` (a template literal's `${…}` closed as an expression). */
function stringEnd(text: string, at: number): number {
  const q = text[at]!;
  for (let i = at + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (q === '`' && text[i] === '$' && text[i + 1] === '{') i = closeExpression(text, i + 1) - 1;
    else if (text[i] === q || (q !== '`' && text[i] === '\n')) return q === '`' ? i + 1 : i;
  }
  return -1;
}

/** Where a `<` starts a JSX element inside code: after an operator, a bracket, `=>`, `return` or the start. */
const JSX_BEFORE = /(?:^|[(,=?:&|!{}[]|=>|\breturn)\s*$/;
const TAG = /^<(\/?)([A-Za-z][\w.:-]*)?/;

const blankRange = (out: string[], from: number, to: number): void => {
  for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = '_';
};

/** Blank the code of an expression's inside [from, to), keeping its JSX elements as written. */
function blankCode(text: string, out: string[], from: number, to: number): void {
  let i = from;
  while (i < to) {
    const c = text[i]!;
    if (c === '<' && /[A-Za-z>]/.test(text[i + 1] ?? '') && JSX_BEFORE.test(text.slice(Math.max(from, i - 40), i))) {
      i = keepElement(text, out, i, to);
      continue;
    }
    if (c === '{') {
      const end = Math.min(closeExpression(text, i), to);
      out[i] = '_';
      if (end - 1 > i && text[end - 1] === '}') out[end - 1] = '_';
      blankCode(text, out, i + 1, end - 1);
      i = end;
      continue;
    }
    const str = (c === '"' || c === "'" || c === '`') && CODE_BEFORE.test(text.slice(Math.max(from, i - 40), i));
    if (str || (c === '/' && (text[i + 1] === '*' || (text[i + 1] === '/' && LINE_BEFORE.test(text.slice(Math.max(from, i - 1), i)))))) {
      const end = c === '/' ? (text[i + 1] === '/' ? text.indexOf('\n', i) : text.indexOf('*/', i + 2) + 2) : stringEnd(text, i) + (c === '`' ? 0 : 1);
      const stop = end <= 1 ? to : Math.min(end, to);
      blankRange(out, i, stop);
      i = stop;
      continue;
    }
    if (c !== '\n') out[i] = '_';
    i++;
  }
}

/** Keep the JSX element at `at` (its nested expressions' code blanked, a component's name renamed as svelteView does);
 * the offset just past it. */
function keepElement(text: string, out: string[], at: number, to: number): number {
  let depth = 0;
  let i = at;
  while (i < to) {
    if (text[i] === '{') {
      const end = Math.min(closeExpression(text, i), to);
      blankCode(text, out, i + 1, end - 1);
      i = end;
      continue;
    }
    const tag = text[i] === '<' ? TAG.exec(text.slice(i, i + 120)) : null;
    if (!tag) {
      i++;
      continue;
    }
    const closing = tag[1] === '/';
    const name = tag[2] ?? '';
    if (/^[A-Z]/.test(name) && name.length >= 2) {
      out[i + 1 + tag[1]!.length] = 'x';
      out[i + 2 + tag[1]!.length] = '-';
    }
    let j = i + tag[0].length;
    while (j < to && text[j] !== '>') {
      if (text[j] === '"' || text[j] === "'") {
        const q = text.indexOf(text[j]!, j + 1);
        j = q < 0 ? to : q + 1;
      } else if (text[j] === '{') {
        const end = Math.min(closeExpression(text, j), to);
        blankRange(out, j + 1, end - 1);
        j = end;
      } else j++;
    }
    const selfClosed = text[j - 1] === '/';
    i = j + 1;
    if (closing) depth--;
    else if (!selfClosed) depth++;
    if (depth <= 0) return Math.min(i, to);
  }
  return to;
}
