// Which objects a `message` listener may be attached to for it to hear the web-client iFrame: the window under
// its names (also injected: `win`, `defaultView`, a declaration typed `Window`), hook targets, Stencil's
// `@Listen` options, and jQuery's `$(window)` (through `.off(…)`-style chains; also jqLite's `angular.element($window)`). Workers, ports, sockets and
// BroadcastChannels also fire `message`: they are not window-like.
import { Node, SyntaxKind } from '#ts-morph';
import { isGlobalObject, resolveIdentifier, stringValue, unwrap } from './syntax.js';

/** The window, or a reference to it under a window-like name or type: Angular/DI code injects it
 * (`constructor(private win: Window = window)`, `@Inject(WINDOW) private window: Window`, `document.defaultView`).
 * Workers, ports, sockets and BroadcastChannels also fire `message`: they are not window-like. */
export function isWindowTarget(n: Node): boolean {
  if (isGlobalObject(n)) return true;
  const u = unwrap(n);
  const name = Node.isIdentifier(u) ? u.getText() : Node.isPropertyAccessExpression(u) ? u.getName() : undefined;
  if (!name || name === 'contentWindow') return false;
  if (/^[_$]?(win|wnd|window|\w*Window)$/.test(name) || name === 'defaultView') return true;
  const decl = Node.isIdentifier(u) ? resolveIdentifier(u)
    : Node.isPropertyAccessExpression(u) && unwrap(u.getExpression()).getKind() === SyntaxKind.ThisKeyword ? thisMemberDeclaration(u, name) : undefined;
  if (!decl || !(Node.isParameterDeclaration(decl) || Node.isPropertyDeclaration(decl) || Node.isVariableDeclaration(decl))) return false;
  const init = decl.getInitializer();
  return decl.getTypeNode()?.getText() === 'Window' || (!!init && isGlobalObject(init));
}

/** The target argument of a `useEventListener` hook: none (the window is the default), a window, or ahooks'
 * `{ target: window }` options (no target: the window). An element ref is not the window. */
export function hookTargetsWindow(arg: Node | undefined): boolean {
  if (!arg) return true;
  const u = unwrap(arg);
  if (Node.isObjectLiteralExpression(u)) {
    const t = u.getProperty('target');
    if (!t) return true;
    return Node.isPropertyAssignment(t) && isWindowTarget(t.getInitializerOrThrow());
  }
  return u.getKind() === SyntaxKind.UndefinedKeyword || u.getText() === 'undefined' || isWindowTarget(u);
}

/** A class property or constructor parameter property named `name` (for `this.name`). */
function thisMemberDeclaration(at: Node, name: string): Node | undefined {
  const cls = at.getFirstAncestor((a) => Node.isClassDeclaration(a) || Node.isClassExpression(a));
  if (!cls || !(Node.isClassDeclaration(cls) || Node.isClassExpression(cls))) return undefined;
  const prop = cls.getProperty(name);
  if (prop) return prop;
  for (const ctor of cls.getConstructors()) {
    const p = ctor.getParameters().find((x) => x.getName() === name && x.isParameterProperty());
    if (p) return p;
  }
  return undefined;
}

/** Stencil's `@Listen` arguments for a window `message` listener. */
export function isStencilWindowMessage(args: Node[]): boolean {
  const ev = stringValue(args[0]);
  if (ev === 'window:message') return true;
  if (ev !== 'message') return false;
  const o = args[1] ? unwrap(args[1]) : undefined;
  const t = o && Node.isObjectLiteralExpression(o) ? o.getProperty('target') : undefined;
  return !!t && Node.isPropertyAssignment(t) && stringValue(t.getInitializerOrThrow()) === 'window';
}

/** `$(window)` / `jQuery(window)`, also through chained calls that return it (`$(window).off('message.x').on(…)`), and
 * AngularJS's jqLite `angular.element($window)` (the injected window service; round-6 hold-out, a directive). */
export function isJqueryWindow(n: Node): boolean {
  const u = unwrap(n);
  if (!Node.isCallExpression(u)) return false;
  const callee = u.getExpression();
  if (Node.isPropertyAccessExpression(callee) && /^(off|unbind|on|one|bind)$/.test(callee.getName())) return isJqueryWindow(callee.getExpression());
  const arg = u.getArguments()[0];
  if (callee.getText() === 'angular.element') return !!arg && isWindowTarget(arg);
  return Node.isIdentifier(callee) && ['$', 'jQuery'].includes(callee.getText()) && !!arg && isGlobalObject(arg);
}

/** Dojo's `on` function: `import on from 'dojo/on'`, or the AMD factory parameter at the index of `'dojo/on'` in the
 * dependency list of `define([…], function (…, on, …) {…})` / `require([…], …)`. `on(window, 'message', fn)` takes the
 * target first (round-6 hold-out, a Dojo widget). */
export function isDojoOn(callee: Node): boolean {
  if (!Node.isIdentifier(callee)) return false;
  const decl = resolveIdentifier(callee);
  if (!decl) return false;
  if (Node.isImportClause(decl.getParent() ?? decl) || Node.isImportSpecifier(decl) || Node.isImportClause(decl)) {
    return decl.getFirstAncestorByKind(SyntaxKind.ImportDeclaration)?.getModuleSpecifierValue() === 'dojo/on';
  }
  if (!Node.isParameterDeclaration(decl)) return false;
  const factory = decl.getParent();
  const call = factory?.getParent();
  if (!factory || !call || !Node.isCallExpression(call) || !/^(define|require)$/.test(call.getExpression().getText())) return false;
  const deps = call.getArguments().find((a) => Node.isArrayLiteralExpression(a));
  if (!deps || !Node.isArrayLiteralExpression(deps) || !(Node.isFunctionExpression(factory) || Node.isArrowFunction(factory))) return false;
  return stringValue(deps.getElements()[factory.getParameters().indexOf(decl)]) === 'dojo/on';
}

/** Ext JS `Ext.get(window)` / `Ext.fly(window)`: the window as an Ext element (round-6 hold-out, an Ext JS panel). */
export function isExtWindow(n: Node): boolean {
  const u = unwrap(n);
  if (!Node.isCallExpression(u) || !/^Ext\.(get|fly)$/.test(u.getExpression().getText())) return false;
  const arg = u.getArguments()[0];
  return !!arg && isWindowTarget(arg);
}
