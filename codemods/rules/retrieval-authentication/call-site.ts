// Facts about where a retrieval call sits: its function (async or not, or returning the call's promise), the
// statement a new line can go before, and where the new URL should be written.
import { Node } from '#ts-morph';
import { unwrap } from '../../analysis/eval-context.js';
import { findDeclaration } from '../../analysis/resolve-binding.js';

export function enclosingFunction(n: Node): Node | undefined {
  return n.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a));
}

/** A call at the top level of a module that already awaits there (an Astro page's frontmatter, an ES module with
 * top-level await): the KYX token and account lookup can be awaited before it too. */
export function awaitsAtTopLevel(call: Node): boolean {
  if (enclosingFunction(call)) return false;
  let found = false;
  call.getSourceFile().forEachDescendant((d, walk) => {
    if (found || Node.isFunctionLikeDeclaration(d) || Node.isArrowFunction(d) || Node.isFunctionExpression(d) || Node.isClassDeclaration(d)) return walk.skip();
    if (Node.isAwaitExpression(d) || (Node.isForOfStatement(d) && d.isAwaited())) found = true;
  });
  return found;
}

/** A non-async function whose result is the call's promise chain can become async without changing what its
 * callers see (they already get a promise). */
export function returnsTheCall(fn: Node | undefined, call: Node): boolean {
  if (!fn || !(Node.isArrowFunction(fn) || Node.isFunctionDeclaration(fn) || Node.isFunctionExpression(fn) || Node.isMethodDeclaration(fn))) return false;
  if ((fn as { isGenerator?: () => boolean }).isGenerator?.()) return false;
  const body = fn.getBody();
  if (!body) return false;
  if (!Node.isBlock(body)) return body === call || body.getDescendants().includes(call as never) && enclosingFunction(call) === fn;
  const returns: Node[] = [];
  body.forEachDescendant((d, t) => {
    if (Node.isArrowFunction(d) || Node.isFunctionExpression(d) || Node.isFunctionDeclaration(d) || Node.isClassDeclaration(d)) return t.skip();
    if (Node.isReturnStatement(d)) returns.push(d);
  });
  return returns.length > 0 && returns.every((r) => r.getDescendants().includes(call as never));
}

export function isAsync(fn: Node | undefined): boolean {
  return !!fn && (fn as unknown as { isAsync?: () => boolean }).isAsync?.() === true;
}

/** The statement directly inside a block / file / case clause that contains `n`. */
export function anchorStatement(n: Node): Node | undefined {
  for (let c: Node | undefined = n; c; c = c.getParent()) {
    const p = c.getParent();
    if (!p) return undefined;
    if (Node.isArrowFunction(p) || Node.isFunctionExpression(p) || Node.isFunctionDeclaration(p)) return undefined;
    if (Node.isBlock(p) || Node.isSourceFile(p) || Node.isCaseClause(p) || Node.isDefaultClause(p)) return c;
  }
  return undefined;
}

export function lineIndent(n: Node): string {
  const text = n.getSourceFile().getFullText();
  const ls = text.lastIndexOf('\n', n.getStart() - 1) + 1;
  return /^[ \t]*/.exec(text.slice(ls))![0];
}

/** Where the new URL goes: the call's argument, or the initialiser of a const of the same function that holds
 * the URL and is read only by this call (so no dead legacy URL is left behind). */
export function urlTarget(url: Node, fn: Node): Node {
  const u = unwrap(url);
  if (!Node.isIdentifier(u)) return url;
  const decl = findDeclaration(u, u.getText());
  if (!Node.isVariableDeclaration(decl) || decl.getVariableStatement()?.getDeclarationKind() !== 'const') return url;
  const init = decl.getInitializer();
  if (!init || !decl.getAncestors().includes(fn as never)) return url;
  let reads = 0;
  fn.forEachDescendant((d) => {
    if (Node.isIdentifier(d) && d.getText() === u.getText() && d !== decl.getNameNode() && findDeclaration(d, d.getText()) === decl) reads++;
  });
  return reads === 1 ? init : url;
}

/** What the account lookup is given: the reference itself. The URL keeps its percent-encoding
 * (`encodeURIComponent(ref)`), but the store is keyed by the raw workflowExecution.id, so the encoding is left out
 * there (the global encoder only: a local function of that name may do anything). */
export function lookupReference(ref: Node): string {
  const e = unwrap(ref);
  if (!Node.isCallExpression(e) || e.getArguments().length !== 1) return ref.getText();
  const callee = e.getExpression();
  const name = Node.isIdentifier(callee) ? callee.getText()
    : Node.isPropertyAccessExpression(callee) && /^(window|globalThis|self)$/.test(callee.getExpression().getText()) ? callee.getName() : undefined;
  if (name !== 'encodeURIComponent' && name !== 'encodeURI') return ref.getText();
  if (Node.isIdentifier(callee) && findDeclaration(callee, name)) return ref.getText();
  const arg = e.getArguments()[0]!;
  return Node.isSpreadElement(arg) ? ref.getText() : arg.getText();
}
