// jQuery in DOM frame code (dom-frames.ts): `$(sel)` / `jQuery(sel)` and the chain links that hand the same element
// on (`$(sel).attr(…).css(…)`), also through a const holding one.
import { Node } from '#ts-morph';
import { resolveIdentifier, unwrap } from '../../analysis-frontend/syntax.js';

export const JQUERY = /^(\$|jQuery)$/;
export const JQUERY_CHAIN = new Set(['attr', 'prop', 'css', 'addClass', 'removeClass', 'show', 'hide', 'appendTo']);

/** `$(sel).attr(…).css(…)` → `$(sel)`; anything else unchanged. */
export function jqueryBase(n: Node): Node {
  let cur = unwrap(n);
  while (Node.isCallExpression(cur)) {
    const callee = cur.getExpression();
    if (!Node.isPropertyAccessExpression(callee) || !JQUERY_CHAIN.has(callee.getName())) break;
    cur = unwrap(callee.getExpression());
  }
  return cur;
}

export function isJquery(n: Node): boolean {
  const b = jqueryBase(n);
  if (Node.isCallExpression(b)) return JQUERY.test(b.getExpression().getText());
  if (Node.isIdentifier(b)) {
    const decl = resolveIdentifier(b);
    const init = decl && Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
    return !!init && isJquery(init);
  }
  return false;
}
