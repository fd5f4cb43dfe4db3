// Resolving the expression a listener is given to the function it denotes: inline, a function or variable in the
// same file (or another <script> block of the same page), a class or Vue `methods` member reached through `this.x`,
// `useCallback(fn)` and other wrappers (wrapped-handlers.ts), `fn.bind(this)`, or an imported function.
// (Split out of listeners.ts, which finds where the listeners are attached.)
import { Node, SyntaxKind } from '#ts-morph';
import type { ObjectLiteralExpression, PropertyAccessExpression, SourceFile } from '#ts-morph';
import type { ProjectView } from '../engine/types.js';
import { isFunctionLike, namespaceImport, resolveIdentifier, stringValue, unwrap, type FunctionLikeNode } from './syntax.js';
import { assignedMember } from './member-handlers.js';
import { forwardedArgument, isPassThroughCall, wrappedHandler } from './wrapped-handlers.js';
import { storeStateMember } from './zustand-state.js';
import { assignedValues } from '../analysis/sole-assignment.js';
import { isEmptyValue } from './this-holder.js';
import { reexportsOf } from '../analysis/exports.js';

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
  /** Not to look into imported hooks (imported-hooks.ts looks at a hook's own listeners with it). */
  skipImportedHooks?: boolean;
}

/** SourceFiles this module loaded through ProjectView for an import, with their absolute path: a rule that
 * gets nodes from them (an imported handler or helper) knows which file its edits belong to. */
export const externalFiles = new WeakMap<SourceFile, string>();

export interface Resolved {
  fn: FunctionLikeNode;
  externalPath?: string;
  /** The parameter that gets the event when a bind put arguments before it: `fn.bind(null, callbacks)` → 1. */
  eventParam?: number;
}

/** What `bound` arguments bound before the event do to a resolved listener; a spread (how many?) loses it. */
function shifted(r: Resolved | undefined, bound: readonly Node[]): Resolved | undefined {
  if (!r || bound.length === 0) return r;
  if (bound.some((a) => Node.isSpreadElement(a))) return undefined;
  return { ...r, eventParam: (r.eventParam ?? 0) + bound.length };
}

/** Resolve the expression passed as a handler to the function it denotes. */
export function resolveHandler(expr: Node, opts: ListenerSearchOptions, depth: number): Resolved | undefined {
  if (depth > 6) return undefined;
  const n = unwrap(expr);
  if (isFunctionLike(n)) return { fn: n };
  if (Node.isCallExpression(n)) {
    const callee = unwrap(n.getExpression());
    // Underscore/lodash `_.bind(fn, this)`, jQuery `$.proxy(fn, this)`: the function given first; arguments after the
    // context come before the event (round 38).
    if (/^(_|lodash|\$|jQuery)\.(bind|proxy)$/.test(callee.getText()) && n.getArguments()[0]) {
      return shifted(resolveHandler(n.getArguments()[0], opts, depth + 1), n.getArguments().slice(2));
    }
    // Dojo `lang.hitch(this, '_onMessage')` (a method of the scope, by name) or `lang.hitch(scope, fn)`.
    const [scope, method] = n.getArguments();
    if (/^(lang|dojo)\.hitch$/.test(callee.getText()) && scope && method) {
      const byName = stringValue(method);
      if (byName === undefined) return resolveHandler(method, opts, depth + 1);
      const m = unwrap(scope).getKind() === SyntaxKind.ThisKeyword ? findThisMember(n, byName) : undefined;
      return m ? resolveHandler(m, opts, depth + 1) : undefined;
    }
    // fn.bind(this), Prototype.js's fn.bindAsEventListener(this). A partial `fn.bind(null, callbacks)` hands the event
    // to the parameter after the bound ones (round 38); bindAsEventListener passes the event first, then its arguments.
    if (Node.isPropertyAccessExpression(callee) && /^(bind|bindAsEventListener)$/.test(callee.getName())) {
      const r = resolveHandler(callee.getExpression(), opts, depth + 1);
      return callee.getName() === 'bind' ? shifted(r, n.getArguments().slice(1)) : r;
    }
    // The app's own wrapper, declared here or imported: `withTelemetry('frame', onMessage)` → onMessage (a known
    // wrapper such as useCallback is no function of the project: not looked up).
    const factory = Node.isIdentifier(callee) && !isPassThroughCall(n) ? resolveHandler(callee, opts, depth + 1)?.fn : undefined;
    const forwarded = factory && forwardedArgument(factory, n);
    if (forwarded) return resolveHandler(forwarded, opts, depth + 1);
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
    const imported = importedMember(n, opts, depth);
    if (imported) return imported;
    const member = unwrap(n.getExpression()).getKind() === SyntaxKind.ThisKeyword ? findThisMember(n, n.getName()) : undefined;
    // `vnode.state.onMessage` / `self.onMessage` / an ES5 constructor's `this.onMessage`: the function assigned to it.
    const assigned = member ?? assignedMember(n) ?? storeStateMember(n); // a zustand store's get().onMessage (zustand-state.ts)
    return assigned ? resolveHandler(assigned, opts, depth + 1) : undefined;
  }
  return undefined;
}

function resolveDeclaration(decl: Node | undefined, opts: ListenerSearchOptions, depth: number): Resolved | undefined {
  if (!decl) return undefined;
  if (Node.isFunctionDeclaration(decl)) return { fn: decl };
  if (Node.isVariableDeclaration(decl)) {
    if (!Node.isIdentifier(decl.getNameNode())) return undefined;
    const init = decl.getInitializer();
    if (!isEmptyValue(init)) return resolveHandler(init!, opts, depth + 1);
    // `var handler = null;` that `open()` sets to the listener and `close()` resets: the one function it is given.
    const given = assignedValues(decl)?.filter((v) => !isEmptyValue(v));
    return given?.length === 1 ? resolveHandler(given[0]!, opts, depth + 1) : undefined;
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

function objectMember(obj: ObjectLiteralExpression, name: string): Node | undefined {
  const p = obj.getProperty(name);
  if (!p) return undefined;
  if (Node.isMethodDeclaration(p)) return p;
  if (Node.isPropertyAssignment(p)) return p.getInitializer();
  return undefined;
}

/** The module of the project an import declaration (of `decl`) loads, with its absolute path. */
function importedModule(decl: Node, opts: ListenerSearchOptions): { other: SourceFile; target: string } | undefined {
  const { project, absPath } = opts;
  if (!project || !absPath) return undefined;
  const importDecl = decl.getFirstAncestorByKind(SyntaxKind.ImportDeclaration);
  if (!importDecl) return undefined;
  const target = project.resolveModule(importDecl.getModuleSpecifierValue(), absPath);
  const other = target ? project.getSourceFile(target) : undefined;
  if (!other || !target) return undefined;
  externalFiles.set(other, target);
  return { other, target };
}

function resolveImported(decl: Node, opts: ListenerSearchOptions, depth: number): Resolved | undefined {
  const m = importedModule(decl, opts);
  if (!m) return undefined;
  const found = exportThroughBarrels(m.other, m.target, Node.isImportSpecifier(decl) ? decl.getName() : 'default', opts);
  const node = found?.node;
  const r = node ? resolveDeclaration(node, { ...opts, absPath: found.path, globals: [] }, depth + 1) ?? (isFunctionLike(node) ? { fn: node } : undefined) : undefined;
  return r ? { fn: r.fn, externalPath: r.externalPath ?? found!.path } : undefined;
}

/** An export of `sf`, also through a barrel's `export { name } from './module'` / `export * from …` (three hops;
 * found by probing round 33's hook imported from `hooks/index.ts`). */
function exportThroughBarrels(sf: SourceFile, path: string, name: string, opts: ListenerSearchOptions, hops = 0): { node: Node; path: string } | undefined {
  const node = findExport(sf, name);
  if (node) return { node, path };
  for (const r of hops < 3 && opts.project ? reexportsOf(sf, name) : []) {
    const target = opts.project!.resolveModule(r.specifier, path);
    const other = target && !/[\\/]node_modules[\\/]/.test(target) ? opts.project!.getSourceFile(target) : undefined;
    if (!other || !target) continue;
    externalFiles.set(other, target);
    const found = exportThroughBarrels(other, target, r.name, opts, hops + 1);
    if (found) return found;
  }
  return undefined;
}

/** `kycEvents.onMessage` where `kycEvents` is imported from a module of the project: a member of the object it
 * exports (`export default { onMessage(e) {…} }`, `export const kycEvents = {…}`, a default-exported variable holding
 * one) or, through `import * as kycEvents`, the module's export of that name (round-10 hold-out, 19-mount-kyc.js). */
function importedMember(n: PropertyAccessExpression, opts: ListenerSearchOptions, depth: number): Resolved | undefined {
  const root = unwrap(n.getExpression());
  if (!Node.isIdentifier(root) || !opts.project || !opts.absPath) return undefined;
  const decl = resolveIdentifier(root, opts.globals) ?? namespaceImport(root);
  const isNamespace = decl !== undefined && Node.isNamespaceImport(decl.getParent() ?? decl);
  if (!decl || !(isNamespace || Node.isImportSpecifier(decl) || Node.isImportClause(decl.getParent()))) return undefined;
  const m = importedModule(decl, opts);
  if (!m) return undefined;
  const inOther = { ...opts, absPath: m.target, globals: [] };
  let r: Resolved | undefined;
  if (isNamespace) {
    const node = findExport(m.other, n.getName());
    r = node ? resolveDeclaration(node, inOther, depth + 1) ?? (isFunctionLike(node) ? { fn: node } : undefined) : undefined;
  } else {
    const obj = objectBehind(findExport(m.other, Node.isImportSpecifier(decl) ? decl.getName() : 'default'));
    const member = obj ? objectMember(obj, n.getName()) : undefined;
    r = member ? resolveHandler(member, inOther, depth + 1) : undefined;
  }
  return r ? { fn: r.fn, externalPath: r.externalPath ?? m.target } : undefined;
}

/** The object literal a declaration holds, through variables naming one another (`const handlers = kycHandlers`). */
function objectBehind(node: Node | undefined): ObjectLiteralExpression | undefined {
  for (let i = 0; node && i < 4; i++) {
    const value: Node | undefined = Node.isVariableDeclaration(node) ? node.getInitializer() : node;
    const v = value && unwrap(value);
    if (!v || Node.isObjectLiteralExpression(v)) return v;
    node = Node.isIdentifier(v) ? resolveIdentifier(v) : undefined;
  }
  return undefined;
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
      // An object of handlers too: importedMember picks its member (nothing else resolves an object literal).
      if (isFunctionLike(e) || Node.isObjectLiteralExpression(e)) return e;
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
