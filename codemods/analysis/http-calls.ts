// Recognition of HTTP client calls and of where their URL, method, body, headers and auth live:
// fetch (global, node-fetch, undici), undici.request, axios (shorthands, config form, request, instances),
// request / request-promise, superagent chains, got, ofetch, needle, wretch chains.
import { Node, SyntaxKind, ts, type CallExpression, type ObjectLiteralExpression, type SourceFile } from '#ts-morph';
import { descendantsOfKinds } from '../engine/descendants.js';
import { unwrap } from './eval-context.js';
import { findDeclaration } from './resolve-binding.js';
import {
  axiosInstanceConfig, clientOfIdentifier, fileMentionsClientModule, gotInstanceConfig, isGlobalClientName, mayCreateInstances, ofetchInstanceConfig,
  requestInstanceConfig, wreckInstanceConfig, type ClientModule,
} from './client-identity.js';
import { agentDefaults, superagentAgent } from './superagent-agent.js';
import { aliasedNestAxiosRef, isNestAxiosRef } from './nest-axios-ref.js';
import {
  SHORTHANDS, axiosConfigForm, axiosShorthand, fetchLike, gotForm, injectedHttpService, literalMethod, needleForm, ofetchForm, optionsObject, prop, requestForm, superagentChain,
} from './http-call-forms.js';
import { axiosResult, transformResponseOption } from './axios-response-interceptor.js';
import { wretchChain } from './wretch-form.js';
import { nodeHttpForm } from './node-http-calls.js';
import { http2SessionCall } from './node-http2-calls.js';
import { webRequestJson, webRequestShorthand } from './web-request-calls.js';
import { eggCurlCall, midwayRequestCall } from './egg-curl-calls.js';
import { dispatcherProblem, undiciDispatcherCall } from './undici-client-calls.js';
import { bentCall, wreckForm, wreckRequestForm } from './wreck-bent-calls.js';
import { fileSpells } from './file-spells.js';

/** How the parsed JSON body is reached from the call's result (see response-flow.ts). */
export type ResponseShape =
  | 'fetch' // Promise<Response>: await res.json()
  | 'undici' // Promise<{ body }>: await body.json()
  | 'axios' // Promise<{ data }>
  | 'request-callback' // callback (err, response, body); needle's too
  | 'request-promise' // Promise<body> (string unless json; ofetch: parsed JSON)
  | 'superagent' // thenable res: res.body
  | 'node-http' // callback (res): a stream whose chunks are joined and JSON.parse'd (node-http-calls.ts)
  | 'wreck' // Promise<{ res, payload }>: payload (parsed with json: true; wreck-bent-calls.ts)
  | 'web-request' // Promise<Response>: .content (parsed with json: true, else the text; web-request-calls.ts)
  | 'got'; // Promise<res>: res.body (json when responseType json; needle: parsed unless parse: false); .json() on the promise

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
  /** `const { post } = require('axios')`: the binding element the called method comes from (a new method must be
   * bound beside it). */
  methodBinding?: Node;
  /** The options object (fetch init, axios config, request options, got options). */
  options?: ObjectLiteralExpression;
  /** Where a new option would go when `options` is absent: insert `, {…}` after this argument. */
  optionsAfter?: Node;
  /** axios: the config argument as written when it is not an object literal of this file (`jumioConfig()`, a parameter). */
  opaqueOptions?: Node;
  body?: BodySite;
  headers?: ObjectLiteralExpression;
  /** superagent `.set(...)` calls and `.auth(...)` call. */
  chainCalls?: CallExpression[];
  /** The config object of `axios.create(...)` for instances. */
  instanceConfig?: Node;
  response: ResponseShape;
  /** request: whether `json` is set (the body is then parsed); got: responseType json. */
  jsonResponse: boolean;
  /** axios: a response interceptor of the client (this registration) or a transformResponse option (this property)
   * makes what the call resolves to unknown. */
  opaqueResult?: Node;
  /** Where the parsed body is, when not the call's own value (response 'request-promise'): `Wreck.read(res, { json })`
   * of Wreck.request's response (wreck-bent-calls.ts). */
  parsedAt?: CallExpression[];
  /** Node's https: the expressions holding the whole response text (the joined chunks). */
  responseTexts?: Node[];
  /** The call names only its path (`url`); its origin is set elsewhere (an undici pool or agent): a migrated call
   * places the KYX URL (texts as written in code) through this instead of replacing `url` (undici-client-calls.ts). */
  placeUrl?: (url: { full: string; origin: string; path: string; method?: string }, edits: import('./edit-set.js').EditSet) => void;
  /** A recognised call whose shape the codemod cannot follow whole: why (the rules flag it and rewrite nothing). */
  unproven?: string;
}

/** A cheap test on a raw call node that is true whenever recogniseHttpCall could return something for it (its
 * callee, past parentheses and type assertions, is an identifier or a `.fetch` / `.request` / shorthand member):
 * callers that scan every call of a file wrap only these. `anyName` false: the file imports or requires no client
 * module, so a called identifier can only be a client under a global name (`fetch`, `axios`…). */
export function mayBeHttpCall(n: ts.Node, anyName = true): boolean {
  if (!ts.isCallExpression(n)) return false;
  let e: ts.Node = n.expression;
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e) || ts.isSatisfiesExpression(e) ||
    ts.isTypeAssertionExpression(e)) e = e.expression;
  if (ts.isIdentifier(e)) return anyName || isGlobalClientName(e.text);
  if (!ts.isPropertyAccessExpression(e)) return false;
  const member = e.name.text;
  return member === 'fetch' || member === 'request' || SHORTHANDS.includes(member) || (member === 'json' && anyName) || member === 'curl';
}

/** Every call of `sf` that may be an HTTP request (mayBeHttpCall), in document order. */
export function possibleHttpCalls(sf: SourceFile): CallExpression[] {
  // Nuxt / Nitro auto-import $fetch: an instance it creates is called under any name with no client module named.
  const anyName = fileMentionsClientModule(sf) || sf.compilerNode.text.includes('$fetch.create');
  return descendantsOfKinds(sf, CALL_KIND, (n) => mayBeHttpCall(n, anyName)) as CallExpression[];
}
const CALL_KIND = new Set([SyntaxKind.CallExpression]);

/** Answers per parsed call: the answer depends on its file only, and several rules (and both initiate rules) ask
 * for every call of the same parse. A shallow copy goes out, so a caller can never change another's answer. */
const recognised = new WeakMap<ts.Node, HttpCall | null>();

/** Recognise `call` as a request of a known client. Returns undefined for everything else. */
export function recogniseHttpCall(call: CallExpression): HttpCall | undefined {
  let hit = recognised.get(call.compilerNode);
  if (hit === undefined) recognised.set(call.compilerNode, (hit = withInterceptors(recogniseUncached(call)) ?? null));
  return hit ? { ...hit } : undefined;
}

/** An axios call whose client has a response interceptor in the file resolves to what the interceptor returns: the
 * body (`(r) => r.data`: read like request-promise's parsed body), or something unknown (opaqueResult). */
function withInterceptors(http: HttpCall | undefined): HttpCall | undefined {
  if (!http || http.response !== 'axios') return http;
  const transform = transformResponseOption(http.options, http.instanceConfig);
  if (transform) return { ...http, opaqueResult: transform };
  const r = axiosResult(http.call);
  if (r.shape === 'body') return { ...http, response: 'request-promise', jsonResponse: true };
  return r.shape === 'unknown' ? { ...http, opaqueResult: r.at } : http;
}

/** `api(url, options)` where `const api = ofetch.create({ baseURL, headers })` (or `$fetch.create`): ofetch's call
 * shape; the instance's baseURL is the base, its options reach every call. */
function ofetchInstanceCall(call: CallExpression, callee: Node): HttpCall | undefined {
  // Asked for every plain call (`require(…)`, `foo(…)`): a file that never spells the factory has no such instance.
  if (!mayCreateInstances(call.getSourceFile().compilerNode, 'fetch.create')) return undefined;
  const cfg = ofetchInstanceConfig(callee);
  return cfg ? throughInstance(ofetchForm(call), cfg, 'baseURL', true) : undefined;
}

/** A call made through a client instance: the instance's base option is its base, its options reach it, and (got,
 * ofetch) the instance's responseType decides how the body is read when the call sets none. */
export function throughInstance(r: HttpCall | undefined, cfg: Node, baseKey: string, responseType: boolean): HttpCall | undefined {
  if (!r) return undefined;
  r.instanceConfig = cfg;
  r.base ??= prop(optionsObject(cfg), baseKey);
  const rt = responseType ? prop(optionsObject(cfg), 'responseType') : undefined;
  if (rt && !prop(r.options, 'responseType')) r.jsonResponse = literalMethod(rt) === 'JSON';
  return r;
}

/** `wretch(…)` itself: the start of a wretch chain. */
function isWretchRoot(c: CallExpression): boolean {
  const e = unwrap(c.getExpression());
  return Node.isIdentifier(e) && clientOfIdentifier(e)?.module === 'wretch';
}

/** `urllib.curl(…)` on the urllib module itself. */
function urllibModule(callee: import('ts-morph').PropertyAccessExpression): boolean {
  const target = unwrap(callee.getExpression());
  return Node.isIdentifier(target) && clientOfIdentifier(target)?.module === 'urllib';
}

/** `request.json<T>(uri, options)` with `import * as request from 'web-request'`. */
function webRequestMember(call: CallExpression, callee: import('ts-morph').PropertyAccessExpression): HttpCall | undefined {
  if (!fileSpells(call.getSourceFile().compilerNode, 'web-request')) return undefined;
  const target = unwrap(callee.getExpression());
  return Node.isIdentifier(target) && clientOfIdentifier(target)?.module === 'web-request' ? webRequestJson(call) : undefined;
}

function recogniseUncached(call: CallExpression): HttpCall | undefined {
  const callee = unwrap(call.getExpression());
  const args = call.getArguments();
  // fn(...) forms
  if (Node.isIdentifier(callee)) {
    const c = clientOfIdentifier(callee);
    if (!c) return ofetchInstanceCall(call, callee) ?? midwayRequestCall(call) ?? bentCall(call, callee);
    if (c.module === 'fetch' || (c.module === 'undici' && c.imported === 'fetch')) return dispatcherProblem(fetchLike(call, 'fetch'));
    if (c.module === 'undici' && c.imported === 'request') return dispatcherProblem(fetchLike(call, 'undici'));
    if (c.module === 'axios' && c.imported === 'default') return axiosConfigForm(call, 'axios');
    // `const { post } = require('axios')`: axios's methods stay bound to its default instance (round-10 hold-out).
    if (c.module === 'axios' && SHORTHANDS.includes(c.imported) && callee.getText() === c.imported) {
      const binding = findDeclaration(callee, c.imported);
      const r = binding && Node.isBindingElement(binding) ? axiosShorthand(call, 'axios', c.imported, undefined) : undefined;
      return r && { ...r, methodNode: callee, methodBinding: binding };
    }
    if ((c.module === 'request' || c.module === 'request-promise') && c.imported === 'default') return requestForm(call, c.module, undefined);
    if (c.module === 'got' && c.imported === 'default') return gotForm(call, undefined);
    if (c.module === 'ofetch' && (c.imported === 'ofetch' || c.imported === '$fetch')) return ofetchForm(call);
    if (c.module === 'needle' && c.imported === 'default') return needleForm(call, undefined);
    // `import { request } from 'https'`
    if ((c.module === 'node-http' || c.module === 'node-plain-http') && (c.imported === 'request' || c.imported === 'get')) {
      return nodeHttpForm(call, c.imported, c.module === 'node-plain-http');
    }
    if (c.module === 'web-request') return c.imported === 'json' ? webRequestJson(call) : webRequestShorthand(call, c.imported);
    return undefined;
  }
  if (!Node.isPropertyAccessExpression(callee)) return undefined;
  const member = callee.getName();
  if (member === 'json') return webRequestMember(call, callee);
  if (member === 'curl') return eggCurlCall(call, callee, urllibModule(callee));
  // Every member form below needs one of these names; rejecting the rest first skips the client lookup (a symbol
  // lookup and, for `this.x.get(…)`, class walks) on the many `console.log` / `res.json` / `map.has` calls.
  if (member !== 'fetch' && member !== 'request' && !SHORTHANDS.includes(member)) return undefined;
  const wretch = SHORTHANDS.includes(member) && mayCreateInstances(call.getSourceFile().compilerNode, 'wretch') ? wretchChain(call, member, isWretchRoot) : undefined;
  if (wretch) return wretch;
  let target = unwrap(callee.getExpression());
  // The module object's default export (`import axios = require('axios')` / `import * as axios`): `axios.default.post(…)`.
  const viaDefault = Node.isPropertyAccessExpression(target) && target.getName() === 'default' && Node.isIdentifier(target.getExpression());
  if (viaDefault) target = (target as import('ts-morph').PropertyAccessExpression).getExpression();
  const found = Node.isIdentifier(target) ? clientOfIdentifier(target) : undefined;
  const owner = viaDefault && found?.imported !== '*' ? undefined : found;
  if (owner?.module === 'fetch' && member === 'fetch') return fetchLike(call, 'fetch');
  if (Node.isIdentifier(target) && ['globalThis', 'window', 'self'].includes(target.getText()) && member === 'fetch') {
    return fetchLike(call, 'fetch');
  }
  if (owner?.module === 'undici' && owner.imported === '*' || (owner?.module === 'undici' && owner.imported === 'default')) {
    if (member === 'request') return dispatcherProblem(fetchLike(call, 'undici'));
    if (member === 'fetch') return dispatcherProblem(fetchLike(call, 'fetch'));
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
  if (owner?.module === 'urllib' && member === 'request') return eggCurlCall(call, callee, true);
  if (owner?.module === 'web-request') return webRequestShorthand(call, member);
  if (owner?.module === 'wreck') return member === 'request' ? wreckRequestForm(call) : wreckForm(call, member);
  if ((owner?.module === 'node-http' || owner?.module === 'node-plain-http') && (member === 'request' || member === 'get') && owner.imported !== 'request' && owner.imported !== 'get') {
    return nodeHttpForm(call, member, owner.module === 'node-plain-http');
  }
  if (owner?.module === 'needle' && (SHORTHANDS.includes(member) || member === 'request')) return needleForm(call, member === 'request' ? undefined : member);
  if (owner?.module === 'superagent' && SHORTHANDS.includes(member)) return superagentChain(call, member);
  if (owner === undefined && (SHORTHANDS.includes(member) || member === 'request')) {
    // ctx.httpclient.request(…); pool.request({ path }) through an undici Client / Pool / Agent.
    const other = member === 'request' ? eggCurlCall(call, callee, false) ?? undiciDispatcherCall(call, callee) ?? http2SessionCall(call, callee) : undefined;
    if (other) return other;
    // `const jumio = superagent.agent()`: an agent's requests are superagent chains; one with defaults (chained on agent()
    // or called on it) is a client instance whose defaults the call must override (superagent-agent.ts).
    const agent = SHORTHANDS.includes(member) ? superagentAgent(target) : undefined;
    if (agent) {
      const r = superagentChain(call, member);
      return r && agentDefaults(agent).length ? { ...r, instanceConfig: agent } : r;
    }
    const cfg = axiosInstanceConfig(target);
    const gotCfg = cfg ? undefined : gotInstanceConfig(target);
    // A got.extend() instance: its prefixUrl is the base; got.extend({ responseType: 'json' }) parses `.body`.
    if (gotCfg && SHORTHANDS.includes(member)) return throughInstance(gotForm(call, member), gotCfg, 'prefixUrl', true);
    const reqCfg = cfg ? undefined : requestInstanceConfig(target);
    // A request.defaults() instance: its baseUrl is the base; its options (auth…) reach every call.
    if (reqCfg && SHORTHANDS.includes(member)) return throughInstance(requestForm(call, reqCfg.module, member), reqCfg.config, 'baseUrl', false);
    // A Wreck.defaults() instance: the same, with Wreck's call shape.
    const wreckCfg = cfg || reqCfg ? undefined : wreckInstanceConfig(target);
    if (wreckCfg) return throughInstance(member === 'request' ? wreckRequestForm(call) : wreckForm(call, member, wreckCfg), wreckCfg, 'baseUrl', false);
    if (!cfg) {
      // NestJS HttpService's axiosRef (`this.http.axiosRef.post(…)`, or held in a const / field: nest-axios-ref.ts): the
      // axios instance it wraps, axios's promises.
      if (isNestAxiosRef(target) || aliasedNestAxiosRef(target)) return member === 'request' ? axiosConfigForm(call, 'axios') : axiosShorthand(call, 'axios', member, undefined);
      // NestJS HttpService (an axios wrapper returning Observables; awaited through firstValueFrom/lastValueFrom);
      // Midway's (an axios instance configured elsewhere: its config, which may hold auth, is the member itself).
      const svc = injectedHttpService(target);
      if (svc?.kind === 'nest') return SHORTHANDS.includes(member) ? axiosShorthand(call, 'axios', member, undefined) : undefined;
      const r = svc && (member === 'request' ? axiosConfigForm(call, 'axios-instance') : axiosShorthand(call, 'axios-instance', member, undefined));
      return r ? { ...r, instanceConfig: svc!.decl } : undefined;
    }
    const r = member === 'request' ? axiosConfigForm(call, 'axios-instance') : axiosShorthand(call, 'axios-instance', member, cfg);
    return throughInstance(r, cfg, 'baseURL', false);
  }
  void args;
  return undefined;
}
