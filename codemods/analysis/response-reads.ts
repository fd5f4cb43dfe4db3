// The text of a migrated read of the legacy initiate response: `data.redirectUrl` → `data.web.href` (dot, optional
// and bracket access) and destructuring `{ redirectUrl }` → `{ web: { href: redirectUrl } }`.
import { Node, type BindingElement } from '#ts-morph';

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
