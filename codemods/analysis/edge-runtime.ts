// Code that runs on Cloudflare Workers / Pages Functions: the generated kyx-auth helper reads its OAuth2 client
// from process.env and encodes it with Buffer, which a Worker has only with the nodejs_compat flag (process.env is
// filled from the Worker's vars and secrets from compatibility date 2025-04-01). The call is migrated; a manual
// item says so, because without the flag the token fetch throws at run time.
import { Node, SyntaxKind, type SourceFile } from 'ts-morph';

const PAGES_HANDLER = /^onRequest(Get|Post|Put|Patch|Delete)?$/;

/** A module-worker default export (`export default { async fetch(request, env, ctx) … }`), a Pages Function
 * (`export async function onRequestPost({ request, env })`), a Hono app with Worker bindings, or a service worker
 * (`addEventListener('fetch', …)`). */
export function looksLikeCloudflareWorker(sf: SourceFile): boolean {
  for (const ea of sf.getDescendantsOfKind(SyntaxKind.ExportAssignment)) {
    const obj = ea.getExpression();
    if (Node.isObjectLiteralExpression(obj) && obj.getProperties().some((p) => Node.isMethodDeclaration(p) && p.getName() === 'fetch' && p.getParameters().length >= 2)) return true;
  }
  for (const fn of sf.getFunctions()) {
    const first = fn.getParameters()[0];
    if (fn.isExported() && PAGES_HANDLER.test(fn.getName() ?? '') && first && /\benv\b/.test(first.getNameNode().getText())) return true;
  }
  const text = sf.getFullText();
  // A Hono app typed with Worker bindings (`new Hono<{ Bindings: … }>`) reading its secrets from `c.env`.
  if (/\bfrom\s*['"]hono['"]/.test(text) && /\bHono<\s*\{\s*Bindings\b/.test(text)) return true;
  return /\baddEventListener\(\s*['"]fetch['"]/.test(text);
}

export function workerRuntimeMessage(helperFile: string): string {
  return `this runs on Cloudflare Workers: ${helperFile} reads KYX_CLIENT_ID / KYX_CLIENT_SECRET from process.env and uses Buffer — ` +
    'enable the nodejs_compat compatibility flag (process.env holds the vars and secrets from compatibility date 2025-04-01) and set both as secrets, or pass them from env by hand';
}
