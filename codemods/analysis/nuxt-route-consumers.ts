// A Nuxt/Nitro server route (`server/api/jumio/start.post.ts`: `export default defineEventHandler(async (event) => …)`)
// that returns the legacy initiate response sends it to whoever fetches the route. The app's own Vue components that
// fetch it by its literal path — `await $fetch('/api/jumio/start', { method: 'POST' })`, `const { data } = await
// useFetch('/api/jumio/start', …)` (a Ref: `data.value.redirectUrl` in script, `data.redirectUrl` in the template) —
// read the same value, so their reads move with the route's migration (external edits, the component's markup
// through markup-reads.ts). The route keeps its "leaves here whole" item: an HTTP API has clients the run cannot see.
// Followed only in a run over the whole repository, for a static route path (no `[param]`), and a fetch whose
// method is a literal the route answers.
import { Node, SyntaxKind, type CallExpression, type SourceFile } from '#ts-morph';
import type { FlowSteps } from './combined-values.js';
import type { EditSet } from './edit-set.js';
import type { EvalContext } from './eval-context.js';
import { importerParse } from './importer-parse.js';
import { rewriteMarkupReads } from './markup-reads.js';
import { bindsTo } from './scope.js';

const HANDLER_FACTORIES = /^(defineEventHandler|eventHandler|defineCachedEventHandler)$/;
const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];

/** The path and method a Nuxt server route file answers, from its place under `server/api` or `server/routes`. */
export function nuxtRouteOf(absPath: string): { path: string; method?: string } | undefined {
  const m = /(?:^|\/)server\/(api|routes)\/(.+)\.(?:[cm]?[jt]s)$/.exec(absPath.split('\\').join('/'));
  if (!m || /\[/.test(m[2]!)) return undefined;
  const parts = m[2]!.split('/');
  const last = parts.pop()!.split('.');
  const method = last.length > 1 && METHODS.includes(last.at(-1)!) ? last.pop() : undefined;
  if (last.length !== 1) return undefined;
  if (last[0] !== 'index') parts.push(last[0]!);
  return { path: `${m[1] === 'api' ? '/api' : ''}/${parts.join('/')}`.replace(/\/$/, '') || '/', method };
}

/** `fn` is the handler a route file exports by default: `export default defineEventHandler(fn)`. */
function isRouteHandler(fn: Node): boolean {
  const call = fn.getParent();
  return Node.isCallExpression(call) && call.getArguments()[0] === fn && HANDLER_FACTORIES.test(call.getExpression().getText()) &&
    Node.isExportAssignment(call.getParent()) && !(call.getParent() as import('ts-morph').ExportAssignment).isExportEquals();
}

/** The method a fetch's options ask for (`GET` without one); undefined when it is not a literal. */
function methodOf(call: CallExpression): string | undefined {
  const opts = call.getArguments()[1];
  if (!opts) return 'get';
  if (!Node.isObjectLiteralExpression(opts)) return undefined;
  const p = opts.getProperty('method');
  if (!p) return opts.getProperties().some((x) => !Node.isPropertyAssignment(x) && !Node.isShorthandPropertyAssignment(x)) ? undefined : 'get';
  const v = Node.isPropertyAssignment(p) ? p.getInitializer() : undefined;
  return v && (Node.isStringLiteral(v) || Node.isNoSubstitutionTemplateLiteral(v)) ? v.getLiteralValue().toLowerCase() : undefined;
}

/** Follow the value `fn` (a route handler) returns into the components that fetch its route. Returns false when `fn`
 * is no such handler (nothing done). */
export function followRouteConsumers(fn: Node, ctx: EvalContext, steps: FlowSteps, edits: EditSet): boolean {
  const file = ctx.pathOf(fn);
  const route = file ? nuxtRouteOf(file) : undefined;
  if (!file || !route || !isRouteHandler(fn) || !ctx.project.importersOf?.(file).complete) return false;
  const quoted = new RegExp(`(['"\`])${route.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1`);
  for (const abs of ctx.project.runFiles?.() ?? []) {
    if (!abs.endsWith('.vue') || !quoted.test(ctx.project.readFile(abs) ?? '')) continue;
    const sf = importerParse(abs, ctx);
    if (sf) consumersIn(sf, route.path, route.method, steps, edits);
  }
  return true;
}

function consumersIn(sf: SourceFile, path: string, method: string | undefined, steps: FlowSteps, edits: EditSet): void {
  for (const call of sf.getDescendantsOfKind(SyntaxKind.CallExpression)) {
    const callee = call.getExpression().getText();
    const url = call.getArguments()[0];
    if (!/^(\$fetch|useFetch|useLazyFetch)$/.test(callee) || !url || !(Node.isStringLiteral(url) || Node.isNoSubstitutionTemplateLiteral(url)) ||
        url.getLiteralValue() !== path) continue;
    const asked = methodOf(call);
    if (!asked || (method && asked !== method)) continue;
    if (callee === '$fetch') steps.visit(call);
    else refOf(call, sf, steps, edits);
  }
}

/** `const { data } = await useFetch(…)` (or `{ data: session }`; also useAsyncData's, component-initiate.ts): the Ref's `.value` in script and the name in the
 * template hold the value; any other use of the Ref, or another shape of the call, leaves it. */
export function refOf(call: CallExpression, sf: SourceFile, steps: FlowSteps, edits: EditSet): void {
  const awaited = Node.isAwaitExpression(call.getParent()) ? call.getParent()! : call;
  const decl = awaited.getParent();
  const pattern = Node.isVariableDeclaration(decl) ? decl.getNameNode() : undefined;
  const el = pattern && Node.isObjectBindingPattern(pattern)
    ? pattern.getElements().find((e) => (e.getPropertyNameNode()?.getText() ?? e.getName()) === 'data') : undefined;
  const id = el?.getNameNode();
  if (!id || !Node.isIdentifier(id) || el!.getDotDotDotToken()) return steps.leaves(call);
  const name = id.getText();
  for (const ref of sf.getDescendantsOfKind(SyntaxKind.Identifier)) {
    if (ref === id || ref.getText() !== name || !bindsTo(ref, id)) continue;
    const p = ref.getParent();
    if (Node.isPropertyAccessExpression(p) && p.getExpression() === ref && p.getName() === 'value') steps.visit(p);
    else if (!(Node.isPropertyAccessExpression(p) && p.getNameNode() === ref)) steps.leaves(ref);
  }
  rewriteMarkupReads(sf, name, true, edits, id, (n) => steps.leaves(n));
}
