// `$route.query.<param>` (or `route.query.<param>` with `const route = useRoute()`) in a Vue template (interpolations and bound attributes). The template is markup, so
// the places are found through parse5's locations of text nodes and attributes; inside them only the exact
// member path `$route.query.name` / `$route.query['name']` is matched.
import type { RuleFile } from '../../engine/types.js';
import type { HtmlNode } from '../../engine/embedded.js';
import { REDIRECT_PARAM_RENAMES, REDIRECT_PARAM_RETAINED } from '../../../api/index.js';

export interface TemplateRead {
  /** `$route`, or the name a `<script setup>` gave `useRoute()`. */
  root: string;
  name: string;
  /** Range of the parameter name itself (inside quotes for the bracket form). */
  start: number;
  end: number;
}

const NAMES = [...REDIRECT_PARAM_RENAMES.map((r) => r.legacy), ...REDIRECT_PARAM_RETAINED];
function pattern(roots: readonly string[]): RegExp {
  const r = roots.map((x) => x.replace(/\$/g, '\\$')).join('|');
  return new RegExp(`(?<![\\w$.])(${r})\\.query(?:\\.(${NAMES.join('|')})\\b|\\[(['"])(${NAMES.join('|')})\\3\\])`, 'g');
}

function scan(text: string, base: number, re: RegExp, out: TemplateRead[]): void {
  for (const m of text.matchAll(re)) {
    const name = m[2] ?? m[4]!;
    const idx = m.index! + m[0].lastIndexOf(name);
    out.push({ root: m[1]!, name, start: base + idx, end: base + idx + name.length });
  }
}

/** `roots`: `$route` and the names bound to `useRoute()` in the component's script. */
export function templateReads(file: RuleFile, roots: readonly string[]): TemplateRead[] {
  const out: TemplateRead[] = [];
  const re = pattern(roots);
  const root = file.html?.root;
  if (!root || !('childNodes' in root)) return out;
  const template = (root.childNodes as HtmlNode[]).find((n) => 'tagName' in n && n.tagName === 'template');
  if (!template) return out;
  const walk = (node: HtmlNode): void => {
    const kids: HtmlNode[] = [];
    if ('childNodes' in node && node.childNodes) kids.push(...(node.childNodes as HtmlNode[]));
    if ('content' in node && node.content) kids.push(...((node.content as { childNodes: HtmlNode[] }).childNodes));
    for (const k of kids) {
      const loc = k.sourceCodeLocation;
      if (k.nodeName === '#text' && loc) scan(file.text.slice(loc.startOffset, loc.endOffset), loc.startOffset, re, out);
      if ('tagName' in k && loc && 'attrs' in loc && loc.attrs) {
        for (const a of Object.values(loc.attrs)) scan(file.text.slice(a.startOffset, a.endOffset), a.startOffset, re, out);
      }
      walk(k);
    }
  };
  walk(template);
  return out;
}
