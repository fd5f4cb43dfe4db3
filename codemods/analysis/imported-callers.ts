// Where a value a function returns goes: its calls in its own file (local-callers.ts) and, when its module exports
// it, its calls in the run's files that import the module. A service that returns the legacy response and the route
// that imports the service and reads `r.redirectUrl` are one flow across two files; the reads there are edits of
// that file (EditSet external edits, merged and written with this one or not at all). Followed: ESM named, default
// and namespace imports, `require` (whole, destructured, `.name`), `import x = require(…)`, barrels re-exporting it
// (`export { f } from`, `export * from`, `export * as ns from` — then `ns.f(…)`). Any other mention of the module in an importer (`import()`,
// a test mock) or of the function (passed on, not called), an importer the view cannot parse, or a run that does not
// know every importer leaves the flow open.
import { Node, SyntaxKind, ts, type CallExpression, type SourceFile } from '#ts-morph';
import { descendantsOfKinds } from '../engine/descendants.js';
import { importBindings, importerParse, markupMentions, moduleMentions } from './importer-parse.js';
import { injectedCalls } from './injected-callers.js';
import type { EvalContext } from './eval-context.js';
import { exportedNamesOf } from './exports.js';
import { localCallers } from './local-callers.js';
import { bindsTo } from './scope.js';
import type { FlowSteps } from './combined-values.js';
import type { EditSet } from './edit-set.js';
import { followRouteConsumers } from './nuxt-route-consumers.js';

export interface FunctionCallers {
  calls: CallExpression[];
  /** The value may also reach code that is not among `calls` (so it still "leaves whole"). */
  open: boolean;
}

const IDENTIFIER = new Set([SyntaxKind.Identifier]);

/** `module.exports = …` / `export default …` as a top-level statement. */
function isExportAssignment(n: Node | undefined): boolean {
  if (Node.isExportAssignment(n)) return true;
  return Node.isBinaryExpression(n) && n.getOperatorToken().getKind() === SyntaxKind.EqualsToken && Node.isExpressionStatement(n.getParent()) &&
    Node.isSourceFile(n.getParent()!.getParent()) && n.getLeft().getText().replace(/\s+/g, '') === 'module.exports';
}

/** `exports.x = function…` / `module.exports = …` / `export default …`, or a member of an object exported so
 * (`module.exports = { start: async () => … }`, `{ async start() … }`): the names a function without a local name
 * is exported as; undefined for any other function. */
function namelessExport(fn: Node): string[] | undefined {
  if (Node.isFunctionDeclaration(fn)) return !fn.getName() && fn.hasModifier(SyntaxKind.DefaultKeyword) ? ['default'] : undefined;
  const member = Node.isMethodDeclaration(fn) ? fn : Node.isPropertyAssignment(fn.getParent()) ? fn.getParent()! : undefined;
  if (member && (Node.isMethodDeclaration(member) || Node.isPropertyAssignment(member)) && Node.isIdentifier(member.getNameNode()) &&
      Node.isObjectLiteralExpression(member.getParent()) && isExportAssignment(member.getParent()!.getParent())) return [member.getName()];
  if (!Node.isArrowFunction(fn) && !Node.isFunctionExpression(fn)) return undefined;
  const holder = fn.getParent();
  if (Node.isExportAssignment(holder)) return holder.isExportEquals() ? ['export='] : ['default'];
  if (!Node.isBinaryExpression(holder) || holder.getRight() !== fn || holder.getOperatorToken().getKind() !== SyntaxKind.EqualsToken ||
      !Node.isExpressionStatement(holder.getParent()) || !Node.isSourceFile(holder.getParent()!.getParent())) return undefined;
  const m = /^(?:module\.)?exports(?:\.(\w+))?$/.exec(holder.getLeft().getText().replace(/\s+/g, ''));
  if (!m || (!m[1] && !holder.getLeft().getText().startsWith('module'))) return undefined;
  return [m[1] ?? 'export='];
}

function reachedInFile(fn: Node, names: string[], through: RegExp): boolean {
  const accesses = descendantsOfKinds(fn.getSourceFile(), new Set([SyntaxKind.PropertyAccessExpression]),
    (n) => names.includes((n as ts.PropertyAccessExpression).name.getText()));
  return accesses.some((a) => through.test((a as import('ts-morph').PropertyAccessExpression).getExpression().getText().replace(/\s+/g, '')) &&
    !(Node.isBinaryExpression(a.getParent()) && (a.getParent() as import('ts-morph').BinaryExpression).getLeft() === a));
}

/** The names the module exports `fn` as ('default', 'export=' for `module.exports = fn`); [] when not read here. */
function exportNames(fn: Node): string[] {
  const nameless = namelessExport(fn);
  if (nameless) return nameless;
  const sf = fn.getSourceFile();
  if (Node.isFunctionDeclaration(fn) && Node.isSourceFile(fn.getParent())) {
    const name = fn.getName()!;
    const own = fn.hasModifier(SyntaxKind.ExportKeyword) ? [fn.hasModifier(SyntaxKind.DefaultKeyword) ? 'default' : name] : [];
    return [...own, ...exportedNamesOf(sf, name)];
  }
  const decl = fn.getParent();
  const st = decl?.getParent()?.getParent();
  if (Node.isVariableDeclaration(decl) && Node.isIdentifier(decl.getNameNode()) && Node.isVariableStatement(st) && Node.isSourceFile(st.getParent())) {
    return [...(st.hasModifier(SyntaxKind.ExportKeyword) ? [decl.getName()] : []), ...exportedNamesOf(sf, decl.getName())];
  }
  return []; // a public method, a nested function exported some other way
}

/** Where `fn`'s return value goes, or undefined when the function is used other than by calling it in its file. */
export function functionCallers(fn: Node, ctx: EvalContext, route?: { steps: FlowSteps; edits: EditSet }): FunctionCallers | undefined {
  // A Nuxt server route's handler: the components fetching the route read the value (nuxt-route-consumers.ts).
  if (route && followRouteConsumers(fn, ctx, route.steps, route.edits)) return { calls: [], open: true };
  const found = callersOf(fn, ctx);
  // In a component followed into, the markup may call a function of its scripts by name (`@click="load()"`).
  const holder = Node.isArrowFunction(fn) || Node.isFunctionExpression(fn) ? fn.getParent() : fn;
  const name = Node.isFunctionDeclaration(holder) || Node.isMethodDeclaration(holder) || Node.isVariableDeclaration(holder) || Node.isPropertyAssignment(holder) ? holder.getName() : undefined;
  return found && name && markupMentions(fn.getSourceFile(), name) ? { ...found, open: true } : found;
}

function callersOf(fn: Node, ctx: EvalContext): FunctionCallers | undefined {
  const nameless = namelessExport(fn);
  // Reached in its own file through the export (`exports.start(…)`; `this.start(…)` unless local-callers follows it,
  // for a method of the exported object): not followed there.
  const method = Node.isMethodDeclaration(fn);
  if (nameless && reachedInFile(fn, nameless, method ? /^(exports|module\.exports)$/ : /^(this|exports|module\.exports)$/)) return undefined;
  const local = nameless && !method ? { calls: [], external: true } : localCallers(fn);
  if (!local) return undefined;
  if (!local.external) return { calls: local.calls, open: false };
  if (method && !nameless) {
    // A public method: reached through instances other files are injected with (injected-callers.ts).
    const injected = injectedCalls(fn, ctx);
    return { calls: [...local.calls, ...(injected?.calls ?? [])], open: !injected || injected.open };
  }
  const names = exportNames(fn);
  const target = ctx.pathOf(fn);
  const remote = names.length && target ? importedCalls(target, names.map((n) => [n]), ctx, new Set()) : undefined;
  return { calls: [...local.calls, ...(remote?.calls ?? [])], open: !remote || remote.open };
}

/** What an importer must reach for the function: an export name, then the members leading to it — `['start']`, or
 * `['jumio', 'start']` through a barrel's `export * as jumio`. [] is the function itself. */
type Path = readonly string[];

/** The paths that continue under `head`, without it. */
const under = (paths: readonly Path[], head: string): Path[] => paths.filter((p) => p[0] === head).map((p) => p.slice(1));

/** The calls, in the run's files importing `target`, of what it exports along one of `paths`. */
function importedCalls(target: string, paths: readonly Path[], ctx: EvalContext, seen: Set<string>): FunctionCallers | undefined {
  const set = ctx.project.importersOf?.(target);
  if (!set || seen.has(target)) return undefined;
  seen.add(target);
  const found: FunctionCallers = { calls: [], open: !set.complete };
  for (const file of set.files) {
    const sf = importerParse(file, ctx);
    if (!sf) {
      found.open = true; // a page or component not parsed here, a file that does not parse (the run leaves it alone)
      continue;
    }
    const here = callsIn(sf, file, target, paths, ctx, seen);
    found.calls.push(...here.calls);
    found.open ||= here.open;
  }
  return found;
}

interface Binding {
  id: Node;
  /** What the binding holds: `[]` the function, `['start']` an object whose `start` is it. */
  paths: Path[];
}

/** The calls of the function in one importing file, from the bindings its mentions of the module create. */
function callsIn(sf: SourceFile, file: string, target: string, paths: readonly Path[], ctx: EvalContext, seen: Set<string>): FunctionCallers {
  const out: FunctionCallers = { calls: [], open: false };
  // The module's whole value (default import, `require`, `import x = require`): its default export or CommonJS
  // `module.exports`, and (CommonJS interop) the object of its named exports.
  const whole = [...under(paths, 'default'), ...under(paths, 'export='), ...paths];
  const bindings: Binding[] = [];
  const mentions = moduleMentions(sf, file, target, ctx);
  for (const lit of mentions) {
    const p = lit.getParent();
    const imported = importBindings(lit);
    if (imported) {
      if (imported.def) bindings.push({ id: imported.def, paths: whole });
      if (imported.ns) bindings.push({ id: imported.ns, paths: [...paths] });
      for (const el of imported.named) {
        const held = under(paths, el.name);
        if (held.length) bindings.push({ id: el.local, paths: held });
      }
    } else if (Node.isCallExpression(p) && p.getExpression().getText() === 'require' && p.getArguments()[0] === lit) {
      requireUse(p, whole, bindings, out);
    } else if (Node.isExportDeclaration(p)) {
      // A barrel (`export { f } from './jumio'`, `export * from`, `export * as jumio from`): the calls of its importers.
      const through = reexports(p, paths);
      const further = through.length ? importedCalls(file, through, ctx, seen) : { calls: [], open: false };
      out.calls.push(...(further?.calls ?? []));
      out.open ||= !further || further.open;
    } else out.open = true; // import(), a test mock…
  }
  for (const b of bindings) usesOf(sf, b, out);
  return out;
}

/** The paths a re-export gives the module's `paths` to its own importers ([] none of them). */
function reexports(decl: import('ts-morph').ExportDeclaration, paths: readonly Path[]): Path[] {
  if (decl.isTypeOnly()) return [];
  const ns = decl.getNamespaceExport();
  // `export * as jumio`: a namespace object; its `default` is the module's default export (or `module.exports`).
  if (ns) return paths.map((p) => [ns.getName(), ...(p[0] === 'export=' ? ['default', ...p.slice(1)] : p)]);
  if (!decl.hasNamedExports()) return paths.filter((p) => p[0] !== 'default' && p[0] !== 'export=');
  return decl.getNamedExports().filter((el) => !el.isTypeOnly())
    .flatMap((el) => under(paths, el.getNameNode().getText()).map((rest) => [el.getAliasNode()?.getText() ?? el.getNameNode().getText(), ...rest]));
}

/** `require('./jumio')` holding the module's whole value (`whole`): bound, destructured, read or called. */
function requireUse(call: CallExpression, whole: Path[], bindings: Binding[], out: FunctionCallers): void {
  const p = call.getParent();
  if (Node.isVariableDeclaration(p) && p.getInitializer() === call) {
    const name = p.getNameNode();
    if (Node.isIdentifier(name)) return void bindings.push({ id: name, paths: whole });
    if (Node.isObjectBindingPattern(name)) {
      for (const el of name.getElements()) {
        const held = under(whole, el.getPropertyNameNode()?.getText() ?? el.getName());
        if (el.getDotDotDotToken()) out.open = true;
        else if (held.length) {
          if (Node.isIdentifier(el.getNameNode())) bindings.push({ id: el.getNameNode(), paths: held });
          else out.open = true;
        }
      }
      return;
    }
  }
  valueUse(call, whole, out);
}

/** `node` holds what `paths` lead from: a call of it when a path ends there, `node.name…` along a path, another export
 * of the module (nothing to do); anything else takes the function as a value. */
function valueUse(node: Node, paths: readonly Path[], out: FunctionCallers): void {
  const p = node.getParent();
  const isFunction = paths.some((path) => path.length === 0);
  if (Node.isCallExpression(p) && p.getExpression() === node) {
    if (isFunction) out.calls.push(p);
    else out.open = true;
  } else if (Node.isPropertyAccessExpression(p) && p.getExpression() === node) {
    const rest = under(paths, p.getName());
    if (rest.length) valueUse(p, rest, out);
    else out.open ||= isFunction; // `f.call(…)`, `f.bind(…)`
  } else out.open = true;
}

function usesOf(sf: SourceFile, b: Binding, out: FunctionCallers): void {
  const name = b.id.getText();
  out.open ||= markupMentions(sf, name); // a component's markup may call it (`{#await start(ref)}`)
  for (const d of descendantsOfKinds(sf, IDENTIFIER, (n) => (n as ts.Identifier).text === name)) {
    if (d === b.id) continue;
    const p = d.getParent()!;
    // A property or key spelled like the binding, not a use of it.
    if ((Node.isPropertyAccessExpression(p) || Node.isPropertyAssignment(p) || Node.isImportSpecifier(p) || Node.isMethodDeclaration(p) ||
         Node.isPropertyDeclaration(p) || Node.isPropertySignature(p)) && p.getNameNode() === d) continue;
    if (Node.isBindingElement(p) && p.getPropertyNameNode() === d) continue;
    if (Node.isTypeQuery(p) || Node.isQualifiedName(p) || !bindsTo(d, b.id)) continue; // `ReturnType<typeof f>`
    valueUse(d, b.paths, out);
  }
}
