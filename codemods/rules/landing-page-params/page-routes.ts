// The URL path a page file serves in a file-system router, and whether it is the page a redirect URL lands on. Next.js
// (pages/ and app/…/page.tsx), Nuxt (pages/, `[id]`, `[[id]]`, `[...slug]`, route groups; Nuxt 2's `_id`, `_`),
// SvelteKit (src/routes/…/+page.svelte, +page.ts, +page.server.ts), Sapper (src/routes/…/x.svelte) and Astro
// (src/pages/…/x.astro, an endpoint x.ts, Markdown; `_`-prefixed files and folders are no routes). A router is
// only taken where the nearest package.json depends on it. A redirect URL whose path has unknown parts
// (`${BASE}/kyc/${userId}/done`, route-proof.ts's HOLE) lands on the page whose dynamic segments stand where the
// unknown parts are; a literal segment lands on the most specific page that matches it, as the routers pick
// (a static segment before a dynamic one before a catch-all), among the router's pages of the run. Remix / React
// Router file routes (app/routes/kyc.$id_.done.tsx, remix-flat-routes' `kyc+/` folders) are read by remix-routes.ts,
// React Router v7's app/routes.ts config by route-config.ts; SvelteKit's and Nuxt's segments may mix
// text and parameters (`item-[id]`), matched as a pattern.
import * as path from 'node:path';
import type { ProjectView } from '../../engine/types.js';
import { dependenciesNear, readJson } from '../../analysis/project-files.js';
import { HOLE } from '../../analysis/static-strings.js';
import { remixSegment, remixWritten } from './remix-routes.js';
import { configSegment, declaredRoutes } from './route-config.js';

/** A route segment; `mixed` is text and parameters in one (`item-[id]`), `optional` with a text a Remix `(en)`. */
export type Segment = { kind: 'static'; text: string } | { kind: 'mixed'; pattern: RegExp } | { kind: 'param' } | { kind: 'optional'; text?: string } | { kind: 'rest'; optional: boolean };

export interface PageRoute {
  /** The directory the router's routes start in (a page's route is only compared with pages of the same tree). */
  tree: string;
  segments: Segment[];
  /** The route as written by the framework, for messages: `/kyc/[id]/done`. */
  display: string;
}

const SCRIPT = /\.(?:[cm]?[jt]sx?)$/;

interface Router {
  /** Directory names that start the routed tree. */
  tree: readonly string[];
  packages: readonly string[];
  /** The route's directory segments and file name → the route's segments as written; undefined: no page. */
  page(dirs: string[], file: string): string[] | undefined;
  /** Segments may mix text and parameters (SvelteKit, Nuxt 3). */
  mixed?: boolean;
  /** Remix's segment syntax (remix-routes.ts), not bracket parameters. */
  remix?: boolean;
}

const NEXT_PAGE_SPECIAL = /^(?:_app|_document|_error|404|500)$/;
const NUXT = ['nuxt', 'nuxt3', 'nuxt-edge'];
const nuxtPage = (d: string[], f: string): string[] | undefined => (/\.(?:vue|[jt]sx)$/.test(f) ? nameRoute(d, f) : undefined);
/** Nuxt 2 writes a parameter `_id` and a catch-all `_`; in Nuxt 3 those are plain names. */
const nuxt2 = (project: ProjectView, base: string): boolean => {
  const deps = readJson(project, path.join(base, 'package.json'));
  const v = [deps?.dependencies, deps?.devDependencies].map((d) => (d as Record<string, unknown> | undefined)?.nuxt).find((x) => typeof x === 'string');
  return typeof v === 'string' && /^[~^>=v\s]*2\./.test(v);
};
const nextPage = (d: string[], f: string): string[] | undefined =>
  SCRIPT.test(f) && d[0] !== 'api' && !(d.length === 0 && NEXT_PAGE_SPECIAL.test(stem(f))) ? nameRoute(d, f) : undefined;
// App Router: only page.tsx is a page; a _private folder is no route, an intercepting (.)x folder another route's.
const nextAppPage = (d: string[], f: string): string[] | undefined =>
  /^page\.[jt]sx?$/.test(f) && !d.some((x) => x.startsWith('_') || x.startsWith('(.')) ? d : undefined;
const REMIX = ['@remix-run/dev', '@remix-run/react', '@react-router/fs-routes'];
/** Remix 1.x nests route folders (unless its future flag opts in to flat routes). */
const remixV1 = (project: ProjectView, base: string): boolean => {
  const deps = readJson(project, path.join(base, 'package.json'));
  const v = [deps?.dependencies, deps?.devDependencies].flatMap((d) => REMIX.map((p) => (d as Record<string, unknown> | undefined)?.[p])).find((x) => typeof x === 'string');
  if (typeof v !== 'string' || !/^[~^>=v\s]*1\./.test(v)) return false;
  const config = project.readFile(path.join(base, 'remix.config.js')) ?? '';
  return !/\bv2_routeConvention\s*:\s*true/.test(config);
};
const astroPage = (d: string[], f: string): string[] | undefined =>
  /\.(?:astro|mdx?|html|[cm]?[jt]s)$/.test(f) && !f.startsWith('_') && !d.some((x) => x.startsWith('_')) ? nameRoute(d, f) : undefined;
const ROUTERS: readonly Router[] = [
  { tree: ['src', 'pages'], packages: ['astro'], mixed: true, page: astroPage },
  { tree: ['src', 'routes'], packages: ['@sveltejs/kit'], mixed: true, page: (d, f) => (/^\+page(?:\.server)?\.(?:svelte|[jt]s)$/.test(f) ? d : undefined) },
  // Remix / React Router v7 file routes; a route module is a page (it renders, or its loader answers the URL).
  { tree: ['app', 'routes'], packages: REMIX, remix: true, page: () => undefined },
  { tree: ['src', 'routes'], packages: ['sapper'], page: (d, f) => (/^[^_+].*\.svelte$/.test(f) && !d.some((x) => x.startsWith('_')) ? nameRoute(d, f) : undefined) },
  // Nuxt: pages/ of the source directory (the project's, Nuxt 4's app/, or a srcDir src/).
  ...[['pages'], ['app', 'pages'], ['src', 'pages']].map((tree) => ({ tree, packages: NUXT, mixed: true, page: nuxtPage })),
  ...[['pages'], ['src', 'pages']].map((tree) => ({ tree, packages: ['next'], page: nextPage })),
  ...[['app'], ['src', 'app']].map((tree) => ({ tree, packages: ['next'], page: nextAppPage })),
];

const depsCache = new WeakMap<ProjectView, Map<string, Set<string>>>();
/** The run's pages all ask about the same few package.json files: read each once per view. */
function depsNear(project: ProjectView, dir: string): Set<string> {
  let byDir = depsCache.get(project);
  if (!byDir) depsCache.set(project, (byDir = new Map()));
  let deps = byDir.get(dir);
  if (!deps) byDir.set(dir, (deps = dependenciesNear(project, dir)));
  return deps;
}

const stem = (file: string): string => file.slice(0, file.lastIndexOf('.'));
const nameRoute = (dirs: string[], file: string): string[] => (stem(file) === 'index' ? dirs : [...dirs, stem(file)]);

/** The route a page file serves, or undefined when it is no page of a file-system router of its project. */
export function pageRoute(absPath: string, project: ProjectView): PageRoute | undefined {
  const rel = path.relative(project.root, absPath);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  const parts = rel.split(path.sep);
  const file = parts.pop()!;
  let deps: Set<string> | undefined;
  // React Router v7's app/routes.ts: a module it declares serves the path declared there (route-config.ts).
  for (let i = parts.indexOf('app'); i >= 0; i = parts.indexOf('app', i + 1)) {
    const base = path.join(project.root, ...parts.slice(0, i));
    deps ??= depsNear(project, path.dirname(absPath));
    const at = deps.has('@react-router/dev') ? declaredRoutes(project, path.join(base, 'app'))?.get(absPath) : undefined;
    if (at === undefined) continue;
    const written = at.split('/').filter(Boolean);
    const segments = written.map(configSegment);
    if (segments.includes(undefined)) return undefined;
    return { tree: path.join(base, 'app', 'routes'), segments: segments as Segment[], display: `/${written.join('/')}` };
  }
  for (const r of ROUTERS) {
    for (let i = 0; i + r.tree.length <= parts.length; i++) {
      if (!r.tree.every((s, k) => parts[i + k] === s)) continue;
      // The tree's first directory sits where the project's package.json is (pages/ of a component library is no router).
      const base = path.join(project.root, ...parts.slice(0, i));
      deps ??= depsNear(project, path.dirname(absPath));
      if (!r.packages.some((p) => deps!.has(p)) || !project.fileExists(path.join(base, 'package.json'))) continue;
      const tree = path.join(base, ...r.tree);
      if (r.remix) {
        const v1 = remixV1(project, base);
        const written = remixWritten(parts.slice(i + r.tree.length), file, v1, deps.has('remix-flat-routes'));
        const segments = written?.map((seg) => remixSegment(seg, v1));
        if (!written || !segments || segments.includes(undefined)) return undefined;
        return { tree, segments: segments.filter((s): s is Segment => !!s), display: `/${written.join('/')}` };
      }
      const written = r.page(parts.slice(i + r.tree.length), file);
      if (!written) return undefined;
      const routed = written.filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith('@')); // route groups, parallel slots
      const underscore = r.page === nuxtPage && nuxt2(project, base);
      const segments = routed.map((seg) => segment(seg, underscore, r.mixed === true));
      if (segments.some((s) => s === undefined)) return undefined;
      return { tree, segments: segments as Segment[], display: `/${routed.join('/')}` };
    }
  }
  return undefined;
}

/** One written segment: `[id]`, `[id=matcher]`, `[[id]]`, `[...slug]`, `[[...slug]]`, Nuxt 2 `_id` / `_`, and where the
 * router allows it text mixed with parameters (`item-[id]`: a pattern); undefined for a segment never matched. */
function segment(s: string, underscore: boolean, mixed: boolean): Segment | undefined {
  if (/^\[\[\.\.\.[\w$-]+\]\]$/.test(s)) return { kind: 'rest', optional: true };
  if (/^\[\.\.\.[\w$-]+(?:=\w+)?\]$/.test(s)) return { kind: 'rest', optional: false };
  if (/^\[\[[\w$-]+(?:=\w+)?\]\]$/.test(s)) return { kind: 'optional' };
  if (/^\[[\w$-]+(?:=\w+)?\]$/.test(s)) return { kind: 'param' };
  if (underscore && s === '_') return { kind: 'rest', optional: false };
  if (underscore && /^_[\w$-]+$/.test(s)) return { kind: 'param' };
  if (!/[[\]]/.test(s)) return { kind: 'static', text: s };
  // item-[id], [a]-[b]: literal text between required parameters (an optional or rest part is not matched).
  const parts = s.split(/(\[[\w$-]+(?:=\w+)?\])/);
  if (!mixed || parts.some((p, k) => k % 2 === 0 && /[[\]]/.test(p))) return undefined;
  const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return { kind: 'mixed', pattern: new RegExp(`^${parts.map((p, k) => (k % 2 ? '(.+?)' : esc(p))).join('')}$`) };
}

// A route's rank per segment: SvelteKit and Nuxt put a segment mixing text and a parameter before a bare parameter.
const RANK = { static: 4, mixed: 3, param: 2, optional: 1, rest: 0 } as const;
/** A URL segment's unknown parts as a character no literal text holds, so they match only a parameter's part. */
const UNKNOWN = '\u0000';

/** How a route matches a URL path's segments: the rank of the route segment each URL segment met (higher is more
 * specific), or undefined when it does not match. A URL segment with an unknown part meets only a parameter. */
function matchRanks(route: readonly Segment[], url: readonly string[]): number[] | undefined {
  const [head, ...rest] = route;
  if (!head) return url.length === 0 ? [] : undefined;
  const seg = url[0];
  if (head.kind === 'static') {
    if (seg === undefined || seg.includes(HOLE) || seg !== head.text) return undefined;
    const tail = matchRanks(rest, url.slice(1));
    return tail && [RANK.static, ...tail];
  }
  if (head.kind === 'mixed') {
    const tail = seg !== undefined && head.pattern.test(seg.split(HOLE).join(UNKNOWN)) ? matchRanks(rest, url.slice(1)) : undefined;
    return tail && [RANK.mixed, ...tail];
  }
  if (head.kind === 'param') {
    const tail = seg === undefined ? undefined : matchRanks(rest, url.slice(1));
    return tail && [RANK.param, ...tail];
  }
  // optional / rest: try the longest take first (as routers do for a catch-all).
  // An optional text (Remix's `(en)`) is taken only when the URL segment is that text.
  const max = head.kind === 'optional' ? (head.text !== undefined && url[0] !== head.text ? 0 : Math.min(1, url.length)) : url.length;
  const min = head.kind === 'rest' && !head.optional ? 1 : 0;
  for (let take = max; take >= min; take--) {
    const tail = matchRanks(rest, url.slice(take));
    if (tail) return [...Array<number>(take).fill(RANK[head.kind]), ...tail];
  }
  return undefined;
}

const compareRanks = (a: number[], b: number[]): number => {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? -1) !== (b[i] ?? -1)) return (a[i] ?? -1) - (b[i] ?? -1);
  return 0;
};

/** Does the redirect URL path `urlPath` (with HOLEs) land on `page`, no other page of `others` (the run's pages of
 * the same tree) matching it more specifically? */
export function landsOn(urlPath: string, page: PageRoute, others: readonly PageRoute[]): boolean {
  const url = urlPath.split('/').filter((s) => s !== '');
  const mine = matchRanks(page.segments, url);
  if (!mine) return false;
  return !others.some((o) => o !== page && o.tree === page.tree && o.display !== page.display && (() => {
    const theirs = matchRanks(o.segments, url);
    return theirs !== undefined && compareRanks(theirs, mine) > 0;
  })());
}
