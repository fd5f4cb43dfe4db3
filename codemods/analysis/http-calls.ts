// Recognition of HTTP client calls and of where their URL, method, body, headers and auth live:
// fetch (global, node-fetch, undici), undici.request, axios (shorthands, config form, request, instances),
// request / request-promise, superagent chains, got.
import { Node, SyntaxKind, ts, type CallExpression, type ObjectLiteralExpression, type SourceFile } from 'ts-morph';
import { descendantsOfKinds } from '../engine/descendants.js';
import { unwrap } from './eval-context.js';
import { axiosInstanceConfig, clientOfIdentifier, gotInstanceConfig, requestInstanceConfig, type ClientModule } from './client-identity.js';
import { propertyKey, resolveObjectLiteralInFile, variableOf } from './object-literals.js';

/** How the parsed JSON body is reached from the call's result (see response-flow.ts). */
export type ResponseShape =
  | 'fetch' // Promise<Response>: await res.json()
  | 'undici' // Promise<{ body }>: await body.json()
  | 'axios' // Promise<{ data }>
  | 'request-callback' // callback (err, response, body)
  | 'request-promise' // Promise<body> (string unless json)
  | 'superagent' // thenable res: res.body
  | 'got'; // Promise<res>: res.body (json when responseType json); .json() on the promise

export interface BodySite {
  /** The body value expression as written (maybe `JSON.stringify(x)`). */
  node: Node;
  /** The object expression inside JSON.stringify, or the node itself. */
  value: Node;
  stringified: boolean;
}

export interface HttpCall {
  client: ClientModule | 'axios-instance';
  /** The expression whose value is the request's result (for superagent the whole chain). */
  call: CallExpression;
  url: Node;
  /** The base URL the client joins the URL to (axios instance baseURL, request baseUrl, got prefixUrl). */
  base?: Node;
  method?: string;
  /** The node spelling the method: a string literal in a config, or the member name of a shorthand. */
  methodNode?: Node;
  /** The options object (fetch init, axios config, request options, got options). */
  options?: ObjectLiteralExpression;
  /** Where a new option would go when `options` is absent: insert `, {…}` after this argument. */
  optionsAfter?: Node;
  body?: BodySite;
  headers?: ObjectLiteralExpression;
  /** superagent `.set(...)` calls and `.auth(...)` call. */
  chainCalls?: CallExpression[];
  /** The config object of `axios.create(...)` for instances. */
  instanceConfig?: Node;
  response: ResponseShape;
  /** request: whether `json` is set (the body is then parsed); got: responseType json. */
  jsonResponse: boolean;
}

const SHORTHANDS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];

function prop(obj: ObjectLiteralExpression | undefined, name: string): Node | undefined {
  if (!obj) return undefined;
  for (const p of obj.getProperties()) {
    if (Node.isPropertyAssignment(p) && propertyKey(p.getNameNode()) === name) return p.getInitializerOrThrow();
    if (Node.isShorthandPropertyAssignment(p) && p.getName() === name) return p.getNameNode();
  }
  return undefined;
}

function bodySite(node: Node | undefined): BodySite | undefined {
  if (!node) return undefined;
  let u = unwrap(node);
  // `const data = JSON.stringify(payload); …body: data`
  const held = variableOf(u)?.getInitializer();
  if (held && Node.isCallExpression(unwrap(held))) u = unwrap(held);
  if (Node.isCallExpression(u) && u.getExpression().getText().replace(/^(window|globalThis)\./, '') === 'JSON.stringify') {
    const arg = u.getArguments()[0];
    if (arg) return { node, value: arg, stringified: true };
  }
  return { node, value: node, stringified: false };
}

function literalMethod(n: Node | undefined): string | undefined {
  const u = n && unwrap(n);
  return u && (Node.isStringLiteral(u) || Node.isNoSubstitutionTemplateLiteral(u)) ? u.getLiteralValue().toUpperCase() : undefined;
}

function optionsObject(n: Node | undefined): ObjectLiteralExpression | undefined {
  return n ? resolveObjectLiteralInFile(n) : undefined;
}

function headersOf(options: ObjectLiteralExpression | undefined): ObjectLiteralExpression | undefined {
  const h = prop(options, 'headers');
  if (!h) return undefined;
  const u = unwrap(h);
  if (Node.isNewExpression(u) && u.getExpression().getText() === 'Headers') {
    const a = u.getArguments()[0];
    return a ? optionsObject(a) : undefined;
  }
  return optionsObject(h);
}

/** A cheap test on a raw call node that is true whenever recogniseHttpCall could return something for it (its
 * callee, past parentheses and type assertions, is an identifier or a `.fetch` / `.request` / shorthand member):
 * callers that scan every call of a file wrap only these. */
export function mayBeHttpCall(n: ts.Node): boolean {
  if (!ts.isCallExpression(n)) return false;
  let e: ts.Node = n.expression;
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e) || ts.isSatisfiesExpression(e) ||
    ts.isTypeAssertionExpression(e)) e = e.expression;
  if (ts.isIdentifier(e)) return true;
  if (!ts.isPropertyAccessExpression(e)) return false;
  const member = e.name.text;
  return member === 'fetch' || member === 'request' || SHORTHANDS.includes(member);
}

/** Every call of `sf` that may be an HTTP request (mayBeHttpCall), in document order. */
export function possibleHttpCalls(sf: SourceFile): CallExpression[] {
  return descendantsOfKinds(sf, CALL_KIND, mayBeHttpCall) as CallExpression[];
}
const CALL_KIND = new Set([SyntaxKind.CallExpression]);

/** Recognise `call` as a request of a known client. Returns undefined for everything else. */
export function recogniseHttpCall(call: CallExpression): HttpCall | undefined {
  const callee = unwrap(call.getExpression());
  const args = call.getArguments();
  // fn(...) forms
  if (Node.isIdentifier(callee)) {
    const c = clientOfIdentifier(callee);
    if (!c) return undefined;
    if (c.module === 'fetch' || (c.module === 'undici' && c.imported === 'fetch')) return fetchLike(call, 'fetch');
    if (c.module === 'undici' && c.imported === 'request') return fetchLike(call, 'undici');
    if (c.module === 'axios' && c.imported === 'default') return axiosConfigForm(call, 'axios');
    if ((c.module === 'request' || c.module === 'request-promise') && c.imported === 'default') return requestForm(call, c.module, undefined);
    if (c.module === 'got' && c.imported === 'default') return gotForm(call, undefined);
    return undefined;
  }
  if (!Node.isPropertyAccessExpression(callee)) return undefined;
  const member = callee.getName();
  // Every member form below needs one of these names; rejecting the rest first skips the client lookup (a symbol
  // lookup and, for `this.x.get(…)`, class walks) on the many `console.log` / `res.json` / `map.has` calls.
  if (member !== 'fetch' && member !== 'request' && !SHORTHANDS.includes(member)) return undefined;
  const target = unwrap(callee.getExpression());
  const owner = Node.isIdentifier(target) ? clientOfIdentifier(target) : undefined;
  if (owner?.module === 'fetch' && member === 'fetch') return fetchLike(call, 'fetch');
  if (Node.isIdentifier(target) && ['globalThis', 'window', 'self'].includes(target.getText()) && member === 'fetch') {
    return fetchLike(call, 'fetch');
  }
  if (owner?.module === 'undici' && owner.imported === '*' || (owner?.module === 'undici' && owner.imported === 'default')) {
    if (member === 'request') return fetchLike(call, 'undici');
    if (member === 'fetch') return fetchLike(call, 'fetch');
    return undefined;
  }
  if (owner?.module === 'axios') {
    if (member === 'request') return axiosConfigForm(call, 'axios');
    if (SHORTHANDS.includes(member)) return axiosShorthand(call, 'axios', member, undefined);
    return undefined;
  }
  if (owner?.module === 'request' || owner?.module === 'request-promise') {
    if (SHORTHANDS.includes(member)) return requestForm(call, owner.module, member);
    return undefined;
  }
  if (owner?.module === 'got' && SHORTHANDS.includes(member)) return gotForm(call, member);
  if (owner?.module === 'superagent' && SHORTHANDS.includes(member)) return superagentChain(call, member);
  if (owner === undefined && (SHORTHANDS.includes(member) || member === 'request')) {
    const cfg = axiosInstanceConfig(target);
    const gotCfg = cfg ? undefined : gotInstanceConfig(target);
    if (gotCfg && SHORTHANDS.includes(member)) {
      // A got.extend() instance: its prefixUrl is the base; its options (credentials…) reach every call.
      const r = gotForm(call, member);
      if (r) {
        r.instanceConfig = gotCfg;
        r.base ??= prop(optionsObject(gotCfg), 'prefixUrl');
      }
      return r;
    }
    const reqCfg = cfg ? undefined : requestInstanceConfig(target);
    if (reqCfg && SHORTHANDS.includes(member)) {
      // A request.defaults() instance: its baseUrl is the base; its options (auth…) reach every call.
      const r = requestForm(call, reqCfg.module, member);
      if (r) {
        r.instanceConfig = reqCfg.config;
        r.base ??= prop(optionsObject(reqCfg.config), 'baseUrl');
      }
      return r;
    }
    if (!cfg) {
      // NestJS HttpService (an axios wrapper returning Observables; awaited through firstValueFrom/lastValueFrom).
      return isNestHttpService(target) && SHORTHANDS.includes(member) ? axiosShorthand(call, 'axios', member, undefined) : undefined;
    }
    const r = member === 'request' ? axiosConfigForm(call, 'axios-instance') : axiosShorthand(call, 'axios-instance', member, cfg);
    if (r) {
      r.instanceConfig = cfg;
      r.base ??= prop(optionsObject(cfg), 'baseURL');
    }
    return r;
  }
  void args;
  return undefined;
}

function fetchLike(call: CallExpression, kind: 'fetch' | 'undici'): HttpCall | undefined {
  const [url, init] = call.getArguments();
  if (!url) return undefined;
  const options = optionsObject(init);
  const m = prop(options, 'method');
  return {
    client: kind === 'fetch' ? 'fetch' : 'undici',
    call,
    url,
    method: m ? literalMethod(m) : 'GET',
    methodNode: m,
    options,
    optionsAfter: init ? undefined : url,
    body: bodySite(prop(options, 'body')),
    headers: headersOf(options),
    response: kind,
    jsonResponse: true,
  };
}

function axiosConfigForm(call: CallExpression, client: 'axios' | 'axios-instance'): HttpCall | undefined {
  const [a0, a1] = call.getArguments();
  if (!a0) return undefined;
  const first = unwrap(a0);
  const urlFirst = !Node.isObjectLiteralExpression(first) && !optionsObject(first);
  const options = optionsObject(urlFirst ? a1 : a0);
  const url = urlFirst ? a0 : prop(options, 'url');
  if (!url) return undefined;
  const m = prop(options, 'method');
  return {
    client, call, url, base: prop(options, 'baseURL'),
    method: m ? literalMethod(m) : 'GET', methodNode: m, options,
    optionsAfter: urlFirst && !a1 ? a0 : undefined,
    body: bodySite(prop(options, 'data')), headers: headersOf(options),
    response: 'axios', jsonResponse: true,
  };
}

function axiosShorthand(call: CallExpression, client: 'axios' | 'axios-instance', member: string, _cfg: Node | undefined): HttpCall | undefined {
  const args = call.getArguments();
  const withData = ['post', 'put', 'patch'].includes(member);
  const [url] = args;
  if (!url) return undefined;
  const data = withData ? args[1] : undefined;
  const cfgArg = withData ? args[2] : args[1];
  const options = optionsObject(cfgArg);
  const callee = call.getExpression();
  return {
    client, call, url, base: prop(options, 'baseURL'),
    method: member.toUpperCase(), methodNode: Node.isPropertyAccessExpression(callee) ? callee.getNameNode() : undefined,
    options, optionsAfter: cfgArg ? undefined : (data ?? url),
    body: bodySite(data), headers: headersOf(options),
    response: 'axios', jsonResponse: true,
  };
}

function requestForm(call: CallExpression, module: 'request' | 'request-promise', member: string | undefined): HttpCall | undefined {
  const args = call.getArguments();
  const a0 = args[0];
  if (!a0) return undefined;
  const first = unwrap(a0);
  const urlFirst = Node.isStringLiteral(first) || Node.isTemplateExpression(first) || Node.isNoSubstitutionTemplateLiteral(first) ||
    (!Node.isObjectLiteralExpression(first) && !optionsObject(first));
  const options = optionsObject(urlFirst ? args[1] : a0);
  const url = urlFirst ? a0 : (prop(options, 'uri') ?? prop(options, 'url'));
  if (!url) return undefined;
  const m = member ? undefined : prop(options, 'method');
  const jsonOpt = prop(options, 'json');
  const body = prop(options, 'body') ?? (jsonOpt && Node.isObjectLiteralExpression(unwrap(jsonOpt)) ? jsonOpt : undefined) ?? prop(options, 'json');
  const jsonResponse = !!jsonOpt && unwrap(jsonOpt).getKind() !== SyntaxKind.FalseKeyword;
  const callee = call.getExpression();
  return {
    client: module, call, url, base: prop(options, 'baseUrl'),
    method: member ? member.toUpperCase() : m ? literalMethod(m) : 'GET',
    methodNode: member && Node.isPropertyAccessExpression(callee) ? callee.getNameNode() : m,
    options, optionsAfter: options ? undefined : a0,
    body: body && body !== jsonOpt ? bodySite(body) : body ? { node: body, value: body, stringified: false } : undefined,
    headers: headersOf(options),
    response: module === 'request' ? 'request-callback' : 'request-promise',
    jsonResponse,
  };
}

function gotForm(call: CallExpression, member: string | undefined): HttpCall | undefined {
  const [url, o] = call.getArguments();
  if (!url) return undefined;
  const options = optionsObject(o);
  const m = member ? undefined : prop(options, 'method');
  const callee = call.getExpression();
  const json = prop(options, 'json');
  const rt = prop(options, 'responseType');
  return {
    client: 'got', call, url, base: prop(options, 'prefixUrl'),
    method: member ? member.toUpperCase() : m ? literalMethod(m) : 'GET',
    methodNode: member && Node.isPropertyAccessExpression(callee) ? callee.getNameNode() : m,
    options, optionsAfter: o ? undefined : url,
    body: json ? { node: json, value: json, stringified: false } : bodySite(prop(options, 'body')),
    headers: headersOf(options), response: 'got',
    jsonResponse: !!rt && literalMethod(rt) === 'JSON',
  };
}

/** `superagent.post(url).set(...).auth(...).send(body)…`: the whole chain is the request. */
function superagentChain(start: CallExpression, member: string): HttpCall | undefined {
  const url = start.getArguments()[0];
  if (!url) return undefined;
  let outer: CallExpression = start;
  const chainCalls: CallExpression[] = [];
  let body: BodySite | undefined;
  for (;;) {
    const pa = outer.getParent();
    const c = pa?.getParent();
    if (!Node.isPropertyAccessExpression(pa) || !Node.isCallExpression(c) || c.getExpression() !== pa) break;
    const name = pa.getName();
    if (name === 'then' || name === 'end' || name === 'catch') break;
    if (name === 'send') body = bodySite(c.getArguments()[0]);
    chainCalls.push(c);
    outer = c;
  }
  const callee = start.getExpression();
  return {
    client: 'superagent', call: outer, url, method: member.toUpperCase(),
    methodNode: Node.isPropertyAccessExpression(callee) ? callee.getNameNode() : undefined,
    body, chainCalls, response: 'superagent', jsonResponse: true,
  };
}

/** `this.http` where the class receives `http: HttpService` from @nestjs/axios (or the older @nestjs/common). */
function isNestHttpService(target: Node): boolean {
  if (!Node.isPropertyAccessExpression(target) || !Node.isThisExpression(target.getExpression())) return false;
  const cls = target.getFirstAncestor((a) => Node.isClassDeclaration(a));
  if (!cls || !Node.isClassDeclaration(cls)) return false;
  const name = target.getName();
  const typeName = cls.getConstructors()[0]?.getParameters().find((p) => p.getName() === name)?.getTypeNode()?.getText() ??
    cls.getProperty(name)?.getTypeNode()?.getText();
  if (typeName !== 'HttpService') return false;
  return cls.getSourceFile().getImportDeclarations().some((d) => /^@nestjs\/(axios|common)$/.test(d.getModuleSpecifierValue()) &&
    d.getNamedImports().some((n) => n.getName() === 'HttpService'));
}
