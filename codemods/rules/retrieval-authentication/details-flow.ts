// Where the parsed retrieval details flow from one recognised call: through await and `.then` callbacks, the
// client's response object (`await res.json()`, `res.data`, `res.body`, undici `body.json()`, got `.json()`,
// request's callback body, `JSON.parse` of a text body), variables, aliases and destructuring. The result lists
// the field reads, the destructuring elements, the type annotations that describe the details, and the places
// where the whole object leaves the function (returned, sent, stored) and downstream code must be checked.
import { functionCallers } from '../../analysis/imported-callers.js';
import type { EvalContext } from '../../analysis/eval-context.js';
import { Node, type BindingElement, type CallExpression, type TypeNode } from '#ts-morph';
import type { HttpCall } from '../../analysis/http-calls.js';
import { findDeclaration, propertyKey } from '../../analysis/resolve-binding.js';
import { isFunctionNode } from '../../analysis/scope.js';
import { detailsSchemaOf, type DetailsSchema } from './details-schema.js';
import { jsDocTypeOf } from './jsdoc-details-types.js';
import { templateSpells } from './astro-template.js';
import { destructuredKind, elementKey, type Kind } from './details-kinds.js';
import { promisesResolvedBy, receivingParameter } from '../../analysis/param-handlers.js';
import { followPreAssign, followSlot } from '../../analysis/request-slots.js';
import { throughMappedArray, throughYield, type FlowSteps } from '../../analysis/combined-values.js';
import { passThroughTap, throughResultAsync } from '../../analysis/result-wrappers.js';
import { readOnFailure } from '../../analysis/failure-paths.js';
import { copyOf } from '../../analysis/copies.js';
import { LEGACY_AUTH_RETRIEVAL_FIELD_NAMES } from '../../../api/index.js';
import { PASS_THROUGH_OPERATORS, alternativeOf, effectYieldOf, isRetryTask, rxjsOperator, settlesWithItsPromise } from '../../analysis/settling-wrappers.js';

export interface FieldRead {
  /** The property or element access (`d.x`, `d?.x`, `d['x']`). */
  node: Node;
  name: string;
}

export interface DetailsFlow {
  reads: FieldRead[];
  destructs: BindingElement[];
  leaves: Node[];
  types: TypeNode[];
  /** zod schemas that parse the details (details-schema.ts). */
  schemas: DetailsSchema[];
}

const DETAILS_FIELDS = new Set(LEGACY_AUTH_RETRIEVAL_FIELD_NAMES); // the fields a copy must keep to be the details (copies.ts)
const WRAPPERS = (n: Node): boolean => Node.isParenthesizedExpression(n) || Node.isAsExpression(n) || Node.isNonNullExpression(n) || Node.isTypeAssertion(n) || Node.isSatisfiesExpression(n);

/** `ctx`: the rule's evaluation context, to follow a function's value into the files that import it. */
export function detailsFlow(http: HttpCall, ctx: EvalContext): DetailsFlow {
  const out: DetailsFlow = { reads: [], destructs: [], leaves: [], types: [], schemas: [] };
  const seen = new Set<Node>();
  const w = new Walker(out, seen, http.jsonResponse, ctx, http.response === 'wreck' ? 'payload' : http.response === 'web-request' ? 'content' : 'body');
  const typeArg = http.call.getTypeArguments()[0];
  switch (http.response) {
    case 'fetch': w.track(http.call, 'fetch-res', true); break;
    case 'undici': w.track(http.call, 'undici-res', true); break;
    case 'axios': {
      w.track(http.call, 'axios-res', true);
      const t = http.call.getTypeArguments()[0];
      if (t) out.types.push(t);
      break;
    }
    case 'superagent': w.track(http.call, 'sa-res', true); break;
    case 'wreck': // res.payload
    case 'web-request': w.track(http.call, 'sa-res', true); if (typeArg) out.types.push(typeArg); break; // res.content (the text without json: true)
    // got / ky `api.get<Details>(url)`, `Wreck.get<Details>(url)`: the type argument is the parsed body's type.
    case 'got': w.track(http.call, 'got-res', true); if (typeArg) out.types.push(typeArg); break;
    case 'request-promise': {
      // Wreck.request's response: the Wreck.read<T>(res, { json }) calls hold the details (and their type).
      http.parsedAt?.forEach((c) => { w.track(c, 'details', true); out.types.push(...c.getTypeArguments()); });
      if (!http.parsedAt) w.track(http.call, http.jsonResponse ? 'details' : 'text', true);
      // ofetch's and wretch's `.json<Details>()` type argument is the parsed body's type (`$fetch<Details>(url)`).
      const t = (http.client === 'ofetch' || http.client === 'wretch') && http.jsonResponse ? http.call.getTypeArguments()[0] : undefined;
      if (t) out.types.push(t);
      break;
    }
    case 'node-http': http.responseTexts?.forEach((t) => w.track(t, 'text', false)); break; // the joined chunks (node-http-calls.ts)
    case 'request-callback': {
      const cb = http.call.getArguments().at(-1);
      if (cb && (Node.isArrowFunction(cb) || Node.isFunctionExpression(cb))) {
        const body = cb.getParameters()[2];
        if (body) w.binding(body, http.jsonResponse ? 'details' : 'text');
      }
      break;
    }
  }
  return out;
}

class Walker {
  /** rxjs map callbacks and the `.pipe(…)` call whose value they return. */
  private readonly mapped = new Map<Node, Node>();

  constructor(private readonly out: DetailsFlow, private readonly seen: Set<Node>, private readonly gotJson: boolean, private readonly ctx: EvalContext,
    private readonly saKey: string) {}

  /** `expr` evaluates to a value of `kind` (or a promise of it). */
  track(expr: Node, kind: Kind, promise: boolean): void {
    if (this.seen.has(expr)) return;
    this.seen.add(expr);
    let node = expr;
    let parent = node.getParent();
    while (parent && WRAPPERS(parent)) {
      // A cast: `as T`, `<T>`, or `/** @type {T} */ (…)` in JavaScript (round 50).
      const cast = kind !== 'details' || promise ? undefined : Node.isAsExpression(parent) || Node.isTypeAssertion(parent) ? parent.getTypeNodeOrThrow() : Node.isParenthesizedExpression(parent) ? jsDocTypeOf(parent) : undefined;
      if (cast) this.out.types.push(cast);
      const t = kind === 'details' && promise && Node.isAsExpression(parent) ? parent.getTypeNodeOrThrow() : undefined; // `res.json() as Promise<T>`
      if (Node.isTypeReference(t) && t.getTypeName().getText() === 'Promise' && t.getTypeArguments()[0]) this.out.types.push(t.getTypeArguments()[0]!);
      node = parent;
      parent = node.getParent();
    }
    if (!parent) return;
    if (promise) return this.promiseParent(node, parent, kind);
    this.valueParent(node, parent, kind);
  }

  private promiseParent(node: Node, parent: Node, kind: Kind): void {
    if (Node.isAwaitExpression(parent)) return this.track(parent, kind, false);
    if (Node.isPropertyAccessExpression(parent) && parent.getExpression() === node) {
      const call = parent.getParent();
      if (!Node.isCallExpression(call) || call.getExpression() !== parent) return;
      const m = parent.getName();
      if (m === 'then') {
        const fn = call.getArguments()[0];
        const inline = fn && (Node.isArrowFunction(fn) || Node.isFunctionExpression(fn));
        // The file's `tap(effect)` passes them on (result-wrappers.ts); `.then(onDetails)` gets them out of sight (round 61).
        const tapped = fn && !inline ? passThroughTap(fn) : undefined;
        if (tapped) return void (tapped.getParameters()[0] && this.binding(tapped.getParameters()[0]!, kind), this.track(call, kind, true));
        return inline ? void (fn.getParameters()[0] && this.binding(fn.getParameters()[0]!, kind)) : void (fn && this.out.leaves.push(fn));
      }
      if (m === 'json' && kind === 'got-res') {
        const t = call.getTypeArguments()[0];
        if (t) this.out.types.push(t);
        return this.track(call, 'details', true);
      }
      if (m === 'catch' || m === 'finally') return this.track(call, kind, true);
      // A NestJS HttpService Observable: `.toPromise()` settles with the response; `.pipe(…)` maps it out of sight.
      if (m === 'toPromise' && kind === 'axios-res') return this.track(call, kind, true);
      if (m === 'pipe' && kind === 'axios-res') this.pipe(call, kind);
      return;
    }
    // `firstValueFrom(this.http.get(…))` / `lastValueFrom(…)` (rxjs): a promise of the Observable's response; p-timeout's `pTimeout(call, opts)`.
    if (Node.isCallExpression(parent) && parent.getArguments()[0] === node && (/^(rxjs\.)?(firstValueFrom|lastValueFrom)$/.test(parent.getExpression().getText()) || settlesWithItsPromise(parent, node))) {
      return this.track(parent, kind, true);
    }
    if (throughResultAsync(parent, node, this.steps(kind))) return; // neverthrow's `fromPromise(call, …)` (result-wrappers.ts)
    // Any other function given the promise (`withTimeout(fetch(…), ms)`) settles with what it likes: the details leave.
    if (Node.isCallExpression(parent) && parent.getArguments().includes(node as never)) return void this.out.leaves.push(node);
    this.returnedFromThen(node, parent, kind, true);
  }

  private settles(n: Node, kind: Kind, promise: boolean): true { this.track(n, kind, promise); return true; }

  /** The walk as combined-values.ts's steps: a node holding the value, a name bound to it, where it leaves. */
  private steps(kind: Kind): FlowSteps {
    return { visit: (n) => this.track(n, kind, false), bind: (name) => this.binding(name.getParentOrThrow(), kind), leaves: (n) => void this.out.leaves.push(n) };
  }

  /** A value returned from a `.then` callback becomes the value of the `.then(...)` call. */
  private returnedFromThen(node: Node, parent: Node, kind: Kind, promise: boolean): boolean {
    let fn: Node | undefined;
    if ((Node.isArrowFunction(parent)) && parent.getBody() === node) fn = parent;
    else if (Node.isReturnStatement(parent)) fn = parent.getFirstAncestor((a) => isFunctionNode(a));
    if (!fn) return false;
    const call = fn.getParent();
    const pa = call && Node.isCallExpression(call) ? call.getExpression() : undefined;
    if (call && Node.isCallExpression(call) && pa && Node.isPropertyAccessExpression(pa) && pa.getName() === 'then' && call.getArguments()[0] === fn) return this.settles(call, kind, true);
    // A retry wrapper (`await pRetry(() => axios.get(…), opts)`, async-retry, promise-retry) settles with what its
    // callback returns.
    if (call && isRetryTask(call, fn)) return this.settles(call, kind, true);
    if (throughMappedArray(fn, this.steps(kind))) return true; // `await Promise.all(refs.map((ref) => fetchDetails(ref)))` (combined-values.ts)
    const yielded = effectYieldOf(fn)?.[0]; // `yield* Effect.tryPromise({ try: () => call })` in an Effect.gen: the value
    if (yielded) return this.settles(yielded, kind, false);
    // What an rxjs map callback returns is the value of the Observable it pipes (pipe() below).
    const piped = this.mapped.get(fn);
    if (piped) return this.settles(piped, kind, true);
    // Its declared return type (`Promise<Details>`) describes the details it returns.
    const rt = kind === 'details' && (Node.isFunctionDeclaration(fn) || Node.isMethodDeclaration(fn) || Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) ? fn.getReturnTypeNode() : undefined;
    if (rt) this.out.types.push(rt);
    // A named function: its calls here and in the run's files importing it get the value (a promise of it when the
    // function is async); where it may go further unseen (a public method, an importer not followed), it also leaves.
    const callers = functionCallers(fn, this.ctx);
    const isAsync = (Node.isFunctionDeclaration(fn) || Node.isArrowFunction(fn) || Node.isFunctionExpression(fn) || Node.isMethodDeclaration(fn)) && fn.isAsync();
    callers?.calls.forEach((c) => this.track(c, kind, isAsync || promise));
    if (kind === 'details') followPreAssign(fn, (r) => this.track(r, kind, false), (b) => this.binding(b.getParentOrThrow(), kind)); // hapi's `request.pre.x`
    if ((kind === 'details' || kind === 'text' || promise) && (!callers?.calls.length || callers.open)) this.out.leaves.push(node);
    return true;
  }

  private valueParent(node: Node, parent: Node, kind: Kind): void {
    if (Node.isVariableDeclaration(parent) && parent.getInitializer() === node) {
      const name = parent.getNameNode();
      if (kind === 'details') {
        const t = parent.getTypeNode() ?? jsDocTypeOf(parent); // `/** @type {Details} */ const d = …` in JavaScript
        if (t) this.out.types.push(t);
      }
      if (Node.isIdentifier(name)) return this.identifier(parent, name.getText(), kind);
      if (Node.isObjectBindingPattern(name)) return this.pattern(name.getElements(), kind);
      return;
    }
    if ((Node.isPropertyAccessExpression(parent) || Node.isElementAccessExpression(parent)) && parent.getExpression() === node) {
      const name = Node.isPropertyAccessExpression(parent) ? parent.getName() : elementKey(parent);
      if (name === undefined) return;
      const call = parent.getParent();
      const called = call && Node.isCallExpression(call) && call.getExpression() === parent;
      switch (kind) {
        case 'details': this.out.reads.push({ node: parent, name }); return;
        case 'fetch-res': if (called && readOnFailure(parent)) return; // the error body of `if (!res.ok) { … throw }` (failure-paths.ts)
          if (called && name === 'json') this.track(call, 'details', true); else if (called && name === 'text') this.track(call, 'text', true); return;
        case 'undici-res': if (name === 'body') this.track(parent, 'undici-body', false); return;
        case 'undici-body': if (called && name === 'json') this.track(call, 'details', true); else if (called && name === 'text') this.track(call, 'text', true); return;
        case 'axios-res': if (name === 'data') this.track(parent, 'details', false); return;
        case 'sa-res': if (name === this.saKey) this.track(parent, this.gotJson ? 'details' : 'text', false); return;
        case 'got-res': if (name === 'body') this.track(parent, this.gotJson ? 'details' : 'text', false); return;
        case 'safe-parse': if (name === 'data') this.track(parent, 'details', false); return;
        default: return;
      }
    }
    if (kind === 'text' && Node.isCallExpression(parent) && parent.getExpression().getText().replace(/^(window|globalThis)\./, '') === 'JSON.parse' && parent.getArguments()[0] === node) {
      return this.track(parent, 'details', false);
    }
    // One alternative of `ok ? await res.json() : null`, `res.ok && data`: followed; beside a stand-in object, leaving.
    const alt = alternativeOf(parent, node);
    if (alt) return alt.standIn ? void this.out.leaves.push(parent) : this.track(parent, kind, false);
    // `resolve(text)` in a `new Promise((resolve, reject) => …)` executor, or of `Promise.withResolvers()`: the promise settles with the value.
    const settled = promisesResolvedBy(parent, node);
    if (settled) return settled.forEach((p) => this.track(p, kind, true));
    // The JSON text moves like the details (`done(null, text)`, `return text`): handed on, it leaves unparsed here.
    if (kind !== 'details' && kind !== 'text') return;
    // A zod or valibot schema of the details: `Details.parse(d)`, `v.parse(Details, d)` give them back, `Details.safeParse(d).data` holds them.
    const schema = kind === 'details' && Node.isCallExpression(parent) ? detailsSchemaOf(parent, node) : undefined;
    if (schema) {
      this.out.schemas.push(schema);
      return this.track(parent, schema.result === 'safe' ? 'safe-parse' : 'details', schema.promise);
    }
    const copy = kind === 'details' ? copyOf(parent, node, DETAILS_FIELDS) : undefined; // structuredClone(d), Object.assign({}, d, { … }), `{ ...d, at }` (copies.ts)
    if (copy) return 'name' in copy ? this.binding(copy.name.getParentOrThrow(), kind) : this.track(copy.node, kind, false);
    if (this.returnedFromThen(node, parent, kind, false)) return;
    const param = receivingParameter(parent, node); // `toAudit(details)`, `new Outcome(details)` of this file, called only here (param-handlers.ts)
    if (param) return param === 'none' ? undefined : this.binding(param, kind);
    // Uses that do not move the object elsewhere.
    if (Node.isIfStatement(parent) || Node.isPrefixUnaryExpression(parent) || Node.isTypeOfExpression(parent) || Node.isExpressionStatement(parent) ||
        (Node.isBinaryExpression(parent) && ['===', '!==', '==', '!=', '&&', '||', '??'].includes(parent.getOperatorToken().getText()) && !Node.isVariableDeclaration(parent.getParent()))) return;
    if (Node.isYieldExpression(parent) && throughYield(parent, this.steps(kind), (fn) => functionCallers(fn, this.ctx))) return; // to the file's `for await`
    if (kind === 'details') followSlot(parent, node, (r) => this.track(r, kind, false), (b) => this.binding(b.getParentOrThrow(), kind)); // `ctx.state.x = d`, `c.set('x', d)`
    this.out.leaves.push(node);
  }

  /** A NestJS Observable's `.pipe(map((r) => r.data), timeout(…))`: the map's callback gets the response and what it
   * returns is the piped value; pass-through operators change nothing; another operator, and the value leaves. */
  private pipe(call: CallExpression, kind: Kind): void {
    const ops = call.getArguments();
    const names = ops.map((op) => (Node.isCallExpression(op) ? rxjsOperator(op.getExpression()) : undefined));
    if (names.filter((n) => n === 'map').length > 1 || names.some((n) => n !== 'map' && (!n || !PASS_THROUGH_OPERATORS.has(n)))) return void this.out.leaves.push(call);
    const op = ops[names.indexOf('map')];
    if (!op) return this.track(call, kind, true);
    const fn = (op as CallExpression).getArguments()[0];
    const p = fn && (Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) ? fn.getParameters()[0] : undefined;
    if (!fn || !p) return void this.out.leaves.push(call);
    this.mapped.set(fn, call);
    this.binding(p, kind);
  }

  binding(p: Node, kind: Kind): void {
    const nameNode = Node.isParameterDeclaration(p) || Node.isBindingElement(p) || Node.isVariableDeclaration(p) ? p.getNameNode() : undefined;
    if (!nameNode) return;
    const t = kind === 'details' && Node.isParameterDeclaration(p) ? p.getTypeNode() ?? jsDocTypeOf(p) : undefined; // `/** @param {Details} d */` in JavaScript
    if (t) this.out.types.push(t);
    if (Node.isIdentifier(nameNode)) return this.identifier(p, nameNode.getText(), kind);
    if (Node.isObjectBindingPattern(nameNode)) this.pattern(nameNode.getElements(), kind);
  }

  private pattern(elements: BindingElement[], kind: Kind): void {
    for (const el of elements) {
      if (el.getDotDotDotToken()) { if (kind === 'details') this.binding(el, kind); continue; } // `...rest` holds the other fields (copies.ts)
      const keyNode = el.getPropertyNameNode() ?? el.getNameNode();
      const key = propertyKey(keyNode);
      if (key === undefined) continue;
      if (kind === 'details') {
        this.out.destructs.push(el);
        continue;
      }
      const next = destructuredKind(kind, key, this.saKey, this.gotJson);
      if (next) this.binding(el, next);
    }
  }

  /** Every reference of a variable/parameter/binding in its scope. */
  private identifier(decl: Node, name: string, kind: Kind): void {
    const scope = decl.getFirstAncestor((a) => isFunctionNode(a) || Node.isSourceFile(a)) ?? decl.getSourceFile();
    if (kind === 'details' && Node.isSourceFile(scope) && templateSpells(scope, name)) this.out.leaves.push(decl); // astro-template.ts
    scope.forEachDescendant((d) => {
      if (!Node.isIdentifier(d) || d.getText() !== name) return;
      const parent = d.getParent();
      if (parent === decl || (Node.isBindingElement(parent) && parent.getNameNode() === d)) return;
      if ((Node.isPropertyAccessExpression(parent) || Node.isPropertyAssignment(parent)) && parent.getNameNode() === d) return;
      if (findDeclaration(d, name) !== decl) return;
      if (Node.isShorthandPropertyAssignment(parent)) {
        if (kind === 'details') this.out.leaves.push(parent);
        return;
      }
      this.track(d, kind, false);
    });
  }
}
