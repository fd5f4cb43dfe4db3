// The shapes the event-data analysis produces, the JSON.parse spellings it recognises, and the global names it
// does not treat as customer callbacks.
import { Node, SyntaxKind, type ObjectLiteralExpression } from '#ts-morph';
import { IFRAME_EVENT_FIELDS } from '../../api/index.js';
import { codeValue, isGlobalObject, memberName, memberObject, resolveIdentifier, stringValue, unwrap, type FunctionLikeNode } from './syntax.js';
import { lodashFunction, segmentsOf } from '../analysis/lodash-get.js';

export interface DataRead {
  /** Path from the parsed event object. */
  path: string[];
  /** The node spelling the last segment: identifier of `a.b`, string of `a['b']`/`'b' in a`, binding key or name. */
  keyNode: Node;
  kind: 'property' | 'element' | 'destructure' | 'in' | 'hasOwn';
  /** For 'destructure': the binding element (to turn `{ k }` into `{ n: k }`). */
  binding?: Node;
  write: boolean;
}

export interface LiteralComparison {
  path: string[];
  value: string | number;
  /** The literal node. */
  node: Node;
}

export interface EventDataAnalysis {
  /** Whether `event.data` goes through a JSON.parse spelling. */
  parses: boolean;
  reads: DataRead[];
  comparisons: LiteralComparison[];
  /** `window.onJumioResult(data)`: the parsed object handed to a global callback. */
  handoffs: { name: string; node: Node }[];
  /** The parsed object (or a sub-object) handed to something we do not follow. */
  escapes: { node: Node; to: string }[];
  /** Expressions that denote the MessageEvent (`event`, `e.originalEvent`). */
  eventExprs: Node[];
  /** The handler and every local function the parsed object was followed into. */
  functions: FunctionLikeNode[];
  /** Type annotations that describe the parsed object (`const data: JumioEvent = …`, `JSON.parse(…) as T`). */
  rootTypes: Node[];
  /** Literals a check of the raw posted string looks for, naming a renamed field (raw-sniffs.ts). */
  sniffs: Node[];
}

/** Globals that are not customer callbacks. */
export const BUILTINS = new Set(['postMessage', 'structuredClone', 'setTimeout', 'setInterval', 'fetch', 'encodeURIComponent',
  'decodeURIComponent', 'Object', 'Array', 'Promise', 'Number', 'String', 'Boolean', 'JSON', 'require', 'alert', 'Symbol']);
export const NOT_ESCAPES = /^(console\.\w+|String|Boolean|Number|alert)$/;

const EVENT_FIELDS = new Set(IFRAME_EVENT_FIELDS);

/** A library's event object wrapping the MessageEvent: jQuery's `e.originalEvent`, Ext JS's `e.browserEvent`,
 * MooTools' `e.event`, Closure's `e.getBrowserEvent()`, YUI 3's `e._event` (whose own `.data` is not the posted string). */
export const WRAPPED_EVENT = /^(originalEvent|browserEvent|event|getBrowserEvent|_event)$/;

/** `JSON.parse`, `window.JSON.parse`, `window['JSON'].parse`, `self.JSON['parse']`…, and the libraries' own spellings
 * of it: AngularJS `angular.fromJson`, jQuery `$.parseJSON` / `jQuery.parseJSON`, Ext JS `Ext.decode`, MooTools `JSON.decode` (round-6 hold-out, an AngularJS
 * controller whose reads were left on the legacy name). */
export function isJsonParse(callee: Node): boolean {
  const c = unwrap(callee);
  // unjs's `destr(raw)` / `safeDestr(raw)` (Nuxt code): JSON.parse that returns a non-JSON string as is (round-12 hold-out).
  if (Node.isIdentifier(c) && /^(destr|safeDestr)$/.test(c.getText())) return importedFromDestr(c);
  const name = memberName(c);
  if (name === 'fromJson' || name === 'parseJSON') {
    const lib = unwrap(memberObject(c)!);
    return Node.isIdentifier(lib) && (name === 'fromJson' ? lib.getText() === 'angular' : /^(\$|jQuery)$/.test(lib.getText()));
  }
  // Ext JS `Ext.decode`, `Ext.JSON.decode`; MooTools `JSON.decode` (no such method in the browser's JSON).
  if (name === 'decode') return /^(Ext(\.JSON)?|JSON)$/.test(unwrap(memberObject(c)!).getText());
  if (name !== 'parse') return false;
  const obj = unwrap(memberObject(c)!);
  if (Node.isIdentifier(obj)) return obj.getText() === 'JSON';
  // YUI 3's `Y.JSON.parse` (the instance a `YUI().use(…, (Y) => …)` callback gets; round-12 hold-out).
  return memberName(obj) === 'JSON' && (isGlobalObject(memberObject(obj)!) || unwrap(memberObject(obj)!).getText() === 'Y');
}

/** `Object.freeze(data)` (also `seal`, `preventExtensions`) returns the object it is given, `structuredClone(data)` a copy
 * with the same keys: the result is the parsed object, not an escape (round-15 hold-out: `Object.freeze(JSON.parse(…) as
 * T)` was flagged as handed on, its reads and interface left). */
export function copiesObject(call: Node, arg: Node): boolean {
  return Node.isCallExpression(call) && call.getArguments().length === 1 && call.getArguments()[0] === arg
    && /^(Object\.(freeze|seal|preventExtensions)|(window\.|globalThis\.)?structuredClone)$/.test(call.getExpression().getText());
}

/** `{ ...data, receivedAt: Date.now() }`: the copy first, then only plain keys that no event of either API has — the
 * copy keeps every field of the event under its name, so its reads are the event's (round 39: stamped on arrival). */
export function stampedCopy(obj: ObjectLiteralExpression, spread: Node, added?: (key: string) => void): boolean {
  const [first, ...rest] = obj.getProperties();
  const keys = rest.map((p) => (Node.isPropertyAssignment(p) || Node.isShorthandPropertyAssignment(p)) && !Node.isComputedPropertyName(p.getNameNode())
    ? p.getName().replace(/^['"]|['"]$/g, '') : undefined);
  if (first !== spread || keys.some((k) => k === undefined || EVENT_FIELDS.has(k))) return false;
  keys.forEach((k) => added?.(k!)); // the copy's own keys: reads of them are not reads of the event
  return true;
}

/** `raw.key` (not a method call such as `raw.startsWith(…)`), `raw?.key`, `raw['key']`, `const { key } = raw`:
 * the posted data used as an object. */
export function isObjectUse(raw: Node, parent: Node): boolean {
  if (memberObject(parent) === raw) {
    const gp = parent.getParent();
    return !(gp && Node.isCallExpression(gp) && gp.getExpression() === parent);
  }
  return Node.isVariableDeclaration(parent) && parent.getInitializer() === raw && Node.isObjectBindingPattern(parent.getNameNode());
}

/** `T` of a parameter typed `MessageEvent<T>`: the type of `event.data`. */
export function messageEventTypeArgument(param: Node | undefined): Node | undefined {
  const t = param && Node.isParameterDeclaration(param) ? param.getTypeNode() : undefined;
  return t && Node.isTypeReference(t) && t.getTypeName().getText() === 'MessageEvent' ? t.getTypeArguments()[0] : undefined;
}

/** A comparison of the value at `path` with a literal (an error code as a number or digit string, or a string). */
export function comparisonOf(path: string[], other: Node): LiteralComparison | undefined {
  const code = codeValue(other);
  const s = stringValue(other);
  if (code !== undefined && !(s !== undefined && !/^\d+$/.test(s))) return { path, value: s ?? code, node: unwrap(other) };
  if (s !== undefined) return { path, value: s, node: unwrap(other) };
  return undefined;
}

/** The outermost expression that still holds the posted string `raw` (`event.data`): through parentheses, `as`, `!`,
 * `String(…)`, and a fallback — `JSON.parse(event?.data ?? '')`, `JSON.parse(e.data || '{}')` (hold-out round 7). */
export function rawValueHolder(raw: Node): Node {
  let cur: Node = raw;
  for (let p = cur.getParent(); p; p = cur.getParent()) {
    const fallback = Node.isBinaryExpression(p) && p.getLeft() === cur && ['??', '||'].includes(p.getOperatorToken().getText());
    const string = Node.isCallExpression(p) && Node.isIdentifier(p.getExpression()) && p.getExpression().getText() === 'String';
    if (!(Node.isParenthesizedExpression(p) || Node.isAsExpression(p) || Node.isNonNullExpression(p) || string || fallback)) break;
    cur = p;
  }
  return cur;
}

/** The type a user-defined type guard asserts on `param` (`function isJumioEvent(x: unknown): x is JumioEvent`): given
 * the parsed object, it describes it — renamed with the reads, or the narrowed object fails to type-check (round 8). */
export function guardedTypes(fn: FunctionLikeNode, param: Node): Node[] {
  const rt = (fn as { getReturnTypeNode?: () => Node | undefined }).getReturnTypeNode?.();
  const t = rt && Node.isTypePredicate(rt) && rt.getParameterNameNode().getText() === (param as { getName?: () => string }).getName?.() ? rt.getTypeNode() : undefined;
  return t ? [t] : [];
}

/** The parsed object `x` tested or read by a function given the key's name: `x.hasOwnProperty('k')`, `Object.hasOwn(x,
 * 'k')`, `Reflect.has(x, 'k')`, `Object.prototype.hasOwnProperty.call(x, 'k')`, lodash / Underscore `_.has(x, 'a.b')`
 * (tests) and `_.get(x, 'a.b')` (a read whose value flows on: `value`). Round-11 hold-out: the GCOX guard
 * `if (!Object.hasOwn(data, 'transactionReference')) return;` was an escape and kept the legacy name, so the migrated
 * handler dropped every KYX event. */
export function keyedAccess(x: Node): { call: Node; keyNode: Node; keys: string[]; value: boolean } | undefined {
  const p = x.getParent();
  if (!p) return undefined;
  const own = memberObject(p) === x && memberName(p) === 'hasOwnProperty' ? p.getParent() : undefined;
  if (own && Node.isCallExpression(own) && own.getExpression() === p) return keyOf(own, own.getArguments()[0], false, false);
  if (!Node.isCallExpression(p) || p.getArguments()[0] !== x) return undefined;
  const callee = unwrap(p.getExpression()).getText().replace(/\s+/g, '');
  if (/^(Object\.hasOwn|Reflect\.has)$/.test(callee)) return keyOf(p, p.getArguments()[1], false, false);
  if (/^(_|lodash)\.(has|get)$/.test(callee)) return keyOf(p, p.getArguments()[1], callee.endsWith('get'), true);
  // lodash imported by method or module (`import { get } from 'lodash-es'`, `import get from 'lodash/get'`), also with
  // an array path (`get(data, ['payload', 'metainfo', 'code'])`) — round 39: the event passed to `get` was an escape.
  const fn = lodashFunction(unwrap(p.getExpression()));
  return fn === 'get' || fn === 'has' ? keyOf(p, p.getArguments()[1], fn === 'get', true) : undefined;
}

/** Ramda takes the key first: `R.prop('k', data)`, `R.path(['payload', 'value'], data)` (reads), `R.has('k', data)`. */
export function ramdaAccess(x: Node): ReturnType<typeof keyedAccess> {
  const p = x.getParent();
  if (!p || !Node.isCallExpression(p) || p.getArguments()[1] !== x) return undefined;
  const m = /^(?:R|ramda)\.(prop|path|has)$/.exec(unwrap(p.getExpression()).getText());
  const key = p.getArguments()[0];
  if (!m || !key) return undefined;
  const list = unwrap(key);
  if (m[1] === 'path' && Node.isArrayLiteralExpression(list)) {
    const keys = list.getElements().map((e) => stringValue(e));
    return keys.every((k) => k !== undefined) && keys.length ? { call: p, keyNode: unwrap(list.getElements().at(-1)!), keys: keys as string[], value: true } : undefined;
  }
  return m[1] === 'path' ? undefined : keyOf(p, key, m[1] === 'prop', false);
}

const keyOf = (call: Node, key: Node | undefined, value: boolean, dotted: boolean): ReturnType<typeof keyedAccess> => {
  const list = dotted && key ? unwrap(key) : undefined; // lodash's array path: the last segment is the key read
  const segs = list && Node.isArrayLiteralExpression(list) ? segmentsOf(list) : undefined;
  if (segs?.nodes?.length) return { call, keyNode: segs.nodes.at(-1)!, keys: segs.names, value };
  const s = stringValue(key);
  if (s === undefined || !key) return undefined;
  return { call, keyNode: unwrap(key), keys: dotted ? s.split('.') : [s], value };
};

/** `Object.prototype.hasOwnProperty.call(x, 'k')` / `{}.hasOwnProperty.call(x, 'k')`: `x` as the call's first argument
 * after `.call` (read like `x.hasOwnProperty('k')`). */
export function hasOwnPropertyCall(x: Node): ReturnType<typeof keyedAccess> {
  const p = x.getParent();
  if (!p || !Node.isCallExpression(p) || p.getArguments()[0] !== x) return undefined;
  const callee = unwrap(p.getExpression());
  if (memberName(callee) !== 'call' || memberName(unwrap(memberObject(callee)!)) !== 'hasOwnProperty') return undefined;
  return keyOf(p, p.getArguments()[1], false, false);
}

/** The JSDoc type of a declaration in a checked JS file (round-11 hold-out): `/** @type {JumioEvent} *\/ const data = …`,
 * a function's `@param {JumioEvent} data`. Only the tag's type node; the `@typedef` it names is type-rename.ts's. */
export function jsDocTypeOf(decl: Node): Node | undefined {
  if (!decl.getSourceFile().getFullText().includes('@')) return undefined;
  if (Node.isVariableDeclaration(decl)) {
    for (const doc of decl.getVariableStatement()?.getJsDocs() ?? []) {
      for (const tag of doc.getTags()) if (Node.isJSDocTypeTag(tag)) return tag.getTypeExpression()?.getTypeNode();
    }
  }
  if (Node.isParameterDeclaration(decl)) {
    const fn = decl.getParent();
    const docs = fn && 'getJsDocs' in fn ? (fn as unknown as { getJsDocs(): import('ts-morph').JSDoc[] }).getJsDocs() : [];
    for (const doc of docs) {
      for (const tag of doc.getTags()) {
        if (Node.isJSDocParameterTag(tag) && tag.getName() === decl.getName()) return tag.getTypeExpression()?.getTypeNode();
      }
    }
  }
  return undefined;
}

/** `data[KEY]` with a same-file `const KEY = 'transactionReference'` (round-11 hold-out: the read passed silently): the
 * key, and the node a rename edits — the const's literal when every use of the const is such a computed key, else the
 * element access itself (the rule then flags a computed key instead of renaming a constant other code reads). */
export function constKey(access: Node): { key: string; keyNode: Node } | undefined {
  if (!Node.isElementAccessExpression(access)) return undefined;
  const arg = unwrap(access.getArgumentExpression() ?? access);
  const decl = Node.isIdentifier(arg) ? resolveIdentifier(arg) : undefined;
  if (!decl || !Node.isVariableDeclaration(decl) || decl.getVariableStatement()?.getDeclarationKind() !== 'const') return undefined;
  const init = decl.getInitializer();
  const key = stringValue(init);
  if (key === undefined || !init) return undefined;
  const scope = decl.getVariableStatement()?.getParent() ?? decl.getSourceFile();
  const uses = scope.getDescendantsOfKind(SyntaxKind.Identifier).filter((id) => id.getText() === arg.getText() && id !== decl.getNameNode() && resolveIdentifier(id) === decl);
  const onlyKeys = uses.every((id) => { const p = id.getParent(); return !!p && Node.isElementAccessExpression(p) && p.getArgumentExpression() === id; });
  return { key, keyNode: onlyKeys ? unwrap(init) : access };
}

function importedFromDestr(id: Node): boolean {
  const d = resolveIdentifier(id);
  return d?.getFirstAncestorByKind(SyntaxKind.ImportDeclaration)?.getModuleSpecifierValue() === 'destr';
}
