// Where the modules the codemod writes (the KYX auth helper and the retrieval seam) go when the migrated file sits in
// a directory whose every module the framework turns into a route or a deployed function. Next to the file they
// would become one too: `pages/api/kyx-auth.ts` is an API route at /api/kyx-auth, `server/api/kyx-auth.ts` a Nitro
// handler, `netlify/functions/kyx-auth.ts` a deployed function. Such a file gets its helper in the framework's
// place for shared server code instead; anywhere else the helper stays beside the file.
import * as path from 'node:path';
import type { ProjectView } from '../engine/types.js';
import { dependenciesNear, dependsOnAny, nearest } from './project-files.js';

interface RoutedTree {
  /** Consecutive directory names that start the routed tree (anywhere below the project root: monorepos). */
  segments: readonly string[];
  /** The home for written modules, relative to the directory that holds the tree's first segment. */
  home: readonly string[];
  /** The tree is routed only when the nearest package.json depends on one of these (a name ending in `/` is a
   * scope); absent: the directory names say it alone. */
  packages?: readonly string[];
  /** The first segment must sit in the directory of the nearest package.json (Vercel's project-level `api/`). */
  atPackageRoot?: boolean;
}

const NITRO = ['nuxt', 'nitropack', 'nitro'];
const TREES: readonly RoutedTree[] = [
  // Nuxt / Nitro: every module under server/api, server/routes and server/middleware is a handler; server/utils is
  // Nitro's place for shared server code (auto-imported).
  { segments: ['server', 'api'], home: ['server', 'utils'], packages: NITRO },
  { segments: ['server', 'routes'], home: ['server', 'utils'], packages: NITRO },
  { segments: ['server', 'middleware'], home: ['server', 'utils'], packages: NITRO },
  // Astro: every .ts/.js module under src/pages is an endpoint.
  { segments: ['src', 'pages'], home: ['src', 'lib'], packages: ['astro'] },
  // Next.js pages router: every module under pages/ (or src/pages/) is a page or an API route.
  { segments: ['pages'], home: ['lib'], packages: ['next'] },
  // Remix / React Router flat routes: every module under app/routes is a route module.
  { segments: ['app', 'routes'], home: ['app', 'lib'], packages: ['@remix-run/', '@react-router/'] },
  // Expo Router: every module under app/ (or src/app/) is a screen or, as `+api.ts`, an API route.
  { segments: ['app'], home: ['lib'], packages: ['expo-router'] },
  // SvelteKit allows other modules beside +server.ts, but code that holds secrets belongs in $lib/server, which
  // SvelteKit refuses to bundle for the browser.
  { segments: ['src', 'routes'], home: ['src', 'lib', 'server'], packages: ['@sveltejs/kit'] },
  // Netlify: the modules of netlify/functions are deployed as functions.
  { segments: ['netlify', 'functions'], home: ['netlify', 'lib'] },
  { segments: ['netlify', 'edge-functions'], home: ['netlify', 'lib'] },
  // Vercel: every module under a project's api/ is a serverless function.
  { segments: ['api'], home: ['lib'], packages: ['@vercel/node'], atPackageRoot: true },
];

/** The directory for modules written for a file in `fileDir`, when that is inside a routed tree; else undefined. */
export function helperHome(fileDir: string, project: ProjectView): string | undefined {
  const rel = path.relative(project.root, fileDir);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  const segs = rel.split(path.sep);
  let deps: Set<string> | undefined;
  for (const tree of TREES) {
    for (let i = 0; i + tree.segments.length <= segs.length; i++) {
      if (!tree.segments.every((s, k) => segs[i + k] === s)) continue;
      const base = path.join(project.root, ...segs.slice(0, i));
      if (tree.packages) {
        deps ??= dependenciesNear(project, fileDir);
        const vercelJson = tree.atPackageRoot && project.fileExists(path.join(base, 'vercel.json'));
        if (!dependsOnAny(deps, tree.packages) && !vercelJson) continue;
        // A Next.js project's api/ is under pages/: that tree, not Vercel's, decides.
        if (tree.atPackageRoot && deps.has('next')) continue;
      }
      if (tree.atPackageRoot) {
        const pkg = nearest(project, fileDir, 'package.json');
        if ((pkg ? path.dirname(pkg) : project.root) !== base) continue;
      }
      return path.join(base, ...tree.home);
    }
  }
  return undefined;
}
