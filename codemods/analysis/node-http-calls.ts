// Node's own client: `https.request(options | url[, options][, callback])` and `https.get(…)` (also from
// 'node:https', and `http`): the URL is either one string or the options' `hostname`/`host` + `path`, the body is
// what `req.write(x)` / `req.end(x)` send afterwards, and the response is a stream read in the callback
// (`res.on('data', c => data += c)`, `res.on('end', () => JSON.parse(data))`, or chunks joined by Buffer.concat).
// A shape the codemod cannot follow whole (a body written in pieces, options built elsewhere, a response handed on
// as a stream, an Authorization header set with setHeader) is recognised with `unproven` set: the rules flag it and
// rewrite nothing of it.
import { Node, SyntaxKind, ts, type CallExpression } from '#ts-morph';
import type { Candidate } from './static-strings.js';
import { unwrap } from './eval-context.js';
import type { HttpCall } from './http-calls.js';
import { bodySite, headersOf, literalMethod, optionsObject, prop } from './http-call-forms.js';
import { findDeclaration } from './resolve-binding.js';
import { bindsTo } from './scope.js';
import { handlerParameters, parameterAt } from './param-handlers.js';

/** The `hostname` / `host` nodes of recognised options objects: a base that is a host name, joined as `https://host`. */
const HOST_BASES = new WeakSet<ts.Node>();

/** Base URL candidates of a call's base expression: a Node options `hostname` gets its scheme. */
export function schemedBases(baseExpr: Node, bases: Candidate[]): Candidate[] {
  return HOST_BASES.has(baseExpr.compilerNode) ? bases.map((b) => [{ text: 'https://' }, ...b]) : bases;
}

const REQUEST_METHODS = new Set(['write', 'end', 'on', 'once', 'setTimeout', 'destroy', 'abort', 'setHeader', 'setNoDelay', 'setSocketKeepAlive', 'flushHeaders']);
const RESPONSE_MEMBERS = new Set(['on', 'once', 'setEncoding', 'statusCode', 'statusMessage', 'headers', 'resume']);

/** `https.request(…)` / `https.get(…)` (member 'request' | 'get'); `plain`: the http module (no TLS). */
export function nodeHttpForm(call: CallExpression, member: 'request' | 'get', plain: boolean): HttpCall | undefined {
  const args = call.getArguments();
  const last = args.at(-1);
  const callback = last && (Node.isArrowFunction(last) || Node.isFunctionExpression(last) || (Node.isIdentifier(last) && args.length > 1)) ? last : undefined;
  const [a0, a1] = args.filter((a) => a !== callback);
  if (!a0) return undefined;
  const first = unwrap(a0);
  const urlFirst = Node.isStringLiteral(first) || Node.isNoSubstitutionTemplateLiteral(first) || Node.isTemplateExpression(first) ||
    Node.isBinaryExpression(first) || Node.isNewExpression(first) || (!Node.isObjectLiteralExpression(first) && !optionsObject(first));
  const optionsArg = urlFirst ? a1 : a0;
  const options = optionsObject(optionsArg);
  const problems: string[] = [];
  if (optionsArg && !options) problems.push('the request options are built where the codemod cannot read them');
  const host = prop(options, 'hostname') ?? prop(options, 'host');
  const url = urlFirst ? a0 : prop(options, 'path');
  if (!url || (!urlFirst && !host)) return undefined;
  if (!urlFirst) HOST_BASES.add(host!.compilerNode);
  const port = prop(options, 'port');
  if (port && !['443', "'443'", '"443"'].includes(unwrap(port).getText())) problems.push('the request names a port');
  if (plain) problems.push('plain HTTP: KYX takes HTTPS only, so switch it to the https module');
  const m = member === 'request' ? prop(options, 'method') : undefined;
  const written = member === 'request' ? writtenBody(call) : { data: [] as Node[] };
  if (written.problem) problems.push(written.problem);
  if (written.data.length > 1) problems.push('the body is written in pieces');
  const headerCall = written.setHeaders?.find((s) => /authorization/i.test(s.getArguments()[0]?.getText() ?? ''));
  if (headerCall) problems.push('the Authorization header is set with setHeader');
  const handler = callback ?? written.responseHandler;
  const reads = handler ? responseTexts(handler) : { texts: [] };
  if (reads.problem) problems.push(reads.problem);
  const body = written.data[0] ? bodySite(written.data[0]) : undefined;
  const stale = written.setHeaders?.find((s) => /content-length/i.test(s.getArguments()[0]?.getText() ?? ''));
  if (stale && !(body && mentions(stale, body.node))) problems.push('a Content-Length set with setHeader is not computed from the body');
  return {
    client: 'node-http', call, url, base: urlFirst ? undefined : host,
    method: member === 'get' ? 'GET' : m ? literalMethod(m) : 'GET', methodNode: m, options,
    optionsAfter: options ? undefined : a0,
    body, headers: headersOf(options), response: 'node-http', jsonResponse: false,
    responseTexts: reads.texts,
    // The host name and the path are two options: the KYX host goes to one, the path to the other.
    placeUrl: urlFirst ? undefined : (u, edits) => {
      edits.replaceNode(host!, ownQuotes(host!, u.origin.replace(/^(['"`])https:\/\//, '$1')), 'host → KYX');
      edits.replaceNode(url, ownQuotes(host!, u.path), 'path → KYX');
    },
    unproven: problems.length ? `a Node ${plain ? 'http' : 'https'}.${member} call the codemod cannot follow whole (${problems.join('; ')})` : undefined,
  };
}

interface Written {
  data: Node[];
  setHeaders?: CallExpression[];
  responseHandler?: Node;
  problem?: string;
}

/** What the request object returned by `call` is given: written data, headers set later, a 'response' listener. */
function writtenBody(call: CallExpression): Written {
  const out: Written = { data: [], setHeaders: [] };
  const onRequest = (c: CallExpression, name: string): void => {
    const a = c.getArguments();
    if ((name === 'write' || name === 'end') && a[0] && !Node.isArrowFunction(a[0]) && !Node.isFunctionExpression(a[0])) out.data.push(a[0]);
    if (name === 'setHeader') out.setHeaders!.push(c);
    if ((name === 'on' || name === 'once') && a[0] && unwrap(a[0]).getText().slice(1, -1) === 'response') out.responseHandler = a[1];
  };
  // `https.request(…).on('error', reject).end(body)`
  let outer: Node = call;
  for (;;) {
    const pa = outer.getParent();
    const c = pa?.getParent();
    if (!Node.isPropertyAccessExpression(pa) || !Node.isCallExpression(c) || c.getExpression() !== pa || !REQUEST_METHODS.has(pa.getName())) break;
    onRequest(c, pa.getName());
    outer = c;
  }
  const holder = outer.getParent();
  if (Node.isExpressionStatement(holder)) return out;
  if (!Node.isVariableDeclaration(holder) || holder.getInitializer() !== outer || !Node.isIdentifier(holder.getNameNode())) {
    return { ...out, problem: 'the request object is handed on, so what is written to it is not known' };
  }
  const name = holder.getNameNode();
  const scope = holder.getFirstAncestor((a) => Node.isBlock(a) || Node.isSourceFile(a));
  for (const id of scope?.getDescendantsOfKind(SyntaxKind.Identifier) ?? []) {
    if (id === name || id.getText() !== name.getText() || !bindsTo(id, name)) continue;
    const pa = id.getParent();
    const c = pa?.getParent();
    if (Node.isPropertyAccessExpression(pa) && pa.getExpression() === id && Node.isCallExpression(c) && c.getExpression() === pa &&
        REQUEST_METHODS.has(pa.getName())) onRequest(c, pa.getName());
    else return { ...out, problem: 'the request object is handed on, so what is written to it is not known' };
  }
  return out;
}

/** The expressions holding the whole response text, read by the response callback `handler`. */
function responseTexts(handler: Node): { texts: Node[]; problem?: string } {
  const fn = Node.isIdentifier(handler) ? localFunction(handler) : handler;
  if (!fn || !(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn) || Node.isFunctionDeclaration(fn))) {
    return { texts: [], problem: 'the response is read by a function the codemod cannot see' };
  }
  const res = fn.getParameters()[0]?.getNameNode();
  if (!res) return { texts: [] };
  const found = collectors(fn, res, 0);
  if ('problem' in found) return { texts: [], problem: found.problem };
  const texts: Node[] = [];
  for (const a of found.acc) {
    const decl = findDeclaration(a, a.getText());
    const declName = decl && Node.isVariableDeclaration(decl) ? decl.getNameNode() : undefined;
    if (!declName) return { texts: [], problem: 'the response chunks are not collected into one variable' };
    const scope = declName.getFirstAncestor((n) => Node.isBlock(n) || Node.isSourceFile(n));
    for (const id of scope?.getDescendantsOfKind(SyntaxKind.Identifier) ?? []) {
      if (id === declName || id.getText() !== a.getText() || !bindsTo(id, declName) || isCollecting(id)) continue;
      texts.push(joinedText(id));
    }
  }
  return { texts };
}

/** The variables the 'data' listeners of the stream `res` (a parameter of `fn`) collect into; the stream may be
 * handed to a function of the file that is its only receiver (`(res) => handleResponse(res, cb)`). */
function collectors(fn: Node, res: Node, depth: number): { acc: Node[] } | { problem: string } {
  if (!Node.isIdentifier(res)) return { problem: 'the response stream is destructured' };
  const gone = { problem: 'the response stream is handed on' };
  const acc: Node[] = [];
  for (const id of fn.getDescendantsOfKind(SyntaxKind.Identifier)) {
    if (id === res || id.getText() !== res.getText() || !bindsTo(id, res)) continue;
    const pa = id.getParent();
    if (Node.isCallExpression(pa) && pa.getArguments().includes(id as never) && depth < 3) {
      const params = handlerParameters(pa.getExpression());
      const param = params && parameterAt(params, pa.getArguments(), pa.getArguments().indexOf(id as never));
      if (!param || param === 'none') return gone;
      const inner = collectors(param.getParentOrThrow(), param.getNameNode(), depth + 1);
      if ('problem' in inner) return inner;
      acc.push(...inner.acc);
      continue;
    }
    // `for await (const chunk of res) text += chunk`: the stream read as an async iterable (hold-out round 15).
    if (Node.isForOfStatement(pa) && pa.isAwaited() && pa.getExpression() === id) {
      const a = loopAccumulator(pa);
      if (!a) return { problem: 'the response chunks are not collected into one variable' };
      acc.push(a);
      continue;
    }
    if (!Node.isPropertyAccessExpression(pa) || pa.getExpression() !== id || !RESPONSE_MEMBERS.has(pa.getName())) return gone;
    const c = pa.getParent();
    if (pa.getName() !== 'on' && pa.getName() !== 'once') continue;
    if (!Node.isCallExpression(c)) return gone;
    const [ev, listener] = c.getArguments();
    if (ev && unwrap(ev).getText().slice(1, -1) === 'data') {
      const a = listener && accumulator(listener);
      if (!a) return { problem: 'the response chunks are not collected into one variable' };
      acc.push(a);
    }
  }
  return { acc };
}

/** `data += chunk`, `data = data + chunk`, `chunks.push(chunk)` in a 'data' listener: the variable collecting. */
function accumulator(listener: Node): Node | undefined {
  if (!(Node.isArrowFunction(listener) || Node.isFunctionExpression(listener))) return undefined;
  const chunk = listener.getParameters()[0]?.getNameNode();
  return chunk && Node.isIdentifier(chunk) ? collectingInto(listener, chunk) : undefined;
}

/** The same in the body of `for await (const chunk of res)`. */
function loopAccumulator(loop: import('#ts-morph').ForOfStatement): Node | undefined {
  const init = loop.getInitializer();
  const decl = Node.isVariableDeclarationList(init) && init.getDeclarations().length === 1 ? init.getDeclarations()[0]!.getNameNode() : undefined;
  return decl && Node.isIdentifier(decl) ? collectingInto(loop.getStatement(), decl) : undefined;
}

/** The variable `chunk` (declared by `chunkDecl`) is collected into within `scope`. */
function collectingInto(scope: Node, chunkDecl: Node): Node | undefined {
  const chunk = chunkDecl.getText();
  for (const id of scope.getDescendantsOfKind(SyntaxKind.Identifier)) {
    if (id.getText() !== chunk || id === chunkDecl) continue;
    const p = id.getParent();
    if (Node.isBinaryExpression(p) && p.getRight() === id && p.getOperatorToken().getKind() === SyntaxKind.PlusEqualsToken && Node.isIdentifier(p.getLeft())) return p.getLeft();
    if (Node.isBinaryExpression(p) && p.getRight() === id && p.getOperatorToken().getKind() === SyntaxKind.PlusToken) {
      const assign = p.getParent();
      if (Node.isBinaryExpression(assign) && assign.getOperatorToken().getKind() === SyntaxKind.EqualsToken && Node.isIdentifier(assign.getLeft()) &&
          assign.getLeft().getText() === p.getLeft().getText()) return assign.getLeft();
    }
    if (Node.isCallExpression(p) && p.getArguments()[0] === id) {
      const callee = p.getExpression();
      if (Node.isPropertyAccessExpression(callee) && callee.getName() === 'push' && Node.isIdentifier(callee.getExpression())) return callee.getExpression();
    }
  }
  return undefined;
}

/** A use of the collecting variable that only collects: `data += c`, `data = data + c`, `chunks.push(c)`. */
function isCollecting(id: Node): boolean {
  const p = id.getParent();
  if (Node.isBinaryExpression(p) && p.getLeft() === id && [SyntaxKind.PlusEqualsToken, SyntaxKind.EqualsToken].includes(p.getOperatorToken().getKind())) return true;
  if (Node.isBinaryExpression(p) && p.getLeft() === id && p.getOperatorToken().getKind() === SyntaxKind.PlusToken) {
    const a = p.getParent();
    return Node.isBinaryExpression(a) && a.getRight() === p && a.getLeft().getText() === id.getText();
  }
  return Node.isPropertyAccessExpression(p) && p.getName() === 'push';
}

/** The expression whose value is the whole text: the string itself, `Buffer.concat(chunks)[.toString(…)]`, `chunks.join('')`. */
function joinedText(id: Node): Node {
  const p = id.getParent();
  if (Node.isCallExpression(p) && p.getExpression().getText() === 'Buffer.concat' && p.getArguments()[0] === id) return withToString(p);
  if (Node.isPropertyAccessExpression(p) && p.getName() === 'join' && Node.isCallExpression(p.getParent())) return p.getParent()!;
  return id;
}

function withToString(n: Node): Node {
  const pa = n.getParent();
  const c = pa?.getParent();
  return Node.isPropertyAccessExpression(pa) && pa.getName() === 'toString' && Node.isCallExpression(c) && c.getExpression() === pa ? c : n;
}

function localFunction(id: Node): Node | undefined {
  const d = findDeclaration(id, id.getText());
  if (Node.isFunctionDeclaration(d)) return d;
  return Node.isVariableDeclaration(d) ? d.getInitializer() : undefined;
}

function mentions(at: Node, body: Node): boolean {
  const name = Node.isIdentifier(unwrap(body)) ? unwrap(body).getText() : undefined;
  return !!name && at.getDescendantsOfKind(SyntaxKind.Identifier).some((i) => i.getText() === name);
}

/** A quoted replacement text in the quotes `like` is written with (a template stays a template). */
function ownQuotes(like: Node, text: string): string {
  const q = Node.isStringLiteral(like) ? like.getText()[0]! : undefined;
  return q && /^['"]/.test(text) ? `${q}${text.slice(1, -1)}${q}` : text;
}
