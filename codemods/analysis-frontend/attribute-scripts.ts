// Alpine.js code written inline in markup attributes (hold-out round 7): `x-init="window.addEventListener('message',
// (e) => {…})"`, and an inline window handler `@message.window="const d = JSON.parse($event.data); …"` (also
// `x-on:message.window`). Each value is parsed as a script whose positions are the page's: an inline handler as the
// body of a synthesized `window.addEventListener('message', ($event) => {…})` (the block starts before the value by
// the prefix's length; no edit may fall outside the value). A value whose text is not its code (a character reference,
// `&amp;&amp;`) is skipped. Markers cannot stand inside a start tag: items found here go above the element. Also htmx's
// trigger on window messages with the values it computes from the event (htmx-triggers.ts).
import type { SourceFile } from '#ts-morph';
import type { RuleFile, ScriptBlock } from '../engine/types.js';
import { flavourOfBlock } from '../engine/file-kinds.js';
import { createProject, parseProblems, parseText, releaseSourceFile } from '../engine/parse.js';
import { htmxMessageHandler, valueRange } from './htmx-triggers.js';

export interface AttributeScriptBlock extends ScriptBlock {
  /** File offset of the element's start tag (where a marker about this code goes). */
  element: number;
  /** File ranges [start, end) of the attributes' values that are code here (htmx: the filter and the values). */
  values: [number, number][];
}

const INLINE_WINDOW_HANDLER = /^(?:x-on:|@)message(?:\.[\w-]+)*$/;
/** A value that only names a page function (`onMessage($event)`): markup-listeners.ts follows it. */
const NAMED = /^\s*[A-Za-z_$][\w$.]*\s*(?:\(\s*\$?event\s*\))?\s*;?\s*$/;
const PREFIX = "window.addEventListener('message', ($event) => {\n";

/** Where the markers about a block's code stand: the page's text and the element's offset (already-kyx.ts reads the
 * markers of an earlier run there). */
export const markerAnchors = new WeakMap<SourceFile, { text: string; at: number }>();

let project: ReturnType<typeof createProject> | undefined;
const live: SourceFile[] = [];

export function attributeScriptBlocks(file: RuleFile): AttributeScriptBlock[] {
  if (!file.html || !file.text.includes('message')) return [];
  const out: AttributeScriptBlock[] = [];
  for (const el of file.html.elements) {
    const loc = el.sourceCodeLocation;
    if (!loc) continue;
    for (const a of el.attrs) {
      const name = a.prefix ? `${a.prefix}:${a.name}` : a.name;
      const inline = INLINE_WINDOW_HANDLER.test(name) && name.split('.').includes('window');
      if (!(inline || name === 'x-init') || !a.value.includes(inline ? 'data' : 'message') || (inline && NAMED.test(a.value))) continue;
      const range = valueRange(file, el, a);
      if (!range) continue;
      const [start, end] = range;
      const code = a.value;
      const prefix = inline ? PREFIX : '';
      project ??= createProject();
      const sf = parseText(project, file.absPath, `${prefix}${code}${inline ? '\n});' : ''}`, flavourOfBlock('js', false));
      live.push(sf);
      if (parseProblems(sf).length > 0) continue;
      markerAnchors.set(sf, { text: file.text, at: loc.startOffset });
      out.push({ sourceFile: sf, offset: start - prefix.length, jsx: false, language: 'js', element: loc.startOffset, values: [[start, end]] });
    }
    // htmx: `hx-trigger="message[filter] from:window"` with `hx-vals='js:{…}'` (htmx-triggers.ts).
    const htmx = el.attrs.some((a) => a.name === 'hx-trigger') ? htmxMessageHandler(file, el) : undefined;
    if (!htmx) continue;
    project ??= createProject();
    const sf = parseText(project, file.absPath, htmx.text, flavourOfBlock('js', false));
    live.push(sf);
    if (parseProblems(sf).length > 0) continue;
    markerAnchors.set(sf, { text: file.text, at: loc.startOffset });
    out.push({ sourceFile: sf, offset: htmx.offset, jsx: false, language: 'js', element: loc.startOffset, values: htmx.values });
  }
  return out;
}

/** Drop the attribute parses (call when the rule is done with their nodes). */
export function releaseAttributeBlocks(): void {
  for (const sf of live.splice(0)) releaseSourceFile(sf);
}
