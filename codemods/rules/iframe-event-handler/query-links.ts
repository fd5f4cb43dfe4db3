// A renamed event read that goes on into a URL under the legacy query name: `'/auth/complete?transactionReference=' +
// d.transactionReference`, `` `…&transactionReference=${encodeURIComponent(d.transactionReference)}` ``. The read is
// renamed, but the key is the app's own text, read by the page the link opens — often the success/error page, whose
// reads landing-page-params renames to the KYX name (KYX's redirect appends that): the two must be changed together,
// so the link gets an item.
import { Node, SyntaxKind } from '#ts-morph';

const WRAPPERS = new Set(['encodeURIComponent', 'encodeURI', 'escape', 'String']);

/** The literal text right before `n` in a string built with `+` or a template literal; undefined otherwise. */
function textBefore(n: Node): string | undefined {
  const parent = n.getParent();
  if (Node.isBinaryExpression(parent) && parent.getOperatorToken().getKind() === SyntaxKind.PlusToken && parent.getRight() === n) {
    let left: Node = parent.getLeft();
    if (Node.isBinaryExpression(left) && left.getOperatorToken().getKind() === SyntaxKind.PlusToken) left = left.getRight();
    if (Node.isStringLiteral(left) || Node.isNoSubstitutionTemplateLiteral(left)) return left.getLiteralValue();
    if (Node.isTemplateExpression(left)) return left.getTemplateSpans().at(-1)?.getLiteral().getLiteralText();
    return undefined;
  }
  if (Node.isTemplateSpan(parent) && parent.getExpression() === n) {
    const tpl = parent.getParent();
    if (!Node.isTemplateExpression(tpl)) return undefined;
    const spans = tpl.getTemplateSpans();
    const i = spans.indexOf(parent);
    return i === 0 ? tpl.getHead().getLiteralText() : spans[i - 1]!.getLiteral().getLiteralText();
  }
  return undefined;
}

/** Does the read (the property access whose key is `key`) follow `?legacy=` / `&legacy=` in a built URL? */
export function followsLegacyQueryKey(key: Node, legacy: string): boolean {
  let n: Node | undefined = key.getParent();
  for (;;) {
    const p: Node | undefined = n?.getParent();
    if (Node.isParenthesizedExpression(p)) n = p;
    else if (Node.isCallExpression(p) && p.getArguments().length === 1 && p.getArguments()[0] === n && WRAPPERS.has(p.getExpression().getText())) n = p;
    else break;
  }
  const before = n ? textBefore(n) : undefined;
  return before !== undefined && new RegExp(`[?&]${legacy}=$`).test(before);
}

/** Words of the message a rerun looks for in an earlier run's marker. */
export const QUERY_LINK_NEEDLE = 'goes on in this link as';

export function queryLinkMessage(legacy: string, next: string): string {
  return `the Jumio event's ${legacy} ${QUERY_LINK_NEEDLE} ${legacy}= (the read now gives ${next}; the key is your own ` +
    `text): KYX's redirect to your success/error page appends ${next}, and landing-page-params renames what such pages read — ` +
    `if this link opens one of them, use ${next}= here too`;
}
