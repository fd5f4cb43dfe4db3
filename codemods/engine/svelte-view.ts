// The markup of a Svelte component as parse5 can read it, same length as the file (every offset is an offset of
// the file). Svelte puts JavaScript in braces anywhere in markup — text (`{count}`, `{#if x}…{/if}`), attribute
// values (`on:message={handle}`, `allow="camera; {extra}"`, `on:click={() => a > b}`), attribute names
// (`{src}`, `{...rest}`). Each `{…}` is blanked to `{___}`: one token without whitespace, quotes or `>`, so an
// unquoted value stays one value and a `>` of an arrow function does not end the tag. embedded.ts gives
// attribute values their file text back. Components (`<Select>`, `<Table>`, `<Title>`) are renamed `<x-…>`: parse5
// would read them as the HTML elements of the same name (a `select` drops every element after it, an `iframe`
// included). `<script>` / `<style>` contents and HTML comments are left as written.

export interface SvelteView {
  text: string;
  /** File ranges of the `{…}` expressions, braces included. */
  blanked: [number, number][];
}

/** Offset just past the `}` that closes the `{` at `open` (strings, template literals and comments skipped). */
export function closeBrace(text: string, open: number): number {
  let depth = 0;
  const templates: number[] = []; // brace depth at which each open template literal's `${` began
  let i = open;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) return i + 1;
      if (templates.length > 0 && templates[templates.length - 1] === depth) {
        templates.pop();
        i = skipTemplate(text, i + 1, templates, depth);
        continue;
      }
    } else if (c === '"' || c === "'") {
      i = skipString(text, i);
      continue;
    } else if (c === '`') {
      i = skipTemplate(text, i + 1, templates, depth);
      continue;
    } else if (c === '/' && text[i + 1] === '/') {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl;
      continue;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      continue;
    }
    i++;
  }
  return text.length;
}

function skipString(text: string, at: number): number {
  const q = text[at];
  for (let i = at + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === q || text[i] === '\n') return i + 1;
  }
  return text.length;
}

/** From inside a template literal: past its closing backtick, or past a `${` (then `templates` records it). */
function skipTemplate(text: string, from: number, templates: number[], depth: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '`') return i + 1;
    else if (text[i] === '$' && text[i + 1] === '{') {
      templates.push(depth);
      return i + 1; // the `{` is counted by the caller
    }
  }
  return text.length;
}

const RAW_OPEN = /<(script|style)\b/iy;
const blankAll = (out: string[], from: number, to: number): void => {
  for (let k = from; k < to; k++) out[k] = '_';
};
const COMPONENT = /<\/?([A-Z][\w]*)/y;

/** `close` finds the end of a `{…}` expression and `blank` blanks its inside (Astro's hold JSX: astro-view.ts). */
export function svelteView(text: string, close: (text: string, open: number) => number = closeBrace,
  blank: (out: string[], from: number, to: number) => void = blankAll): SvelteView {
  const out = text.split('');
  const blanked: [number, number][] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '<') {
      if (text.startsWith('<!--', i)) {
        const end = text.indexOf('-->', i + 4);
        i = end < 0 ? text.length : end + 3;
        continue;
      }
      RAW_OPEN.lastIndex = i;
      const raw = RAW_OPEN.exec(text);
      if (raw) {
        const close = text.toLowerCase().indexOf(`</${raw[1]!.toLowerCase()}`, i + raw[0].length);
        i = close < 0 ? text.length : close + 2;
        continue;
      }
      COMPONENT.lastIndex = i;
      const comp = COMPONENT.exec(text);
      if (comp && comp[1]!.length >= 2) {
        const nameAt = i + comp[0].length - comp[1]!.length;
        out[nameAt] = 'x';
        out[nameAt + 1] = '-';
        i += comp[0].length;
        continue;
      }
    } else if (c === '{') {
      const end = close(text, i);
      blank(out, i + 1, end - 1);
      blanked.push([i, end]);
      i = end;
      continue;
    }
    i++;
  }
  return { text: out.join(''), blanked };
}
