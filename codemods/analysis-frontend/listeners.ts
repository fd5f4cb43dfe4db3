// Finding `message` listeners however they are attached, and resolving the handler to a function node:
// inline, a function or variable in the same file (or another <script> block of the same page), a class or
// Vue `methods` member reached through `this.x`, `useCallback(fn)` and other wrappers (wrapped-handlers.ts), `fn.bind(this)`,
// or an imported function.
import { Node, SyntaxKind } from '#ts-morph';
import type { SourceFile } from '#ts-morph';
import type { ProjectView } from '../engine/types.js';
import { descendantsOfKinds } from '../engine/descendants.js';
import { isFunctionLike, isGlobalObject, resolveIdentifier, stringValue, unwrap, type FunctionLikeNode } from './syntax.js';
import { subscribedPipeline } from './rxjs-pipeline.js';
import { markupHandler } from './markup-listeners.js';
import { hookTargetsWindow, isDojoOn, isExtWindow, isJqueryWindow, isStencilWindowMessage, isWindowTarget } from './listener-targets.js';
import { hearsWindowMessages } from './worker-scope.js';
import { assignedMember } from './member-handlers.js';
import { unattachedJumioHandlers } from './unattached-handlers.js';
import { jqueryUiWindowListener, libraryWindowListener } from './library-listeners.js';
import { parameterHandlers } from './parameter-handlers.js';
import { originRoutes } from './origin-routes.js';
import { wrappedHandler } from './wrapped-handlers.js';

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
  /** Other callbacks of an rxjs pipeline the handler belongs to: `filter`/`tap` before the parsing `map` get the
   * MessageEvent ('event': their origin checks count), those after it and the subscriber get the parsed object. */
  stages?: { fn: FunctionLikeNode; mode: 'event' | 'data' }[];
}

export interface ListenerSearchOptions {
  /** Other script blocks of the same page (they share the global scope). */
  globals?: readonly SourceFile[];
  /** To follow imported handlers. */
  project?: ProjectView;
  /** Absolute path of the file being analysed (needed with `project`). */
  absPath?: string;
  /** The page/component frames a camera iframe (camera-frame.ts): one point in the proof (prove.ts). */
  cameraFrame?: boolean;
  /** Functions the page's markup attaches as window `message` handlers (markup-listeners.ts). */
  markupHandlers?: readonly string[];
}

/** SourceFiles this module loaded through ProjectView for an import, with their absolute path: a rule that
 * gets nodes from them (an imported handler or helper) knows which file its edits belong to. */
export const externalFiles = new WeakMap<SourceFile, string>();

interface Resolved {
  fn: FunctionLikeNode;
  externalPath?: string;
}

/** Hooks that take the target first (`svelte/events` `on` is told apart from jQuery's `.on` by its import). */
const TARGET_FIRST_HOOKS = new Set(['useEventListener', 'makeEventListener', 'createEventListener', 'svelte/events:on', 'dojo/on']);
/** jQuery's event name, also namespaced: `message.netverify`. */
const JQUERY_MESSAGE = /^message(\.[\w-]+)*$/;

const LISTENER_KINDS = new Set([SyntaxKind.CallExpression, SyntaxKind.BinaryExpression, SyntaxKind.MethodDeclaration]);

/** Every `message` handler attached in `sf`, one entry per handler function (first attachment wins). */
export function findMessageHandlers(sf: SourceFile, opts: ListenerSearchOptions = {}): MessageHandler[] {
  const found: MessageHandler[] = [];
  const svelteEvents = sf.getFullText().includes('svelte/events');
  const dojo = sf.getFullText().includes('dojo/on');
  const add = (handlerExpr: Node | undefined, attach: Node, how: AttachKind, stages?: MessageHandler['stages'], depth = 0): void => {
    if (!handlerExpr || depth > 3) return;
    // A local hook's or helper's parameter: what its calls pass (parameter-handlers.ts); what it routes by origin to (origin-routes.ts).
    for (const given of [...parameterHandlers(handlerExpr), ...originRoutes(handlerExpr)]) add(given, attach, how, stages, depth + 1);
    const r = resolveHandler(handlerExpr, opts, 0);
    if (r && !found.some((h) => h.fn === r.fn)) found.push({ fn: r.fn, attach, how, externalPath: r.externalPath, ...(stages?.length ? { stages } : {}) });
  };
  // Only these three kinds are looked at; descendantsOfKinds wraps just them (forEachDescendant wrapped every node)
  // and keeps the same document order.
  for (const node of descendantsOfKinds(sf, LISTENER_KINDS)) {
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
      } else if (method === 'fromEvent' && stringValue(args[1]) === 'message' && args[0] && isWindowTarget(args[0])) {
        const pipeline = subscribedPipeline(node, (cb) => resolveHandler(cb, opts, 0)?.fn);
        if (pipeline) add(pipeline.handler, node, 'rxjs-from-event', pipeline.stages);
      } else if (method === 'attachEvent' && event === 'onmessage' && (!target || isGlobalObject(target))) {
        add(args[1], node, 'attachEvent');
      } else if ((method === 'on' || method === 'bind' || method === 'one') && event && JQUERY_MESSAGE.test(event) && target && isJqueryWindow(target)) {
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
  for (const name of opts.markupHandlers ?? []) {
    const fn = markupHandler(sf, name);
    if (fn && !found.some((h) => h.fn === fn)) found.push({ fn, attach: fn, how: 'markup' });
  }
  for (const fn of unattachedJumioHandlers(sf, new Set(found.map((h) => h.fn)))) found.push({ fn, attach: fn, how: 'unattached' });
  return found;
}

/** Resolve the expression passed as a handler to the function it denotes. */
export function resolveHandler(expr: Node, opts: ListenerSearchOptions, depth: number): Resolved | undefined {
  if (depth > 6) return undefined;
  const n = unwrap(expr);
  if (isFunctionLike(n)) return { fn: n };
  if (Node.isCallExpression(n)) {
    const callee = unwrap(n.getExpression());
    // Underscore/lodash `_.bind(fn, this)`, jQuery `$.proxy(fn, this)`: the function given first.
    if (/^(_|lodash|\$|jQuery)\.(bind|proxy)$/.test(callee.getText()) && n.getArguments()[0]) return resolveHandler(n.getArguments()[0], opts, depth + 1);
    // Dojo `lang.hitch(this, '_onMessage')` (a method of the scope, by name) or `lang.hitch(scope, fn)`.
    const [scope, method] = n.getArguments();
    if (/^(lang|dojo)\.hitch$/.test(callee.getText()) && scope && method) {
      const byName = stringValue(method);
      if (byName === undefined) return resolveHandler(method, opts, depth + 1);
      const m = unwrap(scope).getKind() === SyntaxKind.ThisKeyword ? findThisMember(n, byName) : undefined;
      return m ? resolveHandler(m, opts, depth + 1) : undefined;
    }
    // fn.bind(this), Prototype.js's fn.bindAsEventListener(this)
    if (Node.isPropertyAccessExpression(callee) && /^(bind|bindAsEventListener)$/.test(callee.getName())) return resolveHandler(callee.getExpression(), opts, depth + 1);
    // useCallback(fn, deps), throttle(fn, ms), useMemo(() => fn, deps), a local factory's returned listener.
    const inner = wrappedHandler(n, (id) => resolveIdentifier(id, opts.globals));
    return inner ? resolveHandler(inner, opts, depth + 1) : undefined;
  }
  if (Node.isIdentifier(n)) return resolveDeclaration(resolveIdentifier(n, opts.globals), opts, depth);
  // An EventListener object: `addEventListener('message', this)` (a class implementing EventListenerObject) or an
  // inline `{ handleEvent(e) {…} }` — the browser calls its handleEvent (round-6 hold-out).
  if (n.getKind() === SyntaxKind.ThisKeyword) {
    const m = findThisMember(n, 'handleEvent');
    return m ? resolveHandler(m, opts, depth + 1) : undefined;
  }
  if (Node.isObjectLiteralExpression(n)) {
    const m = objectMember(n, 'handleEvent');
    return m ? resolveHandler(m, opts, depth + 1) : undefined;
  }
  if (Node.isPropertyAccessExpression(n)) {
    const member = unwrap(n.getExpression()).getKind() === SyntaxKind.ThisKeyword ? findThisMember(n, n.getName()) : undefined;
    // `vnode.state.onMessage` / `self.onMessage` / an ES5 constructor's `this.onMessage`: the function assigned to it.
    const assigned = member ?? assignedMember(n);
    return assigned ? resolveHandler(assigned, opts, depth + 1) : undefined;
  }
  return undefined;
}

function resolveDeclaration(decl: Node | undefined, opts: ListenerSearchOptions, depth: number): Resolved | undefined {
  if (!decl) return undefined;
  if (Node.isFunctionDeclaration(decl)) return { fn: decl };
  if (Node.isVariableDeclaration(decl)) {
    const init = decl.getInitializer();
    return init && Node.isIdentifier(decl.getNameNode()) ? resolveHandler(init, opts, depth + 1) : undefined;
  }
  if (Node.isImportSpecifier(decl) || (Node.isIdentifier(decl) && Node.isImportClause(decl.getParent()))) {
    return resolveImported(decl, opts, depth);
  }
  return undefined;
}

/** `this.name` inside a class member or a Vue options object → the member's function (or initializer). */
export function findThisMember(at: Node, name: string): Node | undefined {
  for (let cur: Node | undefined = at.getParent(); cur; cur = cur.getParent()) {
    if (Node.isClassDeclaration(cur) || Node.isClassExpression(cur)) {
      for (const m of cur.getMembers()) {
        if (Node.isMethodDeclaration(m) && m.getName() === name) return m;
        if (Node.isPropertyDeclaration(m) && m.getName() === name) return m.getInitializer();
      }
      return undefined;
    }
    if (Node.isObjectLiteralExpression(cur)) {
      const own = objectMember(cur, name);
      if (own) return own;
      const methods = cur.getProperty('methods');
      if (methods && Node.isPropertyAssignment(methods)) {
        const obj = methods.getInitializer();
        if (obj && Node.isObjectLiteralExpression(obj)) {
          const m = objectMember(obj, name);
          if (m) return m;
        }
      }
    }
  }
  return undefined;
}

function objectMember(obj: import('ts-morph').ObjectLiteralExpression, name: string): Node | undefined {
  const p = obj.getProperty(name);
  if (!p) return undefined;
  if (Node.isMethodDeclaration(p)) return p;
  if (Node.isPropertyAssignment(p)) return p.getInitializer();
  return undefined;
}

function resolveImported(decl: Node, opts: ListenerSearchOptions, depth: number): Resolved | undefined {
  const { project, absPath } = opts;
  if (!project || !absPath) return undefined;
  const importDecl = decl.getFirstAncestorByKind(SyntaxKind.ImportDeclaration);
  if (!importDecl) return undefined;
  const target = project.resolveModule(importDecl.getModuleSpecifierValue(), absPath);
  const other = target ? project.getSourceFile(target) : undefined;
  if (!other || !target) return undefined;
  externalFiles.set(other, target);
  const exported = Node.isImportSpecifier(decl) ? decl.getName() : 'default';
  const node = findExport(other, exported);
  const r = node ? resolveDeclaration(node, { ...opts, absPath: target, globals: [] }, depth + 1) ?? (isFunctionLike(node) ? { fn: node } : undefined) : undefined;
  return r ? { fn: r.fn, externalPath: r.externalPath ?? target } : undefined;
}

/** The declaration of an export of `sf` (named or default), in `sf`. */
function findExport(sf: SourceFile, name: string): Node | undefined {
  for (const s of sf.getStatements()) {
    if (Node.isFunctionDeclaration(s) && s.hasExportKeyword()) {
      if ((name === 'default' && s.hasDefaultKeyword()) || (name !== 'default' && s.getName() === name)) return s;
    }
    if (Node.isVariableStatement(s) && s.hasExportKeyword() && name !== 'default') {
      const d = s.getDeclarations().find((v) => v.getName() === name);
      if (d) return d;
    }
    if (Node.isExportAssignment(s) && name === 'default' && !s.isExportEquals()) {
      const e = unwrap(s.getExpression());
      if (isFunctionLike(e)) return e;
      if (Node.isIdentifier(e)) return resolveIdentifier(e);
    }
    if (Node.isExportDeclaration(s) && !s.getModuleSpecifier()) {
      for (const spec of s.getNamedExports()) {
        if ((spec.getAliasNode()?.getText() ?? spec.getName()) === name) return resolveIdentifier(spec.getNameNode());
      }
    }
  }
  return undefined;
}
