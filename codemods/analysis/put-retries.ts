// Retries a client would add to the migrated authentication call. The legacy initiate was a POST, which retry
// helpers leave alone; the KYX account update is a PUT, which they treat as idempotent and resend on a network error
// or a 5xx — but every KYX PUT starts a new workflow execution (DESIGN.md: retry only what provably never left).
import { Node, SyntaxKind, type CallExpression } from '#ts-morph';
import { clientObjectText as clientText } from './client-object.js';
import type { HttpCall } from './http-calls.js';

/** Local names of the axios-retry function (`import axiosRetry from 'axios-retry'`, `const axiosRetry = require(…)`). */
function axiosRetryNames(call: CallExpression): Set<string> {
  const sf = call.getSourceFile();
  const names = new Set<string>();
  if (!sf.getFullText().includes('axios-retry')) return names;
  for (const imp of sf.getImportDeclarations()) {
    if (imp.getModuleSpecifierValue() !== 'axios-retry') continue;
    const d = imp.getDefaultImport();
    if (d) names.add(d.getText());
  }
  for (const v of sf.getDescendantsOfKind(SyntaxKind.VariableDeclaration)) {
    const init = v.getInitializer()?.getText().replace(/\s+/g, '') ?? '';
    if (/^require\(['"]axios-retry['"]\)(\.default)?$/.test(init) && Node.isIdentifier(v.getNameNode())) names.add(v.getName());
  }
  return names;
}

/** The `axiosRetry(client, …)` registration of this file that covers the axios call's client, if any. */
export function axiosRetryOf(http: HttpCall): CallExpression | undefined {
  if (http.client !== 'axios' && http.client !== 'axios-instance') return undefined;
  const names = axiosRetryNames(http.call);
  const target = names.size ? clientText(http.call) : undefined;
  if (!target) return undefined;
  return http.call.getSourceFile().getDescendantsOfKind(SyntaxKind.CallExpression).find((c) =>
    names.has(c.getExpression().getText()) && c.getArguments()[0]?.getText().replace(/\s+/g, '') === target);
}

export const AXIOS_RETRY_PUT = (line: number): string =>
  `axios-retry (line ${line}) resends this client's PUT requests on a network error or a 5xx (it never resent the legacy POST), and every ` +
  `KYX account PUT starts a new workflow execution: pass 'axios-retry': { retries: 0 } in this call's config, or send it through a client without retries`;

/** got and ky resend a PUT (never a POST) on a network error or a 5xx by default. The migrated call gets
 * `retry: { limit: 0 }` (both read it) in its own options; when it already has a `retry` option, or its options are
 * not written in the sending function, a manual item says what to do instead. */
export function gotPutRetry(http: HttpCall, fn: Node | undefined): { option: string } | { item: string } | undefined {
  if (http.client !== 'got') return undefined;
  const opts = http.options;
  const own = opts?.getProperties().find((p) => (Node.isPropertyAssignment(p) || Node.isShorthandPropertyAssignment(p)) && p.getName() === 'retry');
  const inFn = !!opts && (!fn || (opts.getStart() >= fn.getStart() && opts.getEnd() <= fn.getEnd()));
  // Written last, it also wins over a retry option a spread (`...DEFAULTS`) may carry.
  if (inFn && !own) return { option: 'retry: { limit: 0 }' };
  const methods = own && retriedMethods(own);
  if (methods && !methods.includes('put')) return undefined; // `retry: 0`, `{ limit: 0 }`, `{ methods: ['post'] }`: the PUT is never resent
  const before = methods?.includes('post') ? 'as it resent the legacy POST' : 'it never resent the legacy POST';
  return { item: `${own ? `this call's retry option (line ${own.getStartLineNumber()})` : 'the client\'s default retry'} now resends a PUT on a network ` +
    `error or a 5xx (${before}), and every KYX account PUT starts a new workflow execution: give this call retry: { limit: 0 }` };
}

/** The methods a got / ky `retry` option written as literals resends (lower case; none with a limit of 0), or undefined
 * when it cannot be read (a variable, a spread, no `methods` list: the client's defaults, which include PUT). */
function retriedMethods(own: Node): string[] | undefined {
  const v = Node.isPropertyAssignment(own) ? own.getInitializer() : undefined;
  if (Node.isNumericLiteral(v)) return v.getLiteralValue() === 0 ? [] : undefined;
  if (!Node.isObjectLiteralExpression(v) || v.getProperties().some((p) => !Node.isPropertyAssignment(p))) return undefined;
  const prop = (name: string) => v.getProperties().find((p) => Node.isPropertyAssignment(p) && p.getName() === name)?.asKind(SyntaxKind.PropertyAssignment)?.getInitializer();
  const limit = prop('limit');
  if (Node.isNumericLiteral(limit) && limit.getLiteralValue() === 0) return [];
  const list = prop('methods');
  if (!Node.isArrayLiteralExpression(list)) return undefined;
  const names = list.getElements().map((e) => (Node.isStringLiteral(e) || Node.isNoSubstitutionTemplateLiteral(e) ? e.getLiteralValue().toLowerCase() : undefined));
  return names.every((n) => n !== undefined) ? (names as string[]) : undefined;
}
