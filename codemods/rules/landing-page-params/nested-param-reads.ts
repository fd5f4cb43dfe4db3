// Next.js App Router pages that destructure the query in the parameter itself (round-12 hold-out):
// `export default function Page({ searchParams: { transactionStatus, transactionReference } }: Props)`. Each inner
// binding is a read of the `searchParams` prop, grouped like `({ searchParams }) => searchParams.transactionStatus`;
// TanStack Router's `loaderDeps: ({ search: { … } })` likewise reads the route's validated search.
import { Node, SyntaxKind, ts, type SourceFile, type VariableDeclaration } from '#ts-morph';
import { descendantsOfKinds } from '../../engine/descendants.js';

const DECL = new Set([SyntaxKind.VariableDeclaration]);
import { stringValue } from '../../analysis-frontend/syntax.js';
import type { ParamRead } from './query-reads.js';
import { isRouteHookParam, TANSTACK_SEARCH } from './tanstack-search.js';

export function nestedSearchParamsReads(sf: SourceFile, names: ReadonlySet<string>): ParamRead[] {
  const out: ParamRead[] = nestedQueryReads(sf, names);
  if (!/\bsearch(Params)?\s*:\s*\{/.test(sf.getFullText())) return out;
  for (const p of sf.getDescendantsOfKind(SyntaxKind.Parameter)) {
    const pattern = p.getNameNode();
    if (!Node.isObjectBindingPattern(pattern)) continue;
    for (const outer of pattern.getElements()) {
      const inner = outer.getNameNode();
      const prop = outer.getPropertyNameNode()?.getText();
      // TanStack Router's `loaderDeps: ({ search: { transactionReference } }) => …` reads what useSearch() reads.
      const group = prop === 'searchParams' ? `param@${p.getStart()}.searchParams` : prop === 'search' && isRouteHookParam(p) ? TANSTACK_SEARCH : undefined;
      if (!group || !Node.isObjectBindingPattern(inner)) continue;
      for (const el of inner.getElements()) {
        const prop = el.getPropertyNameNode();
        const name = prop ? (Node.isIdentifier(prop) ? prop.getText() : stringValue(prop)) : el.getName();
        if (!name || !names.has(name) || el.getDotDotDotToken()) continue;
        out.push({ name, nameNode: prop ?? el.getNameNode(), kind: 'binding', binding: el, group, value: el, sourceExpr: outer });
      }
    }
  }
  return out;
}

/** Next passes one `searchParams` to a page and to its `generateMetadata`: App Router prop reads of one file whose
 * parameters are typed by the same named type (`Props`) are one query object, so the page proves its metadata's lone
 * read too (renaming the type's members for the page alone broke the other's read). */
export function sharedSearchParamsGroups(reads: ParamRead[]): ParamRead[] {
  return reads.map((r) => {
    const m = /^param@(\d+)\.searchParams$/.exec(r.group);
    if (!m) return r;
    const param = r.value.getSourceFile().getDescendantsOfKind(SyntaxKind.Parameter).find((p) => p.getStart() === Number(m[1]));
    const type = param?.getTypeNode();
    return type && Node.isTypeReference(type) ? { ...r, group: `searchParams:${type.getText()}` } : r;
  });
}

/** A query destructured inside another destructuring, `const { query: { transactionStatus } } = useRouter()` (also
 * `= this.$route`, `= req`): each inner binding reads `query`, as `const { query } = useRouter()` does (round-13 hold-out). */
function nestedQueryReads(sf: SourceFile, names: ReadonlySet<string>): ParamRead[] {
  const out: ParamRead[] = [];
  if (!/\bquery(Params)?\s*:\s*\{/.test(sf.getFullText())) return out;
  // Destructuring declarations only, picked on the compiler's nodes (wrapping every declaration of every candidate
  // file doubled the rule's time on a large repository).
  const decls = descendantsOfKinds(sf, DECL, (n) => ts.isObjectBindingPattern((n as ts.VariableDeclaration).name) && !!(n as ts.VariableDeclaration).initializer);
  for (const d of decls as VariableDeclaration[]) {
    const pattern = d.getNameNode();
    if (!Node.isObjectBindingPattern(pattern) || !d.getInitializer()) continue;
    for (const outer of pattern.getElements()) {
      const inner = outer.getNameNode();
      const prop = outer.getPropertyNameNode()?.getText();
      if (!prop || !/^(query|queryParams)$/.test(prop) || !Node.isObjectBindingPattern(inner)) continue;
      for (const el of inner.getElements()) {
        const key = el.getPropertyNameNode();
        const name = key ? (Node.isIdentifier(key) ? key.getText() : stringValue(key)) : el.getName();
        if (!name || !names.has(name) || el.getDotDotDotToken()) continue;
        out.push({ name, nameNode: key ?? el.getNameNode(), kind: 'binding', binding: el, group: `decl@${d.getStart()}.${prop}`, value: el, sourceExpr: d.getInitializer()! });
      }
    }
  }
  return out;
}
