// Data flow inside a message handler: from the event parameter to `event.data`, through `JSON.parse` (any spelling), into
// variables, aliases, destructuring, sub-objects and local helpers, recording every read of the parsed object by its path.
import { Node, SyntaxKind, type SourceFile } from '#ts-morph';
import { enclosingFunction, memberName, memberNameNode, memberObject, narrowedAway, referencesOf, refersTo, resolveIdentifier, stringValue, unwrap, type FunctionLikeNode } from './syntax.js';
import type { ListenerSearchOptions } from './listeners.js';
import { earlyCallUse, unfollowedCallUse } from './call-uses.js';
import { localCallee, otherCallees } from './local-callee.js';
import { isTypeParameterRef, returnedFrom, returnTypeArgument } from './helper-returns.js';
import { rawSniff } from './raw-sniffs.js';
import { memberReads, readInMarkup } from './member-flow.js';
import { WRAPPED_EVENT, comparisonOf, constKey, copiesObject, stampedCopy, guardedTypes, hasOwnPropertyCall, isJsonParse, isObjectUse, jsDocTypeOf, keyedAccess, messageEventTypeArgument, ramdaAccess, rawValueHolder, type DataRead, type EventDataAnalysis } from './event-shapes.js';

export { isJsonParse, type DataRead, type EventDataAnalysis, type LiteralComparison } from './event-shapes.js';
/** `mode: 'event'`: the first parameter is the MessageEvent. `mode: 'data'`: it is the already parsed event object
 * (a global callback such as `window.onJumioResult = (data) => …` that a proven handler hands the object to).
 * `mode: 'raw'`: it is `event.data`, the posted string (Angular `@HostListener('window:message', ['$event.data'])`).
 * `start`: in `fn`, that expression is the parsed object (`await firstValueFrom(parsed$)`) or, 'event', the event (`await pEvent(…)`). */
export function analyzeEventData(
  fn: FunctionLikeNode, globals: readonly SourceFile[] = [], mode: 'event' | 'data' | 'raw' = 'event', imports: ListenerSearchOptions = {}, paramIndex = 0, start?: Node,
): EventDataAnalysis {
  const out: EventDataAnalysis = { parses: false, reads: [], comparisons: [], handoffs: [], escapes: [], eventExprs: [], functions: [fn], rootTypes: [], sniffs: [] };
  const tracked = new Map<Node, Set<string>>();
  const seenReads = new Set<Node>();
  const param = fn.getParameters()[paramIndex];
  if (!param && !start) return out;

  const parseOf = (rawExpr: Node): void => {
    const cur = rawValueHolder(rawExpr);
    const p = cur.getParent();
    const sniff = rawSniff(cur); // `event.data.includes('transactionReference')` before the parse
    if (sniff) return void out.sniffs.push(sniff);
    // Prototype.js: `event.data.evalJSON()` (String#evalJSON) parses the posted string like JSON.parse(event.data).
    const evalJson = p && Node.isPropertyAccessExpression(p) && p.getName() === 'evalJSON' && p.getExpression() === cur ? p.getParent() : undefined;
    if (evalJson && Node.isCallExpression(evalJson) && evalJson.getExpression() === p) {
      out.parses = true;
      bindParsed(evalJson);
      return;
    }
    if (p && Node.isCallExpression(p) && p.getArguments().includes(cur as never) && !isJsonParse(p.getExpression())) {
      forward(cur, 'raw');
      return;
    }
    if (p && isObjectUse(cur, p)) {
      objectData(cur);
      return;
    }
    if (!p || !Node.isCallExpression(p) || p.getArguments()[0] !== cur || !isJsonParse(p.getExpression())) return;
    out.parses = true;
    bindParsed(p);
  };

  /** The value of a parse call flows through `typeof … ? JSON.parse(…) : …`, `||`, `??`, `await`. */
  const bindParsed = (p: Node): void => {
    const typeArg = Node.isCallExpression(p) ? p.getTypeArguments()[0] : undefined; // destr<T>(raw) (round 12)
    if (typeArg && !isTypeParameterRef(typeArg)) out.rootTypes.push(typeArg);
    let v: Node = p;
    for (let q = v.getParent(); q; q = v.getParent()) {
      if (Node.isAsExpression(q) && q.getTypeNode() && !isTypeParameterRef(q.getTypeNode()!)) out.rootTypes.push(q.getTypeNode()!);
      if (Node.isParenthesizedExpression(q) || Node.isAwaitExpression(q) || Node.isAsExpression(q)
        || (Node.isConditionalExpression(q) && q.getCondition() !== v)
        || (Node.isBinaryExpression(q) && ['||', '??'].includes(q.getOperatorToken().getText()))) v = q;
      else break;
    }
    bindValue(v, []);
  };

  // `event.data` used as an object (`MessageEvent<JumioEvent>`, `const { data } = event`): read like the parsed
  // object; `parses` stays false, so only an origin check proves such a handler (prove.ts).
  const objectData = (raw: Node): void => {
    const arg = param && messageEventTypeArgument(param);
    if (arg && !out.rootTypes.includes(arg)) out.rootTypes.push(arg);
    bindValue(raw, []);
  };

  const refs = (decl: Node, name: string): Node[] => referencesOf(enclosingFunction(decl) ?? decl.getSourceFile(), name).filter((r) => refersTo(r, decl));
  const rawVar = (decl: Node, name: string): void => refs(decl, name).forEach(parseOf);

  // `wrapper`: a jQuery/Ext JS event (the handler reads its originalEvent/browserEvent): its `.data` is the handler data.
  const eventRef = (ref: Node, wrapper = false): void => {
    // `(event as MessageEvent).data`, `event!.data`: look through the wrapper.
    let e = ref;
    // Closure's `e.getBrowserEvent()` returns the MessageEvent its BrowserEvent wraps (WRAPPED_EVENT).
    for (let p = e.getParent(); p && (Node.isParenthesizedExpression(p) || Node.isAsExpression(p) || Node.isNonNullExpression(p) || Node.isTypeAssertion(p) || (Node.isCallExpression(p) && p.getExpression() === e && memberName(e) === 'getBrowserEvent')); p = e.getParent()) e = p;
    out.eventExprs.push(e);
    const parent = e.getParent();
    if (!parent) return;
    if (memberObject(parent) === e) {
      if (memberName(parent) === 'data') { if (!wrapper) rawOrBind(parent); }
      else if (WRAPPED_EVENT.test(memberName(parent) ?? '')) eventRef(parent); // jQuery, Ext JS, MooTools
    } else if (Node.isVariableDeclaration(parent) && parent.getInitializer() === e) {
      // `var evt = e.originalEvent` (jQuery), `const ev = event`: the alias's references are the event.
      const nameNode = parent.getNameNode();
      if (Node.isIdentifier(nameNode)) refs(parent, nameNode.getText()).forEach((r) => eventRef(r));
      for (const el of Node.isObjectBindingPattern(nameNode) ? nameNode.getElements() : []) {
        if ((el.getPropertyNameNode()?.getText() ?? el.getName()) === 'data' && Node.isIdentifier(el.getNameNode())) rawVar(parent, el.getName());
      }
    } else if (Node.isCallExpression(parent) && parent.getArguments().includes(e as never)) {
      forward(e, 'event');
    }
  };

  // `event.data` itself: parsed in place, or stored in a variable that is parsed later.
  const rawOrBind = (raw: Node): void => {
    const parent = raw.getParent();
    if (parent && Node.isVariableDeclaration(parent) && parent.getInitializer() === raw && Node.isIdentifier(parent.getNameNode())) {
      rawVar(parent, parent.getName());
    } else parseOf(raw);
  };

  const trackName = (decl: Node, name: string, path: string[]): void => {
    const names = tracked.get(decl) ?? new Set<string>();
    if (names.has(name)) return;
    names.add(name);
    tracked.set(decl, names);
    if (path.length === 0 && (Node.isVariableDeclaration(decl) || Node.isParameterDeclaration(decl)) && Node.isIdentifier(decl.getNameNode())) {
      const t = decl.getTypeNode() ?? jsDocTypeOf(decl);
      if (t) out.rootTypes.push(t);
    }
    const scope = Node.isParameterDeclaration(decl) ? decl.getParent() : enclosingFunction(decl) ?? decl.getSourceFile();
    for (const ref of referencesOf(scope, name)) {
      if (resolveIdentifier(ref, globals) !== decl || narrowedAway(ref)) continue; // `if (out instanceof type.errors) …`
      const p = ref.getParent();
      if (p && Node.isBinaryExpression(p) && p.getLeft() === ref && p.getOperatorToken().getKind() === SyntaxKind.EqualsToken) continue;
      bindValue(ref, path);
    }
  };

  const destructure = (pattern: Node, path: string[], decl: Node): void => {
    if (!Node.isObjectBindingPattern(pattern)) return;
    for (const el of pattern.getElements()) {
      const nameNode = el.getNameNode();
      if (el.getDotDotDotToken()) {
        if (Node.isIdentifier(nameNode)) trackName(decl, nameNode.getText(), path);
        continue;
      }
      const keyNode = el.getPropertyNameNode() ?? nameNode;
      const key = el.getPropertyNameNode() ? stringValue(keyNode) ?? keyNode.getText() : nameNode.getText();
      addRead({ path: [...path, key], keyNode, kind: 'destructure', binding: el, write: false });
      if (Node.isIdentifier(nameNode)) trackName(decl, nameNode.getText(), [...path, key]);
      else destructure(nameNode, [...path, key], decl);
    }
  };
  const stamped = new Set<string>(); // paths of the keys a followed stamped copy adds (`receivedAt`): not the event's
  const addComparison = (path: string[], other: Node): void => { const c = comparisonOf(path, other); if (c) out.comparisons.push(c); };
  const addRead = (r: DataRead): void => { if (!seenReads.has(r.keyNode) && !stamped.has(r.path.join('.'))) { seenReads.add(r.keyNode); out.reads.push(r); } };

  /** The local function a call invokes (local-callee.ts), registered as followed, with the call its result goes to. */
  const returnsTo = new Map<Node, Node[]>();
  const calleeFunction = (call: Node): FunctionLikeNode | undefined => {
    if (out.functions.length > 8) return undefined;
    const target = localCallee(call, fn, globals, imports);
    if (target && !out.functions.includes(target)) out.functions.push(target);
    if (target) returnsTo.set(target, [...(returnsTo.get(target) ?? []), call]);
    return target;
  };

  const follow = (call: Node, argIndex: number, path: string[]): boolean => {
    const one = calleeFunction(call); // else a dispatch table's functions, or those a hook's parameter stands for
    const others = new Map(one ? [] : otherCallees(call, globals, imports).map((h) => [h.fn, h.contextTypes]));
    const targets = one ? [one] : [...others.keys()].filter((t) => out.functions.length <= 8 && !out.functions.includes(t) && out.functions.push(t) > 0);
    for (const target of targets) {
      const p = target.getParameters()[argIndex];
      const nameNode = p?.getNameNode();
      if (!p || !nameNode) continue;
      if (path.length === 0) out.rootTypes.push(...guardedTypes(target, p), ...(p.getTypeNode() ? [] : others.get(target)?.(argIndex) ?? []));
      if (Node.isIdentifier(nameNode)) trackName(p, nameNode.getText(), path);
      else destructure(nameNode, path, p);
    }
    return targets.length > 0;
  };

  /** `(e) => this.onMessage(e)`: the event (or its raw data) forwarded to a local function's parameter. */
  const forward = (x: Node, as: 'event' | 'raw'): void => {
    const call = x.getParent();
    if (!call || !Node.isCallExpression(call)) return;
    const index = call.getArguments().indexOf(x as never);
    const known = new Set(out.functions);
    const target = calleeFunction(call);
    if (!target || known.has(target)) return;
    const p = target.getParameters()[index];
    const nameNode = p?.getNameNode();
    if (!p || !nameNode || !Node.isIdentifier(nameNode)) return;
    if (as === 'raw') return rawVar(p, nameNode.getText());
    const body = target.getBody();
    if (body) for (const ref of referencesOf(body, nameNode.getText())) if (resolveIdentifier(ref, globals) === p) eventRef(ref);
  };

  function bindValue(x: Node, path: string[]): void {
    const parent = x.getParent();
    if (!parent) return;
    const keyed = keyedAccess(x) ?? hasOwnPropertyCall(x) ?? ramdaAccess(x); // `Object.hasOwn(data, 'k')`, `_.get(data, 'a.b')`…
    if (keyed) return void (addRead({ path: [...path, ...keyed.keys], keyNode: keyed.keyNode, kind: keyed.value ? 'element' : 'hasOwn', write: false }), keyed.value && bindValue(keyed.call, [...path, ...keyed.keys]));
    if (memberObject(parent) === x) {
      const ck = constKey(parent); // `data[REFERENCE_KEY]` with `const REFERENCE_KEY = 'transactionReference'`
      const key = memberName(parent) ?? ck?.key;
      const keyNode = ck?.keyNode ?? memberNameNode(parent);
      if (key === undefined || !keyNode) return;
      const gp = parent.getParent();
      if (gp && Node.isCallExpression(gp) && gp.getExpression() === parent && (key === 'includes' || key === 'indexOf')) return;
      const write = !!gp && Node.isBinaryExpression(gp) && gp.getLeft() === parent && gp.getOperatorToken().getKind() === SyntaxKind.EqualsToken;
      addRead({ path: [...path, key], keyNode, kind: Node.isPropertyAccessExpression(parent) ? 'property' : 'element', write });
      if (!write) bindValue(parent, [...path, key]);
      return;
    }
    if (Node.isParenthesizedExpression(parent) || Node.isNonNullExpression(parent) || Node.isAsExpression(parent) || copiesObject(parent, x)
      || (Node.isConditionalExpression(parent) && parent.getCondition() !== x)
      || (Node.isBinaryExpression(parent) && ['||', '??'].includes(parent.getOperatorToken().getText()))
      || (Node.isBinaryExpression(parent) && parent.getOperatorToken().getText() === '&&' && parent.getRight() === x)) {
      bindValue(parent, path);
      return;
    }
    if (Node.isVariableDeclaration(parent) && parent.getInitializer() === x) {
      const nameNode = parent.getNameNode();
      if (Node.isIdentifier(nameNode)) trackName(parent, nameNode.getText(), path);
      else destructure(nameNode, path, parent);
      return;
    }
    if (Node.isBinaryExpression(parent)) {
      const op = parent.getOperatorToken().getText();
      const other = parent.getLeft() === x ? parent.getRight() : parent.getLeft();
      if (op === '=' && parent.getRight() === x) {
        const left = unwrap(parent.getLeft());
        const member = Node.isIdentifier(left) ? undefined : memberReads(left, x); // `this.last = data` (member-flow.ts)
        if (Node.isIdentifier(left)) {
          const decl = resolveIdentifier(left, globals);
          if (decl) trackName(decl, left.getText(), path);
          if (path.length === 0 && (!decl || readInMarkup(decl))) out.escapes.push({ node: parent, to: left.getText() }); // undeclared (Alpine x-data) or read in markup
        } else if (member) {
          if (path.length === 0) out.rootTypes.push(...member.types);
          member.reads.forEach((r) => bindValue(r, path));
          if (member.shared && path.length === 0) out.escapes.push({ node: parent, to: left.getText() }); // read outside its class too
        } else if (path.length === 0) out.escapes.push({ node: parent, to: left.getText() });
        return;
      }
      if (op === 'in' && parent.getRight() === x && stringValue(parent.getLeft()) !== undefined) {
        addRead({ path: [...path, stringValue(parent.getLeft())!], keyNode: parent.getLeft(), kind: 'in', write: false });
        return;
      }
      if (['===', '==', '!==', '!='].includes(op)) addComparison(path, other);
      return;
    }
    // `{ ...data }`: a shallow copy has the same top-level keys; followed when the literal is nothing but the copy or
    // stamps it with keys no event has (`{ ...data, receivedAt }`, stampedCopy). Other properties beside it: an escape.
    if (Node.isSpreadAssignment(parent)) {
      const obj = parent.getParent();
      if (Node.isObjectLiteralExpression(obj) && (obj.getProperties().length === 1 || stampedCopy(obj, parent, (k) => stamped.add([...path, k].join('.'))))) bindValue(obj, path);
      else if (obj && path.length === 0) out.escapes.push({ node: obj, to: obj.getText() });
      return;
    }
    // The whole event object stored in another object or array (`new CustomEvent('jumio', { detail: data })`,
    // `store.push([data])`): whoever reads it there reads the renamed field; flagged, not followed.
    if (path.length === 0 && ((Node.isPropertyAssignment(parent) && parent.getInitializer() === x)
      || Node.isShorthandPropertyAssignment(parent) || Node.isArrayLiteralExpression(parent))) {
      const holder = Node.isArrayLiteralExpression(parent) ? parent : parent.getParent() ?? parent;
      out.escapes.push({ node: holder, to: holder.getText() });
      return;
    }
    const helper = returnedFrom(x, parent); // a followed helper's result: its callers read it (helper-returns.ts)
    if (helper) return void (returnsTo.get(helper) ?? []).forEach((call) => {
      const t = path.length === 0 ? returnTypeArgument(call, helper) : undefined;
      if (t) out.rootTypes.push(t);
      bindValue(call, path);
    });
    if (Node.isSwitchStatement(parent) && parent.getExpression() === x) {
      for (const c of parent.getClauses()) if (Node.isCaseClause(c)) addComparison(path, c.getExpression());
      return;
    }
    if (Node.isCallExpression(parent) && parent.getArguments().includes(x as never)) {
      const early = earlyCallUse(parent, x); // call-uses.ts
      if (early?.kind === 'compared') return early.values.forEach((v) => addComparison(path, v));
      if (early?.kind === 'validated') return void (out.rootTypes.push(early.schema), early.values.forEach((v) => bindValue(v, path)));
      if (early || follow(parent, parent.getArguments().indexOf(x as never), path) || path.length > 0) return;
      const use = unfollowedCallUse(parent, globals);
      if ('handoff' in use) out.handoffs.push({ name: use.handoff, node: parent });
      else out.escapes.push({ node: parent, to: use.escape });
    }
  }

  // Start: the event parameter (or `{ data }` destructured in the parameter list), or what holds an awaited `start`.
  const body = fn.getBody();
  if (start && mode === 'data') return (out.parses = true, bindValue(start, []), out);
  const holder = start ? start.getParentIfKind(SyntaxKind.VariableDeclaration) : param;
  if (!body || !holder) return out;
  const pName = holder.getNameNode();
  if (mode === 'data') {
    out.parses = true; out.rootTypes.push(...guardedTypes(fn, holder)); // a type guard's `x is T` types the object
    void (Node.isIdentifier(pName) ? trackName(holder, pName.getText(), []) : destructure(pName, [], holder));
  } else if (mode === 'raw') {
    if (Node.isIdentifier(pName)) rawVar(holder, pName.getText());
  } else if (Node.isIdentifier(pName)) {
    const own = referencesOf(body, pName.getText()).filter((ref) => resolveIdentifier(ref, globals) === holder);
    const wrapper = own.some((r) => WRAPPED_EVENT.test(memberObject(r.getParent()!) === r ? memberName(r.getParent()!) ?? '' : ''));
    for (const ref of own) eventRef(ref, wrapper);
  } else if (Node.isObjectBindingPattern(pName)) {
    for (const el of pName.getElements()) {
      if ((el.getPropertyNameNode()?.getText() ?? el.getName()) === 'data' && Node.isIdentifier(el.getNameNode())) rawVar(holder, el.getName());
    }
  }
  return out;
}
