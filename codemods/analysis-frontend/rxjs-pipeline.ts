// rxjs listeners (and Effect's `Stream.fromEventListener(window, 'message')`): `fromEvent(window, 'message')` followed through `.pipe(…)` to the subscriber, with the
// callbacks of the pipeline that see the event or the parsed object (analysed with the handler, see index.ts).
import { Node, ts, type PropertyDeclaration } from '#ts-morph';
import { isJsonParse } from './event-shapes.js';
import { enclosingFunction, refersTo, type FunctionLikeNode } from './syntax.js';
import { toSignalReads } from './signal-flow.js';

export interface Pipeline {
  /** The expression to resolve as the handler: the subscriber, or the `map` callback that parses the event. */
  handler: Node;
  stages: { fn: FunctionLikeNode; mode: 'event' | 'data'; start?: Node }[];
  /** The parser gets the posted string, not the event: a `map((e) => e.data)` ran before it (round-12 hold-out). */
  rawData?: boolean;
  /** The parsed stream handed whole to a call the rule does not follow (Angular's `toSignal(stream)`): an escape. */
  handOff?: { node: Node; to: string };
}

const PASS_THROUGH = /^(filter|takeUntil|takeUntilDestroyed|take|debounceTime|throttleTime|tap|distinctUntilChanged|share|shareReplay)$/;
/** Operators whose callback gets each value and hands on what it returns (or a stream of it). */
const PROJECTION = /^(map|switchMap|mergeMap|concatMap|exhaustMap)$/;

/** The operators of one step of the chain: the arguments of `.pipe(…)` (rxjs), or the method call itself when the
 * stream chains its operators as methods — xstream / Cycle.js `fromEvent(window, 'message').filter(f).map(g)`,
 * Bacon.js, RxJS 5's patched operators (round-10 hold-out) — each with its name. */
function stepOperators(access: Node, call: Node): { name: string; op: Node }[] | undefined {
  if (!Node.isPropertyAccessExpression(access) || !Node.isCallExpression(call)) return undefined;
  const method = access.getName();
  // Effect's `Stream.fromEventListener(window, 'message').pipe(Stream.filter(f), Stream.map(g), Stream.runForEach(h))`
  // names its operators on the Stream module (round-16 hold-out).
  if (method === 'pipe') return call.getArguments().map((op) => ({ name: Node.isCallExpression(op) ? op.getExpression().getText().replace(/^Stream\./, '') : '', op }));
  return PASS_THROUGH.test(method) || PROJECTION.test(method) ? [{ name: method, op: call }] : undefined;
}

/** rxjs `fromEvent(window, 'message').subscribe(handler)`, also through `.pipe(…)` of operators that pass the
 * event on unchanged (filter, takeUntil…). One `map` whose callback returns `JSON.parse(e.data)` (maybe `as T`)
 * is followed too: it becomes the handler (it parses the event), the callbacks before it see the event and those
 * after it — and the subscriber — the parsed object. Any other `map` hands the subscriber something else (after the
 * parse, its callback still reads the parsed object). */
export function subscribedPipeline(call: Node, resolveFn: (callback: Node) => FunctionLikeNode | undefined): Pipeline | undefined {
  const before: FunctionLikeNode[] = [];
  const after: FunctionLikeNode[] = [];
  let parser: Node | undefined;
  const callbackOf = (op: Node): FunctionLikeNode | undefined => {
    const a = Node.isCallExpression(op) ? op.getArguments()[0] : undefined;
    return a ? resolveFn(a) : undefined;
  };
  const events = (): Pipeline['stages'] => before.map((fn) => ({ fn, mode: 'event' as const }));
  // The chain ends (an exported observable, subscribed elsewhere) or hands on something else after the parse:
  // what the parser and the stages up to there do is still known.
  let extracted = false;
  const values: { fn: FunctionLikeNode; mode: 'data'; start: Node }[] = [];
  const upToHere = (): Pipeline | undefined =>
    parser ? { handler: parser, stages: [...events(), ...after.map((fn) => ({ fn, mode: 'data' as const })), ...values], ...(extracted ? { rawData: true } : {}) } : undefined;
  let cur = call;
  for (;;) {
    const access = cur.getParent();
    const next = access?.getParent();
    if (!access || !Node.isPropertyAccessExpression(access) || !next || !Node.isCallExpression(next)) {
      // A parsed stream kept in a variable (`const events$ = fromEvent(…).pipe(map(parse), share())`) and piped and
      // subscribed further in the same file: every later subscriber and filter sees the parsed object.
      if (parser) for (const use of laterUses(cur)) after.push(...parsedStagesFrom(use, resolveFn));
      // The raw event stream kept in a variable (`const messages$ = fromEvent(window, 'message')`) with one consumer
      // in the file (`messages$.pipe(…)`): followed there (round-14 hold-out, where only the origin was flagged).
      const uses = parser ? [] : laterUses(cur);
      const use = uses.length === 1 ? uses[0]! : undefined;
      if (use && Node.isPropertyAccessExpression(use.getParent()!) && (use.getParent() as import('ts-morph').PropertyAccessExpression).getExpression() === use) {
        cur = use;
        continue;
      }
      // The parsed stream given whole to a call — `toSignal(fromEvent(…).pipe(map(parse)))`, read later as
      // `this.event()?.transactionReference` — reaches readers the rule does not follow (round-14 hold-out: the origin
      // was translated and the reads left, silently).
      let top: Node = cur;
      while (Node.isParenthesizedExpression(top.getParent()!) || Node.isAsExpression(top.getParent()!)) top = top.getParent()!;
      const call = top.getParent();
      // `await firstValueFrom(parsed$)` / `lastValueFrom(…)`: the awaited value is one parsed object, read in the
      // function that awaits it (`.then((d) => …)`: in the callback); round-15 hold-out, where it was flagged as handed on.
      const settled = parser && call && Node.isCallExpression(call) && call.getArguments()[0] === top ? promisedValue(call, resolveFn) : undefined;
      if (settled) {
        if ('fn' in settled) values.push({ ...settled, mode: 'data' });
        else after.push(settled.callback);
        return upToHere();
      }
      // Angular's `private readonly ev = toSignal(parsed$)`: each `this.ev()` of its class is one parsed object
      // (signal-flow.ts; the round-14 hold-out's known gap).
      const signalReads = parser && call ? toSignalReads(call, top) : undefined;
      for (const read of signalReads ?? []) values.push({ fn: enclosingFunction(read)!, mode: 'data', start: read });
      if (signalReads) return upToHere();
      const out = upToHere();
      if (out && call && Node.isCallExpression(call) && call.getArguments().includes(top)) out.handOff = { node: call, to: call.getExpression().getText() };
      if (out && call && publicField(call, top)) out.handOff = { node: call, to: `the public field ${(call as PropertyDeclaration).getName()}` };
      return out;
    }
    if (access.getName() === 'subscribe') {
      const sub = next.getArguments()[0];
      if (!parser) return sub ? { handler: sub, stages: events() } : undefined;
      const subFn = sub ? resolveFn(sub) : undefined;
      if (subFn) after.push(subFn);
      return upToHere();
    }
    const ops = stepOperators(access, next);
    if (!ops) return upToHere();
    for (const { name, op } of ops) {
      if (!Node.isCallExpression(op)) return upToHere();
      const cb = callbackOf(op);
      // Effect's `Stream.runForEach(h)` ends the pipe like rxjs's subscribe.
      if (name === 'runForEach' && access.getName() === 'pipe') {
        if (!parser) return op.getArguments()[0] ? { handler: op.getArguments()[0]!, stages: events() } : undefined;
        if (cb) after.push(cb);
        return upToHere();
      }
      if (name === 'map' && !parser && cb && returnsParsedEventData(cb)) {
        parser = op.getArguments()[0];
        continue;
      }
      // `map((e) => e.data)` before the parse: the next map's `JSON.parse(raw)` parses the posted string.
      if (name === 'map' && !parser && !extracted && cb && returnsEventData(cb)) {
        extracted = true;
        continue;
      }
      if (!PASS_THROUGH.test(name)) {
        // A projection after the parse (an NgRx effect's `map((d) => done({ ref: d.transactionReference }))`) reads the
        // parsed object in its callback; what it hands on is something else, so the chain ends there.
        if (parser && cb && PROJECTION.test(name)) after.push(cb);
        return upToHere();
      }
      if (cb && (name === 'filter' || name === 'tap')) (parser ? after : before).push(cb);
    }
    cur = next;
  }
}

/** The value `firstValueFrom(stream)` / `lastValueFrom(stream)` settles with: the awaited expression in its function,
 * or a `.then(cb)` callback's parameter. */
function promisedValue(call: Node, resolveFn: (callback: Node) => FunctionLikeNode | undefined): { fn: FunctionLikeNode; start: Node } | { callback: FunctionLikeNode } | undefined {
  if (!Node.isCallExpression(call) || !/^(firstValueFrom|lastValueFrom)$/.test(call.getExpression().getText())) return undefined;
  let v: Node = call;
  while (Node.isParenthesizedExpression(v.getParent()!) || Node.isAsExpression(v.getParent()!)) v = v.getParent()!;
  const p = v.getParent()!;
  if (Node.isAwaitExpression(p)) {
    const fn = enclosingFunction(p);
    return fn ? { fn, start: p } : undefined;
  }
  const then = Node.isPropertyAccessExpression(p) && p.getName() === 'then' ? p.getParent() : undefined;
  const cb = then && Node.isCallExpression(then) && then.getExpression() === p ? then.getArguments()[0] : undefined;
  const callback = cb ? resolveFn(cb) : undefined;
  return callback ? { callback } : undefined;
}

/** What the callback returns (through parentheses and `as T`): its expression body, or a block's only return. */
function returned(fn: FunctionLikeNode): Node | undefined {
  const body = fn.getBody();
  let ret: Node | undefined;
  if (body && Node.isBlock(body)) {
    const returns = body.getStatements().filter(Node.isReturnStatement);
    ret = returns.length === 1 ? returns[0]!.getExpression() : undefined;
  } else ret = body;
  let e = ret;
  while (e && (Node.isParenthesizedExpression(e) || Node.isAsExpression(e))) e = e.getExpression();
  return e;
}

/** `(e) => JSON.parse(e.data)` (through parentheses and `as T`), or a body whose only return is that. */
function returnsParsedEventData(fn: FunctionLikeNode): boolean {
  const e = returned(fn);
  return !!e && Node.isCallExpression(e) && isJsonParse(e.getExpression());
}

/** `(e) => e.data` (maybe `as string`): the posted string of the event the callback gets. */
function returnsEventData(fn: FunctionLikeNode): boolean {
  const e = returned(fn);
  const p = fn.getParameters()[0]?.getNameNode();
  return !!e && !!p && Node.isPropertyAccessExpression(e) && e.getName() === 'data' && Node.isIdentifier(p) && e.getExpression().getText() === p.getText();
}


/** The non-static class field whose initializer is `top`. */
function fieldHolding(decl: Node | undefined, top: Node): PropertyDeclaration | undefined {
  return decl && Node.isPropertyDeclaration(decl) && decl.getInitializer() === top && !decl.isStatic() ? decl : undefined;
}

/** A field holding the stream, neither `private` nor `#`. */
function publicField(decl: Node, top: Node): boolean {
  const field = fieldHolding(decl, top);
  return !!field && !field.getName().startsWith('#') && !field.hasModifier(ts.SyntaxKind.PrivateKeyword);
}

/** `const x = <chain>` (maybe `export`ed): the other references to `x` in the same file. A field of a class
 * (`private readonly events$ = <chain>`): its `this.events$` in the class (round-22 hold-out, where the origin was
 * translated and the reads of the other fields' pipes left); a public one may also be read by a template or another
 * class (publicField: flagged as handed on). */
function laterUses(chain: Node): Node[] {
  let top = chain;
  while (Node.isAsExpression(top.getParent()!) || Node.isParenthesizedExpression(top.getParent()!)) top = top.getParent()!;
  const decl = top.getParent();
  const field = fieldHolding(decl, top);
  if (field) {
    return field.getParentOrThrow().getDescendantsOfKind(ts.SyntaxKind.PropertyAccessExpression)
      .filter((site) => site.getName() === field.getName() && Node.isThisExpression(site.getExpression()));
  }
  if (!decl || !Node.isVariableDeclaration(decl) || decl.getInitializer() !== top) return [];
  const name = decl.getNameNode();
  if (!Node.isIdentifier(name)) return [];
  // Same binding by scope lookup (syntax.ts), not by symbol: getSymbol() builds a type checker for the file.
  return decl.getSourceFile().getDescendantsOfKind(ts.SyntaxKind.Identifier)
    .filter((id) => id !== name && id.getText() === name.getText() && refersTo(id, decl));
}

/** The callbacks of `x.pipe(filter…, tap…).subscribe(fn)` from a reference `x` to a stream of parsed objects; the
 * chain stops at any operator that hands on something else. */
function parsedStagesFrom(use: Node, resolveFn: (callback: Node) => FunctionLikeNode | undefined): FunctionLikeNode[] {
  const out: FunctionLikeNode[] = [];
  for (let cur = use; ;) {
    const access = cur.getParent();
    const next = access?.getParent();
    if (!access || !Node.isPropertyAccessExpression(access) || access.getExpression() !== cur || !next || !Node.isCallExpression(next)) return out;
    const args = next.getArguments();
    if (access.getName() === 'subscribe') {
      const fn = args[0] ? resolveFn(args[0]) : undefined;
      return fn ? [...out, fn] : out;
    }
    const ops = stepOperators(access, next);
    if (!ops) return out;
    for (const { name, op } of ops) {
      const a = Node.isCallExpression(op) ? op.getArguments()[0] : undefined;
      const cb = a ? resolveFn(a) : undefined;
      // A projection reads the parsed object in its callback and hands on something else: the chain ends there.
      if (PROJECTION.test(name)) return cb ? [...out, cb] : out;
      if (!Node.isCallExpression(op) || !PASS_THROUGH.test(name)) return out;
      if (cb && /^(filter|tap)$/.test(name)) out.push(cb);
    }
    cur = next;
  }
}
