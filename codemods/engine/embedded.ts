// Finds the JS/TS inside HTML-like pages (.html .htm .jsp .ejs .hbs) and Vue single-file components,
// with exact offsets, using parse5's source locations (no regex surgery on markup).
import { parse, parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

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

export interface HtmlDocumentInfo {
  /** The parse5 root (document for pages, fragment for .vue). Every element has `sourceCodeLocation`. */
  root: HtmlNode;
  scripts: EmbeddedScript[];
  /** Every element in document order, including those inside Vue's `<template>`. */
  elements: HtmlElement[];
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

/** Parse an HTML-like page or a Vue SFC. `vue` = true parses as a fragment so top-level blocks stay top-level. */
export function parseEmbedded(text: string, vue: boolean): HtmlDocumentInfo {
  const root = (vue
    ? parseFragment(text, { sourceCodeLocationInfo: true })
    : parse(text, { sourceCodeLocationInfo: true })) as HtmlNode;
  const elements: HtmlElement[] = [];
  walk(root, elements);
  const scripts: EmbeddedScript[] = [];
  for (const el of elements) {
    if (el.tagName !== 'script') continue;
    const loc = el.sourceCodeLocation;
    if (!loc?.startTag || !loc.endTag) continue;
    if (attr(el, 'src') !== undefined) continue;
    const type = (attr(el, 'type') ?? '').trim().toLowerCase();
    const lang = (attr(el, 'lang') ?? '').trim().toLowerCase();
    if (!SCRIPT_TYPES_JS.has(type) && !(vue && type === '')) continue;
    const ts = lang === 'ts' || lang === 'tsx';
    const jsx = lang === 'tsx' || lang === 'jsx' || type === 'text/babel' || type === 'text/jsx';
    scripts.push({ start: loc.startTag.endOffset, end: loc.endTag.startOffset, language: ts ? 'ts' : 'js', jsx });
  }
  return { root, scripts, elements };
}

export function getAttribute(el: HtmlElement, name: string): string | undefined {
  return attr(el, name);
}
