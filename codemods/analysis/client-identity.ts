// Which HTTP client an identifier stands for, from its import / require source (or a global such as fetch).
import { Node, SyntaxKind, ts, type SourceFile } from '#ts-morph';
import { unwrap } from './eval-context.js';
import { findDeclaration } from './resolve-binding.js';
import { rawDescendantsOfKinds, wrapRaw } from '../engine/descendants.js';
import { declaredNames } from './declared-names.js';
import { soleAssignedValue } from './sole-assignment.js';
import { privateConstructorArgument } from './private-constructor-arg.js';
import { fileSpells } from './file-spells.js';

export type ClientModule = 'fetch' | 'undici' | 'axios' | 'request' | 'request-promise' | 'superagent' | 'got' | 'ofetch' | 'needle' | 'wretch' |
  'node-http' | 'node-plain-http' | 'web-request' |
  // urllib (Egg / Midway's HttpClient, egg-curl-calls.ts), undici's Client / Pool / Agent (undici-client-calls.ts),
  // @hapi/wreck and bent (wreck-bent-calls.ts).
  'urllib' | 'egg-curl' | 'undici-client' | 'wreck' | 'bent';

const MODULES: Record<string, ClientModule> = {
  axios: 'axios',
  request: 'request',
  'request-promise': 'request-promise',
  'request-promise-native': 'request-promise',
  'request-promise-any': 'request-promise',
  superagent: 'superagent',
  got: 'got',
  // ky has got's call shape (same author): ky.post(url, { json, headers, searchParams, timeout }), .json() on the promise.
  ky: 'got',
  undici: 'undici',
  'node-fetch': 'fetch',
  'cross-fetch': 'fetch',
  'isomorphic-fetch': 'fetch',
  'isomorphic-unfetch': 'fetch',
  'node-fetch-native': 'fetch',
  // Meteor's fetch package re-exports WHATWG fetch (node-fetch on the server).
  'meteor/fetch': 'fetch',
  // ofetch (Nuxt/Nitro's $fetch; ohmyfetch is its former name): fetch's arguments, the parsed body as the result.
  ofetch: 'ofetch',
  ohmyfetch: 'ofetch',
  // needle(method, url, data, options[, callback]) and needle.post(url, data, options[, callback]).
  needle: 'needle',
  // wretch(url).auth(…).url(path).post(body).json() (wretch-form.ts).
  wretch: 'wretch',
  // Node's own client: https.request / https.get (node-http-calls.ts); http is the same without TLS.
  https: 'node-http',
  'node:https': 'node-http',
  http: 'node-plain-http',
  'node:http': 'node-plain-http',
  // web-request (a promise wrapper of request): `request.json<T>(uri, options)` (web-request-calls.ts).
  'web-request': 'web-request',
  urllib: 'urllib',
  '@hapi/wreck': 'wreck',
  wreck: 'wreck',
  bent: 'bent',
};

/** The client a module specifier names: the package itself, or Deno's way of naming an npm package
 * (`npm:axios@1.6.8`, `https://esm.sh/got@14`); a version and a trailing `/` path are dropped. */
function moduleOf(spec: string): ClientModule | undefined {
  if (Object.hasOwn(MODULES, spec)) return MODULES[spec];
  const m = /^(?:npm:|https:\/\/esm\.sh\/)([a-z][\w.-]*)(?:@[^/]*)?\/?$/.exec(spec);
  return m && Object.hasOwn(MODULES, m[1]!) ? MODULES[m[1]!] : undefined;
}

/** Names that mean the client when nothing in the file declares them (globals, script tags). */
const GLOBAL_NAMES: Record<string, ClientModule> = { fetch: 'fetch', axios: 'axios', superagent: 'superagent', $fetch: 'ofetch' };
/** The binding a global name stands for: `$fetch` is auto-imported by Nuxt and Nitro (ofetch's `$fetch`). */
const GLOBAL_IMPORTED: Record<string, string> = { fetch: 'fetch', $fetch: '$fetch' };

/** A name that stands for a client even when the file declares nothing by that name. */
export const isGlobalClientName = (name: string): boolean => Object.hasOwn(GLOBAL_NAMES, name);

export interface ClientBinding {
  module: ClientModule;
  /** The imported name: 'default', a named import ('request', 'fetch'), or '*' for a namespace. */
  imported: string;
}

function requireSource(init: Node): { spec: string; prop?: string } | undefined {
  let e = unwrap(init);
  let prop: string | undefined;
  if (Node.isPropertyAccessExpression(e)) {
    prop = e.getName();
    e = unwrap(e.getExpression());
  }
  // `await import('got')` (a client loaded lazily) binds the module like require: `{ default: got }`, `.default`.
  if (Node.isAwaitExpression(e)) e = unwrap(e.getExpression());
  if (Node.isCallExpression(e) && (e.getExpression().getText() === 'require' || e.getExpression().getKind() === SyntaxKind.ImportKeyword)) {
    const a = e.getArguments()[0];
    if (a && Node.isStringLiteral(a)) return { spec: a.getLiteralValue(), prop };
  }
  return undefined;
}

/** Whether any string literal of the file is a client module name (`'axios'`, `"got"`…): without one, no import
 * or require can bind a client, so only the global names need the declaration lookup. Cached per parse. */
const mentionsClient = new WeakMap<ts.SourceFile, boolean>();
const STRINGS = new Set([ts.SyntaxKind.StringLiteral, ts.SyntaxKind.NoSubstitutionTemplateLiteral]);
export function fileMentionsClientModule(sf: SourceFile): boolean {
  const raw = sf.compilerNode;
  let hit = mentionsClient.get(raw);
  if (hit === undefined) {
    hit = rawDescendantsOfKinds(raw, STRINGS).some((n) => moduleOf((n as ts.StringLiteralLike).text) !== undefined &&
      (!BARE_NODE_MODULES.has((n as ts.StringLiteralLike).text) || isModuleSpecifier(n)));
    mentionsClient.set(raw, hit);
  }
  return hit;
}

/** 'http' / 'https' are common strings (`url.startsWith('http')`): they mention a client only as a module name. */
const BARE_NODE_MODULES = new Set(['http', 'https']);
function isModuleSpecifier(n: ts.Node): boolean {
  const p = n.parent;
  return ts.isImportDeclaration(p) || ts.isExternalModuleReference(p) || ts.isExportDeclaration(p) ||
    (ts.isCallExpression(p) && (p.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(p.expression) && p.expression.text === 'require')));
}

/** Answers per identifier node: the answer depends only on the (immutable) parsed file, and each rule asks again
 * for every call (the declaration lookup walks scopes and follows imports). */
const clientCache = new WeakMap<ts.Node, ClientBinding | null>();

/** The client an identifier is bound to, or undefined when it is something else. */
export function clientOfIdentifier(id: Node): ClientBinding | undefined {
  const hit = clientCache.get(id.compilerNode);
  if (hit !== undefined) return hit ? { ...hit } : undefined;
  const found = lookupClient(id);
  clientCache.set(id.compilerNode, found ? { ...found } : null);
  return found;
}

function lookupClient(id: Node): ClientBinding | undefined {
  const name = id.getText();
  if (!isGlobalClientName(name) && !fileMentionsClientModule(id.getSourceFile())) return undefined;
  // findDeclaration only ever returns a declaration of this file: a name the file does not declare has none.
  const undeclared = !name.includes('\\') && !declaredNames(id.getSourceFile().compilerNode).has(name);
  const decl = undeclared ? undefined : findDeclaration(id, name);
  if (!decl) {
    if (isGlobalClientName(name)) return { module: GLOBAL_NAMES[name]!, imported: GLOBAL_IMPORTED[name] ?? 'default' };
    return undefined;
  }
  if (Node.isImportClause(decl)) {
    const parent = decl.getParentOrThrow();
    const m = Node.isImportDeclaration(parent) ? moduleOf(parent.getModuleSpecifierValue()) : undefined;
    return m ? { module: m, imported: 'default' } : undefined;
  }
  if (Node.isImportSpecifier(decl)) {
    const m = moduleOf(decl.getImportDeclaration().getModuleSpecifierValue());
    return m ? { module: m, imported: decl.getName() } : undefined;
  }
  if (Node.isImportDeclaration(decl)) {
    const m = moduleOf(decl.getModuleSpecifierValue());
    return m ? { module: m, imported: '*' } : undefined;
  }
  if (Node.isImportEqualsDeclaration(decl)) {
    // `import axios = require('axios')`: the module object itself, like a namespace (axios.post, axios.default.post).
    const ref = decl.getModuleReference();
    const spec = Node.isExternalModuleReference(ref) ? ref.getExpression() : undefined;
    const m = spec && Node.isStringLiteral(spec) ? moduleOf(spec.getLiteralValue()) : undefined;
    return m ? { module: m, imported: '*' } : undefined;
  }
  if (Node.isVariableDeclaration(decl)) {
    const init = decl.getInitializer() ?? soleAssignedValue(decl);
    const src = init && requireSource(init);
    const m = src && moduleOf(src.spec);
    if (m) return { module: m, imported: src.prop && src.prop !== 'default' ? src.prop : 'default' };
    return undefined;
  }
  if (Node.isBindingElement(decl)) {
    if (isSvelteKitEventFetch(decl)) return { module: 'fetch', imported: 'fetch' };
    const owner = decl.getParent()?.getParent();
    const init = Node.isVariableDeclaration(owner) ? owner.getInitializer() : undefined;
    const src = init && requireSource(init);
    const m = src && moduleOf(src.spec);
    if (m) return { module: m, imported: decl.getPropertyNameNode()?.getText() ?? decl.getName() };
  }
  return undefined;
}

/** `export const POST: RequestHandler = async ({ request, fetch }) => …` in a SvelteKit server module, or
 * `const { fetch } = getRequestEvent()` (round-17 hold-out): the event's `fetch` is the web fetch (with the app's
 * cookies for relative URLs). */
function isSvelteKitEventFetch(decl: import('ts-morph').BindingElement): boolean {
  if ((decl.getPropertyNameNode()?.getText() ?? decl.getName()) !== 'fetch') return false;
  // `const { fetch } = getRequestEvent()` (getRequestEvent from '$app/server': a remote function's or a hook's event).
  const owner = decl.getParent()?.getParent();
  const init = Node.isVariableDeclaration(owner) ? owner.getInitializer() : undefined;
  const call = init && unwrap(init);
  if (call && Node.isCallExpression(call) && Node.isIdentifier(call.getExpression()) && call.getArguments().length === 0) {
    const d = findDeclaration(call.getExpression(), call.getExpression().getText());
    return !!d && Node.isImportSpecifier(d) && d.getName() === 'getRequestEvent' && d.getImportDeclaration().getModuleSpecifierValue() === '$app/server';
  }
  const param = decl.getParent()?.getParent();
  if (!Node.isParameterDeclaration(param) || param.getPreviousSiblingIfKind(SyntaxKind.Parameter)) return false;
  // The function is a route handler, a load function or a form action (`export const actions = { default: … }`).
  const fn = param.getParent();
  const holder = Node.isFunctionDeclaration(fn) ? fn : fn?.getParent();
  const name = holder && (Node.isFunctionDeclaration(holder) || Node.isVariableDeclaration(holder) || Node.isPropertyAssignment(holder) ||
    Node.isMethodDeclaration(holder)) ? holder.getName() : Node.isMethodDeclaration(fn) ? fn.getName() : undefined;
  const inActions = fn?.getFirstAncestor((a) => Node.isVariableDeclaration(a))?.getText().startsWith('actions') ?? false;
  if (!(name && /^(GET|POST|PUT|PATCH|DELETE|OPTIONS|HEAD|fallback|load)$/.test(name)) && !inActions) return false;
  return decl.getSourceFile().getImportDeclarations().some((d) => /^(@sveltejs\/kit|\.\/\$types)$/.test(d.getModuleSpecifierValue()));
}

/** An axios instance: `const api = axios.create({...})` or `this.api = axios.create({...})`. Returns the create() config. */
export function axiosInstanceConfig(target: Node): Node | undefined {
  return instanceConfig(target, 'axios', 'create');
}

/** A got instance: `const api = got.extend({...})` (or on `this`; ky: also ky.create). Returns the factory's options. */
export function gotInstanceConfig(target: Node): Node | undefined {
  // ky (got's call shape) makes instances with ky.create() as well as ky.extend().
  return instanceConfig(target, 'got', 'extend') ?? instanceConfig(target, 'got', 'create');
}

/** An ofetch instance: `const api = ofetch.create({...})` or Nuxt's `$fetch.create({...})`. Returns the options. */
export function ofetchInstanceConfig(target: Node): Node | undefined {
  return instanceConfig(target, 'ofetch', 'create');
}

/** A wreck instance: `const jumio = Wreck.defaults({ baseUrl, headers, json })`. Returns the defaults. */
export function wreckInstanceConfig(target: Node): Node | undefined {
  return instanceConfig(target, 'wreck', 'defaults');
}

/** A request / request-promise instance: `const api = request.defaults({...})`. Returns the module and options. */
export function requestInstanceConfig(target: Node): { module: 'request' | 'request-promise'; config: Node } | undefined {
  for (const module of ['request', 'request-promise'] as const) {
    const config = instanceConfig(target, module, 'defaults');
    if (config) return { module, config };
  }
  return undefined;
}

/** The first value assigned to `this.<name>` in a class (`this.api = …` or a field initialiser), on the raw tree:
 * asked for every `this.x.get(…)` call, so nothing is wrapped but the answer. */
function thisFieldValue(cls: ts.Node, name: string): ts.Node | undefined {
  let init: ts.Node | undefined;
  const visit = (d: ts.Node): void => {
    if (init) return;
    if (ts.isBinaryExpression(d) && d.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const l = d.left;
      if (ts.isPropertyAccessExpression(l) && l.expression.kind === ts.SyntaxKind.ThisKeyword && l.name.getText() === name) init = d.right;
    }
    if (!init && ts.isPropertyDeclaration(d) && d.name.getText() === name && d.initializer) init = d.initializer;
    if (!init) ts.forEachChild(d, visit);
  };
  ts.forEachChild(cls, visit);
  return init;
}

/** thisFieldValue in the class, else in the classes it extends that are declared at the top of the same file
 * (`class FaceAuth extends NetverifyClientBase`, whose `protected readonly http = axios.create(…)`). */
function inheritedFieldValue(cls: ts.ClassLikeDeclaration, name: string): ts.Node | undefined {
  const sf = cls.getSourceFile();
  for (let c: ts.ClassLikeDeclaration | undefined = cls, depth = 0; c && depth < 5; depth++) {
    const found = thisFieldValue(c, name);
    if (found) return found;
    const base: ts.Expression | undefined = c.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
    c = base && ts.isIdentifier(base)
      ? sf.statements.find((st): st is ts.ClassDeclaration => ts.isClassDeclaration(st) && st.name?.text === base.text)
      : undefined;
  }
  return undefined;
}

/** Per parsed file: does its text spell `factory` (or a unicode escape that could)? Asked for every HTTP call. */
export function mayCreateInstances(sf: ts.SourceFile, factory: string): boolean {
  return fileSpells(sf, factory) || fileSpells(sf, '\\u');
}

export function instanceConfig(target: Node, module: ClientModule, factory: string): Node | undefined {
  // The instance is created in this file by `<client>.<factory>(…)`: a file that never spells the factory's name
  // (nor a unicode escape that could) has none, and the class walk below is skipped.
  if (!mayCreateInstances(target.getSourceFile().compilerNode, factory)) return undefined;
  const init = instanceInitializer(target);
  if (!init) return undefined;
  const call = unwrap(init);
  if (!Node.isCallExpression(call)) return undefined;
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || callee.getName() !== factory) return undefined;
  const root = callee.getExpression();
  if (!Node.isIdentifier(root) || clientOfIdentifier(root)?.module !== module) return undefined;
  return call.getArguments()[0] ?? call;
}

/** The value a client instance held in `target` was made by: a const's initialiser, or the first value given to
 * `this.<name>` in the class (or a class it extends in the file). */
export function instanceInitializer(target: Node): Node | undefined {
  const t = unwrap(target);
  let init: Node | undefined;
  if (Node.isIdentifier(t)) {
    const decl = findDeclaration(t, t.getText());
    if (Node.isVariableDeclaration(decl)) init = decl.getInitializer();
  } else if (Node.isPropertyAccessExpression(t) && Node.isThisExpression(t.getExpression())) {
    const cls = t.getFirstAncestor((a) => Node.isClassDeclaration(a) || Node.isClassExpression(a));
    const found = cls && inheritedFieldValue(cls.compilerNode as ts.ClassLikeDeclaration, t.getName());
    const arg = cls && !found ? privateConstructorArgument(cls.compilerNode as ts.ClassLikeDeclaration, t.getName()) : undefined;
    if (found) init = wrapRaw(t.getSourceFile(), found);
    else if (arg) init = ts.isIdentifier(arg) ? instanceInitializer(wrapRaw(t.getSourceFile(), arg)) : wrapRaw(t.getSourceFile(), arg);
  }
  return init;
}
