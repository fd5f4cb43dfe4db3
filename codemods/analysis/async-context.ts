// The migrated call awaits the KYX token and the account lookup, so it must run in an async context.
// Make the enclosing function async when that cannot change what callers see; otherwise say why not.
import { Node, SyntaxKind } from '#ts-morph';
import type { EditSet } from './edit-set.js';
import { packageOf } from './settling-wrappers.js';
import { findDeclaration } from './resolve-binding.js';
import { recogniseHttpCall } from './http-calls.js';

export type FunctionLike = import('ts-morph').FunctionDeclaration | import('ts-morph').FunctionExpression |
  import('ts-morph').ArrowFunction | import('ts-morph').MethodDeclaration;

export function enclosingFunction(n: Node): Node | undefined {
  return n.getFirstAncestor((a) => Node.isFunctionDeclaration(a) || Node.isFunctionExpression(a) || Node.isArrowFunction(a) ||
    Node.isMethodDeclaration(a) || Node.isConstructorDeclaration(a) || Node.isGetAccessorDeclaration(a) ||
    Node.isSetAccessorDeclaration(a));
}

function awaitsAtTopLevel(call: Node): boolean {
  if (call.getFirstAncestorByKind(SyntaxKind.AwaitExpression)) return true;
  return call.getSourceFile().getDescendantsOfKind(SyntaxKind.AwaitExpression).some((a) => !enclosingFunction(a));
}

/** Returns undefined when the call can await (after the planned edit), else the reason it cannot. */
export function ensureAsync(call: Node, esm: boolean, edits: EditSet): string | undefined {
  const fn = enclosingFunction(call);
  // Code that already awaits at its top level runs where it can (an ES module by its syntax, or a body a platform wraps in
  // an async function: a Code by Zapier step in a `.js` file; hold-out round 66).
  if (!fn) return esm || awaitsAtTopLevel(call) ? undefined : 'the call runs at the top level of a CommonJS module, where it cannot await the KYX token';
  if (!(Node.isFunctionDeclaration(fn) || Node.isFunctionExpression(fn) || Node.isArrowFunction(fn) || Node.isMethodDeclaration(fn))) {
    return 'the call is in a constructor or accessor, which cannot await the KYX token';
  }
  if (fn.isAsync()) return undefined;
  // A React effect callback must not return a promise (React would call it as the cleanup function).
  const owner = fn.getParent();
  if (owner && Node.isCallExpression(owner) && /^(React\.)?use(Layout|Insertion)?Effect$/.test(owner.getExpression().getText())) {
    return 'the call is in a React effect, which must not be async; move the call to your back end';
  }
  const runner = asyncJsRunner(fn);
  if (runner) {
    return `the call is in a task given to async.js (${runner}), which calls an async function without its callback: the task cannot be made async to await the KYX token; migrate this flow to async/await by hand`;
  }
  if (Node.isFunctionDeclaration(fn) || Node.isFunctionExpression(fn) || Node.isMethodDeclaration(fn)) {
    if (fn.isGenerator()) return 'the call is in a generator, which cannot await the KYX token';
  }
  const rt = fn.getReturnTypeNode();
  if (rt && !/^Promise\s*</.test(rt.getText())) {
    return `the enclosing function returns ${rt.getText()}; make it async (returning a Promise) so it can await the KYX token`;
  }
  // (round-36 hold-out: an RxJS switchMap projection returning `from(fetch(…))` was made async)
  const value = nonPromiseReturn(fn, call);
  if (value) {
    return `the enclosing function returns ${describe(value)}, not a promise: made async to await the KYX token, its callers would get a promise of it instead; migrate this flow to async/await by hand`;
  }
  // Insert `async` where the grammar wants it.
  let pos: number;
  if (Node.isArrowFunction(fn)) pos = fn.getStart();
  else if (Node.isMethodDeclaration(fn)) pos = fn.getNameNode().getStart();
  else {
    const kw = fn.getFirstChildByKind(SyntaxKind.FunctionKeyword);
    if (!kw) return 'could not make the enclosing function async';
    pos = kw.getStart();
  }
  edits.insertAt(fn, pos, 'async ', 'enclosing function made async (awaits the KYX token)');
  return undefined;
}

/** async.js (`async`, `async-es`, `neo-async`) hands a task that is an AsyncFunction no callback: it awaits the
 * task's promise instead, so a node-style task (`(ref, cb) => …` in `async.waterfall([…])`, `mapLimit(xs, 4, fn)`,
 * `parallel({ a: fn })`) made async would never get its `cb`. Returns the runner's text when `fn` is such a task. */
function asyncJsRunner(fn: Node): string | undefined {
  let arg: Node = fn;
  let p = fn.getParent();
  if (p && Node.isPropertyAssignment(p)) p = p.getParent();
  if (p && (Node.isArrayLiteralExpression(p) || Node.isObjectLiteralExpression(p))) {
    arg = p;
    p = p.getParent();
  }
  if (!p || !Node.isCallExpression(p) || !p.getArguments().includes(arg as never)) return undefined;
  const callee = p.getExpression();
  const holder = Node.isPropertyAccessExpression(callee) ? callee.getExpression() : callee;
  if (!Node.isIdentifier(holder)) return undefined;
  return /^(async|async-es|neo-async)(\/|$)/.test(packageOf(holder) ?? '') ? callee.getText() : undefined;
}

/** The statement (direct child of a block or file) that contains `n`. */
export function statementOf(n: Node): Node | undefined {
  return n.getFirstAncestor((a) => {
    const p = a.getParent();
    return !!p && (Node.isBlock(p) || Node.isSourceFile(p) || Node.isCaseClause(p) || Node.isDefaultClause(p) || Node.isModuleBlock(p));
  }) ?? undefined;
}

/** The statement holding `site` in the block of the earliest of `builders` that sits in a block enclosing it and
 * comes before it — `const payload = {…}; for (;;) { const res = await request(url, { body: payload }); … }` gives the
 * `for` —, else `site`: the lookup the body reads must go before the body, in that block (hold-out round 55: it went
 * inside the loop, after the body that reads it). */
export function outerStatement(site: Node, builders: readonly Node[]): Node {
  let base = site;
  for (const b of builders) {
    const outer = b.getParent() === base.getParent() ? undefined : base.getAncestors().find((a) => a.getParent() === b.getParent());
    if (outer && b.getStart() < outer.getStart()) base = outer;
  }
  return base;
}

/** A value the function returns, built around the migrated call, that is not a promise (`from(fetch(…))`: callers
 * would get a promise of it once the function is async): an expression body or a `return x`, not a nested
 * function's. A promise is the call's own chain (`fetch(…).then(…)`), `new Promise(…)`, `Promise.all(…)` and the
 * like, or a variable holding one. */
function nonPromiseReturn(fn: FunctionLike, call: Node): Node | undefined {
  const body = fn.getBody();
  if (!body) return undefined;
  // Only a returned value built around the call itself: `return res.redirect(…)` on another path of a route handler
  // is a value its framework ignores, as before.
  const wrapsCall = (e: Node): boolean => call.getStart() >= e.getStart() && call.getEnd() <= e.getEnd() && !promiseValued(e, call, 0);
  if (!Node.isBlock(body)) return wrapsCall(body) ? body : undefined;
  let found: Node | undefined;
  const walk = (n: Node): void => {
    if (found || Node.isFunctionDeclaration(n) || Node.isFunctionExpression(n) || Node.isArrowFunction(n) || Node.isClassDeclaration(n)) return;
    const e = Node.isReturnStatement(n) ? n.getExpression() : undefined;
    if (e && wrapsCall(e)) found = e;
    n.forEachChild(walk);
  };
  body.forEachChild(walk);
  return found;
}

function promiseValued(expr: Node, call: Node, depth: number): boolean {
  let e = expr;
  while (Node.isParenthesizedExpression(e) || Node.isAsExpression(e) || Node.isSatisfiesExpression(e) || Node.isNonNullExpression(e)) e = e.getExpression();
  if (Node.isVoidExpression(e)) return true;
  if (Node.isNewExpression(e)) return e.getExpression().getText() === 'Promise';
  if (Node.isConditionalExpression(e)) return promiseValued(e.getWhenTrue(), call, depth) && promiseValued(e.getWhenFalse(), call, depth);
  if (Node.isCallExpression(e)) {
    // The migrated call itself, or a method chain on it (`got.post(…).json()`, `fetch(…).then(…)`).
    for (let root: Node = e; Node.isCallExpression(root) || Node.isPropertyAccessExpression(root); root = root.getExpression()) if (root === call) return true;
    const callee = e.getExpression();
    if (Node.isPropertyAccessExpression(callee) && (/^(then|catch|finally)$/.test(callee.getName()) || callee.getExpression().getText() === 'Promise')) return true;
    return recogniseHttpCall(e) !== undefined; // another request of a client the rules know
  }
  if (Node.isIdentifier(e) && depth < 2) {
    const decl = findDeclaration(e, e.getText());
    const init = decl && Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
    return !!init && promiseValued(init, call, depth + 1);
  }
  return false;
}

function describe(value: Node): string {
  const e = Node.isParenthesizedExpression(value) ? value.getExpression() : value;
  if (Node.isCallExpression(e)) {
    const callee = e.getExpression();
    return Node.isPropertyAccessExpression(callee) && callee.getExpression().getText().includes('(') ? `….${callee.getName()}(…)` : `${callee.getText().replace(/\s+/g, '')}(…)`;
  }
  if (Node.isObjectLiteralExpression(e)) return 'an object';
  if (Node.isArrayLiteralExpression(e)) return 'an array';
  const one = e.getText().replace(/\s+/g, ' ');
  return one.length > 40 ? `${one.slice(0, 39)}…` : one;
}
