// Code that runs outside Node: Cloudflare Workers / Pages Functions, the Vercel/Next.js Edge runtime, Deno. The
// generated kyx-auth helper reads its OAuth2 client from process.env and encodes it with Buffer: a Worker has both
// only with the nodejs_compat flag (process.env is filled from the Worker's vars and secrets from compatibility date
// 2025-04-01), the Edge runtime has process.env but no Buffer, Deno has no global Buffer and resolves imports only by
// their exact file name. The call is migrated; a manual item says so, because the token fetch throws at run time.
import { isExportedDeclaration } from './exports.js';
import { Node, SyntaxKind, ts, type SourceFile } from '#ts-morph';
import { unwrap } from './eval-context.js';
import { descendantsOfKinds } from '../engine/descendants.js';
import { hostedCodeStep, hostedCodeStepMessage } from './hosted-code-steps.js';

const EXPORT_ASSIGNMENT = new Set([SyntaxKind.ExportAssignment]);

const PAGES_HANDLER = /^onRequest(Get|Post|Put|Patch|Delete)?$/;
const envOf = (ctx: string) => new RegExp(`\\b${ctx}\\??\\.env\\b|\\{[^}]*\\benv\\b[^}]*\\}\\s*=\\s*${ctx}\\b`);

/** A module-worker default export (`export default { async fetch(request, env, ctx) … }`, or another handler of the
 * Workers runtime taking `env` second: `queue(batch, env)`, `scheduled(controller, env)`, `email`, `tail`; a method or
 * a function-valued property; also behind `satisfies ExportedHandler<Env>`), a Pages Function (`export async function onRequestPost({ request, env })`), a Hono
 * app with Worker bindings, a service worker (`addEventListener('fetch', …)`), or a module importing cloudflare:workers. */
export function looksLikeCloudflareWorker(sf: SourceFile): boolean {
  // A value imported from the Workers runtime's own module (DurableObject, WorkflowEntrypoint, WorkerEntrypoint, env):
  // it resolves nowhere else.
  if (sf.getImportDeclarations().some((d) => d.getModuleSpecifierValue() === 'cloudflare:workers' && !d.isTypeOnly())) return true;
  for (const ea of descendantsOfKinds(sf, EXPORT_ASSIGNMENT)) {
    if (!Node.isExportAssignment(ea)) continue;
    const obj = unwrap(ea.getExpression());
    if (Node.isObjectLiteralExpression(obj) && obj.getProperties().some(isWorkerHandler)) return true;
  }
  // `export async function onRequest(…)` or `export const onRequest = async (…) => …`. Read from the syntax
  // (exports.ts): ts-morph's isExported() builds a type checker for every file (~2.5 ms each).
  const handlers = !namesPagesHandler(sf.compilerNode) ? [] : [
    ...sf.getFunctions().filter((f) => isExportedDeclaration(f)).map((f) => [f.getName(), f] as const),
    ...sf.getVariableStatements().filter((v) => isExportedDeclaration(v)).flatMap((v) => v.getDeclarations())
      .map((d) => [d.getName(), unwrap(d.getInitializer() ?? d)] as const),
  ];
  for (const [fnName, fn] of handlers) {
    if (!Node.isFunctionDeclaration(fn) && !Node.isArrowFunction(fn) && !Node.isFunctionExpression(fn)) continue;
    const first = fn.getParameters()[0];
    if (!PAGES_HANDLER.test(fnName ?? '') || !first) continue;
    if (/\benv\b/.test(first.getNameNode().getText())) return true;
    // Cloudflare's own examples take the whole context: `onRequest(context)` reading `context.env.X` or
    // `const { env } = context`.
    const name = first.getNameNode();
    if (Node.isIdentifier(name) && envOf(name.getText()).test(fn.getBody()?.getText() ?? '')) return true;
  }
  const text = sf.getFullText();
  // A Hono app typed with Worker bindings (`new Hono<{ Bindings: … }>`) reading its secrets from `c.env`.
  if (/\bfrom\s*['"]hono['"]/.test(text) && /\bHono<\s*\{\s*Bindings\b/.test(text)) return true;
  return /\baddEventListener\(\s*['"]fetch['"]/.test(text);
}

const WORKER_HANDLERS = /^(fetch|queue|scheduled|email|tail)$/;

/** `async queue(batch, env) { … }` / `queue: async (batch, env) => …` of a module worker's default export. */
function isWorkerHandler(p: Node): boolean {
  const fn = Node.isPropertyAssignment(p) ? unwrap(p.getInitializerOrThrow()) : p;
  const name = Node.isPropertyAssignment(p) || Node.isMethodDeclaration(p) ? p.getName() : '';
  return WORKER_HANDLERS.test(name) && (Node.isMethodDeclaration(fn) || Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) && fn.getParameters().length >= 2;
}

/** Some top-level function or variable is named like a Pages Function handler (tested on the raw statements, so
 * the usual file, with none, wraps none of its statements). */
function namesPagesHandler(sf: ts.SourceFile): boolean {
  const named = (n: ts.Node | undefined): boolean => !!n && ts.isIdentifier(n) && PAGES_HANDLER.test(n.text);
  return sf.statements.some((st) => (ts.isFunctionDeclaration(st) && named(st.name)) ||
    (ts.isVariableStatement(st) && st.declarationList.declarations.some((d) => named(d.name))));
}

/** A Vercel / Next.js Edge function or route: `export const config = { runtime: 'edge' }` (pages, API routes) or
 * `export const runtime = 'edge'` (app router). */
function looksLikeEdgeRuntime(sf: SourceFile): boolean {
  const text = sf.getFullText();
  return /\bexport\s+const\s+runtime\s*=\s*['"](experimental-)?edge['"]/.test(text) ||
    /\bexport\s+const\s+config\s*=\s*\{[^}]*\bruntime\s*:\s*['"](experimental-)?edge['"]/.test(text);
}

/** Deno code: its globals (`Deno.serve`, `Deno.env`…) or its module specifiers (`npm:`, `jsr:`, deno.land). */
function looksLikeDeno(sf: SourceFile): boolean {
  if (/\bDeno\.(serve|env|listen|openKv|readTextFile)\b/.test(sf.getFullText())) return true;
  return sf.getImportDeclarations().some((d) => /^(npm:|jsr:|https:\/\/deno\.land\/)/.test(d.getModuleSpecifierValue()));
}

export function workerRuntimeMessage(helperFile: string): string {
  return `this runs on Cloudflare Workers: ${helperFile} reads KYX_CLIENT_ID / KYX_CLIENT_SECRET from process.env and uses Buffer — ` +
    'enable the nodejs_compat compatibility flag (process.env holds the vars and secrets from compatibility date 2025-04-01) and set both as secrets, or pass them from env by hand';
}

/** The manual item for a migrated call in code that does not run on Node, or undefined on Node. */
export function nonNodeRuntimeMessage(sf: SourceFile, helperFile: string): string | undefined {
  if (looksLikeCloudflareWorker(sf)) return workerRuntimeMessage(helperFile);
  if (looksLikeEdgeRuntime(sf)) {
    return `this runs on the Edge runtime: ${helperFile} reads KYX_CLIENT_ID / KYX_CLIENT_SECRET from process.env but encodes them with Buffer, ` +
      `which the Edge runtime does not have — use btoa(\`\${clientId}:\${clientSecret}\`) there, or run this route on the Node.js runtime`;
  }
  const step = hostedCodeStep(sf);
  if (step) return hostedCodeStepMessage(step, helperFile);
  if (looksLikeDeno(sf)) {
    return `this runs on Deno: ${helperFile} uses Buffer, which Deno has only from node:buffer — add import { Buffer } from 'node:buffer' to it ` +
      `(process.env needs --allow-env), and import it by its exact file name (Deno does not map a .js specifier to a .ts file)`;
  }
  return undefined;
}
