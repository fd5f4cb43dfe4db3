// `$route.query.<param>` (or `route.query.<param>` with `const route = useRoute()`) in a Vue template (interpolations and bound attributes). The template is markup, so
// the places are found through parse5's locations of text nodes and attributes; inside them only the exact
// member path `$route.query.name` / `$route.query['name']` is matched.
import { Node, SyntaxKind } from '#ts-morph';
import type { RuleFile } from '../../engine/types.js';
import { resolveIdentifier } from '../../analysis-frontend/syntax.js';
import type { HtmlNode } from '../../engine/embedded.js';
import { REDIRECT_PARAM_RENAMES, REDIRECT_PARAM_RETAINED } from '../../../api/index.js';
import { storeToRefsRoots } from './pinia-query.js';
import { querySource } from './query-reads.js';
import { computedQueryNames } from './vue-computed-query.js';

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

/** `params.<name>` / `params['<name>']` of a query object bound in the script (same groups as `pattern`). */
function directPattern(roots: readonly string[]): RegExp {
  const r = roots.map((x) => x.replace(/\$/g, '\\$')).join('|');
  return new RegExp(`(?<![\\w$.])(${r})(?:\\.(${NAMES.join('|')})\\b|\\[(['"])(${NAMES.join('|')})\\3\\])`, 'g');
}

function scan(text: string, base: number, re: RegExp, out: TemplateRead[]): void {
  for (const m of text.matchAll(re)) {
    const name = m[2] ?? m[4]!;
    const idx = m.index! + m[0].lastIndexOf(name);
    out.push({ root: m[1]!, name, start: base + idx, end: base + idx + name.length });
  }
}

/** Names the component's script binds to VueUse's `useUrlSearchParams(…)` (imported from @vueuse/core): the query
 * object itself, read in the template as `params.<name>` (round-14 hold-out). Their reads' root is the name. */
function urlSearchParamsRoots(file: RuleFile): string[] {
  const out: string[] = [];
  for (const block of file.scripts) {
    if (!block.sourceFile.getFullText().includes('useUrlSearchParams')) continue;
    for (const d of block.sourceFile.getDescendantsOfKind(SyntaxKind.VariableDeclaration)) {
      const init = d.getInitializer();
      if (init && Node.isCallExpression(init) && isVueUseUrlSearchParams(init.getExpression()) && Node.isIdentifier(d.getNameNode())) out.push(d.getName());
    }
  }
  return out;
}

/** `useUrlSearchParams` imported from @vueuse/core (framework-queries.ts reads the script's reads through it). */
export function isVueUseUrlSearchParams(callee: Node): boolean {
  if (!Node.isIdentifier(callee)) return false;
  const decl = resolveIdentifier(callee);
  return !!decl && Node.isImportSpecifier(decl) && decl.getName() === 'useUrlSearchParams'
    && decl.getImportDeclaration().getModuleSpecifierValue() === '@vueuse/core';
}

/** The route's query held by a top-level name of the script (`const query = route.query`, `const query =
 * useRoute().query`, `const { query } = useRoute()`, an options-API computed returning `this.$route.query`), read in
 * the template as `query.<name>`: each alias → the root of its script group (`route`, `$route`, or the group key
 * `useRoute().query`). The page's pair split between script and template passed silently. */
function queryAliases(file: RuleFile, roots: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const block of file.scripts) {
    for (const name of computedQueryNames(block.sourceFile)) out.set(name, '$route'); // vue-computed-query.ts
    for (const st of block.sourceFile.getVariableStatements()) {
      for (const d of st.getDeclarations()) {
        const init = d.getInitializer()?.getText().replace(/\s+/g, '');
        const name = d.getNameNode();
        if (!init) continue;
        const m = /^([\w$]+)\.query$/.exec(init);
        if (Node.isIdentifier(name) && m && roots.includes(m[1]!) && m[1] !== '$route') out.set(d.getName(), m[1]!);
        else if (Node.isIdentifier(name) && init === 'useRoute().query') out.set(d.getName(), 'useRoute().query');
        else if (Node.isObjectBindingPattern(name) && init === 'useRoute()') {
          const q = name.getElements().find((e) => !e.getDotDotDotToken() && (e.getPropertyNameNode()?.getText() ?? e.getName()) === 'query');
          if (q && Node.isIdentifier(q.getNameNode())) out.set(q.getName(), 'useRoute().query');
        }
      }
    }
  }
  return out;
}

/** `roots`: `$route` and the names bound to `useRoute()` in the component's script. */
export function templateReads(file: RuleFile, roots: readonly string[]): TemplateRead[] {
  const out: TemplateRead[] = [];
  const re = pattern(roots);
  const aliases = queryAliases(file, roots);
  const direct = [...urlSearchParamsRoots(file), ...storeToRefsRoots(file, querySource), ...aliases.keys()];
  const directRe = direct.length ? directPattern(direct) : undefined;
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
      for (const r of directRe ? [re, directRe] : [re]) {
        if (k.nodeName === '#text' && loc) scan(file.text.slice(loc.startOffset, loc.endOffset), loc.startOffset, r, out);
        if ('tagName' in k && loc && 'attrs' in loc && loc.attrs) {
          for (const a of Object.values(loc.attrs)) scan(file.text.slice(a.startOffset, a.endOffset), a.startOffset, r, out);
        }
      }
      walk(k);
    }
  };
  walk(template);
  return out.map((t) => (aliases.has(t.root) ? { ...t, root: aliases.get(t.root)! } : t));
}
