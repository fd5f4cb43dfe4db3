// A window listener that routes each message by its sender's origin through a same-file table of handlers:
// `const ROUTES = new Map([['https://acme.netverify.com', onIdentity], ['https://pay.example', onPay]])` read as
// `ROUTES.get(event.origin)?.(event)` (or `const h = ROUTES.get(e.origin); if (h) h(e)`), or an object literal read as
// `ROUTES[event.origin]`. Each routed function receives the event: it is a handler of its own, judged on its own reads
// (another vendor's stays untouched); the table's legacy origin is legacy-endpoint's item. Round-10 hold-out: the
// Jumio function's transactionReference reads were left silently.
import { Node, SyntaxKind } from '#ts-morph';
import { isFunctionLike, memberName, memberObject, resolveIdentifier, stringValue, unwrap } from './syntax.js';

/** The handler expressions a listener routes its event to by origin (none when it routes nothing so). */
export function originRoutes(handlerExpr: Node): Node[] {
  const fn = asFunction(handlerExpr);
  const param = fn?.getParameters()[0];
  if (!fn || !param || !Node.isIdentifier(param.getNameNode())) return [];
  const ev = param.getName();
  const out: Node[] = [];
  for (const call of fn.getDescendantsOfKind(SyntaxKind.CallExpression)) {
    const arg = call.getArguments()[0];
    if (!arg || unwrap(arg).getText() !== ev) continue;
    let callee: Node | undefined = unwrap(call.getExpression());
    if (Node.isIdentifier(callee)) callee = constInit(callee); // `const h = ROUTES.get(e.origin); h?.(e)`
    if (callee) out.push(...routed(callee, ev));
  }
  return out;
}

/** `T.get(ev.origin)` of a Map, `T[ev.origin]` of an object literal: the table's handler values. */
function routed(pick: Node, ev: string): Node[] {
  const isOrigin = (x: Node | undefined): boolean => !!x && unwrap(x).getText() === `${ev}.origin`;
  if (Node.isCallExpression(pick) && memberName(pick.getExpression()) === 'get' && isOrigin(pick.getArguments()[0])) {
    const table = tableOf(memberObject(pick.getExpression()));
    if (!table || !Node.isNewExpression(table) || table.getExpression().getText() !== 'Map') return [];
    const entries = table.getArguments()[0] && unwrap(table.getArguments()[0]!);
    if (!entries || !Node.isArrayLiteralExpression(entries)) return [];
    return entries.getElements().flatMap((e) => {
      const pair = unwrap(e);
      return Node.isArrayLiteralExpression(pair) && pair.getElements().length === 2 && stringValue(pair.getElements()[0]) !== undefined ? [pair.getElements()[1]!] : [];
    });
  }
  if (Node.isElementAccessExpression(pick) && isOrigin(pick.getArgumentExpression())) {
    const table = tableOf(pick.getExpression());
    if (!table || !Node.isObjectLiteralExpression(table)) return [];
    return table.getProperties().flatMap((p): Node[] => (Node.isPropertyAssignment(p) ? [p.getInitializerOrThrow()] : Node.isMethodDeclaration(p) ? [p] : []));
  }
  return [];
}

/** What a `const` of the file holds. */
function constInit(id: Node): Node | undefined {
  const d = resolveIdentifier(id);
  const init = d && Node.isVariableDeclaration(d) && d.getVariableStatement()?.getDeclarationKind() === 'const' ? d.getInitializer() : undefined;
  return init ? unwrap(init) : undefined;
}

const tableOf = (n: Node | undefined): Node | undefined => (n && Node.isIdentifier(unwrap(n)) ? constInit(unwrap(n)) : undefined);

function asFunction(expr: Node): import('./syntax.js').FunctionLikeNode | undefined {
  const u = unwrap(expr);
  if (isFunctionLike(u)) return u;
  const d = Node.isIdentifier(u) ? resolveIdentifier(u) : undefined;
  if (d && Node.isFunctionDeclaration(d)) return d;
  const init = d && Node.isVariableDeclaration(d) ? d.getInitializer() : undefined;
  return init && isFunctionLike(unwrap(init)) ? (unwrap(init) as import('./syntax.js').FunctionLikeNode) : undefined;
}
