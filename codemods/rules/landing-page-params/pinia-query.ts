// The query held in a Pinia setup store: `defineStore('route', () => { const route = useRoute(); const params =
// computed(() => route.query); return { params }; })`, read by a page as `storeToRefs(useRouteStore())`'s
// `params.value.transactionStatus` (`{{ params.transactionReference }}` in its template: the ref is unwrapped there), as
// `store.params.transactionStatus` of `const store = useRouteStore()`, or destructured from the store. The member is
// followed into the store's setup function — in the page's file or in a module of the project — and is the query its
// value is (query-reads.ts's querySource), whatever its name; a member holding anything else is no query.
import { Node, SyntaxKind, type SourceFile } from '#ts-morph';
import type { RuleFile } from '../../engine/types.js';
import { resolveIdentifier, unwrap } from '../../analysis-frontend/syntax.js';
import { importedModule } from '../../analysis-frontend/imported-constants.js';
import { storeLookup } from './nanostores-query.js';

type Source = { kind: 'search' | 'object'; key: string };

/** The query a store member read stands for (`e` unwrapped), or undefined; `source` is querySource. */
export function piniaSource(e: Node, source: (n: Node) => Source | undefined): Source | undefined {
  if (!Node.isPropertyAccessExpression(e) && !Node.isIdentifier(e)) return undefined;
  // `params.value` of `const { params } = storeToRefs(store)`.
  if (Node.isPropertyAccessExpression(e) && e.getName() === 'value') {
    const ref = unwrap(e.getExpression());
    const bound = Node.isIdentifier(ref) ? destructured(ref) : undefined;
    const refs = bound && unwrap(bound.init);
    if (bound && Node.isCallExpression(refs) && isPiniaImport(refs.getExpression(), 'storeToRefs') && refs.getArguments()[0]) {
      return memberSource(refs.getArguments()[0]!, bound.member, source);
    }
    return undefined;
  }
  // `store.params` / `useRouteStore().params`
  if (Node.isPropertyAccessExpression(e)) return memberSource(e.getExpression(), e.getName(), source);
  // `const { params } = useRouteStore()`
  const bound = destructured(e);
  return bound ? memberSource(bound.init, bound.member, source) : undefined;
}

/** `x` of `const { member: x } = init` (one level), with the member it takes. */
function destructured(id: Node): { init: Node; member: string } | undefined {
  const decl = resolveIdentifier(id);
  if (!decl || !Node.isVariableDeclaration(decl) || !decl.getInitializer()) return undefined;
  const pattern = decl.getNameNode();
  if (!Node.isObjectBindingPattern(pattern)) return undefined;
  const el = pattern.getElements().find((b) => b.getNameNode().getText() === id.getText() && !b.getDotDotDotToken());
  return el ? { init: decl.getInitializer()!, member: el.getPropertyNameNode()?.getText() ?? el.getName() } : undefined;
}

/** The query a setup store's member holds, for a store instance expression (`useRouteStore()`, or a const bound to it). */
function memberSource(instance: Node, member: string, source: (n: Node) => Source | undefined): Source | undefined {
  let i = unwrap(instance);
  if (Node.isIdentifier(i)) {
    const d = resolveIdentifier(i);
    i = d && Node.isVariableDeclaration(d) && Node.isIdentifier(d.getNameNode()) && d.getInitializer() ? unwrap(d.getInitializer()!) : i;
  }
  if (!Node.isCallExpression(i) || !Node.isIdentifier(i.getExpression())) return undefined;
  const setup = setupFunction(i.getExpression());
  if (!setup) return undefined;
  const body = setup.getBody();
  const ret = Node.isBlock(body) ? body.getStatements().find((s) => Node.isReturnStatement(s)) : undefined;
  const obj = ret && Node.isReturnStatement(ret) && ret.getExpression() ? unwrap(ret.getExpression()!) : undefined;
  const prop = obj && Node.isObjectLiteralExpression(obj) ? obj.getProperty(member) : undefined;
  const value = prop && Node.isShorthandPropertyAssignment(prop) ? prop.getNameNode()
    : prop && Node.isPropertyAssignment(prop) ? prop.getInitializer() : undefined;
  return value ? source(value) : undefined;
}

/** The setup function of `useX` declared as `defineStore(id, () => { … })` (pinia), here or in an imported module. */
function setupFunction(useX: Node): import('#ts-morph').ArrowFunction | import('#ts-morph').FunctionExpression | undefined {
  const decl = resolveIdentifier(useX);
  let init: Node | undefined;
  if (decl && Node.isVariableDeclaration(decl)) init = decl.getInitializer();
  else if (decl && (Node.isImportSpecifier(decl) || Node.isImportClause(decl))) {
    const at = storeLookup(useX.getSourceFile());
    const mod = importedModule(decl, at?.project, at?.absPath);
    if (mod?.constant) init = mod.value;
  }
  const call = init && unwrap(init);
  if (!call || !Node.isCallExpression(call) || !isPiniaImport(call.getExpression(), 'defineStore')) return undefined;
  const fn = call.getArguments()[1] && unwrap(call.getArguments()[1]!);
  return fn && (Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) ? fn : undefined;
}

function isPiniaImport(callee: Node, name: string): boolean {
  const c = unwrap(callee);
  const spec = Node.isIdentifier(c) ? resolveIdentifier(c) : undefined;
  return !!spec && Node.isImportSpecifier(spec) && spec.getName() === name
    && spec.getFirstAncestorByKindOrThrow(SyntaxKind.ImportDeclaration).getModuleSpecifierValue() === 'pinia';
}

/** Names a Vue component's script binds by `const { x } = storeToRefs(…)` to a member holding a query: read
 * unwrapped in its template (`x.name`); index.ts ties them to the script's group (storeRefRoot). */
export function storeToRefsRoots(file: RuleFile, source: (n: Node) => Source | undefined): string[] {
  const out: string[] = [];
  for (const block of file.scripts) {
    const sf: SourceFile = block.sourceFile;
    if (!sf.getFullText().includes('storeToRefs')) continue;
    for (const d of sf.getDescendantsOfKind(SyntaxKind.VariableDeclaration)) {
      const init = d.getInitializer() && unwrap(d.getInitializer()!);
      const pattern = d.getNameNode();
      if (!init || !Node.isCallExpression(init) || !isPiniaImport(init.getExpression(), 'storeToRefs') || !Node.isObjectBindingPattern(pattern)) continue;
      const store = init.getArguments()[0];
      // Only the members holding a query: a payment store's `{{ payment.transactionStatus }}` is no read of the URL.
      for (const b of pattern.getElements()) {
        if (!b.getDotDotDotToken() && store && memberSource(store, b.getPropertyNameNode()?.getText() ?? b.getName(), source)) out.push(b.getName());
      }
    }
  }
  return out;
}

/** The local name of a group read through `x.value` of `const { x } = storeToRefs(…)`: the template's root for it. */
export function storeRefRoot(group: readonly { sourceExpr: Node }[]): string | undefined {
  for (const r of group) {
    const e = unwrap(r.sourceExpr);
    const ref = Node.isPropertyAccessExpression(e) && e.getName() === 'value' ? unwrap(e.getExpression()) : undefined;
    const bound = ref && Node.isIdentifier(ref) ? destructured(ref) : undefined;
    const init = bound && unwrap(bound.init);
    if (init && Node.isCallExpression(init) && isPiniaImport(init.getExpression(), 'storeToRefs')) return ref!.getText();
  }
  return undefined;
}
