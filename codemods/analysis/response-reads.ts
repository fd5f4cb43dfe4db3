// The text of a migrated read of the legacy initiate response: `data.redirectUrl` → `data.web.href` (dot, optional
// and bracket access) and destructuring `{ redirectUrl }` → `{ web: { href: redirectUrl } }`; and the stored-key
// paths a response left whole may still be queried by.
import { Node, SyntaxKind, type BindingElement } from '#ts-morph';
import { INITIATE_RESPONSE_FIELD_MOVES } from '../../api/index.js';
import type { EditSet } from './edit-set.js';

/** The node of a member read to replace and its new text, keeping optional chaining and the bracket quote style. */
export function movedReadEdit(access: Node, path: readonly string[]): { node: Node; text: string } | undefined {
  if (Node.isPropertyAccessExpression(access)) {
    return { node: access.getNameNode(), text: path.join(access.hasQuestionDotToken() ? '?.' : '.') };
  }
  if (Node.isElementAccessExpression(access)) {
    const arg = access.getArgumentExpression()!;
    const q = arg.getText()[0];
    return { node: arg, text: path.map((p) => `${q}${p}${q}`).join(access.hasQuestionDotToken() ? ']?.[' : '][') };
  }
  return undefined;
}

/** `{ redirectUrl }` → `{ web: { href: redirectUrl } }`; `{ redirectUrl: u = d }` → `{ web: { href: u = d } = {} }`. */
export function movedBindingText(el: BindingElement, path: readonly string[]): string {
  const target = el.getNameNode().getText();
  const init = el.getInitializer();
  const key = path[path.length - 1];
  // `{ transactionReference: id }` → `{ workflowExecution: { id } }`, not `{ id: id }`
  const head = key === target && Node.isIdentifier(el.getNameNode()) ? target : `${key}: ${target}`;
  const inner = `${head}${init ? ` = ${init.getText()}` : ''}`;
  // A default on the read (or on the pattern holding it, `{ data: { redirectUrl } = {} }`) says the value may be
  // missing: the new intermediate level (`web`, `workflowExecution`) then defaults to `{}` as well, so the old
  // default still applies instead of destructuring undefined throwing.
  const owner = el.getParent()?.getParent();
  const tolerant = !!init || (!!owner && Node.isBindingElement(owner) && !!owner.getInitializer());
  return path.slice(0, -1).reduceRight((acc, seg) => `${seg}: { ${acc} }${tolerant ? ' = {}' : ''}`, inner);
}

/** The initiate response fields that moved under another object (redirectUrl → web.href…). */
export const MOVED_FIELDS = INITIATE_RESPONSE_FIELD_MOVES.filter((m) => m.kyx.length > 1);

/** The response, left whole, is stored under a key (`{ jumioResponse: res.data }`): string key paths such as
 * "jumioResponse.transactionReference" elsewhere in the file query the stored legacy shape — a data migration, not a
 * code rename — and get a manual item each. */
export function flagStoredKeyPaths(node: Node, edits: EditSet): void {
  const key = Node.isPropertyAssignment(node) || Node.isShorthandPropertyAssignment(node) ? node.getName() : undefined;
  if (!key) return;
  for (const lit of node.getSourceFile().getDescendantsOfKind(SyntaxKind.StringLiteral)) {
    const v = lit.getLiteralValue();
    const move = MOVED_FIELDS.find((m) => v === `${key}.${m.legacy}` || v.endsWith(`.${key}.${m.legacy}`));
    if (move) edits.addManual(lit, `"${v}" queries the stored legacy response; documents stored from now on hold ${key}.${move.kyx.join('.')}: migrate the stored data or query both`);
  }
}
