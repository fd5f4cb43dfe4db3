// What a Vue or Svelte component's markup does with a top-level name of its scripts that holds the legacy initiate
// response: `{{ r.redirectUrl }}`, `:src="r?.redirectUrl"`, `{r['transactionReference']}` are reads of a moved field
// (rewritten like the same read in the script, at file offsets); `v-if="r"`, `{#if r}`, `r && …`, `r ? … : …` only
// test it; a read of another field (`r.timestamp`) keeps its name. Anything else — the value passed whole
// (`:session="r"`, `{JSON.stringify(r)}`, `{...r}`), a read through a computed key, a Svelte `$r` store read, or a
// markup binding that may shadow the name (`v-for="r in list"`, slot props, `{#each … as r}`, `{:then r}`, `let:r`,
// `{@const r = …}`, a snippet parameter) — leaves the proof open: the caller keeps its "leaves whole" item.
import type { Node, SourceFile } from '#ts-morph';
import type { EditSet } from './edit-set.js';
import { parseEmbedded, type HtmlDocumentInfo } from '../engine/embedded.js';
import { MOVED_FIELDS } from './response-reads.js';

export interface MarkupRead {
  /** Range of the field name (inside the quotes for `['…']`), in positions of the scripts' parse. */
  start: number;
  end: number;
  /** The replacement: `web.href` / `web?.href`, or `web']['href` inside quotes. */
  text: string;
  path: readonly string[];
}

export interface MarkupUses {
  reads: MarkupRead[];
  /** The name is used otherwise than by a read or a test: the value may reach code nothing here follows. */
  open: boolean;
}

interface Markup {
  text: string;
  ranges?: [number, number][];
  /** Where `sf`'s position 0 is in the file: 0 for a component parsed whole (importer-parse.ts), the script block's
   * offset for the rule's own component (component-initiate.ts). */
  base: number;
}

const markups = new WeakMap<SourceFile, Markup>();
const esc = (s: string): string => s.replace(/[$]/g, '\\$');

/** Remember the markup of the component whose scripts `sf` is the parse of (importer-parse.ts). */
export function rememberMarkup(sf: SourceFile, text: string, kind: 'vue' | 'svelte' | 'astro', html?: HtmlDocumentInfo, base = 0): void {
  const template = kind === 'vue' ? /<template\b[^>]*\blang\s*=\s*["']?(\w+)/.exec(text)?.[1] : undefined;
  // Svelte's and Astro's markup code is their `{…}` expressions.
  const ranges = kind !== 'vue' ? (html ?? parseEmbedded(text, kind)).expressions : template && template !== 'html' ? undefined : vueRanges(text, html ?? parseEmbedded(text, 'vue'));
  markups.set(sf, { text, ranges, base });
}

/** A Vue template's code: `{{ … }}` interpolations and the values of directives (`:x`, `v-…`, `@x`, `#x`). */
function vueRanges(text: string, html: HtmlDocumentInfo): [number, number][] {
  const out: [number, number][] = [];
  const inScript = (at: number): boolean => html.scripts.some((s) => at >= s.start && at < s.end);
  for (const el of html.elements) {
    const attrs = el.sourceCodeLocation?.attrs;
    if (!attrs || el.tagName === 'script' || el.tagName === 'style') continue;
    for (const [name, loc] of Object.entries(attrs)) {
      if (!/^(:|v-|@|#)/.test(name)) continue;
      const eq = text.indexOf('=', loc.startOffset);
      if (eq >= 0 && eq < loc.endOffset) out.push([eq + 1, loc.endOffset]);
    }
  }
  for (const m of text.matchAll(/\{\{[\s\S]*?\}\}/g)) if (!inScript(m.index)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Vue and Svelte spellings that bind a name in markup (a binding of `name` there may hide the script's). */
function bindsInMarkup(code: string, name: string, attrName: string): boolean {
  const n = esc(name);
  if (/^(v-for|v-slot|slot-scope|#)/.test(attrName) && new RegExp(`(?<![\\w$.])${n}(?![\\w$])`).test(code)) return true;
  return new RegExp(`^\\{\\s*(?:#each\\b[\\s\\S]*\\bas\\b[\\s\\S]*|[#:](?:await\\b[\\s\\S]*)?\\b(?:then|catch)\\s+[\\s\\S]*|@const\\s+[\\s\\S]*|#snippet\\s+[\\w$]+\\s*\\([\\s\\S]*)(?<![\\w$.])${n}(?![\\w$])`).test(code);
}

/** The uses of `name` (of `name.via` with `via`: SvelteKit's `data.session`) in the markup of the component `sf`
 * parses the scripts of; undefined for a plain module. */
export function markupUses(sf: SourceFile, name: string, via?: string): MarkupUses | undefined {
  const m = markups.get(sf);
  if (!m) return undefined;
  if (!m.ranges) return { reads: [], open: true }; // a Pug template: its code is not found here
  const out: MarkupUses = { reads: [], open: false };
  const n = esc(name);
  const word = new RegExp(`(?<![\\w$.])(\\$?)${n}(?![\\w$])`, 'g');
  for (const [start, end] of m.ranges) {
    const code = m.text.slice(start, end);
    const attrName = /([^\s"'=]+)\s*=\s*$/.exec(m.text.slice(Math.max(0, start - 80), start))?.[1] ?? '';
    if (bindsInMarkup(code, name, attrName) || new RegExp(`let:${n}\\b`).test(m.text)) return { reads: [], open: true };
    for (const w of code.matchAll(word)) {
      if (w[1]) return { reads: [], open: true }; // `$r`: a store's value, not this one
      let at0 = w.index + w[0].length;
      const through = via ? new RegExp(`^\\s*\\??\\.\\s*${esc(via)}(?![\\w$])`).exec(code.slice(at0)) : undefined;
      if (through) at0 += through[0].length;
      else if (via && /^\s*\??\.\s*[\w$]/.test(code.slice(at0))) continue; // `data.user`: another value
      else if (via && /^\s*(\?\.)?\s*\[/.test(code.slice(at0))) return { reads: [], open: true };
      const after = code.slice(at0);
      const before = code.slice(0, w.index);
      const member = /^\s*(\?\.|\.)\s*([\w$]+)/.exec(after) ?? /^\s*(\?\.)?\s*\[\s*(['"])([\w$]+)\2\s*\]/.exec(after);
      if (member) {
        const field = member.length === 4 ? member[3]! : member[2]!;
        const move = MOVED_FIELDS.find((f) => f.legacy === field);
        if (!move) {
          if (member.length === 4 || !/^\s*\(/.test(after.slice(member[0].length))) continue; // another field, read
          return { reads: [], open: true }; // `r.toString()`… a method of the value: its whole
        }
        const at = start + at0 + member[0].lastIndexOf(field);
        const q = member[2];
        const text = member.length === 4 ? move.kyx.join(member[1] ? `${q}]?.[${q}` : `${q}][${q}`) : move.kyx.join(member[1] === '?.' ? '?.' : '.');
        out.reads.push({ start: at - m.base, end: at - m.base + field.length, text, path: move.kyx });
        continue;
      }
      // A test of the value: `v-if="r"`, `{#if r}`, `!r`, `r && …`, `r ? … : …` (not `:session="r"`, `r || {}`).
      const alone = /^\s*["']?\s*$/.test(before) && /^\s*["']?\s*$/.test(after) && /^v-(if|else-if|show)$/.test(attrName);
      const svelteIf = /^\{\s*[#:](?:else\s+)?if\s+$/.test(before) && /^\s*\}$/.test(after);
      if (!(alone || svelteIf || /^\s*(&&|\?(?![.?]))/.test(after) || /!\s*$/.test(before))) return { reads: [], open: true };
    }
  }
  return out; // a name only in the markup's text (a word of a paragraph, a class name) is no use of it
}

/** The flow reached `name`, a top-level name of a component's scripts its markup spells (`site`: where the value
 * enters it). With the parsed response (`data`) and every markup use a read or a test, the reads are rewritten (file
 * offsets: the component's scripts are parsed at their places in the file); else the value leaves at `site`.
 * Returns the number of reads rewritten. */
export function rewriteMarkupReads(sf: SourceFile, name: string, data: boolean, edits: EditSet, site: Node, leaves: (n: Node) => void, via?: string): number {
  const uses = data ? markupUses(sf, name, via) : undefined;
  if (!uses || uses.open) {
    leaves(site);
    return 0;
  }
  for (const r of uses.reads) edits.replaceRange(site, r.start, r.end, r.text, `response read: ${r.path.join('.')}`);
  return uses.reads.length;
}
