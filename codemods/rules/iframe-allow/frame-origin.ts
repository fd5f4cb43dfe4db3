// What an element expression of DOM code is, when its definition shows an iFrame: one the script creates
// (`createElement('iframe')`, `$('<iframe>')`, MooTools' `new Element('iframe', …)`), one of the page (a Vue ref,
// a component's frame ref, `querySelector('iframe')`, `getElementById` of the page's <iframe>), or an element looked
// up by an id the script cannot see ('byId'). Used by dom-frames.ts.
import { Node } from '#ts-morph';
import { resolveIdentifier, stringValue, unwrap } from '../../analysis-frontend/syntax.js';
import { componentFrameRef, jsxRefVariable } from './component-frame-refs.js';
import { heldOrigin } from './member-frames.js';
import { assignedValues } from '../../analysis/sole-assignment.js';
import { isEmptyValue } from '../../analysis-frontend/this-holder.js';
import { isJquery, JQUERY, JQUERY_CHAIN, jqueryBase } from './jquery-frames.js';

/** MooTools' `new Element('iframe', { … })`. */
export function mooToolsFrame(ne: import('#ts-morph').NewExpression): boolean {
  return ne.getExpression().getText() === 'Element' && stringValue(ne.getArguments()[0])?.toLowerCase() === 'iframe' && !!ne.getArguments()[1];
}

/** What the receiver is, if its definition shows an iframe. */
export function iframeOrigin(receiver: Node, ids: ReadonlySet<string>, depth = 0, bound?: ReadonlySet<string>, refs?: ReadonlySet<string>): 'created' | 'page' | 'byId' | undefined {
  const u = unwrap(receiver);
  if (depth > 4) return undefined;
  // Vue: `this.$refs.frame` / `this.$refs['frame']` of the template's `<iframe ref="frame">`.
  if ((Node.isPropertyAccessExpression(u) || Node.isElementAccessExpression(u)) && /(^|\.)\$refs$/.test(u.getExpression().getText())) {
    const name = Node.isPropertyAccessExpression(u) ? u.getName() : stringValue(u.getArgumentExpression());
    return name !== undefined && refs?.has(name) ? 'page' : undefined;
  }
  if (Node.isPropertyAccessExpression(u)) return componentFrameRef(u) ? 'page' : heldOrigin(u, (v) => iframeOrigin(v, ids, depth + 1, bound, refs));
  if (Node.isIdentifier(u)) {
    const decl = resolveIdentifier(u);
    // A component-level `let frame` the markup binds to its <iframe>.
    if (decl && Node.isVariableDeclaration(decl) && bound?.has(decl.getName()) && Node.isSourceFile(decl.getVariableStatement()?.getParent())) return 'page';
    if (decl && Node.isVariableDeclaration(decl) && jsxRefVariable(decl)) return 'page'; // Solid's `let frame` of <iframe ref={frame}>
    if (!decl || !Node.isVariableDeclaration(decl)) return undefined;
    const init = decl.getInitializer();
    if (!isEmptyValue(init)) return iframeOrigin(init!, ids, depth + 1);
    // `var frame = null;` that `open()` sets to `document.createElement('iframe')` (round-28 hold-out): what every
    // assignment gives it, when they agree (a reset to null is no value).
    const origins = assignedValues(decl)?.filter((v) => !isEmptyValue(v)).map((v) => iframeOrigin(v, ids, depth + 1));
    return origins?.length && origins.every((o) => o === origins[0]) ? origins[0] : undefined;
  }
  if (Node.isElementAccessExpression(u)) return iframeOrigin(u.getExpression(), ids, depth + 1);
  if (Node.isNewExpression(u)) return mooToolsFrame(u) ? 'created' : undefined;
  if (!Node.isCallExpression(u)) return undefined;
  const callee = u.getExpression();
  // `Object.assign(document.createElement('iframe'), { … })` is the element it is given.
  if (callee.getText() === 'Object.assign' && u.getArguments()[0]) return iframeOrigin(u.getArguments()[0]!, ids, depth + 1, bound, refs);
  if (JQUERY.test(callee.getText())) {
    const sel = stringValue(u.getArguments()[0])?.trim();
    if (sel === undefined) return undefined;
    if (/^<iframe\b/i.test(sel)) return 'created';
    if (/^iframe\b/i.test(sel)) return 'page';
    const id = /^#([\w-]+)$/.exec(sel)?.[1];
    return id ? (ids.has(id) ? 'page' : 'byId') : undefined;
  }
  if (Node.isPropertyAccessExpression(callee) && JQUERY_CHAIN.has(callee.getName()) && isJquery(u)) return iframeOrigin(jqueryBase(u), ids, depth + 1);
  const method = Node.isPropertyAccessExpression(callee) ? callee.getName() : undefined;
  const arg = stringValue(u.getArguments()[0])?.trim();
  if (arg === undefined) return undefined;
  if (method === 'createElement') return arg.toLowerCase() === 'iframe' ? 'created' : undefined;
  // An element looked up by an id this file cannot see (a script file the page loads): 'byId', an iframe only if the
  // script gives it the web client's allow list (domFrameEdits).
  const id = method === 'getElementById' ? arg : method === 'querySelector' ? /^#([\w-]+)$/.exec(arg)?.[1] : undefined;
  if (id !== undefined) return ids.has(id) ? 'page' : 'byId';
  if (method === 'querySelector' || method === 'getElementsByTagName') return /^iframe\b/i.test(arg) ? 'page' : undefined;
  return undefined;
}
