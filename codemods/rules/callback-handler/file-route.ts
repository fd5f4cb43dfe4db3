// The URL path a file-system route file serves, from its path in the repository: Next.js `app/api/jumio/callback/
// route.ts` and `pages/api/jumio/callback/index.ts`, SvelteKit `src/routes/jumio/callback/+server.ts`, Nuxt/Nitro
// `server/api/jumio/callback.post.ts`, Remix flat routes `app/routes/api.jumio.callback.ts`, Astro `src/pages/api/…`.
// Such a file's own name is the framework's (`route.ts`, `+server.ts`): the route is spelled by its folders, from
// the routes root on. Folders above that root (where a run happens to start, the repository's own name) are not part
// of the route, so they never count as the route naming anything.
const ROUTES_ROOTS = new Set(['app', 'pages', 'routes', 'server']);
const FRAMEWORK_FILE = /^(?:route|index|\+server|\+page\.server|_middleware|middleware)$/;

/** The route path (`/api/jumio/callback`) of a file under a routes root, or undefined for any other file. */
export function fileRoutePath(filePath: string): string | undefined {
  const segs = filePath.replace(/\\/g, '/').split('/').filter(Boolean);
  let root = -1;
  segs.forEach((s, i) => { if (i < segs.length - 1 && ROUTES_ROOTS.has(s)) root = i; });
  if (root < 0) return undefined;
  const name = segs[segs.length - 1]!.replace(/\.[cm]?[jt]sx?$/, '').replace(/\.(?:get|post|put|patch|delete)$/, '');
  const route = [...segs.slice(root + 1, -1), ...(FRAMEWORK_FILE.test(name) ? [] : [name])];
  return `/${route.join('/')}`;
}
