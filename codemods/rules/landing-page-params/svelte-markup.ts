// SvelteKit landing pages read the query in markup too: `{$page.url.searchParams.get('transactionReference')}`
// (the `$app/stores` page store) or `{page.url.searchParams.get(…)}` (Svelte 5, `$app/state`). Only the markup's
// `{…}` expressions are searched (embedded.ts lists them), and only that exact member path. Astro pages read it as
// `{Astro.url.searchParams.get(…)}` in their template, the same object as the frontmatter's `Astro.url.searchParams`.
import type { SourceFile } from '#ts-morph';
import type { ProjectView, RuleFile } from '../../engine/types.js';
import { REDIRECT_PARAM_RENAMES, REDIRECT_PARAM_RETAINED } from '../../../api/index.js';
import type { TemplateRead } from './vue-template.js';
import { PRELOAD_GROUP, preloadMarkupReads } from './preload-props.js';
import { ASTRO_QUERY } from './astro-query.js';

const NAMES = [...REDIRECT_PARAM_RENAMES.map((r) => r.legacy), ...REDIRECT_PARAM_RETAINED];
const READ = new RegExp(`(?<![\\w$.])(\\$page|page|Astro)\\.url\\.searchParams\\.get\\(\\s*(['"\`])(${NAMES.join('|')})\\2\\s*\\)`, 'g');

/** A script variable holding the page's search params: `const params = $derived(page.url.searchParams)` (Svelte 5)
 * or `const params = $page.url.searchParams`, read in markup as `{params.get('…')}` (round-8 hold-out). */
const ALIAS = /\b(?:const|let)\s+([\w$]+)\s*=\s*(?:\$derived\(\s*)?(\$page|page|Astro)\.url\.searchParams\b/g;

/** Query reads of the page store in the component's markup; `root` is `$page` or `page` (also for an alias's reads). */
export function svelteMarkupReads(file: RuleFile, project?: ProjectView): TemplateRead[] {
  const out: TemplateRead[] = [];
  const aliases = new Map<string, string>();
  for (const block of file.scripts) for (const m of block.sourceFile.getFullText().matchAll(ALIAS)) aliases.set(m[1]!, m[2]!);
  const byAlias = aliases.size
    ? new RegExp(`(?<![\\w$.])(${[...aliases.keys()].map((a) => a.replace(/\$/g, '\\$')).join('|')})\\.get\\(\\s*(['"\`])(${NAMES.join('|')})\\2\\s*\\)`, 'g')
    : undefined;
  for (const [start, end] of file.html?.expressions ?? []) {
    const text = file.text.slice(start, end);
    for (const m of [...text.matchAll(READ), ...(byAlias ? text.matchAll(byAlias) : [])]) {
      const at = start + m.index! + m[0].indexOf(m[2]!) + 1;
      out.push({ root: aliases.get(m[1]!) ?? m[1]!, name: m[3]!, start: at, end: at + m[3]!.length });
    }
  }
  return [...out, ...preloadMarkupReads(file, NAMES, project)]; // a preload's / load's query prop (preload-props.ts)
}

/** The markup root a script read group shares its query object with: `$page.url.searchParams` is the store's
 * (`$page` is declared by no statement); `decl@N.url.searchParams` is `page`'s when the declaration at N is `page`. */
export function svelteRootOfGroup(key: string, sf: SourceFile): string | undefined {
  if (key === '$page.url.searchParams') return '$page';
  if (key === ASTRO_QUERY) return 'Astro'; // the page's URL in any spelling (astro-query.ts)
  if (key.startsWith(PRELOAD_GROUP)) return key;
  const m = /^decl@(\d+)\.url\.searchParams$/.exec(key);
  return m && /^page\b/.test(sf.getFullText().slice(Number(m[1]))) ? 'page' : undefined;
}

/** The component's markup (scripts, styles and an Astro frontmatter left out): where a markup-only page says what it
 * is about. */
export function svelteMarkupText(file: RuleFile): string {
  let text = file.text;
  for (const s of file.html?.scripts ?? []) text = text.slice(0, s.start) + ' '.repeat(s.end - s.start) + text.slice(s.end);
  for (const el of file.html?.elements ?? []) {
    const loc = el.sourceCodeLocation;
    if ((el.tagName === 'script' || el.tagName === 'style') && loc) {
      text = text.slice(0, loc.startOffset) + ' '.repeat(loc.endOffset - loc.startOffset) + text.slice(loc.endOffset);
    }
  }
  return text;
}
