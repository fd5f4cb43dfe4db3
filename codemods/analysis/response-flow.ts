// Follows the value a migrated call returns — through await, .then/.catch, callback parameters, res.data / res.body /
// res.json(), JSON.parse, variables, destructuring (renames, defaults), casts and annotations — and rewrites reads of
// the legacy response fields (redirectUrl → web.href, transactionReference → workflowExecution.id) — also into the callers
// of a named function returning it, here and in importing files (imported-callers.ts); where it leaves whole: an item.
import { Node, SyntaxKind, type BindingElement, type ObjectBindingPattern } from '#ts-morph';
import { identifiersSpelled } from '../engine/descendants.js';
import type { EvalContext } from './eval-context.js';
import type { EditSet } from './edit-set.js';
import type { HttpCall } from './http-calls.js';
import { updateResponseType, updateReturnType } from './response-types.js';
import { assignedVariableScope, bindsTo, scopeOf } from './scope.js';
import {
  alternativeOf, circuitBreakerFires, effectMappedCallback, effectYieldOf, flagStandIn, fpTsMappedCallback, isDurableStep, isRetryTask, isRetryWrapper, rxjsOperator, settlesWithItsPromise,
} from './settling-wrappers.js';
import { throughAwaitTo, throughMappedArray, throughPipe, throughPromiseArray, throughReturnedObject, throughReturnedTuple, throughYield, type FlowSteps } from './combined-values.js';
import { helperThunkCalls } from './helper-thunks.js';
import { held, resultMapOf, throughResultAsync } from './result-wrappers.js';
import { updateJsDocResponseTypes } from './jsdoc-response-types.js';
import { MOVED_FIELDS, flagStoredKeyPaths, movedBindingText, movedReadEdit } from './response-reads.js';
import { migrateResponseSchema } from './zod-response-schema.js';
import { followPreAssign, followSlot } from './request-slots.js';
import { throughSuperagentEnd, throughThen } from './then-callbacks.js';
import { copyOf } from './copies.js';
import { flagStandInReturns, readOnFailure } from './failure-paths.js';
import { readsThroughLodashGet } from './lodash-get.js';
import { functionCallers } from './imported-callers.js';
import { followPageData, markupMentions, rewriteMarkupReads } from './importer-parse.js';
import { handlerParameters, promisesResolvedBy, receivingParameter } from './param-handlers.js';
import { responseBody, type Level } from './response-body.js';


/** The fields of the legacy response a copy must keep to be the value (copies.ts). */
const LEGACY_FIELDS = new Set(MOVED_FIELDS.map((m) => m.legacy));
const LOG_CALLEES = /^(console|logger|log|this\.logger|this\.log)\.\w+$/;

/** leavesMessage: what downstream code must check when the value leaves whole (rule-specific text). */
export interface FlowOptions { leavesMessage: string }

export class ResponseFlow {
  private readonly visited = new Set<Node>();
  reads = 0;

  constructor(
    private readonly http: HttpCall,
    private readonly ctx: EvalContext,
    private readonly edits: EditSet,
    private readonly opts: FlowOptions,
  ) {}

  /** `textParam`: start from a parameter holding the response text instead (axios transformResponse: transform-response.ts). */
  run(textParam?: import('#ts-morph').ParameterDeclaration): void {
    const { http } = this;
    if (textParam) return this.bindTarget(textParam.getNameNode(), 'text', textParam.getTypeNode());
    for (const t of [http.call, ...http.parsedAt ?? []].flatMap((c) => c.getTypeArguments())) updateResponseType(t, this.ctx, this.edits);
    switch (http.response) {
      case 'request-callback': {
        const cb = http.call.getArguments().at(-1);
        const params = cb && (!Node.isIdentifier(cb) || http.call.getArguments().length > 1) ? handlerParameters(cb) : undefined;
        if (params) {
          const [, resp, body] = params;
          if (resp) this.bindTarget(resp.getNameNode(), 'env', resp.getTypeNode());
          if (body) this.bindTarget(body.getNameNode(), this.http.jsonResponse ? 'data' : 'text', body.getTypeNode());
        } else if (cb && http.call.getArguments().length > 1) this.leaves(cb); // a named callback receives the response elsewhere
        return;
      }
      case 'request-promise': // (or where the body is read: Wreck.read of Wreck.request's response)
        return (http.parsedAt ?? [http.call]).forEach((c) => this.visit(c, http.jsonResponse ? 'data' : 'text'));
      default: // node-http: the joined chunks of the response stream (node-http-calls.ts)
        return http.response === 'node-http' ? http.responseTexts?.forEach((t) => this.visit(t, 'text')) : this.visit(http.call, 'env');
    }
  }

  private leaves(node: Node, level?: Level): void { // (a SvelteKit page load's object: into the page, sveltekit-page-data.ts)
    if (level !== 'data' || !followPageData(node, this.ctx, this.steps(level), this.edits)) this.edits.addManual(node, this.opts.leavesMessage);
    flagStoredKeyPaths(node, this.edits);
  }

  /** `node` evaluates to a value of `level`; look at how its parent uses it. */
  visit(node: Node, level: Level): void {
    if (this.visited.has(node)) return;
    this.visited.add(node);
    const parent = node.getParent();
    if (!parent) return;
    const alt = alternativeOf(parent, node); // `ok ? await res.json() : null`, `(await res.json()) || {}`
    flagStandIn(alt?.standIn, this.edits, 'web.href / workflowExecution.id');
    if (alt || Node.isParenthesizedExpression(parent) || Node.isNonNullExpression(parent) || Node.isAwaitExpression(parent)) return this.visit(parent, level);
    if (Node.isAsExpression(parent) || Node.isTypeAssertion(parent) || Node.isSatisfiesExpression(parent)) {
      if (level === 'data') updateResponseType(parent.getTypeNode(), this.ctx, this.edits);
      return this.visit(parent, level);
    }
    if (Node.isPropertyAccessExpression(parent) && parent.getExpression() === node) return this.member(parent, parent.getName(), level);
    if (Node.isElementAccessExpression(parent) && parent.getExpression() === node) {
      const arg = parent.getArgumentExpression();
      if (arg && (Node.isStringLiteral(arg) || Node.isNoSubstitutionTemplateLiteral(arg))) return this.member(parent, arg.getLiteralValue(), level);
      return;
    }
    if (Node.isVariableDeclaration(parent) && parent.getInitializer() === node) return this.bindTarget(parent.getNameNode(), level, parent.getTypeNode());
    if (Node.isBinaryExpression(parent) && parent.getRight() === node && parent.getOperatorToken().getKind() === SyntaxKind.EqualsToken) {
      const left = parent.getLeft();
      if (Node.isIdentifier(left)) return this.followIdentifierWrites(left, level);
      if (Node.isObjectLiteralExpression(left) && level === 'env') return this.assignedPattern(left); // `;({ data: started } = await axios.post(…))`
      if (level === 'data') this.slot(parent, node, level); // `res.locals.x = data` (request-slots.ts)
      if (level !== 'env' || this.http.response !== 'fetch') this.leaves(parent);
      return;
    }
    if (Node.isReturnStatement(parent) || (Node.isArrowFunction(parent) && parent.getBody() === node)) return this.returned(parent, level);
    if (Node.isYieldExpression(parent)) return throughYield(parent, this.steps(level), (fn) => functionCallers(fn, this.ctx)) ? undefined : this.leaves(parent);
    if (Node.isNewExpression(parent) && parent.getArguments().includes(node as never)) return this.received(parent, node, level) ? undefined : this.leaves(parent);
    const copy = level === 'data' ? copyOf(parent, node, LEGACY_FIELDS) : undefined; // `{ ...data, at }`, structuredClone(data), Object.assign({}, data) (copies.ts)
    if (copy) return 'name' in copy ? this.bindTarget(copy.name, level, copy.type) : this.visit(copy.node, level);
    if (Node.isCallExpression(parent) && parent.getArguments().includes(node as never)) {
      const callee = parent.getExpression().getText();
      if (level === 'text' && /^(window\.|globalThis\.)?JSON\.parse$/.test(callee)) return this.visit(parent, 'data');
      if (/^(rxjs\.)?(firstValueFrom|lastValueFrom)$/.test(callee) || settlesWithItsPromise(parent, node)) return this.visit(parent, level);
      if (throughAwaitTo(parent, node, this.steps(level)) || throughResultAsync(parent, node, this.steps(level))) return; // `await to(call)`, neverthrow
      const schema = level === 'data' ? migrateResponseSchema(parent, this.edits) : false; // 'result', .transform's parameter, .data reads
      if (schema) return schema === 'result' ? this.visit(parent, level) : Array.isArray(schema) ? schema.forEach((d) => this.visit(d, level)) : this.bindTarget(schema.getNameNode(), level, schema.getTypeNode());
      if (LOG_CALLEES.test(callee) || readsThroughLodashGet(parent, node, level, this.http, this.edits)) return;
      if (this.received(parent, node, level)) return;
      if (level === 'data') this.slot(parent, node, level); // Hono's `c.set('x', data)`
      const promises = promisesResolvedBy(parent, node); // `resolve(body)` in a `new Promise` executor, or of `Promise.withResolvers()`
      return promises ? promises.forEach((p) => this.visit(p, level)) : this.leaves(parent);
    }
    // `await Promise.race([call, timeout(ms)])` settles with the call's value, `Promise.all([call, other()])` — or a function's returned tuple — with an array holding it.
    if (throughPromiseArray(parent, node, this.steps(level)) || throughReturnedTuple(parent, node, this.steps(level), (fn) => functionCallers(fn, this.ctx)) ||
        throughReturnedObject(parent, node, this.steps(level), (fn) => functionCallers(fn, this.ctx))) return;
    if (Node.isPropertyAssignment(parent) || Node.isShorthandPropertyAssignment(parent) || Node.isSpreadAssignment(parent) ||
        Node.isArrayLiteralExpression(parent) || Node.isSpreadElement(parent)) {
      return this.leaves(parent, level);
    }
    if (Node.isShorthandPropertyAssignment(node)) return this.leaves(node, level);
  }

  private member(access: Node, name: string, level: Level): void {
    const shape = this.http.response;
    // A NestJS HttpService call is an Observable: `.pipe(map((r) => r.data), timeout(…))`, `.toPromise()`.
    const ownCall = access.getParent();
    if ((name === 'pipe' || name === 'toPromise') && Node.isPropertyAccessExpression(access) && access.getExpression() === this.http.call &&
        Node.isCallExpression(ownCall) && ownCall.getExpression() === access) {
      return name === 'pipe' ? throughPipe(ownCall, this.steps(level)) : this.visit(ownCall, level);
    }
    if (level === 'env') {
      if (name === 'then' || name === 'catch' || name === 'finally') return throughThen(access, name, this.steps(level), this.edits);
      if (shape === 'axios' && name === 'data') return this.visit(access, 'data');
      if ((shape === 'superagent' || shape === 'request-callback') && name === 'body' || shape === 'wreck' && name === 'payload') return this.visit(access, 'data');
      if ((shape === 'got' && name === 'body') || (shape === 'web-request' && name === 'content')) return this.visit(access, this.http.jsonResponse ? 'data' : 'text');
      if (shape === 'undici' && name === 'body') return this.visit(access, 'undiciBody');
      if ((shape === 'fetch' || shape === 'got') && (name === 'json' || name === 'text')) {
        const call = access.getParent();
        if (Node.isCallExpression(call) && !readOnFailure(access)) { // (not the error body of `if (!res.ok) { … throw }`: failure-paths.ts)
          for (const t of call.getTypeArguments()) updateResponseType(t, this.ctx, this.edits);
          return this.visit(call, name === 'json' ? 'data' : 'text');
        }
      }
      if (shape === 'superagent' && name === 'end') return throughSuperagentEnd(access, this.steps('env'));
      return;
    }
    if (level === 'undiciBody' && (name === 'json' || name === 'text')) {
      const call = access.getParent();
      return Node.isCallExpression(call) && !readOnFailure(access) ? this.visit(call, name === 'json' ? 'data' : 'text') : undefined;
    }
    if (level === 'data' && (name === 'then' || name === 'catch' || name === 'finally')) return throughThen(access, name, this.steps(level), this.edits);
    if (level !== 'data') return;
    const move = MOVED_FIELDS.find((m) => m.legacy === name);
    if (!move) {
      // `response.redirectURL` was always undefined in the legacy API: flag it, never "fix" it silently.
      const near = MOVED_FIELDS.find((m) => m.legacy.toLowerCase() === name.toLowerCase());
      if (near) this.edits.addManual(access, `${name} is not a field of the legacy response (always undefined; did you mean ${near.legacy}?); in KYX the value is ${near.kyx.join('.')}`);
      return;
    }
    this.rewriteRead(access, move.kyx);
  }
  private rewriteRead(access: Node, path: readonly string[]): void {
    this.reads++;
    const moved = movedReadEdit(access, path);
    if (moved) this.edits.replaceNode(moved.node, moved.text, `response read: ${path.join('.')}`);
  }

  private slot(parent: Node, node: Node, level: Level): void { followSlot(parent, node, (r) => this.visit(r, level), (b) => this.bindTarget(b, level, undefined)); }
  private steps(level: Level): FlowSteps { return { visit: (n) => this.visit(n, level), bind: (n, type) => this.bindTarget(n, level, type), leaves: (n) => this.leaves(n) }; }

  /** `onStarted(data)`, `Link.fromJson(data)`, `new Link(data)`, `this.toModel(data)` of this file, called only here: its parameter holds the value. */
  private received(call: Node, node: Node, level: Level): boolean {
    const param = receivingParameter(call, node);
    if (param && param !== 'none') this.bindTarget(param.getNameNode(), level, param.getTypeNode());
    return param !== undefined;
  }

  /** A value is returned: inside a .then callback it becomes the value of the then() call; else it leaves. */
  private returned(at: Node, level: Level): void {
    const fn = Node.isArrowFunction(at) ? at : at.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a));
    const call = fn?.getParent();
    // An Inngest step (`await step.run('id', async () => …)`) resolves with what its callback returns, an opossum
    // breaker's `await breaker.fire(…)` with what its action returns, `yield* Effect.tryPromise({ try: fn })` with what fn's does.
    const settles = fn ? (isDurableStep(call!, fn) ? [call!] : circuitBreakerFires(fn) ?? effectYieldOf(fn)) : undefined;
    if (settles) return settles.forEach((c) => this.visit(c, level));
    // fp-ts `pipe(TE.tryCatch(() => call, …), TE.map((response) => …))`, Effect `pipe(Effect.tryPromise(() => call), Effect.map((r) => …))`: the map's callback gets the value.
    const mapped = fn && ((Node.isCallExpression(call) && call.getArguments()[0] === fn ? fpTsMappedCallback(call) : undefined) ?? effectMappedCallback(fn));
    const param = mapped && (Node.isArrowFunction(mapped) || Node.isFunctionExpression(mapped)) ? mapped.getParameters()[0] : undefined;
    if (param) return this.bindTarget(param.getNameNode(), level, param.getTypeNode());
    if (fn && Node.isCallExpression(call) && call.getArguments()[0] === fn) {
      const callee = call.getExpression();
      if (Node.isPropertyAccessExpression(callee) && callee.getName() === 'then') return this.visit(call, level);
      if (isRetryWrapper(callee)) return this.visit(call, level); // a retry wrapper (`await pRetry(() => call, opts)`) resolves with what its callback returns
      // rxjs `map(fn)` inside the call's `.pipe(…)`: the Observable now emits what fn returns.
      const pipe = call.getParent();
      if (rxjsOperator(callee) === 'map' && Node.isCallExpression(pipe) && pipe.getArguments().includes(call as never) &&
          Node.isPropertyAccessExpression(pipe.getExpression()) && (pipe.getExpression() as import('ts-morph').PropertyAccessExpression).getName() === 'pipe') {
        return this.visit(pipe, level);
      }
    }
    if (fn && call && isRetryTask(call, fn)) return this.visit(call, level); // promise-retry with its options first
    const resultMap = fn && resultMapOf(fn); // neverthrow's `.map((r) => r.data)` holds what it returns
    if (resultMap) return held(resultMap, this.steps(level));
    if (fn && throughMappedArray(fn, this.steps(level))) return; // `await Promise.all(xs.map((x) => call(x)))`
    const thunk = fn && helperThunkCalls(fn); // `safe(() => call)`: the helper's calls of its parameter (helper-thunks.ts)
    if (thunk) return void thunk.forEach((c) => this.visit(c, level));
    if (fn) updateReturnType(fn, this.ctx, this.edits); // a named function's declared return type describes the value,
    if (fn && level === 'data') flagStandInReturns(fn, at, this.edits); // an object it returns elsewhere is a stand-in (failure-paths.ts),
    const callers = fn ? functionCallers(fn, this.ctx, level === 'data' ? { steps: this.steps(level), edits: this.edits } : undefined) : undefined; // its calls here and in importing files get it
    callers?.calls.forEach((c) => this.visit(c, level));
    if (fn && level === 'data') followPreAssign(fn, (r) => this.visit(r, level), (b) => this.bindTarget(b, level, undefined)); // hapi's `request.pre.x`
    if (!callers?.calls.length || callers.open) this.leaves(at);
  }

  /** Bind a value to a declaration name: an identifier (follow its references) or a destructuring pattern. */
  private bindTarget(name: Node, level: Level, type: import('ts-morph').TypeNode | undefined): void {
    if (type) updateResponseType(type, this.ctx, this.edits);
    else if (Node.isIdentifier(name) && (Node.isVariableDeclaration(name.getParent()) || Node.isParameterDeclaration(name.getParent()))) updateJsDocResponseTypes(name.getParent()!, this.edits);
    if (Node.isIdentifier(name)) return this.followReferences(name, level);
    if (Node.isObjectBindingPattern(name)) return this.pattern(name, level);
  }

  /** A destructuring assignment of the response into variables declared before (hold-out round 64). */
  private assignedPattern(left: import('ts-morph').ObjectLiteralExpression): void {
    const body = responseBody(this.http);
    const target = left.getProperties().map((p) => Node.isShorthandPropertyAssignment(p) && p.getName() === body.key ? p.getNameNode()
      : Node.isPropertyAssignment(p) && p.getName() === body.key ? p.getInitializer() : undefined).find((t) => t !== undefined);
    if (target && Node.isIdentifier(target)) this.followIdentifierWrites(target, body.level);
    else this.leaves(left);
  }

  private pattern(p: ObjectBindingPattern, level: Level): void {
    for (const el of p.getElements()) {
      const key = el.getPropertyNameNode()?.getText() ?? el.getName();
      if (level === 'env') {
        const body = responseBody(this.http);
        if (key === body.key) this.bindTarget(el.getNameNode(), body.level, undefined);
        continue;
      }
      if (level !== 'data') continue;
      if (el.getDotDotDotToken()) this.bindTarget(el.getNameNode(), level, undefined); // `...rest` holds the other fields (copies.ts)
      const move = MOVED_FIELDS.find((m) => m.legacy === key);
      if (move) this.rewriteBinding(el, move.kyx);
    }
  }

  /** `{ redirectUrl }` → `{ web: { href: redirectUrl } }` (response-reads.ts). */
  private rewriteBinding(el: BindingElement, path: readonly string[]): void {
    this.reads++;
    this.edits.replaceNode(el, movedBindingText(el, path), `response read: ${path.join('.')}`);
  }

  private followReferences(id: Node, level: Level): void {
    const decl = id;
    const name = id.getText();
    const scope = scopeOf(decl);
    if (Node.isSourceFile(scope) && markupMentions(scope, name)) this.reads += rewriteMarkupReads(scope, name, level === 'data', this.edits, decl, (n) => this.leaves(n));
    for (const d of identifiersSpelled(scope, name, false)) {
      if (d === decl) continue;
      const parent = d.getParent();
      if (Node.isPropertyAccessExpression(parent) && parent.getNameNode() === d) continue;
      if (Node.isPropertyAssignment(parent) && parent.getNameNode() === d) continue;
      if (Node.isBindingElement(parent) && parent.getPropertyNameNode() === d) continue;
      if (!bindsTo(d, decl)) continue;
      this.visit(d, level);
    }
  }

  private followIdentifierWrites(left: Node, level: Level): void {
    // `x = await call()` with `let x` declared earlier: x's references after the assignment (scope.ts).
    const name = left.getText();
    const { declName, scope } = assignedVariableScope(left);
    const declared = declName?.getParent(); // `let started: T` assigned here: T describes the value
    if (level === 'data' && Node.isVariableDeclaration(declared) && declared.getTypeNode()) updateResponseType(declared.getTypeNode()!, this.ctx, this.edits);
    if (Node.isSourceFile(scope) && markupMentions(scope, name)) this.reads += rewriteMarkupReads(scope, name, level === 'data', this.edits, left, (n) => this.leaves(n));
    const after = left.getEnd();
    for (const d of identifiersSpelled(scope, name, false)) {
      if (d.getStart() <= after) continue;
      if (declName && !bindsTo(d, declName)) continue;
      const parent = d.getParent();
      if (Node.isPropertyAccessExpression(parent) && parent.getNameNode() === d) continue;
      this.visit(d, level);
    }
  }
}
