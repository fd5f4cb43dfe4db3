// Query objects held through a wrapper that hands back what it is given (round-13 hold-out, pages left silent):
// a memo — React's `useMemo(() => new URLSearchParams(search), [search])`, Solid's `createMemo(() => …)`, Vue's
// `computed(() => …)` — and a Svelte store derived from another, read with `$`: `const query = derived(page, ($p) =>
// $p.url.searchParams)` read as `$query.get('…')`. Also the page's own one-line parser of `location.search`
// (`Object.fromEntries(location.search.slice(1).split('&').map(…))`) and a local getter of one parameter
// (`const q = (name) => searchParams.get(name) ?? ''`, read as `q('transactionStatus')`), and Vue's
// `const { query } = toRefs(useRoute())` read through `query.value`, rxjs combineLatest tuples, and a Vue options
// component's `this.params` that data() initialises.
import { Node, SyntaxKind } from '#ts-morph';
import { resolveIdentifier, soleReturnedExpression, unwrap } from '../../analysis-frontend/syntax.js';

const MEMO = /^(useMemo|createMemo|computed)$/;

/** The expression a wrapper hands back as the query, or undefined. */
export function wrappedQuery(e: Node): Node | undefined {
  if (Node.isCallExpression(e) && MEMO.test(e.getExpression().getText())) return soleReturnedExpression(e.getArguments()[0]);
  // Vue's `const { query } = toRefs(useRoute())` read as `query.value.<name>`: the ref's value is the destructured member.
  const ref = Node.isPropertyAccessExpression(e) && e.getName() === 'value' ? unwrap(e.getExpression()) : undefined;
  const refDecl = ref && Node.isIdentifier(ref) ? resolveIdentifier(ref) : undefined;
  const refInit = refDecl && Node.isVariableDeclaration(refDecl) && Node.isObjectBindingPattern(refDecl.getNameNode()) ? refDecl.getInitializer() : undefined;
  if (refInit && Node.isCallExpression(unwrap(refInit)) && /^toRefs$/.test((unwrap(refInit) as import('#ts-morph').CallExpression).getExpression().getText())) return ref;
  const data = Node.isPropertyAccessExpression(e) && Node.isThisExpression(unwrap(e.getExpression())) ? vueDataMember(e.getName(), e) : undefined;
  if (data) return data;
  const combined = Node.isIdentifier(e) ? combinedSource(e) : undefined;
  if (combined) return combined;
  if (Node.isIdentifier(e) && /^\$[A-Za-z_]\w*$/.test(e.getText()) && !resolveIdentifier(e)) {
    // Svelte's `$store` auto-subscription: the store is the name without `$`, declared in the component's script.
    const decl = e.getSourceFile().getVariableDeclaration(e.getText().slice(1));
    const init = decl && unwrap(decl.getInitializer() ?? decl);
    if (init && Node.isCallExpression(init) && init.getExpression().getText() === 'derived' && init.getArguments().length === 2) {
      return soleReturnedExpression(init.getArguments()[1]);
    }
  }
  return undefined;
}

/** `location.search` split on `&` in one expression: the page's own parser, its result read by member. */
export function splitsPageQuery(arg: Node | undefined): boolean {
  const t = arg?.getText() ?? '';
  return /\blocation\.search\b/.test(t) && /\.split\(\s*['"]&['"]\s*\)/.test(t);
}

/** A local function whose first parameter is the name it reads from a URLSearchParams (`source` tells one). */
export function getsNamedParam(fn: Node, source: (n: Node) => { kind: string } | undefined): boolean {
  if (!(Node.isFunctionDeclaration(fn) || Node.isFunctionExpression(fn) || Node.isArrowFunction(fn))) return false;
  const p = fn.getParameters()[0];
  if (!p || !Node.isIdentifier(p.getNameNode())) return false;
  return fn.getDescendantsOfKind(SyntaxKind.CallExpression).some((c) => {
    const callee = c.getExpression();
    const arg = c.getArguments()[0];
    return Node.isPropertyAccessExpression(callee) && callee.getName() === 'get' && !!arg && Node.isIdentifier(arg)
      && resolveIdentifier(arg) === p && source(callee.getExpression())?.kind === 'search';
  });
}

const COMBINE = /^(combineLatest|forkJoin|zip)$/;

/** rxjs `combineLatest([this.route.queryParams, user$]).pipe(map(([params, user]) => …))` (also `.subscribe(([params]) =>
 * …)`, forkJoin, zip): the tuple element `params` is what the source at its index emits (round-13 hold-out). */
function combinedSource(id: Node): Node | undefined {
  const decl = resolveIdentifier(id);
  const pattern = decl && Node.isParameterDeclaration(decl) ? decl.getNameNode() : undefined;
  if (!pattern || !Node.isArrayBindingPattern(pattern)) return undefined;
  const index = pattern.getElements().findIndex((el) => Node.isBindingElement(el) && el.getName() === id.getText());
  const fn = decl!.getParent();
  const call = fn?.getParent();
  if (index < 0 || !call || !Node.isCallExpression(call) || call.getArguments()[0] !== fn) return undefined;
  // The callback of `.subscribe(cb)` on the combination, or of an operator that is the pipe's first on it.
  const callee = unwrap(call.getExpression());
  const pipe = Node.isPropertyAccessExpression(callee) && callee.getName() === 'subscribe' ? undefined : call.getParent();
  const pipeCallee = pipe && Node.isCallExpression(pipe) ? unwrap(pipe.getExpression()) : undefined;
  const receiver = Node.isPropertyAccessExpression(callee) && callee.getName() === 'subscribe' ? callee.getExpression()
    : pipeCallee && Node.isPropertyAccessExpression(pipeCallee) && pipeCallee.getName() === 'pipe' && (pipe as import('#ts-morph').CallExpression).getArguments()[0] === call
      && /^(map|switchMap|mergeMap|concatMap|tap|filter)$/.test(callee.getText()) ? pipeCallee.getExpression() : undefined;
  const combo = receiver && unwrap(receiver);
  if (!combo || !Node.isCallExpression(combo) || !COMBINE.test(combo.getExpression().getText())) return undefined;
  const args = combo.getArguments();
  const list = args.length === 1 && Node.isArrayLiteralExpression(unwrap(args[0]!)) ? (unwrap(args[0]!) as import('#ts-morph').ArrayLiteralExpression).getElements() : args;
  return list[index];
}

/** Vue's options API: `this.params` of a component whose `data()` returns `{ params: new URLSearchParams(…) }` holds
 * that value in every method and computed property of the same options object (round-13 hold-out). */
function vueDataMember(name: string, at: Node): Node | undefined {
  for (const obj of at.getAncestors()) {
    if (!Node.isObjectLiteralExpression(obj)) continue;
    const data = obj.getProperty('data');
    const fn = data && Node.isMethodDeclaration(data) ? data : data && Node.isPropertyAssignment(data) ? unwrap(data.getInitializerOrThrow()) : undefined;
    if (!fn) continue;
    const body = Node.isMethodDeclaration(fn) || Node.isFunctionExpression(fn) || Node.isArrowFunction(fn) ? fn.getBody() : undefined;
    const ret = body && Node.isBlock(body) ? body.getStatements().find((st) => Node.isReturnStatement(st))?.asKind(SyntaxKind.ReturnStatement)?.getExpression() : body;
    const state = ret && unwrap(ret);
    const p = state && Node.isObjectLiteralExpression(state) ? state.getProperty(name) : undefined;
    return p && Node.isPropertyAssignment(p) ? p.getInitializer() : undefined;
  }
  return undefined;
}

/** What `toSignal(src)` was given when `callee` (`this.query`, `query`) holds such a signal. */
export function toSignalSource(callee: Node): Node | undefined {
  const c = unwrap(callee);
  const field = Node.isPropertyAccessExpression(c) && Node.isThisExpression(c.getExpression())
    ? c.getFirstAncestorByKind(SyntaxKind.ClassDeclaration)?.getProperty(c.getName()) : undefined;
  const decl = Node.isIdentifier(c) ? resolveIdentifier(c) : field;
  const init = decl && (Node.isPropertyDeclaration(decl) || Node.isVariableDeclaration(decl)) ? decl.getInitializer() : undefined;
  const call = init && unwrap(init);
  return call && Node.isCallExpression(call) && call.getExpression().getText() === 'toSignal' ? call.getArguments()[0] : undefined;
}
