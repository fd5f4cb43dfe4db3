// Signs that a file runs in a browser (window.btoa, DOM access, React hooks, 'use client', public env prefixes).
// Rules never move API credentials into such code: a legacy Jumio call there is flagged, not migrated.
// A public env prefix alone is weak: server code reads NEXT_PUBLIC_APP_URL & co. too (a Next.js API route building
// its success URL), so it counts only in a file with no sign of running on a server (a req/res handler, a server
// framework import, Next's server modules, an Astro endpoint typed APIRoute / APIContext or exporting GET / POST…,
// whose import.meta.env holds the server's private variables), or in a module only such server code imports.
import type { ProjectView, RuleFile, ScriptBlock } from '../engine/types.js';
import { astroFrontmatter } from '../engine/astro-view.js';

const BROWSER_HINTS = /\bwindow\.btoa\b|\bdocument\.(getElementById|querySelector)|\blocalStorage\.|\buse(Layout)?Effect\s*\(|\buseState\s*\(|^\s*['"]use client['"]/m;
const PUBLIC_ENV_HINTS = /\bREACT_APP_|\bNEXT_PUBLIC_|\bVITE_|\bEXPO_PUBLIC_|\bimport\.meta\.env\b/;
const SERVER_HINTS = new RegExp([
  String.raw`\bexport\s+default\s+(async\s+)?function\s*\w*\s*\(\s*req\b`,
  String.raw`\bNextApi(Request|Response)\b`,
  String.raw`\bfrom\s+['"](next\/server|express|koa|fastify|@koa\/router|@nestjs\/common|node:http|http)['"]`,
  String.raw`\brequire\(\s*['"](express|koa|fastify|@koa\/router|node:http|http)['"]\s*\)`,
  String.raw`^\s*['"]use server['"]`,
  String.raw`^\s*import\s+['"]server-only['"]`,
  String.raw`\bres\.status\(\s*\d`,
  String.raw`\bexports\.handler\s*=`,
  String.raw`\bimport\s+(type\s+)?\{[^}]*\bAPI(Route|Context)\b[^}]*\}\s*from\s+['"]astro['"]`,
  // A route module's request handler export (Astro endpoints, SvelteKit +server.js, Next.js route handlers).
  String.raw`^\s*export\s+(async\s+function|function|const|let)\s+(GET|POST|PUT|PATCH|DELETE|ALL)\b`,
].join('|'), 'm');

export function looksLikeBrowserCode(sourceText: string, serverImporters?: () => boolean): boolean {
  if (BROWSER_HINTS.test(sourceText)) return true;
  return PUBLIC_ENV_HINTS.test(sourceText) && !SERVER_HINTS.test(sourceText) && !serverImporters?.();
}

/** Is every importer of the module server code (a route handler, or a module only such code imports, a few levels
 * up)? A shared lib/jumio.ts that builds its success URL from NEXT_PUBLIC_APP_URL and that only Next.js route
 * handlers (app/api/…/route.ts) import runs on the server. Unknown or no importers: no. */
function onlyServerImporters(absPath: string, project: Pick<ProjectView, 'readFile' | 'importersOf'>, depth = 0, seen = new Set<string>()): boolean {
  const set = depth < 4 && !seen.has(absPath) ? project.importersOf?.(absPath) : undefined;
  seen.add(absPath);
  if (!set?.complete || set.files.length === 0) return false;
  return set.files.every((f) => {
    const text = project.readFile(f);
    if (text === undefined || BROWSER_HINTS.test(text)) return false;
    return SERVER_HINTS.test(text) || onlyServerImporters(f, project, depth + 1, seen);
  });
}

/** Does a block run in a browser? A page's or component's inline script does, an Astro page's frontmatter (between
 * the `---` fences) runs on the server, where `import.meta.env` holds the private variables: only a DOM or React
 * sign counts there. A script file: looksLikeBrowserCode. */
export function runsInBrowser(file: RuleFile, block: ScriptBlock, project?: Pick<ProjectView, 'readFile' | 'importersOf'>): boolean {
  const text = block.sourceFile.getFullText();
  if (file.kind === 'astro' && block.offset === astroFrontmatter(file.text)?.start) return BROWSER_HINTS.test(text);
  return file.kind !== 'script' || looksLikeBrowserCode(text, project && (() => onlyServerImporters(file.absPath, project)));
}
