// Finding `message` listeners however they are attached; the handler each is given is resolved to a function node
// by resolve-handler.ts.
import { Node, SyntaxKind, ts } from '#ts-morph';
import type { SourceFile } from '#ts-morph';
import { descendantsOfKinds } from '../engine/descendants.js';
import { isGlobalObject, resolveIdentifier, stringValue, unwrap, type FunctionLikeNode } from './syntax.js';
import { subscribedPipeline } from './rxjs-pipeline.js';
import { importedBinding, markupHandler } from './markup-listeners.js';
import { hookTargetsWindow, isDojoOn, isExtWindow, isJqueryWindow, isStencilWindowMessage, isWindowTarget } from './listener-targets.js';
import { hearsWindowMessages } from './worker-scope.js';
import { unattachedJumioHandlers } from './unattached-handlers.js';
import { jqueryUiWindowListener, libraryWindowListener, patternAttachesWindowMessage, qwikWindowAttributes } from './library-listeners.js';
import { hyperappActions } from './hyperapp-subscriptions.js';
import { parameterHandlers } from './parameter-handlers.js';
import { originRoutes } from './origin-routes.js';
import { promisedWindowMessages } from './promised-events.js';
import { resolveHandler, type ListenerSearchOptions } from './resolve-handler.js';
import { awaitedWindowMessage } from './awaited-events.js';
import { importedHookHandlers } from './imported-hooks.js';

export { externalFiles, findThisMember, resolveHandler, type ListenerSearchOptions } from './resolve-handler.js';

export type AttachKind = 'addEventListener' | 'onmessage' | 'attachEvent' | 'jquery' | 'host-listener' | 'renderer-listen' | 'rxjs-from-event' | 'use-event-listener' | 'stencil-listen' | 'markup' | 'unattached';

export interface MessageHandler {
  /** The function that receives the MessageEvent (its first parameter). */
  fn: FunctionLikeNode;
  /** The call, assignment or decorator that attaches it (in the file being analysed). */
  attach: Node;
  how: AttachKind;
  /** Absolute path of the module holding `fn` when it was imported from another file; undefined when local. */
  externalPath?: string;
  /** A parameter is `event.data` itself (`@HostListener('window:message', ['$event.data'])`). */
  rawData?: boolean;
  /** With `rawData`: the index of the parameter that gets `event.data` (0 unless the origin comes first), and of the
   * one that gets `event.origin` (`@HostListener('window:message', ['$event.origin', '$event.data'])`). */
  rawParam?: number;
  originParam?: number;
  /** The parameter that gets the MessageEvent when it is not the first: a Hyperapp action's `(state, event)`. */
  eventParam?: number;
  /** Other callbacks of an rxjs pipeline the handler belongs to: `filter`/`tap` before the parsing `map` get the
   * MessageEvent ('event': their origin checks count), those after it and the subscriber get the parsed object. */
  stages?: { fn: FunctionLikeNode; mode: 'event' | 'data'; start?: Node }[];
  /** An rxjs pipeline whose parsed stream is handed whole to a call (rxjs-pipeline.ts): an escape. */
  handOff?: { node: Node; to: string };
  /** An awaited event (`const event = await pEvent(window, 'message')`): `fn` awaits it, this expression is the event. */
  start?: Node;
}

/** Hooks that take the target first (`svelte/events` `on` is told apart from jQuery's `.on` by its import). */
const TARGET_FIRST_HOOKS = new Set(['useEventListener', 'makeEventListener', 'createEventListener', 'svelte/events:on', 'dojo/on']);
/** jQuery's event name, also namespaced: `message.netverify`. */
const JQUERY_MESSAGE = /^message(\.[\w-]+)*$/;
/** jQuery's `message` event, also under a namespace computed at run time: `'message.' + this.cid` (round-47 hold-out). */
// A namespace joined at run time: `'message.' + this.cid`, or jQuery UI's `'message' + this.eventNamespace` (which
// starts with its dot: round 51's Magento widget).
const jqueryMessageEvent = (arg: Node | undefined, event: string | undefined): boolean =>
  event !== undefined ? JQUERY_MESSAGE.test(event) : !!arg && /^(['"`])message(\.\1\s*\+|\1\s*\+\s*this\.eventNamespace$)/.test(arg.getText());

const LISTENER_KINDS = new Set([SyntaxKind.CallExpression, SyntaxKind.BinaryExpression, SyntaxKind.MethodDeclaration]);

/** A raw test true for every node the loop below can act on: a call whose text spells `message` in some case (every
 * form below names the event, `onmessage`, `EventType.MESSAGE`, `receiveMessage` or a `{ message: fn }` map) or holds
 * a backslash (an escaped spelling in a string literal), an assignment whose target spells `onmessage`, a method with
 * a decorator. The rest are never wrapped: on a big file most calls are neither, and wrapping them all was the
 * largest part of this search. `hints`: the sorted positions of those spellings in the file (messageHints). */
function mayAttach(n: ts.Node, hints: readonly number[]): boolean {
  if (ts.isBinaryExpression(n)) return n.operatorToken.kind === ts.SyntaxKind.EqualsToken && n.left.getText().includes('onmessage');
  if (ts.isMethodDeclaration(n)) return !!n.modifiers?.some((m) => m.kind === ts.SyntaxKind.Decorator);
  return hintWithin(hints, n.pos, n.end);
}

function messageHints(text: string): number[] {
  const at: number[] = [];
  const re = /message|\\/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) at.push(m.index);
  return at;
}

/** Whether a position of sorted `at` lies in [start, end). */
function hintWithin(at: readonly number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < at.length && at[lo]! < end;
}

/** Every `message` handler attached in `sf`, one entry per handler function (first attachment wins). */
export function findMessageHandlers(sf: SourceFile, opts: ListenerSearchOptions = {}): MessageHandler[] {
  const found: MessageHandler[] = [];
  const svelteEvents = sf.getFullText().includes('svelte/events');
  const dojo = sf.getFullText().includes('dojo/on');
  const add = (handlerExpr: Node | undefined, attach: Node, how: AttachKind, stages?: MessageHandler['stages'], depth = 0, rawData = false): void => {
    if (!handlerExpr || depth > 3) return;
    // A local hook's or helper's parameter: what its calls pass (parameter-handlers.ts); what it routes by origin to (origin-routes.ts).
    for (const given of [...parameterHandlers(handlerExpr), ...originRoutes(handlerExpr)]) add(given, attach, how, stages, depth + 1, rawData);
    for (const a of hyperappActions(handlerExpr)) { // a Hyperapp subscription's action gets the event second (hyperapp-subscriptions.ts)
      const r = resolveHandler(a, opts, 0);
      if (r && r.fn.getParameters().length >= 2 && !found.some((h) => h.fn === r.fn)) found.push({ fn: r.fn, attach, how, externalPath: r.externalPath, eventParam: 1 });
    }
    // A promise's `resolve`: the event is what the promise settles with, where it is awaited or iterated (promised-events.ts).
    for (const p of promisedWindowMessages(handlerExpr)) if (!found.some((h) => h.fn === p.fn)) found.push({ fn: p.fn, attach, how, start: p.start });
    const r = resolveHandler(handlerExpr, opts, 0);
    if (r && !found.some((h) => h.fn === r.fn)) {
      found.push({ fn: r.fn, attach, how, externalPath: r.externalPath, ...(stages?.length ? { stages } : {}), ...(rawData ? { rawData } : {}),
        ...(r.eventParam ? { eventParam: r.eventParam } : {}) });
    }
  };
  // Only these three kinds are looked at; descendantsOfKinds wraps just those mayAttach lets through (forEachDescendant
  // wrapped every node) and keeps the same document order.
  const hints = messageHints(sf.getFullText());
  for (const node of descendantsOfKinds(sf, LISTENER_KINDS, (n) => mayAttach(n, hints))) {
    if (Node.isCallExpression(node)) {
      const callee = unwrap(node.getExpression());
      const args = node.getArguments();
      const event = stringValue(args[0]);
      let method: string | undefined;
      let target: Node | undefined;
      if (Node.isPropertyAccessExpression(callee)) {
        method = callee.getName();
        target = callee.getExpression();
      } else if (Node.isIdentifier(callee)) {
        method = callee.getText();
        // `import { useEventListener as useListener } from 'ahooks'`: the hook under its own name.
        if (/^use[A-Z]/.test(method) && method !== 'useEventListener') {
          const decl = resolveIdentifier(callee);
          if (decl && Node.isImportSpecifier(decl)) method = decl.getName();
        }
        // Svelte 5: `import { on } from 'svelte/events'`, `on(window, 'message', fn)` (also under another name).
        const decl = svelteEvents ? resolveIdentifier(callee) : undefined;
        if (decl && Node.isImportSpecifier(decl) && decl.getName() === 'on' && decl.getImportDeclaration().getModuleSpecifierValue() === 'svelte/events') method = 'svelte/events:on';
        else if (dojo && isDojoOn(callee)) method = 'dojo/on';
      }
      if (method === 'addEventListener' && event === 'message' && (!target || isWindowTarget(target)) && hearsWindowMessages(sf, target)) {
        add(args[1], node, 'addEventListener');
      } else if (method === 'listen' && target && stringValue(args[0]) === 'window' && stringValue(args[1]) === 'message') {
        // Angular Renderer2: `this.renderer.listen('window', 'message', handler)` returns the unlisten function.
        add(args[2], node, 'renderer-listen');
      } else if (method === 'useEventListener' && event === 'message' && hookTargetsWindow(args[2])) {
        // usehooks-ts `useEventListener('message', fn, ref?)`, ahooks `useEventListener('message', fn, { target })`.
        add(args[1], node, 'use-event-listener');
      } else if (method && TARGET_FIRST_HOOKS.has(method) && stringValue(args[1]) === 'message' && args[0] && isWindowTarget(args[0])) {
        // VueUse `useEventListener(window, 'message', fn)`, Solid primitives `makeEventListener(window, 'message', fn)`,
        // Svelte 5 `on(window, 'message', fn)`.
        add(args[2], node, 'use-event-listener');
      } else if (((method === 'fromEvent' || (method === 'fromEventListener' && target?.getText() === 'Stream')) && stringValue(args[1]) === 'message' && args[0] && isWindowTarget(args[0]))
        || (method === 'fromEventPattern' && patternAttachesWindowMessage(args[0]))) {
        const pipeline = subscribedPipeline(node, (cb) => resolveHandler(cb, opts, 0)?.fn);
        if (pipeline) add(pipeline.handler, node, 'rxjs-from-event', pipeline.stages, 0, pipeline.rawData);
        const h = pipeline?.handOff && found.find((x) => x.attach === node);
        if (h) h.handOff = pipeline!.handOff;
      } else if (method === 'pEvent') {
        const w = awaitedWindowMessage(node, (cb) => resolveHandler(cb, opts, 0)?.fn); // awaited-events.ts
        if (w?.callback) add(w.callback, node, 'use-event-listener', w.stages);
        else if (w?.fn && !found.some((h) => h.fn === w.fn)) found.push({ fn: w.fn, attach: node, how: 'use-event-listener', start: w.start, ...(w.stages.length ? { stages: w.stages } : {}) });
      } else if (method === 'attachEvent' && event === 'onmessage' && (!target || isGlobalObject(target))) {
        add(args[1], node, 'attachEvent');
      } else if ((method === 'on' || method === 'bind' || method === 'one') && jqueryMessageEvent(args[0], event) && target && isJqueryWindow(target)) {
        add(args[args.length - 1], node, 'jquery');
      } else if ((method === 'on' || method === 'addListener') && event === 'message' && target && isExtWindow(target)) {
        // Ext JS: `Ext.get(window).on('message', this.onMessage, this)` — the handler, then its scope.
        add(args[1], node, 'jquery');
      } else if (method === 'on' && target?.getText() === 'Ext.EventManager' && stringValue(args[1]) === 'message' && args[0] && isWindowTarget(args[0])) {
        add(args[2], node, 'jquery');
      } else if (method === 'receiveMessage' && target && /^(\$|jQuery)$/.test(target.getText())) {
        // Ben Alman's jQuery postMessage plugin: `$.receiveMessage(fn, origin)` listens on the window.
        add(args[0], node, 'jquery');
      } else {
        const ui = jqueryUiWindowListener(node, method, target);
        add(ui ?? libraryWindowListener(node, method, target), node, ui ? 'jquery' : 'use-event-listener');
      }
    } else if (Node.isBinaryExpression(node) && node.getOperatorToken().getKind() === SyntaxKind.EqualsToken) {
      const left = unwrap(node.getLeft());
      const isOnmessage = (Node.isPropertyAccessExpression(left) && left.getName() === 'onmessage' && isGlobalObject(left.getExpression()))
        || (Node.isIdentifier(left) && left.getText() === 'onmessage');
      if (isOnmessage && hearsWindowMessages(sf, Node.isPropertyAccessExpression(left) ? left.getExpression() : undefined)) add(node.getRight(), node, 'onmessage');
    } else if (Node.isMethodDeclaration(node)) {
      for (const d of node.getDecorators()) {
        // Stencil: `@Listen('message', { target: 'window' })` (older: `@Listen('window:message')`) hands the event.
        if (d.getName() === 'Listen' && isStencilWindowMessage(d.getArguments()) && !found.some((h) => h.fn === node)) {
          found.push({ fn: node, attach: d, how: 'stencil-listen' });
          continue;
        }
        if (d.getName() !== 'HostListener') continue;
        const [ev, params] = d.getArguments();
        if (stringValue(ev) !== 'window:message') continue;
        // `['$event']` (or no argument list) hands the MessageEvent itself to the first parameter, `['$event.data']`
        // the posted string — also beside the origin, `['$event.origin', '$event.data']`: each to its parameter.
        const list = params && Node.isArrayLiteralExpression(params) ? params.getElements().map((e) => stringValue(e)) : [];
        const passesEvent = !params || list[0] === '$event';
        const dataAt = list.indexOf('$event.data');
        if ((passesEvent || dataAt >= 0) && !found.some((h) => h.fn === node)) {
          const originAt = list.indexOf('$event.origin');
          found.push({ fn: node, attach: d, how: 'host-listener', ...(passesEvent ? {} : { rawData: true, rawParam: dataAt, ...(originAt >= 0 ? { originParam: originAt } : {}) }) });
        }
      }
    }
  }
  for (const q of qwikWindowAttributes(sf)) add(q.handler, q.attr, 'use-event-listener');
  for (const name of opts.markupHandlers ?? []) {
    const fn = markupHandler(sf, name);
    if (fn && !found.some((h) => h.fn === fn)) found.push({ fn, attach: fn, how: 'markup' });
    // `<svelte:window on:message={handle} />` naming an imported function: followed into its module (round 44).
    const imported = fn ? undefined : importedBinding(sf, name);
    if (imported) add(imported, imported, 'markup');
  }
  for (const fn of unattachedJumioHandlers(sf, new Set(found.map((h) => h.fn)))) found.push({ fn, attach: fn, how: 'unattached' });
  // A hook imported from the project whose own listener hands its callbacks the event or the parsed object.
  for (const h of importedHookHandlers(sf, opts, findMessageHandlers)) if (!found.some((x) => x.fn === h.fn && x.attach === h.attach)) found.push(h);
  return found;
}

