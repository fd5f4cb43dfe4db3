// wretch's call shape: a chain from `wretch(url)` — or from a const instance built by one
// (`const api = wretch(base).auth(basic)`) — through `.url(path)`, `.auth(header)`, `.headers({…})`,
// `.content(type)`, `.accept(type)` to a method call with its body (`.post(body)`, an object sent as JSON), then
// `.json()`, which resolves to the parsed body. wretch joins `.url()` parts by plain concatenation; `.url(u, true)`
// replaces the whole URL and a later `.auth()` replaces the Authorization header (wretch 1.x and 2.x, checked on a
// loopback server), so a migrated call overrides a shared instance's base URL and credentials in its own chain
// without touching the instance. Any other link (middlewares, options, catchers, addons, a body given as a second
// argument) leaves the chain unrecognised, as before.
import { Node, type CallExpression } from '#ts-morph';
import type { EditSet } from './edit-set.js';
import { unwrap } from './eval-context.js';
import { bodySite } from './http-call-forms.js';
import type { HttpCall } from './http-calls.js';
import { lineIndent } from './object-edits.js';
import { findDeclaration } from './resolve-binding.js';

const LINKS = new Set(['url', 'auth', 'headers', 'content', 'accept']);

interface Link { name: string; call: CallExpression; shared: boolean }

/** The links of the chain below `target` (innermost first) and the `wretch(…)` call it starts from. */
function chainOf(target: Node, isRoot: (c: CallExpression) => boolean): { root: CallExpression; links: Link[]; instance?: Node } | undefined {
  const links: Link[] = [];
  let shared = false;
  let instance: Node | undefined;
  let e = unwrap(target);
  for (let depth = 0; depth < 20; depth++) {
    if (Node.isIdentifier(e)) {
      // A const instance of this file; its links are shared with every other call through it.
      if (shared) return undefined;
      const d = findDeclaration(e, e.getText());
      const init = d && Node.isVariableDeclaration(d) && d.getVariableStatement()?.getDeclarationKind() === 'const' ? d.getInitializer() : undefined;
      if (!init) return undefined;
      shared = true;
      instance = init;
      e = unwrap(init);
      continue;
    }
    if (!Node.isCallExpression(e)) return undefined;
    if (isRoot(e)) return { root: e, links: links.reverse(), instance };
    const pa = e.getExpression();
    if (!Node.isPropertyAccessExpression(pa) || !LINKS.has(pa.getName())) return undefined;
    links.push({ name: pa.getName(), call: e, shared });
    e = unwrap(pa.getExpression());
  }
  return undefined;
}

/** `….post(body).json()` of a wretch chain, or undefined. `isRoot` tells a `wretch(…)` call. */
export function wretchChain(start: CallExpression, member: string, isRoot: (c: CallExpression) => boolean): HttpCall | undefined {
  const callee = start.getExpression();
  if (!Node.isPropertyAccessExpression(callee)) return undefined;
  const args = start.getArguments();
  // wretch 2's `.post(body, url)` appends a URL part; a GET / DELETE takes none.
  if (args.length > 1 || (!['post', 'put', 'patch'].includes(member) && args.length)) return undefined;
  const chain = chainOf(callee.getExpression(), isRoot);
  if (!chain) return undefined;
  const pa = start.getParent();
  const json = pa?.getParent();
  if (!Node.isPropertyAccessExpression(pa) || pa.getName() !== 'json' || !Node.isCallExpression(json) || json.getArguments().length) return undefined;
  const [rootUrl, rootOptions] = chain.root.getArguments();
  if (rootOptions) return undefined;
  const urls = chain.links.filter((l) => l.name === 'url');
  const own = urls.filter((l) => !l.shared);
  const sharedUrls = urls.filter((l) => l.shared);
  // One URL part from the instance (or the root) and at most one of the call's own.
  if (own.length > 1 || sharedUrls.length + (rootUrl ? 1 : 0) > 1 || urls.some((l) => l.call.getArguments().length !== 1)) return undefined;
  const ownUrl = own[0]?.call.getArguments()[0];
  const baseUrl = sharedUrls[0]?.call.getArguments()[0] ?? rootUrl;
  // The URL the call's own chain can edit: its `.url()` part, or the root of a chain that is not a shared instance.
  const url = ownUrl ?? (chain.instance ? undefined : baseUrl);
  if (!url) return undefined;
  return {
    client: 'wretch', call: json, url, base: ownUrl ? baseUrl : undefined,
    method: member.toUpperCase(), methodNode: callee.getNameNode(),
    body: args[0] ? bodySite(args[0]) : undefined,
    chainCalls: chain.links.filter((l) => !l.shared).map((l) => l.call),
    instanceConfig: chain.instance,
    response: 'request-promise', jsonResponse: true,
  };
}

/** Bearer auth on a migrated wretch chain: the call's own `.auth(…)` (or `.headers({ Authorization })`) gets the
 * Bearer header, else `.auth(…)` is added before the method call; a `.url(path)` joined to a base gets `, true` (the
 * KYX URL replaces the base instead of being appended to it). Returns the legacy credential ranges now gone. */
export function wretchAuth(http: HttpCall, bearer: string, edits: EditSet): { problems: string[]; dead: [number, number][] } {
  const dead: [number, number][] = [];
  if (http.base) edits.insertAt(http.url, http.url.getEnd(), ', true', 'the KYX URL replaces the client\'s base URL');
  let done = false;
  for (const c of http.chainCalls ?? []) {
    const name = (c.getExpression() as import('ts-morph').PropertyAccessExpression).getName();
    const [a0] = c.getArguments();
    if (name === 'auth' && a0 && !done) {
      edits.replaceNode(a0, bearer, 'Authorization: Basic → Bearer (KYX OAuth2 token)');
      dead.push([a0.getStart(), a0.getEnd()]);
      done = true;
    } else if (name === 'headers' && a0 && Node.isObjectLiteralExpression(a0)) {
      const auth = a0.getProperties().find((p) => Node.isPropertyAssignment(p) && /^['"]?authorization['"]?$/i.test(p.getNameNode().getText()));
      if (auth && Node.isPropertyAssignment(auth)) {
        if (done) return { problems: ['could not set one Authorization header: the chain sets it twice'], dead };
        const init = auth.getInitializerOrThrow();
        edits.replaceNode(init, bearer, 'Authorization: Basic → Bearer (KYX OAuth2 token)');
        dead.push([init.getStart(), init.getEnd()]);
        done = true;
      }
    } else if (name === 'headers' || (name === 'auth' && done)) {
      // A headers object (or a second auth) the codemod cannot read may set Authorization after the Bearer one.
      return { problems: ['could not set the Authorization header: the chain sets headers the codemod cannot read'], dead };
    }
  }
  if (!done) {
    const method = http.methodNode!.getParent() as import('ts-morph').PropertyAccessExpression;
    const before = method.getExpression();
    // A chain written one link per line gets the new link on its own line, indented like the method's.
    const own = before.getEndLineNumber() !== method.getNameNode().getStartLineNumber();
    edits.insertAt(before, before.getEnd(), `${own ? `\n${lineIndent(method.getNameNode())}` : ''}.auth(${bearer})`, 'Authorization: Bearer (KYX OAuth2 token)');
  }
  return { problems: [], dead };
}
