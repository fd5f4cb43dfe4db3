// Node's http2 client: `const session = http2.connect(origin)` then `session.request({ ':method', ':path', …headers })`,
// the body written with `req.end(body)` and the response a stream of 'data' events. The session is bound to its
// origin for all its requests, and the headers, body and reads follow none of the shapes the rules rewrite, so such a
// call is recognised only to be flagged at the call with what the KYX call needs (it was only legacy-endpoint's
// markers on the origin and the path). http2 has no retries of its own.
import { Node, type CallExpression, type PropertyAccessExpression } from '#ts-morph';
import { unwrap } from './eval-context.js';
import type { HttpCall } from './http-calls.js';
import { bodySite, literalMethod, optionsObject, prop } from './http-call-forms.js';
import { findDeclaration } from './resolve-binding.js';
import { fileSpells } from './file-spells.js';

/** `session.request({ ':path': … })` where `session` is a const of the file holding `http2.connect(origin)`. */
export function http2SessionCall(call: CallExpression, callee: PropertyAccessExpression): HttpCall | undefined {
  if (callee.getName() !== 'request' || !fileSpells(call.getSourceFile().compilerNode, 'http2')) return undefined;
  const target = unwrap(callee.getExpression());
  const decl = Node.isIdentifier(target) ? findDeclaration(target, target.getText()) : undefined;
  const init = decl && Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
  const connect = init && unwrap(init);
  if (!connect || !Node.isCallExpression(connect) || !isHttp2Connect(connect)) return undefined;
  const base = connect.getArguments()[0];
  const headers = optionsObject(call.getArguments()[0]);
  const url = prop(headers, ':path');
  if (!base || !headers || !url) return undefined;
  const m = prop(headers, ':method');
  // `const req = session.request(…); … req.end(body)`
  const held = call.getParent();
  const reqName = held && Node.isVariableDeclaration(held) ? held.getName() : undefined;
  const end = reqName ? call.getSourceFile().getDescendants().find((d) => Node.isCallExpression(d) &&
    d.getExpression().getText() === `${reqName}.end` && d.getArguments().length > 0) as CallExpression | undefined : undefined;
  const method = m ? literalMethod(m) : 'GET';
  return {
    client: 'node-http', call, url, base, method, methodNode: m, options: headers,
    body: bodySite(end?.getArguments()[0]), headers, response: 'node-http', jsonResponse: true,
    unproven: `a Node http2 request on a session bound to ${base.getText()} (http2.connect), which the codemod does not rewrite: ` +
      `connect to the KYX host instead, send ${method === 'GET' ? 'the GET to the KYX path' : "':method': 'PUT' to the KYX account path"} with ` +
      'authorization: Bearer from kyxAccessToken and read the KYX fields (see MIGRATION.md), or send the call with another client the codemod migrates',
  };
}

/** `http2.connect(…)` / `connect(…)` with the module imported or required from 'http2' / 'node:http2'. */
function isHttp2Connect(c: CallExpression): boolean {
  const e = unwrap(c.getExpression());
  const root = Node.isPropertyAccessExpression(e) && e.getName() === 'connect' ? unwrap(e.getExpression()) : Node.isIdentifier(e) && e.getText() === 'connect' ? e : undefined;
  if (!root || !Node.isIdentifier(root)) return false;
  const d = findDeclaration(root, root.getText());
  const imp = d?.getFirstAncestor((a) => Node.isImportDeclaration(a));
  const spec = imp && Node.isImportDeclaration(imp) ? imp.getModuleSpecifierValue()
    : /require\((['"])(node:)?http2\1\)/.test(d?.getText() ?? '') ? 'http2' : undefined;
  return spec === 'http2' || spec === 'node:http2';
}
