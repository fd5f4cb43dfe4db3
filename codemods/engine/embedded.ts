// Finds the JS/TS inside HTML-like pages (.html .htm .jsp .ejs .hbs), Vue single-file components, Svelte
// components and Astro components (their frontmatter too: astro-view.ts), with exact offsets, using parse5's source
// locations (no regex surgery on markup).
// parse5 reads a view of the text of the same length (so every offset is an offset of the file):
// - in pages, server-side tags (`<%= x("a") %>`, `{{ }}`, `{% %}`, `<?= ?>`, JSP custom tags `<c:out value="…"/>`)
//   are blanked: their quotes and `>` inside an attribute value would otherwise end the value or the tag early;
// - in Svelte components, every `{…}` expression of the markup is blanked (svelte-view.ts);
// - a self-closed raw-text element (`<iframe … />`, `<textarea … />`, legal in Vue templates and XHTML-style
//   templates) is renamed so that parse5 does not read the rest of the file as its text. It gets its name back after
//   the parse. Attribute values that held blanked tags get their file text back.
import { parse, parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { svelteView } from './svelte-view.js';
import { astroProcessedScript, astroView } from './astro-view.js';

export type HtmlNode = DefaultTreeAdapterMap['node'];
export type HtmlElement = DefaultTreeAdapterMap['element'];

export interface EmbeddedScript {
  /** Offset of the first character of the script's content in the file text. */
  start: number;
  /** Offset just past the last character of the content (where `</script>` starts). */
  end: number;
  language: 'ts' | 'js';
  jsx: boolean;
}

/** How the markup is read: an HTML-like page (server tags blanked), a Vue SFC, a Svelte or an Astro component. */
export type MarkupFlavour = 'page' | 'vue' | 'svelte' | 'astro';

export interface HtmlDocumentInfo {
  /** The parse5 root (document for pages, fragment for .vue and .svelte). Every element has `sourceCodeLocation`. */
  root: HtmlNode;
  scripts: EmbeddedScript[];
  /** Every element in document order, including those inside Vue's `<template>`. */
  elements: HtmlElement[];
  /** Svelte, Astro: the file ranges of the markup's `{…}` expressions, braces included (empty otherwise). */
  expressions: [number, number][];
}

const SCRIPT_TYPES_JS = new Set(['', 'text/javascript', 'application/javascript', 'module', 'text/babel', 'text/jsx']);

function attr(el: HtmlElement, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function walk(node: HtmlNode, out: HtmlElement[]): void {
  const children: HtmlNode[] = [];
  if ('childNodes' in node && node.childNodes) children.push(...(node.childNodes as HtmlNode[]));
  // <template> keeps its children in `content` (a fragment).
  if ('content' in node && node.content) children.push(...((node.content as { childNodes: HtmlNode[] }).childNodes));
  for (const child of children) {
    if ('tagName' in child) out.push(child as HtmlElement);
    walk(child, out);
  }
}

const SERVER_TAGS = [
  /<%[\s\S]*?%>/g, // JSP, EJS, ERB, ASP
  /<\?(?:php\b|=)[\s\S]*?\?>/g, // PHP
  /\{\{\{[\s\S]*?\}\}\}/g, // Handlebars triple-stash
  /\{\{[\s\S]*?\}\}/g, // Handlebars, Mustache, Jinja, Twig, Angular interpolation
  /\{%[\s\S]*?%\}/g, // Jinja, Twig, Liquid
  /<\/?[A-Za-z][\w-]*:[\w.-]+(?:\s(?:[^<>"']|"[^"]*"|'[^']*')*)?\/?>/g, // JSP/Facelets custom tags (<c:url …/>)
];
/** The end of an attribute name and its `=`: a server tag right after it is the attribute's unquoted value. */
const UNQUOTED_VALUE = /[\w:@.-]=$/;
/** Never blank across a script or style boundary (a `{{` in one script and `}}` in the next would merge them). */
const BOUNDARY = /<\/?(script|style)\b/i;
/** Elements whose content parse5 reads as text up to their end tag: self-closing one hides the rest of the file. */
const SELF_CLOSED_RAW = /<(iframe|textarea|title|noscript|noembed|noframes|xmp)\b((?:[^<>"']|"[^"]*"|'[^']*')*?)\/>/gi;

/** A start tag, and in it an unquoted attribute value in braces: HEEx `src={@url}`, Riot `src={ props.url }`. */
const START_TAG = /<[A-Za-z][\w:-]*\s[^<>]*>/g;
const BRACE_VALUE = /(\s[\w:@.-]+=)(\{[^{}<>"']*\})/g;

/** HTML reads `src={ props.url }` as `src="{"` plus two more attributes: the braces become a quoted blank of the same
 * length (restoreAttrValues gives the value its file text back, so rules see `{ props.url }`, a template value). */
function quoteBraceValues(view: string, blanked: [number, number][]): string {
  return view.replace(START_TAG, (tag: string, at: number) => tag.replace(BRACE_VALUE, (m: string, name: string, value: string, i: number) => {
    const start = at + i + name.length;
    blanked.push([start, start + value.length]);
    return `${name}"${' '.repeat(value.length - 2)}"`;
  }));
}

interface ParseView {
  text: string;
  /** Start offsets of renamed self-closed elements → their real tag name. */
  renamed: Map<number, string>;
  blanked: [number, number][];
  /** Astro: the frontmatter's content, a TypeScript block. */
  frontmatter?: { start: number; end: number };
}

function parseView(text: string, flavour: MarkupFlavour): ParseView {
  let view = text;
  let blanked: [number, number][] = [];
  let frontmatter: ParseView['frontmatter'];
  if (flavour === 'svelte') ({ text: view, blanked } = svelteView(text));
  if (flavour === 'astro') ({ text: view, blanked, frontmatter } = astroView(text));
  if (flavour === 'page') {
    view = quoteBraceValues(view, blanked);
    for (const re of SERVER_TAGS) {
      const before = view;
      view = view.replace(re, (m: string, ...rest: unknown[]) => {
        if (BOUNDARY.test(m)) return m;
        const at = rest.find((x) => typeof x === 'number') as number;
        blanked.push([at, at + m.length]);
        // An unquoted value (Handlebars `src={{@src}}`, ERB `href=<%= url %>`): a blank there would let HTML skip to
        // the next attribute and read it as the value, so it becomes a quoted blank (round-12 hold-out).
        if (UNQUOTED_VALUE.test(before.slice(Math.max(0, at - 2), at)) && !/[\r\n]/.test(m)) return `"${' '.repeat(m.length - 2)}"`;
        return m.replace(/[^\r\n]/g, ' ');
      });
    }
  }
  const renamed = new Map<number, string>();
  view = view.replace(SELF_CLOSED_RAW, (m: string, name: string, _attrs: string, at: number) => {
    renamed.set(at, name.toLowerCase());
    return `<${name[0]}-${m.slice(3)}`;
  });
  return { text: view, renamed, blanked, frontmatter };
}

/** Give a renamed element its name back and move what parse5 nested in it (it was never closed) after it. */
function restoreSelfClosed(el: HtmlElement, name: string): void {
  el.tagName = name;
  el.nodeName = name;
  const loc = el.sourceCodeLocation;
  if (loc?.startTag) {
    loc.endTag = undefined;
    Object.assign(loc, { endOffset: loc.startTag.endOffset, endLine: loc.startTag.endLine, endCol: loc.startTag.endCol });
  }
  const parent = el.parentNode as (HtmlNode & { childNodes: HtmlNode[] }) | null;
  const moved = el.childNodes.splice(0);
  if (!parent) return;
  for (const c of moved) (c as { parentNode: unknown }).parentNode = parent;
  parent.childNodes.splice(parent.childNodes.indexOf(el) + 1, 0, ...moved);
}

/** An attribute value that held a blanked tag: its text in the file (unquoted, entities left as written). */
function restoreAttrValues(el: HtmlElement, text: string, blanked: [number, number][]): void {
  const locs = el.sourceCodeLocation?.attrs;
  if (!locs) return;
  for (const a of el.attrs) {
    const l = locs[a.prefix ? `${a.prefix}:${a.name}` : a.name] ?? locs[a.name];
    if (!l || !blanked.some(([s, e]) => s < l.endOffset && e > l.startOffset)) continue;
    const raw = text.slice(l.startOffset, l.endOffset);
    const m = /^[^=]*=\s*(["']?)([\s\S]*)\1$/.exec(raw);
    if (m) a.value = m[2]!;
  }
}

/** Svelte `on:message={h}/>`: HTML reads the `/` as part of the unquoted value; it ends the tag. */
function dropSelfClosingSlash(el: HtmlElement, text: string): void {
  const locs = el.sourceCodeLocation?.attrs;
  if (!locs) return;
  for (const a of el.attrs) {
    const l = locs[a.prefix ? `${a.prefix}:${a.name}` : a.name] ?? locs[a.name];
    if (!l || text[l.endOffset - 1] !== '/' || text[l.endOffset - 2] !== '}' || text[l.endOffset] !== '>') continue;
    l.endOffset--;
    l.endCol--;
    if (a.value.endsWith('}/')) a.value = a.value.slice(0, -1);
  }
}

/** Parse an HTML-like page, a Vue SFC, a Svelte or an Astro component (`true` = 'vue', `false` = 'page'). Components are
 * parsed as fragments so that their top-level blocks stay top-level. */
export function parseEmbedded(text: string, flavour: MarkupFlavour | boolean): HtmlDocumentInfo {
  const mode: MarkupFlavour = flavour === true ? 'vue' : flavour === false ? 'page' : flavour;
  const vue = mode !== 'page';
  const view = parseView(text, mode);
  const root = (vue
    ? parseFragment(view.text, { sourceCodeLocationInfo: true })
    : parse(view.text, { sourceCodeLocationInfo: true })) as HtmlNode;
  let elements: HtmlElement[] = [];
  walk(root, elements);
  if (view.renamed.size > 0 || view.blanked.length > 0) {
    for (const el of elements) {
      const name = view.renamed.get(el.sourceCodeLocation?.startTag?.startOffset ?? -1);
      if (name) restoreSelfClosed(el, name);
      if (view.blanked.length > 0) restoreAttrValues(el, text, view.blanked);
      if (mode === 'svelte' || mode === 'astro') dropSelfClosingSlash(el, text);
    }
    if (view.renamed.size > 0) walk(root, (elements = []));
  }
  const scripts: EmbeddedScript[] = view.frontmatter ? [{ ...view.frontmatter, language: 'ts', jsx: false }] : [];
  for (const el of elements) {
    if (el.tagName !== 'script') continue;
    const loc = el.sourceCodeLocation;
    if (!loc?.startTag || !loc.endTag) continue;
    if (attr(el, 'src') !== undefined) continue;
    const type = (attr(el, 'type') ?? '').trim().toLowerCase();
    const lang = (attr(el, 'lang') ?? '').trim().toLowerCase();
    if (!SCRIPT_TYPES_JS.has(type) && !(vue && type === '')) continue;
    const ts = lang === 'ts' || lang === 'tsx' || (mode === 'astro' && astroProcessedScript(el.attrs));
    const jsx = lang === 'tsx' || lang === 'jsx' || type === 'text/babel' || type === 'text/jsx';
    const [start, end] = commentGuarded(text, loc.startTag.endOffset, loc.endTag.startOffset);
    scripts.push({ start, end, language: ts ? 'ts' : 'js', jsx });
  }
  return { root, scripts, elements, expressions: mode === 'svelte' || mode === 'astro' ? view.blanked : [] };
}

export function getAttribute(el: HtmlElement, name: string): string | undefined {
  return attr(el, name);
}

/** A classic script hidden from pre-1997 browsers — a `<!--` line first, a `-->` (or `//-->`) line last — is JavaScript
 * a browser runs (ECMAScript Annex B's HTML-like comments), which the parser refuses: the block offered to the rules
 * starts after the `<!--` line and ends before a bare `-->` line (hold-out round 59: the page was skipped silently). */
function commentGuarded(text: string, start: number, end: number): [number, number] {
  const open = /^\s*<!--[^\n]*\n/.exec(text.slice(start, end));
  if (!open) return [start, end];
  const from = start + open[0].length;
  const close = /\n[ \t]*-->[^\n]*\s*$/.exec(text.slice(from, end));
  return [from, close ? from + close.index + 1 : end];
}

