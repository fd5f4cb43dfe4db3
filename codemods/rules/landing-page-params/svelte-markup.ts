// SvelteKit landing pages read the query in markup too: `{$page.url.searchParams.get('transactionReference')}`
// (the `$app/stores` page store) or `{page.url.searchParams.get(…)}` (Svelte 5, `$app/state`). Only the markup's
// `{…}` expressions are searched (embedded.ts lists them), and only that exact member path — or the same path off a
// variable holding the page's URL (`new SvelteURL(window.location.href)`). Astro pages read it as
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

/** The search params destructured from the page's URL: `const { searchParams } = Astro.url` (or `$page.url`), also
 * renamed (`{ searchParams: sp }`), read in markup as `{searchParams.get('…')}` (round-20 hold-out). */
const DESTRUCTURED = /\b(?:const|let)\s*\{([^}]*)\}\s*=\s*(\$page|page|Astro)\.url\b(?!\s*\.)/g;

/** A script variable holding the page's own URL, read in markup as `{url.searchParams.get('…')}`: Svelte 5's reactive
 * `const url = new SvelteURL(window.location.href)` (svelte/reactivity), or a plain `new URL(location.href)`. */
const PAGE_URL = /\b(?:const|let)\s+([\w$]+)\s*=\s*new\s+(?:Svelte)?URL\(\s*(?:window\.)?location(?:\.href)?\s*\)/g;
const PAGE_URL_GROUP = /^([\w$]+)=new(?:Svelte)?URL\((?:window\.)?location(?:\.href)?\)\.searchParams$/;

/** Query reads of the page store in the component's markup; `root` is `$page` or `page` (also for an alias's reads),
 * or the name of a variable holding the page's URL. */
export function svelteMarkupReads(file: RuleFile, project?: ProjectView): TemplateRead[] {
  const out: TemplateRead[] = [];
  const aliases = new Map<string, string>();
  for (const block of file.scripts) {
    for (const m of block.sourceFile.getFullText().matchAll(ALIAS)) aliases.set(m[1]!, m[2]!);
    for (const m of block.sourceFile.getFullText().matchAll(DESTRUCTURED)) {
      const el = /(?:^|,)\s*searchParams\s*(?::\s*([\w$]+))?\s*(?:,|$)/.exec(m[1]!);
      if (el) aliases.set(el[1] ?? 'searchParams', m[2]!);
    }
  }
  const urls = file.kind === 'svelte' ? file.scripts.flatMap((b) => [...b.sourceFile.getFullText().matchAll(PAGE_URL)].map((m) => m[1]!)) : [];
  const byUrl = urls.length
    ? new RegExp(`(?<![\\w$.])(${urls.map((a) => a.replace(/\$/g, '\\$')).join('|')})\\.searchParams\\.get\\(\\s*(['"\`])(${NAMES.join('|')})\\2\\s*\\)`, 'g')
    : undefined;
  const byAlias = aliases.size
    ? new RegExp(`(?<![\\w$.])(${[...aliases.keys()].map((a) => a.replace(/\$/g, '\\$')).join('|')})\\.get\\(\\s*(['"\`])(${NAMES.join('|')})\\2\\s*\\)`, 'g')
    : undefined;
  for (const [start, end] of file.html?.expressions ?? []) {
    const text = file.text.slice(start, end);
    for (const m of [...text.matchAll(READ), ...(byAlias ? text.matchAll(byAlias) : []), ...(byUrl ? text.matchAll(byUrl) : [])]) {
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
  const url = PAGE_URL_GROUP.exec(key);
  if (url) return url[1];
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
