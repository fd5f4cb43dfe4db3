// The TypeScript type that describes a renamed query object gets the same renames, so the migrated page still
// type-checks: `router.query as { transactionStatus?: string }`, the App Router prop `{ searchParams }: { searchParams:
// Promise<Q> }`, Fastify's route generic `app.get<{ Querystring: Q }>(…, (request) => request.query)` or
// `request: FastifyRequest<{ Querystring: Q }>`, Express's `req: Request<P, B, RB, Q>`, Solid's `useSearchParams<Q>()`, h3's `getQuery<Q>(event)`.
// Q may be written inline or name an interface / type alias of the same file; a type from another module is flagged.
import { Node, SyntaxKind } from '#ts-morph';
import { REDIRECT_PARAM_RENAMES, renameIn } from '../../../api/index.js';
import type { Edit, ManualItem, ProjectView } from '../../engine/types.js';
import { resolveIdentifier, stringValue, unwrap } from '../../analysis-frontend/syntax.js';
import type { ParamRead } from './query-reads.js';

/** Where the file lives, to look into a type module it imports (is the type still legacy there?). */
export interface TypeLookup {
  project?: ProjectView;
  absPath: string;
}

export function queryTypeEdits(reads: readonly ParamRead[], offset: number, lookup: TypeLookup): { edits: Edit[]; manual: ManualItem[] } {
  const edits: Edit[] = [];
  const manual: ManualItem[] = [];
  const seen = new Set<Node>();
  for (const r of reads) {
    for (const t of describingTypes(r.sourceExpr)) renameMembers(t, { offset, lookup, edits, manual, seen }, 0);
  }
  return { edits, manual };
}

/** Renames of the legacy members of one type node (a literal, or a same-file interface / alias it names). */
export function typeMemberEdits(type: Node, offset: number, lookup: TypeLookup): { edits: Edit[]; manual: ManualItem[] } {
  const acc: Acc = { offset, lookup, edits: [], manual: [], seen: new Set() };
  renameMembers(type, acc, 0);
  return { edits: acc.edits, manual: acc.manual };
}

interface Acc {
  offset: number;
  lookup: TypeLookup;
  edits: Edit[];
  manual: ManualItem[];
  seen: Set<Node>;
}

/** Type nodes that state the shape of the query object `expr` evaluates to. */
function describingTypes(expr: Node, depth = 0): Node[] {
  let s: Node = expr;
  while (Node.isParenthesizedExpression(s) || Node.isNonNullExpression(s) || Node.isAwaitExpression(s)) s = s.getExpression();
  if (Node.isAsExpression(s) || Node.isTypeAssertion(s)) return [s.getTypeNode()!].filter(Boolean);
  // `Page({ searchParams: { transactionStatus } }: Props)` (nested-param-reads.ts): the parameter type's member.
  const holder = Node.isBindingElement(s) ? s.getFirstAncestorByKind(SyntaxKind.Parameter) : undefined;
  if (holder && Node.isBindingElement(s)) return [memberType(holder.getTypeNode(), s.getPropertyNameNode()?.getText() ?? s.getName())].filter((x): x is Node => !!x);
  const src = unwrap(s);
  const decl = Node.isIdentifier(src) ? resolveIdentifier(src) : undefined;
  if (decl && Node.isVariableDeclaration(decl)) {
    const init = decl.getInitializer();
    const call = init && unwrap(init);
    // `const [searchParams] = useSearchParams<Q>()` (Solid).
    if (call && Node.isArrayBindingPattern(decl.getNameNode())) return Node.isCallExpression(call) ? call.getTypeArguments().slice(0, 1) : [];
    // `const params = await props.searchParams`: the type of what it holds.
    const own = decl.getTypeNode();
    return own ? [own] : init && depth < 4 ? describingTypes(init, depth + 1) : [];
  }
  // A parameter that is the query itself, typed inline (Aurelia's `activate(params: { transactionStatus?: string })`).
  const own = decl && Node.isParameterDeclaration(decl) && Node.isIdentifier(decl.getNameNode()) ? decl.getTypeNode() : undefined;
  if (own && Node.isTypeLiteral(own)) return [own];
  // `Page({ searchParams }: { searchParams: Q })`: the member the prop is bound from.
  if (decl && Node.isParameterDeclaration(decl) && Node.isObjectBindingPattern(decl.getNameNode())) {
    const el = decl.getNameNode().asKindOrThrow(SyntaxKind.ObjectBindingPattern).getElements().find((b) => b.getName() === src.getText());
    const prop = el && (el.getPropertyNameNode()?.getText() ?? el.getName());
    const member = prop ? memberType(decl.getTypeNode(), prop) : undefined;
    return member ? [member] : [];
  }
  // h3's `getQuery<Q>(event)`: the type argument is the query's (round-11 hold-out); so is Expo Router's
  // `useLocalSearchParams<Q>()` / `useGlobalSearchParams<Q>()` (round-14 hold-out: the destructuring was renamed, the
  // type argument not, and the page no longer type-checked).
  if (Node.isCallExpression(src) && /^(getQuery|useLocalSearchParams|useGlobalSearchParams)$/.test(src.getExpression().getText())) return src.getTypeArguments().slice(0, 1);
  // React's `use(searchParams)` of the App Router's Promise prop: the promise's type (round-17 hold-out).
  if (Node.isCallExpression(src) && src.getExpression().getText() === 'use' && src.getArguments().length === 1 && depth < 4) return describingTypes(src.getArguments()[0]!, depth + 1);
  if (!Node.isPropertyAccessExpression(src)) return [];
  const obj = unwrap(src.getExpression());
  const param = Node.isIdentifier(obj) ? resolveIdentifier(obj) : undefined;
  if (!param || !Node.isParameterDeclaration(param)) return [];
  // `props.searchParams` (App Router), a child's `props.query` given the page's query: the prop's member type.
  const prop = memberType(param.getTypeNode(), src.getName());
  if (prop || src.getName() === 'searchParams') return [prop].filter((x): x is Node => !!x);
  if (src.getName() !== 'query') return [];
  // `request.query` of a route handler's parameter.
  const annotated = param.getTypeNode();
  if (annotated && Node.isTypeReference(annotated)) {
    const args = annotated.getTypeArguments();
    const name = annotated.getTypeName().getText();
    if (/(^|\.)FastifyRequest$/.test(name)) return [memberType(args[0], 'Querystring')].filter((x): x is Node => !!x);
    if (/(^|\.)Request$/.test(name) && args[3]) return [args[3]];
  }
  // Fastify's route generic: `app.get<{ Querystring: Q }>(path, (request, reply) => …)`.
  const fn = param.getParent();
  const call = fn?.getParent();
  if (call && Node.isCallExpression(call) && call.getArguments().includes(fn as never)) {
    return call.getTypeArguments().map((t) => memberType(t, 'Querystring')).filter((x): x is Node => !!x);
  }
  return [];
}

/** The type of member `name` of a type literal (or of a same-file interface / alias it names). */
function memberType(type: Node | undefined, name: string): Node | undefined {
  const lit = type && Node.isTypeReference(type) ? localDeclaration(type) : type;
  if (!lit) return undefined;
  const m = Node.isTypeLiteral(lit) || Node.isInterfaceDeclaration(lit) ? lit.getProperty(name) : undefined;
  return m && Node.isPropertySignature(m) ? m.getTypeNode() : undefined;
}

/** The interface or type alias of this file a type reference names. */
function localDeclaration(ref: import('ts-morph').TypeReferenceNode): Node | undefined {
  const name = ref.getTypeName().getText();
  const sf = ref.getSourceFile();
  const i = sf.getInterface(name);
  if (i) return i;
  return sf.getTypeAlias(name)?.getTypeNode();
}

function renameMembers(type: Node, acc: Acc, depth: number): void {
  if (depth > 4 || acc.seen.has(type)) return;
  acc.seen.add(type);
  if (Node.isTypeReference(type)) {
    const args = type.getTypeArguments();
    // Promise<Q> (the App Router prop in Next 15), Partial<Q>, Readonly<Q>…: the shape is Q's.
    if (/^(Promise|Partial|Readonly|Required)$/.test(type.getTypeName().getText()) && args[0]) return renameMembers(args[0], acc, depth + 1);
    const local = localDeclaration(type);
    if (local) return renameMembers(local, acc, depth + 1);
    if (importedTypeIsLegacy(type, acc.lookup)) {
      acc.manual.push({ pos: type.getStart() + acc.offset, message: `the redirect query is typed as ${type.getTypeName().getText()}, declared in another module: rename its transactionStatus to acquisitionStatus and transactionReference to workflowExecutionId` });
    }
    return;
  }
  if (Node.isUnionTypeNode(type) || Node.isIntersectionTypeNode(type)) {
    for (const t of type.getTypeNodes()) renameMembers(t, acc, depth + 1);
    return;
  }
  if (!Node.isTypeLiteral(type) && !Node.isInterfaceDeclaration(type)) return;
  for (const m of type.getMembers()) {
    if (!Node.isPropertySignature(m)) continue;
    const nameNode = m.getNameNode();
    const name = Node.isIdentifier(nameNode) ? nameNode.getText() : stringValue(nameNode);
    const kyx = name && renameIn(REDIRECT_PARAM_RENAMES, name);
    if (!kyx) continue;
    const quoted = Node.isStringLiteral(nameNode);
    acc.edits.push({ start: nameNode.getStart() + acc.offset + (quoted ? 1 : 0), end: nameNode.getEnd() + acc.offset - (quoted ? 1 : 0), text: kyx, message: `redirect parameter type ${name} → ${kyx}` });
  }
}

/** A type imported from the app's own modules (not a library's: `ParsedQs`, `Query`) that still declares a legacy
 * name — or that cannot be read. Reported on every run until it is renamed there. */
function importedTypeIsLegacy(type: import('ts-morph').TypeReferenceNode, { project, absPath }: TypeLookup): boolean {
  const imported = resolveIdentifier(type.getTypeName());
  if (!imported || !(Node.isImportSpecifier(imported) || Node.isImportClause(imported.getParent()))) return false;
  const from = imported.getFirstAncestorByKind(SyntaxKind.ImportDeclaration)?.getModuleSpecifierValue() ?? '';
  if (!/^(\.|@\/|~\/)/.test(from)) return false;
  const target = project?.resolveModule(from, absPath);
  const other = target ? project?.getSourceFile(target) : undefined;
  const name = Node.isImportSpecifier(imported) ? imported.getName() : undefined;
  const decl = other && name ? other.getInterface(name) ?? other.getTypeAlias(name) : undefined;
  return !decl || REDIRECT_PARAM_RENAMES.some((r) => new RegExp(`\\b${r.legacy}\\b`).test(decl.getText()));
}
