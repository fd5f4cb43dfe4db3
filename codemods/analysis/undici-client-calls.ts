// undici's dispatchers: `client.request({ path, method, headers, body })` through `new Client(origin)` /
// `new Pool(origin)` / `new BalancedPool([origin])` (the origin fixed by the dispatcher; one upstream), or
// `agent.request({ origin, path, … })` through `new Agent()` (the origin an option; also a RetryAgent over an Agent
// for a GET, which it may resend). The result is undici.request's
// `{ statusCode, headers, body }`. A pool's other calls must keep their origin, so a migrated call leaves the pool:
// it becomes undici's own `request(kyxOrigin, { path, method, headers, body })` (which joins the origin and `path`),
// imported beside the pool's constructor; an Agent call gets the KYX origin in its `origin` option. Neither retries
// (undici retries only through a RetryAgent or a retry interceptor, which these constructors are not).
// Also: `request(url, { dispatcher })` (undici.request / fetch): a Client or Pool dispatcher sends every request to
// its own origin whatever the URL, and a RetryAgent would resend the KYX PUT: only a plain `new Agent()` /
// `new ProxyAgent()` dispatcher is left as proven.
import { Node, SyntaxKind, type CallExpression, type PropertyAccessExpression } from '#ts-morph';
import type { EditSet } from './edit-set.js';
import { unwrap } from './eval-context.js';
import type { HttpCall } from './http-calls.js';
import { bodySite, headersOf, literalMethod, optionsObject, prop } from './http-call-forms.js';
import { clientOfIdentifier } from './client-identity.js';
import { findDeclaration } from './resolve-binding.js';
import { fileSpells } from './file-spells.js';

type Kind = 'Client' | 'Pool' | 'BalancedPool' | 'Agent' | 'ProxyAgent' | 'RetryAgent' | 'other';

/** The undici constructor behind `new X(…)` (named import, namespace member, destructured require). */
function undiciClass(e: Node): { kind: Kind; ns?: string; named?: Node } | undefined {
  const u = unwrap(e);
  if (!Node.isNewExpression(u)) return undefined;
  const ctor = unwrap(u.getExpression());
  const root = Node.isPropertyAccessExpression(ctor) ? unwrap(ctor.getExpression()) : ctor;
  if (!Node.isIdentifier(root)) return undefined;
  const c = clientOfIdentifier(root);
  if (c?.module !== 'undici') return undefined;
  const name = Node.isPropertyAccessExpression(ctor) ? ctor.getName() : c.imported;
  const kind = (['Client', 'Pool', 'BalancedPool', 'Agent', 'ProxyAgent', 'RetryAgent'] as const).find((k) => k === name) ?? 'other';
  return Node.isPropertyAccessExpression(ctor) ? { kind, ns: root.getText() } : { kind, named: root };
}

/** The value `target` holds: a const / let initialiser of the file, or a class field (`this.pool = new Pool(…)`). */
function heldValue(target: Node): Node | undefined {
  const t = unwrap(target);
  if (Node.isIdentifier(t)) {
    const d = findDeclaration(t, t.getText());
    return d && Node.isVariableDeclaration(d) ? d.getInitializer() : undefined;
  }
  if (!Node.isPropertyAccessExpression(t) || !Node.isThisExpression(t.getExpression())) return undefined;
  const cls = t.getFirstAncestor((a) => Node.isClassDeclaration(a) || Node.isClassExpression(a));
  if (!cls || !(Node.isClassDeclaration(cls) || Node.isClassExpression(cls))) return undefined;
  const field = cls.getProperty(t.getName())?.getInitializer();
  if (field) return field;
  let found: Node | undefined;
  cls.forEachDescendant((d, tr) => {
    if (found) return tr.stop();
    if (Node.isBinaryExpression(d) && d.getOperatorToken().getText() === '=' && d.getLeft().getText().replace(/\s+/g, '') === `this.${t.getName()}`) found = d.getRight();
  });
  return found;
}

/** `pool.request({ path, … })` through an undici dispatcher of this file, or undefined. */
export function undiciDispatcherCall(call: CallExpression, callee: PropertyAccessExpression): HttpCall | undefined {
  if (callee.getName() !== 'request' || !fileSpells(call.getSourceFile().compilerNode, 'undici')) return undefined;
  const held = heldValue(callee.getExpression());
  const cls = held && undiciClass(held);
  if (!cls || cls.kind === 'other') return undefined;
  const args = call.getArguments();
  const options = optionsObject(args[0]);
  const url = prop(options, 'path');
  if (!options || !url) return undefined;
  const ctorArgs = (unwrap(held!) as import('ts-morph').NewExpression).getArguments();
  const pooled = cls.kind === 'Client' || cls.kind === 'Pool' || cls.kind === 'BalancedPool';
  // A BalancedPool's upstreams: `new BalancedPool([origin])` (an array literal) or one origin string.
  const upstreams = cls.kind === 'BalancedPool' && ctorArgs[0] && Node.isArrayLiteralExpression(unwrap(ctorArgs[0])) ? (unwrap(ctorArgs[0]) as import('ts-morph').ArrayLiteralExpression).getElements() : undefined;
  const base = pooled ? (upstreams ? upstreams[0] : ctorArgs[0]) : prop(options, 'origin');
  if (!base) return undefined;
  const m = prop(options, 'method');
  const problems: string[] = [];
  // A callback or handler argument: not the promise form the reads follow.
  if (args.length > 1) problems.push('it takes a callback');
  // A RetryAgent resends a PUT (RetryHandler's default methods include it; every KYX account PUT starts a workflow
  // execution), and sends to its inner dispatcher's origin when that is a Client or Pool: only a GET through a RetryAgent
  // over an Agent is proven (the retrieval).
  if (cls.kind === 'RetryAgent' && literalMethod(m) !== 'GET') problems.push('a RetryAgent resends a PUT (RetryHandler retries PUT by default; every KYX account PUT starts a new workflow execution): send it through the RetryAgent\'s inner dispatcher');
  else if (cls.kind === 'RetryAgent' && !['Agent', 'ProxyAgent'].includes(innerKind(ctorArgs[0]) ?? '')) problems.push('its RetryAgent wraps a dispatcher that is not a plain Agent (a Client or Pool sends to its own origin)');
  if (cls.kind === 'BalancedPool' && (!upstreams || upstreams.length !== 1)) problems.push('a BalancedPool spreads its calls over several origins');
  const h = prop(options, 'headers');
  if (h && !headersOf(options)) problems.push('its headers are not an object literal (an array of pairs, or built elsewhere)');
  if (options.getProperties().some((p) => Node.isSpreadAssignment(p))) problems.push('its options spread another object');
  const http: HttpCall = {
    client: 'undici-client', call, url, base,
    method: m ? literalMethod(m) : undefined, methodNode: m, options,
    body: bodySite(prop(options, 'body')), headers: headersOf(options),
    response: 'undici', jsonResponse: true,
    unproven: problems.length ? `an undici ${cls.kind}.request call the codemod cannot migrate whole: ${problems.join('; ')}` : undefined,
  };
  http.placeUrl = pooled ? (u, edits) => leavePool(http, cls, u.full, edits) : (u, edits) => {
    edits.replaceNode(base, u.origin, 'origin → KYX');
    edits.replaceNode(url, u.path, 'path → KYX');
  };
  return http;
}

/** The undici class of a dispatcher argument: `new Agent(…)`, or a const of the file holding one. */
function innerKind(arg: Node | undefined): Kind | undefined {
  const held = arg && (Node.isIdentifier(unwrap(arg)) ? heldValue(arg) : arg);
  return held ? undiciClass(held)?.kind : undefined;
}

/** `pool.request({ path, … })` → `request(url, { … })` (undici types its options without `path`), `request`
 * imported from undici beside the pool's class. */
function leavePool(http: HttpCall, cls: { ns?: string; named?: Node }, full: string, edits: EditSet): void {
  const callee = http.call.getExpression();
  const fn = cls.ns ? `${cls.ns}.request` : importRequest(cls.named!, edits);
  edits.replaceNode(callee, fn, 'the call leaves the legacy pool: undici\'s request() with the KYX URL');
  const first = http.call.getArguments()[0]!;
  edits.insertAt(first, first.getStart(), `${full}, `, 'KYX URL');
  const path = http.url.getParentOrThrow();
  const props = http.options!.getProperties();
  const i = props.indexOf(path as never);
  const [start, end] = i < props.length - 1 ? [path.getStart(), props[i + 1]!.getStart()] : i > 0 ? [props[i - 1]!.getEnd(), path.getEnd()] : [path.getStart(), path.getEnd()];
  edits.replaceRange(path, start, end, '', 'path: in the KYX URL');
}

/** The local name of undici's `request`, added to the import (or require) that binds the pool's class. */
function importRequest(ctorName: Node, edits: EditSet): string {
  const sf = ctorName.getSourceFile();
  const decl = findDeclaration(ctorName, ctorName.getText());
  // A name the file already binds (a route handler's `request` parameter…), not a property name (`pool.request`).
  const taken = (n: string) => sf.getDescendantsOfKind(SyntaxKind.Identifier).some((id) => {
    if (id.getText() !== n) return false;
    const p = id.getParent();
    return !((Node.isPropertyAccessExpression(p) && p.getNameNode() === id) || (Node.isPropertyAssignment(p) && p.getNameNode() === id));
  });
  if (decl && Node.isImportSpecifier(decl)) {
    const existing = decl.getImportDeclaration().getNamedImports().find((s) => s.getName() === 'request');
    if (existing) return existing.getAliasNode()?.getText() ?? 'request';
    const local = taken('request') ? 'undiciRequest' : 'request';
    const last = decl.getImportDeclaration().getNamedImports().at(-1)!;
    edits.insertAt(last, last.getEnd(), local === 'request' ? ', request' : ', request as undiciRequest', 'undici request() imported');
    return local;
  }
  if (decl && Node.isBindingElement(decl)) {
    const pattern = decl.getParent();
    const existing = Node.isObjectBindingPattern(pattern) ? pattern.getElements().find((el) => (el.getPropertyNameNode()?.getText() ?? el.getName()) === 'request') : undefined;
    if (existing) return existing.getName();
    const local = taken('request') ? 'undiciRequest' : 'request';
    const last = Node.isObjectBindingPattern(pattern) ? pattern.getElements().at(-1)! : decl;
    edits.insertAt(last, last.getEnd(), local === 'request' ? ', request' : ', request: undiciRequest', 'undici request() required');
    return local;
  }
  throw new Error('the undici import of the pool could not be extended with request');
}

/** undici.request / fetch with a `dispatcher` option: a pool sends to its own origin, a retrying one resends a PUT. */
export function dispatcherProblem(http: HttpCall | undefined): HttpCall | undefined {
  const d = http && prop(http.options, 'dispatcher');
  if (!http || !d) return http;
  const held = Node.isIdentifier(unwrap(d)) ? heldValue(d) : d;
  const cls = held && undiciClass(held);
  if (cls && (cls.kind === 'Agent' || cls.kind === 'ProxyAgent')) return http;
  return { ...http, unproven: `the call is sent through a dispatcher of its own (${d.getText()}), which may have its own origin (a Client or Pool) or resend the PUT (a RetryAgent, or an Agent composed with the retry interceptor)` };
}
