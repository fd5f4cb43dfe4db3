// Egg's HttpClient (urllib underneath) and its relatives: `ctx.curl(url, options)`, `this.ctx.curl(…)`,
// `app.curl(…)`, `ctx.httpclient.request(…)` / `.curl(…)`, urllib's own `urllib.request(url, options)`, and Midway's
// `makeHttpRequest(url, options)` (@midwayjs/core) or an injected `httpclient` / `httpClient` of type HttpClient.
// All take urllib's options — `method` (GET by default), `data` (sent as JSON only with `contentType: 'json'`; an
// object is otherwise form-encoded, which the legacy API never took), `headers`, `auth: 'user:pass'` (Basic) — and
// resolve to `{ status, headers, data, res }`, `data` the parsed JSON with `dataType: 'json'` (a Buffer without): the
// axios shape. A call whose result cannot be read as JSON, that urllib could resend (`retry`), or that uses digest
// auth is recognised with `unproven` set: the rules flag it and rewrite nothing.
import { Node, SyntaxKind, type CallExpression, type PropertyAccessExpression } from '#ts-morph';
import type { HttpCall } from './http-calls.js';
import { bodySite, headersOf, literalMethod, optionsObject, prop } from './http-call-forms.js';
import { findDeclaration } from './resolve-binding.js';
import { fileSpells } from './file-spells.js';

/** The receivers Egg hands its HttpClient through: the request context, the application, the agent. */
const EGG_RECEIVER = /^(this\.)?((ctx|app|agent)\.)*(ctx|app|agent)(\.httpclient)?$/;
/** A file that can be Egg or Midway code (or uses urllib itself). */
const EGG_FILE = /['"](egg|urllib|@midwayjs\/[\w-]+|@eggjs\/[\w-]+)['"]|\bapp\.(Service|Controller)\b/;

function isEggReceiver(target: Node, member: string): boolean {
  const text = target.getText().replace(/\s+/g, '');
  if (!EGG_RECEIVER.test(text)) return false;
  // `ctx.request(…)` is not a client: `request` only through `.httpclient`.
  return member === 'curl' || text.endsWith('.httpclient');
}

/** `this.httpclient` of a Midway class whose field is typed HttpClient (`@Inject() httpclient: HttpClient`). */
function isMidwayHttpClient(target: Node): boolean {
  if (!Node.isPropertyAccessExpression(target) || !Node.isThisExpression(target.getExpression())) return false;
  const cls = target.getFirstAncestor((a) => Node.isClassDeclaration(a));
  if (!cls || !Node.isClassDeclaration(cls)) return false;
  const field = cls.getProperty(target.getName());
  return field?.getTypeNode()?.getText() === 'HttpClient' && importsFrom(target, 'HttpClient', /^@midwayjs\/core$/);
}

function importsFrom(n: Node, name: string, module: RegExp): boolean {
  return n.getSourceFile().getImportDeclarations().some((d) => module.test(d.getModuleSpecifierValue()) &&
    d.getNamedImports().some((s) => (s.getAliasNode()?.getText() ?? s.getName()) === name));
}

/** `makeHttpRequest(url, options)` imported from @midwayjs/core. */
export function midwayRequestCall(call: CallExpression): HttpCall | undefined {
  const callee = call.getExpression();
  if (!Node.isIdentifier(callee) || !fileSpells(call.getSourceFile().compilerNode, '@midwayjs/')) return undefined;
  const d = findDeclaration(callee, callee.getText());
  if (!d || !Node.isImportSpecifier(d) || d.getName() !== 'makeHttpRequest' || !/^@midwayjs\/core$/.test(d.getImportDeclaration().getModuleSpecifierValue())) return undefined;
  return urllibForm(call);
}

/** `ctx.curl(…)` and the other member forms above (`urllib` given when the receiver is the urllib module). */
export function eggCurlCall(call: CallExpression, callee: PropertyAccessExpression, urllibModule: boolean): HttpCall | undefined {
  const member = callee.getName();
  if (member !== 'curl' && member !== 'request') return undefined;
  if (!urllibModule) {
    if (!EGG_FILE.test(call.getSourceFile().compilerNode.text)) return undefined;
    const target = callee.getExpression();
    if (!isEggReceiver(target, member) && !isMidwayHttpClient(target)) return undefined;
  }
  return urllibForm(call);
}

function urllibForm(call: CallExpression): HttpCall | undefined {
  const [url, o] = call.getArguments();
  if (!url || Node.isSpreadElement(url)) return undefined;
  const options = optionsObject(o);
  const m = prop(options, 'method');
  const method = m ? literalMethod(m) : 'GET';
  const data = prop(options, 'data') ?? prop(options, 'content');
  const body = bodySite(data);
  const contentType = prop(options, 'contentType');
  const json = !!contentType && /^['"`]json['"`]$/.test(contentType.getText());
  // An object sent without contentType: 'json' is form-encoded (a GET's data becomes the query string).
  if (body && !body.stringified && !json) return undefined;
  const dataType = prop(options, 'dataType');
  const jsonResponse = !!dataType && /^['"`]json['"`]$/.test(dataType.getText());
  const problems: string[] = [];
  if (o && !options) problems.push('its options are built where the codemod cannot see them');
  if (!jsonResponse) problems.push('the result\'s data is a Buffer (no dataType: \'json\'), so the reads cannot be followed');
  const retry = prop(options, 'retry');
  if (retry && method === 'POST' && !(Node.isNumericLiteral(retry) && retry.getLiteralValue() === 0)) problems.push('its retry option would resend the request (a KYX account PUT starts a new workflow execution each time)');
  if (prop(options, 'digestAuth')) problems.push('it uses digest auth');
  if (options?.getProperties().some((p) => p.getKind() === SyntaxKind.SpreadAssignment)) problems.push('its options spread another object');
  // Egg's curl<T>() types the whole result, not its data: the type argument would not describe the details.
  if (call.getTypeArguments().length) problems.push('its type argument describes the whole result');
  return {
    client: 'egg-curl', call, url,
    method, methodNode: m, options, optionsAfter: o ? undefined : url,
    body, headers: headersOf(options),
    response: 'axios', jsonResponse,
    unproven: problems.length ? `an urllib (Egg / Midway HttpClient) call the codemod cannot migrate whole: ${problems.join('; ')}` : undefined,
  };
}
