// Calls that settle with the value of a promise handed to them, so a migrated response flows through them:
// retry wrappers (`await pRetry(() => call)`), task queues (`await limiter.schedule(() => call)`), cockatiel policies
// (`await policy.execute(() => call)`), Inngest and Restate steps (`await step.run('id', async () => call)`, `ctx.run(…)`), `Promise.race` / `Promise.any` (`[call, timeout(ms)]`), and the
// rxjs operators of a NestJS HttpService call's `.pipe(…)`.
import { Node, SyntaxKind, type CallExpression } from '#ts-morph';
import type { EditSet } from './edit-set.js';
import { findDeclaration } from './resolve-binding.js';

/** Packages whose default/named export calls a function until it resolves and resolves with its value. */
const RETRY_PACKAGES = new Set(['p-retry', 'async-retry', 'promise-retry', 'exponential-backoff', 'retry-as-promised', 'ts-retry-promise']);

/** Exports of a retry package that are not such a call: ts-retry-promise's `retryDecorator(fn)` returns a function. */
const NOT_RETRY_CALLS = new Set(['retryDecorator']);

/** `pRetry(fn)`, `retry(fn)`, `backOff(fn)`… when the callee is imported or required from a retry package; also a rate
 * limiter or queue that runs `fn` once and settles with its value (see TASK_RUNNERS). */
export function isRetryWrapper(callee: Node): boolean {
  if (!Node.isIdentifier(callee)) return runsTask(callee);
  return (RETRY_PACKAGES.has(packageOf(callee) ?? '') && !NOT_RETRY_CALLS.has(importedName(callee))) || runsTask(callee);
}

/** The name an identifier is imported under in its module (`retry` of `import { retry as r }`), else its own name. */
function importedName(id: Node): string {
  const decl = findDeclaration(id, id.getText());
  return decl && Node.isImportSpecifier(decl) ? decl.getName() : id.getText();
}

/** `fn` is the task a retry wrapper runs: its first argument (`pRetry(fn, opts)`), or the second when the options come
 * first — promise-retry's `promiseRetry({ retries: 3 }, (retry, n) => call.catch(retry))`, bottleneck's
 * `limiter.schedule({ id, expiration }, fn)` (hold-out round 53). */
export function isRetryTask(call: Node, fn: Node): boolean {
  if (!Node.isCallExpression(call)) return false;
  const [a0, a1] = call.getArguments();
  const callee = call.getExpression();
  if (a0 === fn) return isRetryWrapper(callee);
  if (a1 !== fn) return false;
  if (Node.isIdentifier(callee)) return packageOf(callee) === 'promise-retry';
  return Node.isObjectLiteralExpression(a0) && Node.isPropertyAccessExpression(callee) && callee.getName() === 'schedule' && runsTask(callee);
}

/** promise-retry's `retry` parameter handed to a `.catch()` of the task (`(retry, n) => call.catch(retry)`): it rejects the
 * task with promise-retry's own error to try again; any other rejection of the task rejects promise-retry's promise. */
export function isPromiseRetryRetry(handler: Node | undefined, fn: Node): boolean {
  if (!handler || !Node.isIdentifier(handler) || !(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn))) return false;
  const call = fn.getParent();
  const first = fn.getParameters()[0];
  return Node.isCallExpression(call) && isRetryTask(call, fn) && Node.isIdentifier(call.getExpression()) && packageOf(call.getExpression()) === 'promise-retry' &&
    !!first && findDeclaration(handler, handler.getText()) === first;
}

/** The package an identifier is imported or required from (`import pRetry from 'p-retry'`, `const x = require('x')`). */
export function packageOf(id: Node): string | undefined {
  const decl = findDeclaration(id, id.getText());
  if (!decl) return undefined;
  const imp = decl.getFirstAncestorByKind(SyntaxKind.ImportDeclaration);
  if (imp) return imp.getModuleSpecifierValue();
  const init = Node.isVariableDeclaration(decl) ? decl.getInitializer() : decl.getFirstAncestorByKind(SyntaxKind.VariableDeclaration)?.getInitializer();
  const m = init && /^require\((['"])([^'"]+)\1\)/.exec(init.getText());
  return m ? m[2] : undefined;
}

/** Rate limiters and queues whose task call settles with what the task returns, by the package that makes the
 * instance (a `const` of the file): bottleneck's `limiter.schedule(fn)` (`new Bottleneck(…)`), p-queue's
 * `queue.add(fn)` (`new PQueue(…)`), p-limit's `limit(fn)` (`const limit = pLimit(n)`). */
const TASK_RUNNERS = new Map<string, { made: 'new' | 'call'; method?: string }>([
  ['bottleneck', { made: 'new', method: 'schedule' }],
  ['p-queue', { made: 'new', method: 'add' }],
  ['p-limit', { made: 'call' }],
]);

function runsTask(callee: Node): boolean {
  if (Node.isPropertyAccessExpression(callee) && callee.getName() === 'execute' && isCockatielPolicy(callee.getExpression(), 0)) return true;
  const holder = Node.isPropertyAccessExpression(callee) ? callee.getExpression() : callee;
  if (!Node.isIdentifier(holder)) return false;
  const decl = findDeclaration(holder, holder.getText());
  if (!decl || !Node.isVariableDeclaration(decl) || decl.getVariableStatement()?.getDeclarationKind() !== 'const') return false;
  const init = decl.getInitializer();
  if (!init || !(Node.isNewExpression(init) || Node.isCallExpression(init))) return false;
  const maker = init.getExpression();
  const runner = Node.isIdentifier(maker) ? TASK_RUNNERS.get(packageOf(maker) ?? '') : undefined;
  if (!runner || (runner.made === 'new') !== Node.isNewExpression(init)) return false;
  return runner.method ? Node.isPropertyAccessExpression(callee) && callee.getName() === runner.method : callee === holder;
}

/** cockatiel policies whose `policy.execute(fn)` settles with what `fn` resolves to (a fallback policy may settle
 * with its own value instead, so it, and a `wrap` holding one, is not such a runner). */
const COCKATIEL_POLICIES = new Set(['retry', 'circuitBreaker', 'timeout', 'bulkhead', 'noop', 'wrap']);

/** A cockatiel policy made by a call of the package's makers, inline or held in a `const` of the file. */
function isCockatielPolicy(n: Node, depth: number): boolean {
  if (depth > 4) return false;
  if (Node.isIdentifier(n)) {
    const decl = findDeclaration(n, n.getText());
    const init = decl && Node.isVariableDeclaration(decl) && decl.getVariableStatement()?.getDeclarationKind() === 'const' ? decl.getInitializer() : undefined;
    return !!init && isCockatielPolicy(init, depth + 1);
  }
  if (!Node.isCallExpression(n) || !Node.isIdentifier(n.getExpression())) return false;
  const maker = findDeclaration(n.getExpression(), n.getExpression().getText());
  if (!maker || !Node.isImportSpecifier(maker) || maker.getImportDeclaration().getModuleSpecifierValue() !== 'cockatiel') return false;
  if (!COCKATIEL_POLICIES.has(maker.getName())) return false;
  return maker.getName() !== 'wrap' || n.getArguments().every((a) => isCockatielPolicy(a, depth + 1));
}

/** A durable step that journals what its function returns (as JSON, which keeps the response's fields) and resolves
 * with it, so the reads after it are reads of the response: Inngest's `step.run('id', fn)` in a file that imports
 * inngest, Restate's `ctx.run('name', fn)` / `ctx.run(fn)` (an optional third argument holds retry options) on a
 * handler's context parameter, in a file that imports the Restate SDK (hold-out round 14), and Cloudflare Workflows'
 * `step.do('name', [config,] fn)` on a parameter, in a file importing cloudflare:workers (round 18). */
export function isDurableStep(call: Node, fn: Node): boolean {
  if (!Node.isCallExpression(call)) return false;
  const args = call.getArguments();
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || !['run', 'do'].includes(callee.getName())) return false;
  const imports = call.getSourceFile().getImportDeclarations().map((d) => d.getModuleSpecifierValue());
  if (callee.getName() === 'do') {
    // Cloudflare Workflows: `step.do('name', fn)` / `step.do('name', config, fn)` on the run method's WorkflowStep.
    const cfFn = args.length >= 2 && args.length <= 3 && args.at(-1) === fn;
    const holder = callee.getExpression();
    const decl = Node.isIdentifier(holder) ? findDeclaration(holder, holder.getText()) : undefined;
    return cfFn && imports.includes('cloudflare:workers') && !!decl && Node.isParameterDeclaration(decl);
  }
  if (args.length === 2 && args[1] === fn && callee.getExpression().getText() === 'step') return imports.some((m) => /^inngest(\/|$)/.test(m));
  const restateFn = (args.length === 1 && args[0] === fn) || ((args.length === 2 || args.length === 3) && args[1] === fn);
  if (!restateFn || !imports.some((m) => /^@restatedev\/restate-sdk(-[a-z-]+)?(\/|$)/.test(m))) return false;
  const holder = callee.getExpression();
  const decl = Node.isIdentifier(holder) ? findDeclaration(holder, holder.getText()) : undefined;
  return !!decl && Node.isParameterDeclaration(decl);
}

/** Effect: the `Effect.tryPromise({ try: fn, catch })` / `Effect.tryPromise(fn)` / `Effect.promise(fn)` call that runs
 * the thunk `fn` (Effect imported from 'effect'). */
function effectThunkCall(fn: Node): Node | undefined {
  let holder = fn.getParent();
  if (holder && Node.isPropertyAssignment(holder) && holder.getName() === 'try' && holder.getInitializer() === fn) holder = holder.getParent()?.getParent();
  if (!holder || !Node.isCallExpression(holder) || !/^Effect\.(tryPromise|promise)$/.test(holder.getExpression().getText())) return undefined;
  const arg = holder.getArguments()[0];
  if (!arg || !(arg === fn || (Node.isObjectLiteralExpression(arg) && arg.getProperties().some((p) => Node.isPropertyAssignment(p) && p.getInitializer() === fn)))) return undefined;
  const effect = findDeclaration(holder, 'Effect');
  return effect && Node.isImportSpecifier(effect) && effect.getImportDeclaration().getModuleSpecifierValue() === 'effect' ? holder : undefined;
}

/** `yield* Effect.tryPromise({ try: fn, catch })` inside an `Effect.gen` generator evaluates to what `fn`'s promise
 * resolves to: that yield expression, when `fn` is such a thunk. */
export function effectYieldOf(fn: Node): Node[] | undefined {
  const y = effectThunkCall(fn)?.getParent();
  return y && Node.isYieldExpression(y) && y.getAsteriskToken() ? [y] : undefined;
}

/** `pipe(Effect.tryPromise(fn), Effect.map((r) => …))` or `Effect.tryPromise(fn).pipe(Effect.map(…))`: the callback of
 * the `Effect.map` right after the thunk's effect receives what `fn`'s promise resolves to. */
export function effectMappedCallback(fn: Node): Node | undefined {
  const effect = effectThunkCall(fn);
  const parent = effect?.getParent();
  let next: Node | undefined;
  if (Node.isCallExpression(parent) && parent.getExpression().getText() === 'pipe') next = parent.getArguments()[parent.getArguments().indexOf(effect as never) + 1];
  else if (Node.isPropertyAccessExpression(parent) && parent.getName() === 'pipe' && Node.isCallExpression(parent.getParent())) next = (parent.getParent() as CallExpression).getArguments()[0];
  if (!next || !Node.isCallExpression(next) || next.getExpression().getText() !== 'Effect.map') return undefined;
  const cb = next.getArguments()[0];
  return cb && (Node.isArrowFunction(cb) || Node.isFunctionExpression(cb)) ? cb : undefined;
}

/** p-timeout: `pTimeout(promise, options)` (the default export of 'p-timeout') settles with the value of the promise it
 * is given, or rejects on timeout. */
export function settlesWithItsPromise(call: Node, arg: Node): boolean {
  if (!Node.isCallExpression(call) || call.getArguments()[0] !== arg) return false;
  const callee = call.getExpression();
  return Node.isIdentifier(callee) && packageOf(callee) === 'p-timeout';
}

/** An array literal that is the only argument of `Promise.race` / `Promise.any` (which settle with one element). */
export function settlesWithAnElement(array: Node): boolean {
  const call = array.getParent();
  return Node.isCallExpression(call) && call.getArguments().length === 1 && call.getArguments()[0] === array &&
    /^Promise\.(race|any)$/.test(call.getExpression().getText());
}

/** `node` is one alternative of `parent` — `ok ? await res.json() : null`, `(await res.json()) || {}`, `x ?? data`,
 * `res.ok && data` — so `parent` may hold the same value (undefined when it is not such an alternative). `standIn`:
 * the other alternative is an object or array literal, which the reads moved to the KYX shape would throw on. */
export function alternativeOf(parent: Node, node: Node): { standIn?: Node } | undefined {
  let other: Node | undefined;
  if (Node.isConditionalExpression(parent) && parent.getCondition() !== node) other = parent.getWhenTrue() === node ? parent.getWhenFalse() : parent.getWhenTrue();
  else if (Node.isBinaryExpression(parent) && ['||', '??', '&&'].includes(parent.getOperatorToken().getText())) {
    if (parent.getOperatorToken().getText() === '&&' && parent.getRight() !== node) return undefined;
    other = parent.getLeft() === node ? parent.getRight() : parent.getLeft();
  } else return undefined;
  return { standIn: literalStandIn(other) };
}

/** `.catch(() => ({}))`: the stand-in the handler gives instead of the value, if it is an object or array literal. */
export function catchStandIn(call: Node): Node | undefined {
  const fn = Node.isCallExpression(call) ? call.getArguments()[0] : undefined;
  if (!fn || !(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn))) return undefined;
  const body = fn.getBody();
  const ret = Node.isBlock(body) ? body.getStatements().find((st) => Node.isReturnStatement(st)) : body;
  return literalStandIn(ret && Node.isReturnStatement(ret) ? ret.getExpression() : ret);
}

function literalStandIn(n: Node | undefined): Node | undefined {
  while (n && (Node.isParenthesizedExpression(n) || Node.isAsExpression(n))) n = n.getExpression();
  return n && (Node.isObjectLiteralExpression(n) || Node.isArrayLiteralExpression(n)) ? n : undefined;
}

/** A manual item on a stand-in object the migrated reads (`kyxReads`) would throw on. */
export function flagStandIn(standIn: Node | undefined, edits: EditSet, kyxReads: string): void {
  if (standIn) edits.addManual(standIn, `this stand-in for the response has no ${kyxReads}: the reads moved to the KYX shape throw on it — give it that shape or read with optional chaining`);
}

/** rxjs operators that emit the value they receive (or an error, or a fallback the code chose). */
export const PASS_THROUGH_OPERATORS = new Set(['timeout', 'retry', 'retryWhen', 'catchError', 'take', 'first', 'last', 'tap', 'delay',
  'finalize', 'defaultIfEmpty', 'throwIfEmpty', 'takeUntil', 'share', 'shareReplay']);

/** The rxjs operator a callee names (`map` imported from 'rxjs' or 'rxjs/operators', maybe renamed), or undefined. */
export function rxjsOperator(callee: Node): string | undefined {
  if (!Node.isIdentifier(callee)) return undefined;
  const d = findDeclaration(callee, callee.getText());
  if (!d || !Node.isImportSpecifier(d) || !/^rxjs(\/operators)?$/.test(d.getImportDeclaration().getModuleSpecifierValue())) return undefined;
  return d.getName();
}

/** opossum: `const breaker = new CircuitBreaker(action, opts)` … `await breaker.fire(…)` resolves with what `action`
 * resolves to. When `fn` is such an action (a function of this file read nowhere else), and the breaker is used only
 * through `.fire(…)`, listeners (`.on(…)`) and fallbacks that throw, returns its `.fire(…)` calls: a value `fn`
 * returns reaches them. */
export function circuitBreakerFires(fn: Node): Node[] | undefined {
  const named = Node.isFunctionDeclaration(fn) ? fn.getNameNode() : (() => {
    const v = fn.getParent();
    return v && Node.isVariableDeclaration(v) && v.getInitializer() === fn ? v.getNameNode() : undefined;
  })();
  if (!named || !Node.isIdentifier(named)) return undefined;
  const sf = fn.getSourceFile();
  const refsOf = (id: Node): Node[] => sf.getDescendantsOfKind(SyntaxKind.Identifier)
    .filter((r) => r !== id && r.getText() === id.getText() && findDeclaration(r, r.getText()) === id.getParent());
  const refs = refsOf(named);
  const made = refs[0]?.getParent();
  if (refs.length !== 1 || !Node.isNewExpression(made) || made.getArguments()[0] !== refs[0]) return undefined;
  const ctor = made.getExpression();
  const ctorDecl = Node.isIdentifier(ctor) ? findDeclaration(ctor, ctor.getText()) : undefined;
  if (ctorDecl?.getFirstAncestorByKind(SyntaxKind.ImportDeclaration)?.getModuleSpecifierValue() !== 'opossum') return undefined;
  const holder = made.getParent();
  if (!Node.isVariableDeclaration(holder) || !Node.isIdentifier(holder.getNameNode())) return undefined;
  const fires: Node[] = [];
  for (const r of refsOf(holder.getNameNode())) {
    const access = r.getParent();
    const call = access?.getParent();
    if (!Node.isPropertyAccessExpression(access) || access.getExpression() !== r || !Node.isCallExpression(call)) return undefined;
    const member = access.getName();
    if (member === 'fire') fires.push(call);
    else if (member === 'fallback') {
      const f = call.getArguments()[0];
      const body = f && (Node.isArrowFunction(f) || Node.isFunctionExpression(f)) ? f.getBody() : undefined;
      if (!body || !Node.isBlock(body) || body.getDescendantsOfKind(SyntaxKind.ReturnStatement).length) return undefined;
    } else if (member !== 'on') return undefined;
  }
  return fires.length ? fires : undefined;
}

/** fp-ts `TE.tryCatch(thunk, onRejected)` (TaskEither imported from fp-ts): a rejection of the thunk's promise becomes a
 * Left, so a failure awaited before the call inside the thunk is handled there like the call's own (Effect.tryPromise too). */
export function catchesRejections(callee: Node): boolean {
  // Effect's `Effect.tryPromise(fn)` turns a rejection into a failure of the effect, like fp-ts's tryCatch.
  if (Node.isPropertyAccessExpression(callee) && callee.getText() === 'Effect.tryPromise' && Node.isCallExpression(callee.getParent())) {
    return !!effectThunkCall((callee.getParent() as CallExpression).getArguments()[0]!);
  }
  if (!Node.isPropertyAccessExpression(callee) || callee.getName() !== 'tryCatch') return false;
  const ns = callee.getExpression();
  const decl = Node.isIdentifier(ns) ? findDeclaration(ns, ns.getText()) : undefined;
  // `import * as TE from …` resolves to the import declaration itself.
  const imp = decl && Node.isImportDeclaration(decl) ? decl : decl?.getFirstAncestorByKind(SyntaxKind.ImportDeclaration);
  const spec = imp?.getModuleSpecifierValue();
  return !!spec && /^fp-ts\/(lib\/|es6\/)?TaskEither$/.test(spec);
}

/** `pipe(TE.tryCatch(thunk, onError), TE.map((response) => …))`: the callback of the `map` of the same TaskEither
 * module right after the tryCatch in an fp-ts `pipe` receives what the thunk's promise resolves to. */
export function fpTsMappedCallback(tryCatch: CallExpression): Node | undefined {
  const callee = tryCatch.getExpression();
  if (!catchesRejections(callee) || !Node.isPropertyAccessExpression(callee)) return undefined;
  const pipe = tryCatch.getParent();
  if (!Node.isCallExpression(pipe) || pipe.getExpression().getText() !== 'pipe') return undefined;
  const args = pipe.getArguments();
  const next = args[args.indexOf(tryCatch as never) + 1];
  const ns = callee.getExpression().getText();
  if (!next || !Node.isCallExpression(next) || next.getExpression().getText() !== `${ns}.map`) return undefined;
  const cb = next.getArguments()[0];
  return cb && (Node.isArrowFunction(cb) || Node.isFunctionExpression(cb)) ? cb : undefined;
}
