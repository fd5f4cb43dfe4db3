// TanStack Router pages read the query through their route: `Route.useSearch()` (or `useSearch({ from })`) returns
// the object that the route's `validateSearch` schema produced from the URL — `createFileRoute('/kyc/done')({
// validateSearch: z.object({ transactionStatus: z.enum([…]), … }) })`. The schema names the URL keys: left on the
// legacy names it rejects the KYX redirect (a required key is missing) even when the reads are renamed, so its keys
// are renamed with them (zod, valibot, yup: any `x.object({…})` of the same file, inline or through a const). A
// schema from another module is flagged. Round-6 hold-out (left silent). A validateSearch function that returns one
// object literal is renamed too (round-13 hold-out): see searchFunctionEdits.
import { Node, SyntaxKind, type CallExpression, type SourceFile } from '#ts-morph';
import { REDIRECT_PARAM_RENAMES, renameIn } from '../../../api/index.js';
import type { Edit, ManualItem } from '../../engine/types.js';
import { existingMarkers } from '../../engine/markers.js';
import { memberName, resolveIdentifier, unwrap } from '../../analysis-frontend/syntax.js';
import { typeMemberEdits } from './query-types.js';

const TANSTACK = /['"]@tanstack\/(react|solid|vue)-router['"]/;
export const TANSTACK_SEARCH = 'tanstack-search';

const OTHER_MODULE = 'the route\'s validateSearch schema (declared in another module) names the redirect parameters: rename transactionStatus and transactionReference there to acquisitionStatus and workflowExecutionId, as the reads here were';

/** A rerun over reads this rule renamed: the item about the other module's schema is reported again while its
 * marker stands (so --check keeps failing until a human removes it), never added to code that was KYX already. */
export function rereportOtherModuleSchema(text: string, pos: number): ManualItem[] {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  return existingMarkers(text, lineStart).some((m) => m.message === OTHER_MODULE) ? [{ pos, message: OTHER_MODULE }] : [];
}

/** `Route.useSearch(…)` / `useSearch(…)` in a file that imports TanStack Router. */
export function isTanstackSearch(call: CallExpression): boolean {
  const callee = call.getExpression();
  const name = Node.isPropertyAccessExpression(callee) ? callee.getName() : callee.getText();
  return name === 'useSearch' && TANSTACK.test(call.getSourceFile().getFullText());
}

/** The route options that receive the validated search: `beforeLoad({ search })`, `loaderDeps: ({ search }) => …`. */
const SEARCH_HOOKS = new Set(['beforeLoad', 'loaderDeps']);

/** `search` of a route's beforeLoad / loaderDeps (destructured, or `opts.search`): the object `Route.useSearch()` hands
 * the page, so its reads are renamed with the page's and the schema's (round-56 hold-out: once the schema was renamed,
 * `search.transactionReference` read undefined, SILENTLY). */
export function routeHookSearch(e: Node): { kind: 'object'; key: string } | undefined {
  let param: Node | undefined;
  if (Node.isIdentifier(e)) {
    const d = resolveIdentifier(e);
    const pattern = d && Node.isParameterDeclaration(d) ? d.getNameNode() : undefined;
    const el = pattern && Node.isObjectBindingPattern(pattern) ? pattern.getElements().find((b) => b.getName() === e.getText()) : undefined;
    if (el && (el.getPropertyNameNode()?.getText() ?? el.getName()) === 'search') param = d;
  } else if (Node.isPropertyAccessExpression(e) && e.getName() === 'search' && Node.isIdentifier(e.getExpression())) {
    const d = resolveIdentifier(e.getExpression());
    if (d && Node.isParameterDeclaration(d) && Node.isIdentifier(d.getNameNode())) param = d;
  }
  return param && isRouteHookParam(param) ? { kind: 'object', key: TANSTACK_SEARCH } : undefined;
}

/** The first parameter of a TanStack route's beforeLoad / loaderDeps (property, arrow or method). */
export function isRouteHookParam(param: Node): boolean {
  const fn = param.getParent();
  if (!fn || !(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn) || Node.isMethodDeclaration(fn)) || fn.getParameters()[0] !== param) return false;
  const holder = Node.isMethodDeclaration(fn) ? fn : fn.getParent();
  const name = holder && (Node.isPropertyAssignment(holder) || Node.isMethodDeclaration(holder)) ? holder.getName() : undefined;
  return !!name && SEARCH_HOOKS.has(name) && Node.isObjectLiteralExpression(holder!.getParent()) && TANSTACK.test(param.getSourceFile().getFullText());
}

/** The object literal of a schema `x.object({…})`, through a same-file const. */
export function schemaObject(expr: Node, depth = 0): Node | undefined {
  const e = unwrap(expr);
  if (depth > 3) return undefined;
  if (Node.isIdentifier(e)) {
    const d = resolveIdentifier(e);
    const init = d && Node.isVariableDeclaration(d) ? d.getInitializer() : undefined;
    return init ? schemaObject(init, depth + 1) : undefined;
  }
  if (!Node.isCallExpression(e)) return undefined;
  const c = e.getExpression();
  const adapted = adapterSchema(e);
  if (adapted) return schemaObject(adapted, depth + 1);
  // z.object({…}).strict() / .passthrough(): the object is the callee's.
  if (Node.isPropertyAccessExpression(c) && c.getName() !== 'object') return schemaObject(c.getExpression(), depth + 1);
  const arg = e.getArguments()[0];
  return Node.isPropertyAccessExpression(c) && arg && Node.isObjectLiteralExpression(arg) ? arg : undefined;
}

/** The schema a TanStack validator adapter wraps — `zodValidator(schema)`, `valibotValidator(…)`,
 * `zodValidator({ schema, input: 'output' })`, imported from `@tanstack/<lib>-adapter` (round-15 hold-out: a route's
 * `validateSearch: zodValidator(kycReturnSearch)` was flagged while the schema sat in the same file). */
function adapterSchema(call: CallExpression): Node | undefined {
  const callee = call.getExpression();
  const spec = Node.isIdentifier(callee) ? resolveIdentifier(callee) : undefined;
  if (!spec || !Node.isImportSpecifier(spec) || !/^@tanstack\/[\w-]+-adapter$/.test(spec.getImportDeclaration().getModuleSpecifierValue())) return undefined;
  const arg = call.getArguments()[0];
  if (!arg || !Node.isObjectLiteralExpression(arg)) return arg;
  const schema = arg.getProperty('schema');
  return schema && Node.isPropertyAssignment(schema) ? schema.getInitializer() : undefined;
}

/** Renames of the legacy keys in the file's `validateSearch` schemas; a schema the file does not hold is flagged. */
export function validateSearchEdits(sf: SourceFile, off: number, why: string, readAt: number): { edits: Edit[]; manual: ManualItem[] } {
  const edits: Edit[] = [];
  const manual: ManualItem[] = [];
  const schemas = sf.getDescendantsOfKind(SyntaxKind.PropertyAssignment).filter((pa) => pa.getName() === 'validateSearch');
  // The route (and its schema) is declared in another module (`useSearch({ from: '/kyc/done' })`): renamed reads
  // need its keys renamed too.
  if (schemas.length === 0) manual.push({ pos: readAt + off, message: OTHER_MODULE });
  for (const pa of schemas) {
    const obj = schemaObject(pa.getInitializerOrThrow());
    const fn = obj ? undefined : searchFunctionEdits(pa.getInitializerOrThrow(), off, why);
    if (fn) {
      edits.push(...fn.edits);
      manual.push(...fn.manual);
      continue;
    }
    if (!obj || !Node.isObjectLiteralExpression(obj)) {
      manual.push({ pos: pa.getStart() + off, message: 'the route\'s validateSearch names the redirect parameters: read acquisitionStatus and workflowExecutionId there too (KYX sends them instead of transactionStatus and transactionReference)' });
      continue;
    }
    edits.push(...schemaKeyEdits(obj, off, `the route's validateSearch schema (${why})`));
  }
  return { edits, manual };
}

/** Renames of the legacy redirect keys of a schema's object literal (`where`: what the edit message calls it). */
export function schemaKeyEdits(obj: Node, off: number, where: string): Edit[] {
  const edits: Edit[] = [];
  if (!Node.isObjectLiteralExpression(obj)) return edits;
  for (const p of obj.getProperties()) {
    if (!Node.isPropertyAssignment(p)) continue;
    const n = p.getNameNode();
    const quoted = Node.isStringLiteral(n);
    const key = quoted ? n.getLiteralValue() : p.getName();
    const kyx = renameIn(REDIRECT_PARAM_RENAMES, key);
    if (kyx) edits.push({ start: n.getStart() + off + (quoted ? 1 : 0), end: n.getEnd() + off - (quoted ? 1 : 0), text: kyx, message: `redirect parameter ${key} → ${kyx} in ${where}` });
  }
  return edits;
}

/** validateSearch written as a function, `(search: Record<string, unknown>): Search => ({ transactionStatus:
 * search.transactionStatus === 'SUCCESS' ? … })`: its parameter's reads are the URL's keys, and the object it returns
 * is what `useSearch()` hands the page, whose reads this rule renamed — so the parameter's reads, the returned keys and
 * the declared return type are renamed alike (flagging the function left the renamed page reading keys it never got).
 * Undefined — flagged — unless the function returns one object literal without spreads. */
function searchFunctionEdits(init: Node, off: number, why: string): { edits: Edit[]; manual: ManualItem[] } | undefined {
  const fn = unwrap(init);
  if (!Node.isArrowFunction(fn) && !Node.isFunctionExpression(fn)) return undefined;
  const param = fn.getParameters()[0];
  const body = fn.getBody();
  const ret = Node.isBlock(body) ? undefined : unwrap(body);
  if (!param || !Node.isIdentifier(param.getNameNode()) || !ret || !Node.isObjectLiteralExpression(ret)
    || ret.getProperties().some((p) => Node.isSpreadAssignment(p))) return undefined;
  const edits = schemaKeyEdits(ret, off, `the object the route's validateSearch returns (${why})`);
  for (const m of fn.getDescendants()) {
    if (!Node.isPropertyAccessExpression(m) && !Node.isElementAccessExpression(m)) continue;
    const obj = unwrap(m.getExpression());
    const key = memberName(m);
    const kyx = key && renameIn(REDIRECT_PARAM_RENAMES, key);
    if (!kyx || !Node.isIdentifier(obj) || resolveIdentifier(obj) !== param) continue;
    const n = Node.isPropertyAccessExpression(m) ? m.getNameNode() : m.getArgumentExpression()!;
    const quoted = !Node.isIdentifier(n);
    edits.push({ start: n.getStart() + off + (quoted ? 1 : 0), end: n.getEnd() + off - (quoted ? 1 : 0), text: kyx, message: `redirect parameter ${key} → ${kyx} read by the route's validateSearch (${why})` });
  }
  const type = fn.getReturnTypeNode();
  const typed = type ? typeMemberEdits(type, off, { absPath: fn.getSourceFile().getFilePath() }) : { edits: [], manual: [] };
  return { edits: [...edits, ...typed.edits], manual: typed.manual };
}
