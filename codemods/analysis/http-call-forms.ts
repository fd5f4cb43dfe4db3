// The call shapes of each HTTP client (fetch/undici, axios, request, got, superagent, NestJS HttpService): where a
// call keeps its URL, method, body, headers and auth. recogniseHttpCall (http-calls.ts) picks the shape.
import { Node, SyntaxKind, type CallExpression, type ObjectLiteralExpression } from '#ts-morph';
import { unwrap } from './eval-context.js';
import { propertyKey, resolveObjectLiteralInFile, variableOf } from './object-literals.js';
import type { BodySite, HttpCall } from './http-calls.js';
import { findDeclaration } from './resolve-binding.js';

export const SHORTHANDS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];

export function prop(obj: ObjectLiteralExpression | undefined, name: string): Node | undefined {
  if (!obj) return undefined;
  for (const p of obj.getProperties()) {
    if (Node.isPropertyAssignment(p) && propertyKey(p.getNameNode()) === name) return p.getInitializerOrThrow();
    if (Node.isShorthandPropertyAssignment(p) && p.getName() === name) return p.getNameNode();
  }
  return undefined;
}

export function bodySite(node: Node | undefined): BodySite | undefined {
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

export function literalMethod(n: Node | undefined): string | undefined {
  const u = n && unwrap(n);
  return u && (Node.isStringLiteral(u) || Node.isNoSubstitutionTemplateLiteral(u)) ? u.getLiteralValue().toUpperCase() : undefined;
}

export function optionsObject(n: Node | undefined): ObjectLiteralExpression | undefined {
  return n ? resolveObjectLiteralInFile(n) : undefined;
}

export function headersOf(options: ObjectLiteralExpression | undefined): ObjectLiteralExpression | undefined {
  const h = prop(options, 'headers');
  if (!h) return undefined;
  const u = unwrap(h);
  if (Node.isNewExpression(u) && u.getExpression().getText() === 'Headers') {
    const a = u.getArguments()[0];
    return a ? optionsObject(a) : undefined;
  }
  return optionsObject(h);
}


/** `fetch(req)` with `const req = new Request(url, init)` of the same function (or `fetch(new Request(url, init))`):
 * the Request's arguments are the call's URL and init. */
function requestObjectArgs(arg: Node): Node[] | undefined {
  let e = unwrap(arg);
  if (Node.isIdentifier(e)) {
    const d = findDeclaration(e, e.getText());
    const st = d && Node.isVariableDeclaration(d) ? d.getVariableStatement() : undefined;
    if (!d || !Node.isVariableDeclaration(d) || !st || st.getDeclarationKind() !== 'const') return undefined;
    e = unwrap(d.getInitializer() ?? e);
  }
  if (!Node.isNewExpression(e) || e.getExpression().getText() !== 'Request') return undefined;
  const args = e.getArguments();
  return args.length >= 1 && args.length <= 2 ? args : undefined;
}

export function fetchLike(call: CallExpression, kind: 'fetch' | 'undici'): HttpCall | undefined {
  const args = call.getArguments();
  const fromRequest = kind === 'fetch' && args.length === 1 ? requestObjectArgs(args[0]!) : undefined;
  const [url, init] = fromRequest ?? args;
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

/** ofetch / Nuxt's `$fetch(url, { method, body, headers })`: fetch's arguments; the promise resolves to the parsed body
 * (`responseType: 'text'` etc. give the raw text); an object body is sent as JSON. `$fetch.raw()` and instances made
 * with `$fetch.create()` are not this shape. ofetch never retries a PUT on its own (its default retry skips
 * POST/PUT/PATCH/DELETE), so the migrated call is sent once, as the legacy POST was. */
export function ofetchForm(call: CallExpression): HttpCall | undefined {
  const http = fetchLike(call, 'fetch');
  if (!http) return undefined;
  const rt = prop(http.options, 'responseType');
  // A call's own `baseURL` option is its base (`ofetch('/api/…', { baseURL: 'https://lon.netverify.com' })`).
  return { ...http, client: 'ofetch', base: prop(http.options, 'baseURL'), response: 'request-promise', jsonResponse: !rt || literalMethod(rt) === 'JSON' };
}

/** needle: `needle(method, url, data, options[, cb])`, `needle.request(method, url, data, options[, cb])` (member
 * undefined) or `needle.post(url, data, options[, cb])` (`get`/`head`: no data). The promise resolves to the response,
 * whose `body` needle parses as JSON unless `parse: false`; the callback gets (err, response, body) like request's.
 * `json: true` sends the data as JSON (without it an object is sent form-encoded). Basic auth comes from
 * `username` / `password` (`auth: 'basic'`). */
export function needleForm(call: CallExpression, member: string | undefined): HttpCall | undefined {
  const args = call.getArguments();
  const [m, ...rest] = member ? [undefined, ...args] : args;
  const withData = !member || !['get', 'head'].includes(member);
  const [url, data, o] = withData ? rest : [rest[0], undefined, rest[1]];
  if (!url || (!member && !m)) return undefined;
  const last = args.at(-1);
  const callback = last && (Node.isArrowFunction(last) || Node.isFunctionExpression(last)) ? last : undefined;
  const options = optionsObject(o === callback ? undefined : o);
  const parse = prop(options, 'parse');
  const json = prop(options, 'json');
  const given = data && data !== callback && !['null', 'undefined'].includes(unwrap(data).getText()) ? data : undefined;
  const body = given ? bodySite(given) : undefined;
  // Without `json: true` needle sends an object form-encoded: not a request the legacy API (JSON only) took.
  if (body && !body.stringified && !(json && unwrap(json).getKind() === SyntaxKind.TrueKeyword)) return undefined;
  const callee = call.getExpression();
  return {
    client: 'needle', call, url,
    method: member ? member.toUpperCase() : literalMethod(m),
    methodNode: member ? (Node.isPropertyAccessExpression(callee) ? callee.getNameNode() : undefined) : m,
    options, optionsAfter: options || (o && o !== callback) ? undefined : data && data !== callback ? data : url,
    opaqueOptions: o && o !== callback && !options ? o : undefined,
    body, headers: headersOf(options),
    response: callback ? 'request-callback' : 'got',
    jsonResponse: !parse || unwrap(parse).getKind() !== SyntaxKind.FalseKeyword,
  };
}

export function axiosConfigForm(call: CallExpression, client: 'axios' | 'axios-instance'): HttpCall | undefined {
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

export function axiosShorthand(call: CallExpression, client: 'axios' | 'axios-instance', member: string, _cfg: Node | undefined): HttpCall | undefined {
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
    options, optionsAfter: cfgArg ? undefined : (data ?? url), opaqueOptions: cfgArg && !options ? cfgArg : undefined,
    body: bodySite(data), headers: headersOf(options),
    response: 'axios', jsonResponse: true,
  };
}

export function requestForm(call: CallExpression, module: 'request' | 'request-promise', member: string | undefined): HttpCall | undefined {
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
  // request-promise's `resolveWithFullResponse: true`: the promise resolves to the response, its body on `.body`
  // (parsed when json), as got's does.
  const full = prop(options, 'resolveWithFullResponse');
  const fullResponse = module === 'request-promise' && !!full && unwrap(full).getKind() !== SyntaxKind.FalseKeyword;
  const callee = call.getExpression();
  return {
    client: module, call, url, base: prop(options, 'baseUrl'),
    method: member ? member.toUpperCase() : m ? literalMethod(m) : 'GET',
    methodNode: member && Node.isPropertyAccessExpression(callee) ? callee.getNameNode() : m,
    options, optionsAfter: options ? undefined : a0,
    body: body && body !== jsonOpt ? bodySite(body) : body ? { node: body, value: body, stringified: false } : undefined,
    headers: headersOf(options),
    response: module === 'request' ? 'request-callback' : fullResponse ? 'got' : 'request-promise',
    jsonResponse,
  };
}

export function gotForm(call: CallExpression, member: string | undefined): HttpCall | undefined {
  const [url, o] = call.getArguments();
  if (!url) return undefined;
  const options = optionsObject(o);
  const m = member ? undefined : prop(options, 'method');
  const callee = call.getExpression();
  const json = prop(options, 'json');
  const rt = prop(options, 'responseType');
  // `resolveBodyOnly: true`: the promise resolves to the body itself (parsed with responseType 'json'), not the response.
  const bodyOnly = prop(options, 'resolveBodyOnly')?.getKind() === SyntaxKind.TrueKeyword;
  return {
    client: 'got', call, url, base: prop(options, 'prefixUrl'),
    method: member ? member.toUpperCase() : m ? literalMethod(m) : 'GET',
    methodNode: member && Node.isPropertyAccessExpression(callee) ? callee.getNameNode() : m,
    options, optionsAfter: o ? undefined : url,
    body: json ? { node: json, value: json, stringified: false } : bodySite(prop(options, 'body')),
    headers: headersOf(options), response: bodyOnly ? 'request-promise' : 'got',
    jsonResponse: !!rt && literalMethod(rt) === 'JSON',
  };
}

/** `superagent.post(url).set(...).auth(...).send(body)…`: the whole chain is the request. */
export function superagentChain(start: CallExpression, member: string): HttpCall | undefined {
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

/** `this.http` where the class receives `http: HttpService` from @nestjs/axios (or the older @nestjs/common): an axios
 * wrapper whose calls return Observables; or from @midwayjs/axios (`@Inject() httpService: HttpService`): an axios
 * instance whose calls return axios's promises, its defaults set in the app's config (not in this file).
 * Returns which, and the member's declaration. */
export function injectedHttpService(target: Node): { kind: 'nest' | 'midway'; decl: Node } | undefined {
  if (!Node.isPropertyAccessExpression(target) || !Node.isThisExpression(target.getExpression())) return undefined;
  // asked for every `this.x.get(…)`: a file that never spells the type (nor an escape that could) has no such field
  const text = target.getSourceFile().compilerNode.text;
  if (!text.includes('HttpService') && !text.includes('\\u')) return undefined;
  const cls = target.getFirstAncestor((a) => Node.isClassDeclaration(a));
  if (!cls || !Node.isClassDeclaration(cls)) return undefined;
  const name = target.getName();
  const decl = cls.getConstructors()[0]?.getParameters().find((p) => p.getName() === name) ?? cls.getProperty(name);
  if (decl?.getTypeNode()?.getText() !== 'HttpService') return undefined;
  const from = cls.getSourceFile().getImportDeclarations().find((d) => d.getNamedImports().some((n) => n.getName() === 'HttpService'))?.getModuleSpecifierValue();
  const kind = from && /^@nestjs\/(axios|common)$/.test(from) ? 'nest' : from === '@midwayjs/axios' ? 'midway' : undefined;
  return kind && { kind, decl };
}
