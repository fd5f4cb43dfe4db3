// Route proof across files for a page of a file-system router (page-routes.ts): the page is the successUrl/errorUrl
// of an initiate call in another file of the run — `` successUrl: `${BASE}/kyc/${userId}/done` `` in a server route
// lands on pages/kyc/[id]/done.vue — so it reads Jumio's redirect parameters even when it reads only one of them.
// As strong as a route of the page's own file (route-proof.ts); only in a codemod run, which knows its files (a run
// over part of the repository may miss the initiate: the page is then proven by what it reads, as before).
import * as path from 'node:path';
import type { ProjectView, RuleContext, RuleFile } from '../../engine/types.js';
import { landsOn, pageRoute, type PageRoute } from './page-routes.js';
import { redirectRoutes } from './route-proof.js';
import type { ServingRoute } from './served-page.js';

interface Redirect {
  file: string;
  line: number;
  path: string;
}

interface RunRoutes {
  redirects: Redirect[];
  pages: PageRoute[];
}

const SCRIPT = /\.(?:[cm]?[jt]sx?)$/;
/** Directories a page of a file-system router sits under (a cheap filter before pageRoute). */
const ROUTED_DIR = /[\\/](?:pages|app|routes)[\\/]/;
const cache = new WeakMap<ProjectView, RunRoutes>();

/** The run's redirect URLs of initiate calls and its router pages, gathered once per view. */
function runRoutes(project: ProjectView, files: readonly string[]): RunRoutes {
  let hit = cache.get(project);
  if (hit) return hit;
  hit = { redirects: [], pages: [] };
  for (const abs of files) {
    if (ROUTED_DIR.test(abs)) {
      const page = pageRoute(abs, project);
      if (page) hit.pages.push(page);
    }
    if (!SCRIPT.test(abs)) continue;
    const text = project.readFile(abs);
    if (!text || !/\b(?:successUrl|errorUrl)\b/.test(text)) continue;
    const sf = project.getSourceFile(abs);
    if (!sf) continue;
    for (const [p, line] of redirectRoutes(sf, project, abs, true)) hit.redirects.push({ file: abs, line, path: p });
  }
  cache.set(project, hit);
  return hit;
}

/** The initiate call of another file whose redirect URL lands on this page, if any. */
export function fileRouteProof(file: RuleFile, ctx: RuleContext): ServingRoute | undefined {
  const files = ctx.project.runFiles?.();
  const page = files && pageRoute(file.absPath, ctx.project);
  if (!files || !page) return undefined;
  const routes = runRoutes(ctx.project, files);
  const mine = routes.pages.find((p) => p.tree === page.tree && p.display === page.display) ?? page;
  for (const r of routes.redirects) {
    if (r.file === file.absPath || !landsOn(r.path, mine, routes.pages)) continue;
    const rel = path.relative(ctx.project.root, r.file).split(path.sep).join('/');
    return { route: page.display, file: rel, line: r.line, why: `the page's route ${page.display} is the redirect URL of the initiate call on line ${r.line} of ${rel}` };
  }
  return undefined;
}
