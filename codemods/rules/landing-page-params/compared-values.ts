// What a landing page compares a redirect parameter's value with (`status === 'SUCCESS'`, `case 'APPROVED':`),
// following the local variable that holds it: values Jumio never sends mark a payment or other page (index.ts).
import { Node, SyntaxKind } from '#ts-morph';
import { inGuardedBranch } from './foreach-reads.js';
import { resolveIdentifier, soleReturnedExpression } from '../../analysis-frontend/syntax.js';
import type { ParamRead } from './query-reads.js';

/** The name of the local variable that holds the parameter's value: the binding's, or the declaration's after
 * `?? ''`, `|| ''`, String(…), decodeURIComponent(…), Number(…) / parseInt(…, 10) (round-23 hold-out: `const code =
 * parseInt(errorCode, 10)` compared with 9836 later got no item), casts and Svelte 5's `$derived(…)`. */
export function valueHolder(read: ParamRead): Node | undefined {
  const v = read.value;
  if (Node.isBindingElement(v) || Node.isParameterDeclaration(v)) return v.getNameNode();
  const parent = outermostWrapper(v).getParent();
  return parent && Node.isVariableDeclaration(parent) && Node.isIdentifier(parent.getNameNode()) ? parent.getNameNode() : undefined;
}

/** The value with the wrappers valueHolder looks through (`?? ''`, String(…), casts…). */
function outermostWrapper(v: Node): Node {
  let cur: Node = v;
  for (let p = cur.getParent(); p; p = cur.getParent()) {
    const wraps = Node.isParenthesizedExpression(p) || Node.isAsExpression(p) || Node.isNonNullExpression(p)
      || (Node.isBinaryExpression(p) && p.getLeft() === cur && ['??', '||'].includes(p.getOperatorToken().getText()))
      || (Node.isCallExpression(p) && p.getArguments()[0] === cur && (/^(String|decodeURIComponent|Number|parseInt|parseFloat|Number\.parseInt|Number\.parseFloat|\$derived)$/.test(p.getExpression().getText()) || isPassThroughHelper(p.getExpression())));
    if (!wraps) break;
    cur = p;
  }
  return cur;
}

/** A function of the file that hands back its first argument or a piece of it — Next.js's `first(value) { return
 * Array.isArray(value) ? value[0] : value }`, `(v) => v ?? ''` — so its result is the parameter's value (hold-out
 * round 19: a 9836 comparison through such a helper got no item, a payment page's comparisons were not seen). */
function isPassThroughHelper(callee: Node): boolean {
  if (!Node.isIdentifier(callee)) return false;
  const decl = resolveIdentifier(callee); // (not getSymbol(): that builds the type checker)
  const fn = decl && Node.isVariableDeclaration(decl) ? decl.getInitializer() : decl;
  if (!fn || !(Node.isFunctionDeclaration(fn) || Node.isArrowFunction(fn) || Node.isFunctionExpression(fn))) return false;
  const param = fn.getParameters()[0]?.getNameNode();
  if (!param || !Node.isIdentifier(param) || fn.getParameters().length !== 1) return false;
  const result = soleReturnedExpression(fn);
  return !!result && yieldsParam(result, param.getText());
}

/** Every value the expression can take is the parameter, an element of it, or an empty fallback. */
function yieldsParam(e: Node, name: string): boolean {
  if (Node.isParenthesizedExpression(e) || Node.isAsExpression(e) || Node.isNonNullExpression(e)) return yieldsParam(e.getExpression(), name);
  if (Node.isConditionalExpression(e)) return yieldsParam(e.getWhenTrue(), name) && yieldsParam(e.getWhenFalse(), name);
  if (Node.isBinaryExpression(e) && ['??', '||'].includes(e.getOperatorToken().getText())) return yieldsParam(e.getLeft(), name) && yieldsParam(e.getRight(), name);
  if (Node.isIdentifier(e)) return e.getText() === name || e.getText() === 'undefined';
  if (Node.isElementAccessExpression(e)) return e.getExpression().getText() === name && Node.isNumericLiteral(e.getArgumentExpression());
  if (Node.isCallExpression(e) && Node.isPropertyAccessExpression(e.getExpression())) {
    const pa = e.getExpression() as import('ts-morph').PropertyAccessExpression;
    return pa.getExpression().getText() === name && pa.getName() === 'at' && e.getArguments().length === 1;
  }
  return Node.isStringLiteral(e) && e.getLiteralValue() === '' || e.getKind() === SyntaxKind.NullKeyword;
}

/** Literals the parameter's value is compared with (`=== 'X'`, `case 'X':`), following one local variable. */
export function comparedLiterals(read: ParamRead): Node[] {
  // (A decorated parameter, Nest's `@Query('transactionStatus') status`, is the parameter's value everywhere.)
  const param = Node.isParameterDeclaration(read.value) && !read.value.getDecorators().length;
  const uses: Node[] = Node.isBindingElement(read.value) || param ? [] : [read.value];
  const holder = valueHolder(read);
  // A forEach callback's value parameter (a for…of loop's value) is this parameter's only inside the branch its key
  // comparison guards.
  const loop = Node.isArrayBindingPattern(read.value.getParent()) ? read.value.getParent()?.getParent()?.getParent()?.getParent() : undefined;
  const walked = param || (!!loop && Node.isForOfStatement(loop));
  if (holder) uses.push(...identifierUses(holder).filter((u) => !walked || inGuardedBranch(u, read.nameNode)));
  uses.push(...pagePropUses(read), ...classFieldUses(read), ...watchedValueUses(read));
  // `status = value` (a loop's value kept for after the loop): that variable's comparisons count too.
  for (const u of [...uses]) {
    const a = u.getParent();
    if (a && Node.isBinaryExpression(a) && a.getOperatorToken().getKind() === SyntaxKind.EqualsToken && a.getRight() === u && Node.isIdentifier(a.getLeft())) uses.push(...identifierUses(a.getLeft()));
  }
  const out: Node[] = [];
  for (const use of uses) {
    let top: Node = use;
    while (top.getParent() && (Node.isParenthesizedExpression(top.getParent()!) || Node.isCallExpression(top.getParent()!) && /\.(toUpperCase|toLowerCase|trim)$/.test((top.getParent() as import('ts-morph').CallExpression).getExpression().getText()) || Node.isPropertyAccessExpression(top.getParent()!)
      || converted(top))) {
      const p = top.getParent()!;
      if (Node.isPropertyAccessExpression(p) && p.getExpression() !== top) break;
      top = p;
    }
    const p = top.getParent();
    if (p && Node.isBinaryExpression(p) && /^[!=]==?$/.test(p.getOperatorToken().getText())) out.push(p.getLeft() === top ? p.getRight() : p.getLeft());
    if (p && Node.isSwitchStatement(p)) for (const c of p.getClauses()) if (Node.isCaseClause(c)) out.push(c.getExpression());
  }
  return out;
}

/** `Number(code)`, `parseInt(code, 10)`, `String(code)`: the value converted, compared as the parameter's (round-21
 * hold-out: `Number(errorCode) === 9836` got no item). */
function converted(use: Node): boolean {
  const p = use.getParent();
  return !!p && Node.isCallExpression(p) && p.getArguments()[0] === use && /^(Number|String|parseInt|parseFloat|Number\.parseInt|Number\.parseFloat)$/.test(p.getExpression().getText());
}

/** Vue's `watch(() => route.query.transactionStatus, (status) => …)`: the callback's first parameter is the value
 * (round-26 hold-out: a card-payment return comparing it with 'AUTHORISED' / 'REFUSED' went unseen and was renamed). */
function watchedValueUses(read: ParamRead): Node[] {
  const v = outermostWrapper(read.value);
  const getter = v.getParent();
  if (!getter || !Node.isArrowFunction(getter) || getter.getBody() !== v) return [];
  const call = getter.getParent();
  if (!call || !Node.isCallExpression(call) || call.getArguments()[0] !== getter || call.getExpression().getText() !== 'watch') return [];
  const cb = call.getArguments()[1];
  const param = cb && (Node.isArrowFunction(cb) || Node.isFunctionExpression(cb)) ? cb.getParameters()[0]?.getNameNode() : undefined;
  return param ? identifierUses(param) : [];
}

function identifierUses(name: Node): Node[] {
  if (!Node.isIdentifier(name)) return [];
  const scope = name.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a)) ?? name.getSourceFile();
  return scope.getDescendantsOfKind(SyntaxKind.Identifier).filter((id) => id !== name && id.getText() === name.getText()
    && !(Node.isPropertyAccessExpression(id.getParent()!) && (id.getParent() as import('ts-morph').PropertyAccessExpression).getNameNode() === id));
}

/** Next.js pages router: a data function returns the value as a prop of the page — `Page.getInitialProps = ({ query })
 * => ({ status: String(query.transactionStatus) })`, `getServerSideProps`' / `getStaticProps`' `{ props: { status } }`
 * — and the page component compares it (`status === 'REFUNDED'`): that prop's uses count (round-14 hold-out, where a
 * refund return page was renamed). */
function pagePropUses(read: ParamRead): Node[] {
  const pa = outermostWrapper(read.value).getParent();
  if (!pa || !Node.isPropertyAssignment(pa)) return [];
  let obj: Node | undefined = pa.getParent();
  // getServerSideProps: `return { props: { … } }`.
  const outer = obj?.getParent();
  if (outer && Node.isPropertyAssignment(outer) && outer.getName() === 'props') obj = outer.getParent();
  const fn = obj?.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a));
  if (!fn || !(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn) || Node.isFunctionDeclaration(fn))) return [];
  const sf = fn.getSourceFile();
  let page: Node | undefined;
  const assigned = fn.getParent();
  if (assigned && Node.isBinaryExpression(assigned) && assigned.getRight() === fn) {
    // Page.getInitialProps = …
    const left = assigned.getLeft();
    if (Node.isPropertyAccessExpression(left) && left.getName() === 'getInitialProps') page = localFunction(sf, left.getExpression().getText());
  } else {
    const name = Node.isFunctionDeclaration(fn) ? fn.getName() : fn.getParentIfKind(SyntaxKind.VariableDeclaration)?.getName();
    if (name === 'getServerSideProps' || name === 'getStaticProps') {
      // `export default Page` or `export default function Page(…)`, told by keywords (no type checker).
      const assignment = sf.getExportAssignments().find((x) => !x.isExportEquals());
      page = assignment ? localFunction(sf, assignment.getExpression().getText()) ?? assignment.getExpression()
        : sf.getFunctions().find((f) => f.hasDefaultKeyword());
    }
  }
  if (!page || !Node.isFunctionLikeDeclaration(page) && !Node.isArrowFunction(page)) return [];
  const props = (page as import('ts-morph').FunctionLikeDeclaration).getParameters()[0]?.getNameNode();
  const key = pa.getName();
  if (props && Node.isObjectBindingPattern(props)) {
    const el = props.getElements().find((b) => (b.getPropertyNameNode()?.getText() ?? b.getName()) === key);
    return el ? identifierUses(el.getNameNode()) : [];
  }
  if (props && Node.isIdentifier(props)) {
    return page.getDescendantsOfKind(SyntaxKind.PropertyAccessExpression).filter((p) => p.getExpression().getText() === props.getText() && p.getName() === key);
  }
  return [];
}

/** A value kept in a class field — an Angular signal, `readonly status = injectQueryParams('transactionStatus')` — is
 * compared where the class reads it: `this.status()` (or `this.status`), so a refund page's `'REFUNDED'` tells it. */
function classFieldUses(read: ParamRead): Node[] {
  const value = outermostWrapper(read.value);
  const field = value.getParent();
  if (!field || !Node.isPropertyDeclaration(field) || field.getInitializer() !== value) return [];
  const name = field.getName();
  return field.getParent().getDescendantsOfKind(SyntaxKind.PropertyAccessExpression)
    .filter((p) => p.getExpression().getKind() === SyntaxKind.ThisKeyword && p.getName() === name)
    .map((p) => { const c = p.getParent(); return c && Node.isCallExpression(c) && c.getExpression() === p ? c : p; });
}

/** The function a file declares under `name` (a declaration, or a const holding an arrow/function expression). */
function localFunction(sf: import('ts-morph').SourceFile, name: string): Node | undefined {
  const decl = sf.getFunction(name);
  if (decl) return decl;
  const init = sf.getVariableDeclaration(name)?.getInitializer();
  return init && (Node.isArrowFunction(init) || Node.isFunctionExpression(init)) ? init : undefined;
}
