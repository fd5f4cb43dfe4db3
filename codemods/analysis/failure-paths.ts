// The paths of a function that do not carry the migrated answer (hold-out round 55):
// - the body read on a failed response — `if (!res.ok) { const body = await res.json(); throw new VendorError(…, body); }`
//   — is the vendor's error answer, not the value: it is not followed (its reads do not move, passing it on is no
//   "leaves whole");
// - an object literal another `return` of a function hands its callers instead of the answer — `catch (err) { return {
//   redirectUrl: FALLBACK_URL, transactionReference: null }; }` — is a stand-in the callers' moved reads throw on.
import { Node, SyntaxKind } from '#ts-morph';
import { flagStandIn } from './settling-wrappers.js';
import type { EditSet } from './edit-set.js';

const STATUS = /^(status|statusCode)$/;

/** Does `cond` hold only when the response named `res` failed (`!res.ok`, `res.status >= 400`, `res.status === 404`,
 * `res.statusCode !== 200`, and conjunctions holding one of them)? */
function failedWhen(cond: Node, res: string): boolean {
  while (Node.isParenthesizedExpression(cond)) cond = cond.getExpression();
  // `res.ok`, `res.status`; or the fields destructured from the response (`const { statusCode, body } = await request(…)`).
  const field = (n: Node, name: RegExp) => Node.isPropertyAccessExpression(n) ? name.test(n.getName()) && n.getExpression().getText() === res : Node.isIdentifier(n) && name.test(n.getText());
  if (Node.isPrefixUnaryExpression(cond) && cond.getOperatorToken() === SyntaxKind.ExclamationToken) return field(cond.getOperand(), /^ok$/);
  if (!Node.isBinaryExpression(cond)) return false;
  const op = cond.getOperatorToken().getText();
  if (op === '&&') return failedWhen(cond.getLeft(), res) || failedWhen(cond.getRight(), res);
  if (op === '||') return failedWhen(cond.getLeft(), res) && failedWhen(cond.getRight(), res);
  const [l, r] = [cond.getLeft(), cond.getRight()];
  const status = field(l, STATUS);
  const n = Node.isNumericLiteral(r) ? Number(r.getLiteralValue()) : NaN;
  if (!status || Number.isNaN(n)) return false;
  return ((op === '>=' || op === '>') && n >= 300) || ((op === '===' || op === '==') && n >= 400) || ((op === '!==' || op === '!=') && n >= 200 && n < 300);
}

/** `access` (`res.json` / `res.text` / `res.body.json`) sits in a branch taken only when `res` failed, which
 * ends the function there (its last statement throws or returns). */
export function readOnFailure(access: Node): boolean {
  let root = Node.isPropertyAccessExpression(access) ? access.getExpression() : access; // `res` of `res.json`, `res.body.json`
  while (Node.isPropertyAccessExpression(root)) root = root.getExpression();
  const res = root.getText();
  for (let n: Node | undefined = access; n && !Node.isFunctionLikeDeclaration(n) && !Node.isArrowFunction(n); n = n.getParent()) {
    const p = n.getParent();
    if (!Node.isIfStatement(p) || p.getThenStatement() !== n || !failedWhen(p.getExpression(), res)) continue;
    const last = Node.isBlock(n) ? n.getStatements().at(-1) : n;
    if (last && (Node.isThrowStatement(last) || Node.isReturnStatement(last))) return true;
  }
  return false;
}

/** The other `return`s of `fn` (not of functions nested in it) that hand back an object literal instead of the
 * answer `at` returns: each gets the stand-in item. */
export function flagStandInReturns(fn: Node, at: Node, edits: EditSet): void {
  for (const ret of fn.getDescendantsOfKind(SyntaxKind.ReturnStatement)) {
    if (ret === at || ret.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a)) !== fn) continue;
    let e = ret.getExpression();
    while (e && (Node.isParenthesizedExpression(e) || Node.isAsExpression(e) || Node.isSatisfiesExpression(e))) e = e.getExpression();
    if (e && Node.isObjectLiteralExpression(e)) flagStandIn(e, edits, 'web.href / workflowExecution.id');
  }
}
