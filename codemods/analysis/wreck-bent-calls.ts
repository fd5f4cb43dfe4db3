// Two small Node clients:
// - @hapi/wreck: `await Wreck.post(url, { payload, headers, json: true })` (also get / put / patch / delete), which
//   resolves to `{ res, payload }`, `payload` the parsed JSON with `json: true` / 'strict' / 'force' (a Buffer
//   without); an object payload is sent as JSON. Wreck never retries. A `Wreck.defaults({ baseUrl, headers, json })`
//   instance of the file makes the same calls (its json option counts; the overrides are in instance-overrides.ts).
//   `const res = await Wreck.request(method, url, options)` resolves to the response stream; read with
//   `await Wreck.read(res, { json: true })` it is the same request, its parsed payload where the reads are
//   (HttpCall.parsedAt, wreckRequestForm).
// - bent: `const post = bent(base, 'POST', 'json', 200, headers)` (arguments in any order: a URL base, a method, a
//   format, status codes, default headers), then `await post(path, body, headers)`, which resolves to the parsed
//   body with 'json' (the text with 'string'). The factory may serve other calls, so a migrated call does not touch
//   it: it calls an inline factory of its own — `bent('PUT', 'json', 200)(kyxUrl, body, headers)` — with the
//   factory's format, codes and default headers but no base, the KYX method and no legacy Authorization; the Bearer
//   header goes in the call's own headers (bentAuth). bent never retries.
import { Node, SyntaxKind, type CallExpression, type Identifier, type ObjectLiteralExpression } from '#ts-morph';
import type { EditSet } from './edit-set.js';
import { unwrap } from './eval-context.js';
import type { HttpCall } from './http-calls.js';
import { bodySite, headersOf, literalMethod, optionsObject, prop } from './http-call-forms.js';
import { clientOfIdentifier, wreckInstanceConfig } from './client-identity.js';
import { propertyKey } from './object-literals.js';
import { findDeclaration } from './resolve-binding.js';
import { fileSpells } from './file-spells.js';

const JSON_OPTION = /^(true|['"`](strict|force)['"`])$/;

/** `Wreck.post(url, options)` and the other shorthands on the wreck module, or (`instance`: the defaults given to
 * `Wreck.defaults(…)`) on an instance, whose json option reaches the call (Hoek merges the call's options over it). */
export function wreckForm(call: CallExpression, member: string, instance?: Node): HttpCall | undefined {
  if (!['get', 'post', 'put', 'patch', 'delete'].includes(member)) return undefined;
  const [url, o] = call.getArguments();
  if (!url) return undefined;
  const options = optionsObject(o);
  const json = prop(options, 'json') ?? prop(optionsObject(instance), 'json');
  const problems: string[] = [];
  if (o && !options) problems.push('its options are built where the codemod cannot see them');
  if (instance && !optionsObject(instance)) problems.push('its instance\'s defaults are built where the codemod cannot see them');
  else if (!json || !JSON_OPTION.test(json.getText())) problems.push('the payload it resolves to is a Buffer (no json: true), so the reads cannot be followed');
  if (options?.getProperties().some((p) => Node.isSpreadAssignment(p))) problems.push('its options spread another object');
  if (prop(options, 'baseUrl')) problems.push('its options set a baseUrl');
  const callee = call.getExpression();
  return {
    client: 'wreck', call, url, method: member.toUpperCase(),
    methodNode: Node.isPropertyAccessExpression(callee) ? callee.getNameNode() : undefined,
    options, optionsAfter: o ? undefined : url,
    body: bodySite(prop(options, 'payload')), headers: headersOf(options),
    response: 'wreck', jsonResponse: true,
    unproven: problems.length ? `a Wreck call the codemod cannot migrate whole: ${problems.join('; ')}` : undefined,
  };
}

/** `Wreck.request(method, url, options)` on the wreck module (or a Wreck.defaults() instance): the request's options are Wreck's (payload, headers);
 * the response it resolves to must be held in a const of the function, read only by `Wreck.read(res, { json })`
 * calls (the parsed payload: parsedAt) and its status and headers. */
export function wreckRequestForm(call: CallExpression): HttpCall | undefined {
  const [m, url, o] = call.getArguments();
  if (!m || !url) return undefined;
  const options = optionsObject(o);
  const problems: string[] = [];
  if (o && !options) problems.push('its options are built where the codemod cannot see them');
  if (options?.getProperties().some((p) => Node.isSpreadAssignment(p))) problems.push('its options spread another object');
  if (prop(options, 'baseUrl')) problems.push('its options set a baseUrl');
  const reads = wreckReads(call);
  if ('problem' in reads) problems.push(reads.problem);
  return {
    client: 'wreck', call, url, method: literalMethod(m), methodNode: m,
    options, optionsAfter: o ? undefined : url,
    body: bodySite(prop(options, 'payload')), headers: headersOf(options),
    response: 'request-promise', jsonResponse: true, parsedAt: 'reads' in reads ? reads.reads : undefined,
    unproven: problems.length ? `a Wreck.request call the codemod cannot migrate whole: ${problems.join('; ')}` : undefined,
  };
}

const RESPONSE_FACTS = new Set(['statusCode', 'statusMessage', 'headers']);

/** The `Wreck.read(res, { json: true })` calls of `const res = await Wreck.request(…)`, or why the payload is not followed. */
function wreckReads(call: CallExpression): { reads: CallExpression[] } | { problem: string } {
  const held = call.getParent();
  const parent = held && Node.isAwaitExpression(held) ? held.getParent() : undefined;
  const decl = parent && Node.isVariableDeclaration(parent) && parent.getInitializer() === held ? parent : undefined;
  const name = decl?.getNameNode();
  if (!name || !Node.isIdentifier(name) || decl?.getVariableStatement()?.getDeclarationKind() !== 'const') {
    return { problem: 'the response stream it resolves to is not held in a const (const res = await Wreck.request(…))' };
  }
  const reads: CallExpression[] = [];
  const scope = decl!.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a)) ?? decl!.getSourceFile();
  const refs = scope.getDescendantsOfKind(SyntaxKind.Identifier).filter((r) => r !== name && r.getText() === name.getText() &&
    !(Node.isPropertyAccessExpression(r.getParent()) && (r.getParent() as import('ts-morph').PropertyAccessExpression).getNameNode() === r) &&
    findDeclaration(r, r.getText()) === decl);
  for (const ref of refs) {
    const parent = ref.getParent();
    if (Node.isPropertyAccessExpression(parent) && parent.getExpression() === ref && RESPONSE_FACTS.has(parent.getName())) continue;
    const read = parent && Node.isCallExpression(parent) && parent.getArguments()[0] === ref ? parent : undefined;
    const callee = read && unwrap(read.getExpression());
    const owner = callee && Node.isPropertyAccessExpression(callee) && callee.getName() === 'read' ? unwrap(callee.getExpression()) : undefined;
    // `Wreck.read(res, …)`, or `wreck.read(res, …)` on a Wreck.defaults() instance (its json option comes from the call).
    if (!owner || !Node.isIdentifier(owner) || (clientOfIdentifier(owner)?.module !== 'wreck' && !wreckInstanceConfig(owner))) {
      return { problem: `its response stream is used other than by Wreck.read(res, { json: true }) (line ${ref.getStartLineNumber()})` };
    }
    const json = prop(optionsObject(read!.getArguments()[1]), 'json');
    if (!json || !JSON_OPTION.test(json.getText())) return { problem: `Wreck.read (line ${ref.getStartLineNumber()}) resolves to a Buffer (no json: true), so the reads cannot be followed` };
    reads.push(read!);
  }
  return reads.length ? { reads } : { problem: 'its response is never read with Wreck.read(res, { json: true })' };
}

interface BentFactory { call: CallExpression; base?: Node; method?: Node; format?: string; codes: Node[]; headers?: ObjectLiteralExpression }

/** The `bent(…)` call a const of the file holds, with its arguments sorted by what they are. */
function bentFactory(callee: Identifier): BentFactory | undefined {
  const d = findDeclaration(callee, callee.getText());
  const init = d && Node.isVariableDeclaration(d) && d.getVariableStatement()?.getDeclarationKind() === 'const' ? d.getInitializer() : undefined;
  const call = init && unwrap(init);
  if (!call || !Node.isCallExpression(call)) return undefined;
  const fn = unwrap(call.getExpression());
  if (!Node.isIdentifier(fn) || clientOfIdentifier(fn)?.module !== 'bent') return undefined;
  const f: BentFactory = { call, codes: [] };
  for (const a of call.getArguments()) {
    const u = unwrap(a);
    const text = Node.isStringLiteral(u) || Node.isNoSubstitutionTemplateLiteral(u) ? u.getLiteralValue() : undefined;
    if (Node.isNumericLiteral(u)) f.codes.push(a);
    else if (Node.isObjectLiteralExpression(u)) f.headers = u;
    else if (text && /^(json|string|buffer)$/.test(text)) f.format = text;
    else if (text && /^[A-Z]+$/.test(text)) f.method = a;
    // bent takes any other string as the base URL; a constant or template is that too (the URL prover checks it).
    else if (!f.base && !Node.isObjectLiteralExpression(u) && !Node.isArrayLiteralExpression(u) && !Node.isNumericLiteral(u)) f.base = a;
    else return undefined;
  }
  return f;
}

/** `post(path, body, headers)` where `const post = bent(…)`. */
export function bentCall(call: CallExpression, callee: Identifier): HttpCall | undefined {
  if (!fileSpells(call.getSourceFile().compilerNode, 'bent')) return undefined;
  const f = bentFactory(callee);
  if (!f) return undefined;
  const [url, body, headersArg] = call.getArguments();
  if (!url || call.getArguments().length > 3) return undefined;
  const method = f.method ? literalMethod(f.method) : 'GET';
  const problems: string[] = [];
  if (f.format !== 'json' && f.format !== 'string') problems.push(`its factory resolves to ${f.format ? 'a Buffer' : 'the response stream'}`);
  if (f.headers?.getProperties().some((p) => !Node.isPropertyAssignment(p))) problems.push('its factory\'s default headers are not plain properties');
  const headers = headersArg ? optionsObject(headersArg) : undefined;
  if (headersArg && !headers) problems.push('its headers are built where the codemod cannot see them');
  const given = body && !['null', 'undefined'].includes(unwrap(body).getText()) ? body : undefined;
  const http: HttpCall = {
    client: 'bent', call, url, base: f.base, method,
    body: given ? bodySite(given) : undefined, headers,
    response: 'request-promise', jsonResponse: f.format === 'json',
    unproven: problems.length ? `a bent call the codemod cannot migrate whole: ${problems.join('; ')}` : undefined,
  };
  http.placeUrl = (u, edits) => {
    // The inline factory: the KYX method (PUT for an authentication), the format, the status codes and the
    // default headers other than Authorization.
    const q = f.method?.getText()[0] ?? "'";
    const out: string[] = [`${q}${u.method ?? method}${q}`];
    if (f.format) out.push(f.call.getArguments().find((a) => unwrap(a).getText().slice(1, -1) === f.format)!.getText());
    out.push(...f.codes.map((c) => c.getText()));
    const kept = f.headers?.getProperties().filter((p) => Node.isPropertyAssignment(p) && propertyKey(p.getNameNode())?.toLowerCase() !== 'authorization');
    if (kept?.length) out.push(`{ ${kept.map((p) => p.getText()).join(', ')} }`);
    edits.replaceNode(call.getExpression(), `${unwrap(f.call.getExpression()).getText()}(${out.join(', ')})`, 'an inline bent factory without the legacy base and credentials');
    edits.replaceNode(url, u.full, 'URL → KYX');
  };
  return http;
}

/** Bearer auth on a migrated bent call: the call's own headers object gets it (its Authorization replaced), or a
 * headers argument `{ Authorization }` is added (after a `null` body for a call without one). */
export function bentAuth(http: HttpCall, bearer: string, edits: EditSet): { problems: string[]; dead: [number, number][] } {
  const dead: [number, number][] = [];
  if (http.headers) {
    const auth = http.headers.getProperties().find((p) => Node.isPropertyAssignment(p) && propertyKey(p.getNameNode())?.toLowerCase() === 'authorization');
    if (auth && Node.isPropertyAssignment(auth)) {
      const init = auth.getInitializerOrThrow();
      edits.replaceNode(init, bearer, 'Authorization: Basic → Bearer (KYX OAuth2 token)');
      dead.push([init.getStart(), init.getEnd()]);
    } else {
      const props = http.headers.getProperties();
      const last = props.at(-1);
      if (last) edits.insertAt(last, last.getEnd(), `, Authorization: ${bearer}`, 'Authorization: Bearer (KYX OAuth2 token)');
      else edits.replaceNode(http.headers, `{ Authorization: ${bearer} }`, 'Authorization: Bearer (KYX OAuth2 token)');
    }
    return { problems: [], dead };
  }
  const args = http.call.getArguments();
  const last = args.at(-1)!;
  edits.insertAt(last, last.getEnd(), `${args.length === 1 ? ', null' : ''}, { Authorization: ${bearer} }`, 'Authorization: Bearer (KYX OAuth2 token)');
  return { problems: [], dead };
}
