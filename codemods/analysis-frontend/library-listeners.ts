// Window `message` listeners attached through a library's own helper (hold-out round 7): react-use's
// `useEvent('message', fn, target = window)`, Mantine's `useWindowEvent('message', fn)`, htmx's `htmx.on(window, 'message', fn)` and Qwik's
// `useOnWindow('message', $(fn))`, Prototype.js's `Event.observe(window, 'message', fn)`, MooTools' `window.addEvent('message', fn)`
// Closure's `goog.events.listen(window, EventType.MESSAGE, fn)` and YUI 3's `Y.on('message', fn, Y.config.win)`, Angular's EventManager,
// ember-lifeline and Umbrella JS (round 14). Each returns the handler expression the library attaches, or undefined.
import { Node, SyntaxKind } from '#ts-morph';
import type { CallExpression, SourceFile } from '#ts-morph';
import { resolveIdentifier, stringValue, unwrap } from './syntax.js';
import { hookTargetsWindow, isJqueryWindow, isWindowTarget } from './listener-targets.js';

export function libraryWindowListener(call: CallExpression, method: string | undefined, target: Node | undefined): Node | undefined {
  const args = call.getArguments();
  // react-use: the third argument is the target, the window when absent. (Its one-argument namesake, the
  // `useEvent(fn)` of the React RFC polyfills, attaches nothing: a string first argument tells them apart.)
  if (method === 'useEvent' && !target && stringValue(args[0]) === 'message' && hookTargetsWindow(args[2])) return args[1];
  // Mantine: `useWindowEvent('message', fn)` always listens on the window (round-11 hold-out).
  if (method === 'useWindowEvent' && !target && stringValue(args[0]) === 'message') return args[1];
  // htmx: `htmx.on(target, event, fn)`; without a target it listens on the body, which never gets `message`.
  if (method === 'on' && target?.getText() === 'htmx' && args.length === 3 && stringValue(args[1]) === 'message' && isWindowTarget(args[0]!)) return args[2];
  // Qwik: `useOnWindow('message', $(fn))`; the `$` is Qwik's (imported), never jQuery's.
  if (method === 'useOnWindow' && !target && stringValue(args[0]) === 'message' && args[1]) return qwikQrl(args[1]);
  // Knockout: `ko.utils.registerEventHandler(window, 'message', fn)` hands fn the native event when no jQuery is
  // loaded, jQuery's otherwise (whose originalEvent reads are followed like any jQuery handler's; round-47 hold-out).
  if (method === 'registerEventHandler' && target && /(^|\.)ko\.utils$/.test(target.getText()) && args[0] && isWindowTarget(args[0]) && stringValue(args[1]) === 'message') return args[2];
  // Prototype.js: `Event.observe(window, 'message', fn)` (round-9 hold-out).
  if (method === 'observe' && target?.getText() === 'Event' && stringValue(args[1]) === 'message' && args[0] && isWindowTarget(args[0])) return args[2];
  // MooTools: `window.addEvent('message', fn)` (also `document.id(window)` / `$(window)`); its DOMEvent wraps the
  // MessageEvent as `e.event` (event-data.ts), and `JSON.decode` is its parse (round-10 hold-out).
  if (method === 'addEvent' && target && (isWindowTarget(target) || isMooToolsWindow(target)) && stringValue(args[0]) === 'message') return args[1];
  // Closure Library: `goog.events.listen(window, EventType.MESSAGE, fn)`, an EventHandler's `handler.listen(window, …)`;
  // the BrowserEvent's `getBrowserEvent()` is the MessageEvent (round-10 hold-out).
  if (method === 'listen' && args[0] && isWindowTarget(args[0]) && (stringValue(args[1]) === 'message' || /(^|\.)EventType\.MESSAGE$/.test(args[1]?.getText() ?? ''))) {
    // Polymer 1/2: `this.listen(window, 'message', '_onMessage')` names a method of the element's config object
    // (round-47 hold-out).
    const named = args[2] && target?.getText() === 'this' ? stringValue(args[2]) : undefined;
    return named !== undefined ? enclosingObjectMember(call, named) : args[2];
  }
  // YUI 3: `Y.on('message', fn, Y.config.win)` (the third argument is the target); its DOMEventFacade keeps the
  // MessageEvent as `e._event`, and `Y.JSON.parse` is its parse (round-12 hold-out).
  if (method === 'on' && target && Node.isIdentifier(target) && stringValue(args[0]) === 'message' && args[2]
    && (args[2].getText() === `${target.getText()}.config.win` || (target.getText() === 'Y' && isWindowTarget(args[2])))) return args[1];
  // Round-14 hold-out (each left with legacy-endpoint's origin item only): Angular's EventManager,
  // `this.events.addGlobalEventListener('window', 'message', fn)`; ember-lifeline's `addEventListener(this, window,
  // 'message', fn)` (the destroyable first; imported from ember-lifeline); Umbrella JS's `u(window).on('message', fn)`
  // (u imported from umbrellajs), which hands fn the native event.
  if (method === 'addGlobalEventListener' && target && stringValue(args[0]) === 'window' && stringValue(args[1]) === 'message') return args[2];
  if (method === 'addEventListener' && !target && stringValue(args[2]) === 'message' && args[1] && isWindowTarget(args[1])
    && importedFrom(call.getExpression(), /^ember-lifeline$/)) return args[3];
  if (method === 'on' && target && stringValue(args[0]) === 'message' && isUmbrellaWindow(target)) return args[1];
  return undefined;
}

/** `u(window)` of Umbrella JS (`import u from 'umbrellajs'`, also under another name). */
function isUmbrellaWindow(n: Node): boolean {
  const u = unwrap(n);
  return Node.isCallExpression(u) && !!u.getArguments()[0] && isWindowTarget(u.getArguments()[0]!) && importedFrom(u.getExpression(), /^umbrellajs$/);
}

/** Whether identifier `id` is imported from a module `from` matches (default, named or namespace import). */
function importedFrom(id: Node, from: RegExp): boolean {
  if (!Node.isIdentifier(id)) return false;
  const decl = resolveIdentifier(id);
  const imp = decl?.getFirstAncestorByKind(SyntaxKind.ImportDeclaration);
  return !!imp && from.test(imp.getModuleSpecifierValue());
}

/** rxjs `fromEventPattern(add, remove)` whose `add` attaches its handler to the window's message event —
 * `(h) => window.addEventListener('message', h)` —: the stream is `fromEvent(window, 'message')` (round-14 hold-out). */
export function patternAttachesWindowMessage(add: Node | undefined): boolean {
  const fn = add && unwrap(add);
  if (!fn || !(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn))) return false;
  const h = fn.getParameters()[0]?.getNameNode();
  if (!h || !Node.isIdentifier(h)) return false;
  return fn.getDescendantsOfKind(SyntaxKind.CallExpression).some((c) => {
    const callee = unwrap(c.getExpression());
    const [event, handler] = c.getArguments();
    const onWindow = Node.isIdentifier(callee) || (Node.isPropertyAccessExpression(callee) && isWindowTarget(callee.getExpression()));
    return onWindow && /(^|\.)addEventListener$/.test(callee.getText()) && stringValue(event) === 'message' && handler?.getText() === h.getText();
  });
}

/** MooTools' element wrapper of the window: `document.id(window)`, `$(window)`. */
function isMooToolsWindow(n: Node): boolean {
  const u = unwrap(n);
  return Node.isCallExpression(u) && /^(document\.id|\$)$/.test(u.getExpression().getText()) && !!u.getArguments()[0] && isWindowTarget(u.getArguments()[0]!);
}

/** Qwik's element attribute `window:onMessage$={fn}` (`$(fn)`, or a const holding one): the element's window
 * listener, attached while it is rendered (hold-out round 45). `document:onMessage$` hears nothing a frame posts. */
export function qwikWindowAttributes(sf: SourceFile): { attr: Node; handler: Node }[] {
  if (!sf.getFullText().includes('window:on')) return [];
  const out: { attr: Node; handler: Node }[] = [];
  for (const attr of sf.getDescendantsOfKind(SyntaxKind.JsxAttribute)) {
    if (!/^window:on-?[Mm]essage\$$/.test(attr.getNameNode().getText())) continue;
    const init = attr.getInitializer();
    const expr = init && Node.isJsxExpression(init) ? init.getExpression() : undefined;
    const decl = expr && Node.isIdentifier(expr) ? resolveIdentifier(expr) : undefined;
    const held = decl && Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
    if (expr) out.push({ attr, handler: qwikQrl(held && qwikQrl(held) !== held ? held : expr) });
  }
  return out;
}

/** The function inside Qwik's `$(fn)` (or the expression itself when it is not wrapped). */
function qwikQrl(arg: Node): Node {
  const u = unwrap(arg);
  if (!Node.isCallExpression(u)) return arg;
  const callee = u.getExpression();
  if (!Node.isIdentifier(callee) || callee.getText() !== '$') return arg;
  const decl = resolveIdentifier(callee);
  const fromQwik = !!decl && Node.isImportSpecifier(decl)
    && /^@builder\.io\/qwik|^@qwik\.dev\/core/.test(decl.getFirstAncestorByKind(SyntaxKind.ImportDeclaration)?.getModuleSpecifierValue() ?? '');
  return fromQwik && u.getArguments()[0] ? u.getArguments()[0]! : arg;
}

/** jQuery UI's widget factory: `this._on(this.window, { message: '_onMessage' })` (also `window` / `$(window)`; the
 * handler a method of the widget's prototype object by name, or a function) hands the handler a jQuery event, whose
 * originalEvent is the MessageEvent. Without an element `_on` listens on the widget's element (round-9 hold-out). */
export function jqueryUiWindowListener(call: CallExpression, method: string | undefined, target: Node | undefined): Node | undefined {
  const args = call.getArguments();
  // jQuery's events map, `$(window).on({ message: onMessage, resize: fit })` (also bind/one; a namespaced
  // 'message.kyc' key): the same jQuery event as `.on('message', fn)` (round-13 hold-out: left with an origin item).
  const map = args[0] && unwrap(args[0]);
  if (/^(on|bind|one)$/.test(method ?? '') && target && isJqueryWindow(target) && map && Node.isObjectLiteralExpression(map)) {
    const h = map.getProperties().find((p) => (Node.isPropertyAssignment(p) || Node.isMethodDeclaration(p))
      && /^message(\.[\w.-]+)?$/.test(stringValue(p.getNameNode()) ?? p.getNameNode().getText()));
    return h && Node.isPropertyAssignment(h) ? h.getInitializer() : h;
  }
  if (method !== '_on' || target?.getKind() !== SyntaxKind.ThisKeyword || args.length < 2) return undefined;
  const [element, handlers] = args.slice(-2) as [Node, Node];
  const el = unwrap(element);
  const windowEl = (Node.isPropertyAccessExpression(el) && el.getName() === 'window' && unwrap(el.getExpression()).getKind() === SyntaxKind.ThisKeyword)
    || isWindowTarget(el) || isJqueryWindow(el);
  const h = windowEl && Node.isObjectLiteralExpression(handlers) ? handlers.getProperty('message') : undefined;
  const value = h && Node.isPropertyAssignment(h) ? h.getInitializer() : h && Node.isMethodDeclaration(h) ? h : undefined;
  const byName = value && stringValue(value);
  return byName === undefined ? value : widgetMethod(call, byName);
}

/** The member `name` of the nearest object literal around `at` that has it (the widget's prototype object). */
function widgetMethod(at: Node, name: string): Node | undefined {
  for (let cur = at.getParent(); cur; cur = cur.getParent()) {
    if (!Node.isObjectLiteralExpression(cur)) continue;
    const p = cur.getProperty(name);
    if (p && Node.isMethodDeclaration(p)) return p;
    if (p && Node.isPropertyAssignment(p)) return p.getInitializer();
  }
  return undefined;
}

/** The member `name` of the nearest object literal around `n` (a function value or a method), if any. */
function enclosingObjectMember(n: Node, name: string): Node | undefined {
  for (let o = n.getFirstAncestorByKind(SyntaxKind.ObjectLiteralExpression); o; o = o.getFirstAncestorByKind(SyntaxKind.ObjectLiteralExpression)) {
    const p = o.getProperty(name);
    if (p && Node.isMethodDeclaration(p)) return p;
    if (p && Node.isPropertyAssignment(p)) return p.getInitializer();
  }
  return undefined;
}
