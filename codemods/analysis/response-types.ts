// Interfaces, type aliases and inline type literals that describe the legacy initiate response
// (`{ timestamp; redirectUrl; transactionReference }`) are rewritten to the KYX shape, following type
// references into other modules of the repo. Only types reached from a migrated call's value flow are touched.
import { Node, type TypeNode } from '#ts-morph';
import { INITIATE_RESPONSE_FIELD_MOVES, LEGACY } from '../../api/index.js';
import type { EvalContext } from './eval-context.js';
import type { EditSet } from './edit-set.js';
import { findDeclaration } from './resolve-binding.js';
import { isExportedDeclaration } from './exports.js';
import { mentionsJumio } from './jumio-names.js';
import { classCopy, findClass } from './class-response-type.js';
import { declarationFileCopy, splitSharedType, type SharedTypeState, type TypeReplacement } from './kyx-type-copy.js';

const MOVED = INITIATE_RESPONSE_FIELD_MOVES.filter((m) => m.kyx.length > 1);
const LEGACY_NAMES = new Set<string>(MOVED.map((m) => m.legacy));

/** Nested KYX type text for a moved field: `web: { href: string }`. An optional legacy field keeps its `?` on
 * the leaf (the KYX parent object is always present), so destructuring the parent still type-checks. */
function nestedMember(path: readonly string[], optional: boolean, typeText: string): string {
  const [outer, ...rest] = path;
  const inner = rest.reduceRight((acc, seg, i) => `{ ${seg}${optional && i === rest.length - 1 ? '?' : ''}: ${acc} }`, typeText);
  return `${outer}: ${inner}`;
}

function memberName(m: Node): string | undefined {
  if (!Node.isPropertySignature(m)) return undefined;
  const n = m.getNameNode();
  return Node.isIdentifier(n) ? n.getText() : Node.isStringLiteral(n) ? n.getLiteralValue() : undefined;
}

/** The members of an interface / type literal when it is the legacy response shape (and not KYX already). */
function legacyMembers(container: Node): Node[] | undefined {
  if (!Node.isInterfaceDeclaration(container) && !Node.isTypeLiteral(container)) return undefined;
  const members = container.getMembers();
  const names = members.map(memberName);
  if (!names.some((n) => n && LEGACY_NAMES.has(n))) return undefined;
  if (names.some((n) => n && MOVED.some((m) => m.kyx[0] === n))) return undefined; // already (partly) KYX
  return members;
}

/** The KYX type text of one member (moved members nested, the others as written). */
function kyxMemberText(m: Node): string {
  const move = MOVED.find((x) => x.legacy === memberName(m));
  if (!move || !Node.isPropertySignature(m)) return m.getText().replace(/[;,]\s*$/, '');
  return nestedMember(move.kyx, m.hasQuestionToken(), m.getTypeNode()?.getText() ?? 'string');
}

/**
 * True when the named type is also this code's own contract: the declared return type of a function that returns
 * an object it builds (`Promise<Resp>` of a controller that maps the Jumio fields into `{ redirectUrl: … }`), or
 * the annotation of an object literal. Rewriting it would change that contract (and break the code building it).
 */
function isOwnContract(name: string, files: Iterable<Node>): boolean {
  // A namespaced type is named by its qualified name (`Legacy.Start`): its last segment is compared.
  const names = (t: Node | undefined): boolean =>
    !!t && [t, ...t.getDescendants()].some((d) => Node.isTypeReference(d) && d.getTypeName().getText().split('.').pop()?.trim() === name);
  const isLiteral = (e: Node | undefined): boolean => {
    while (e && (Node.isParenthesizedExpression(e) || Node.isAsExpression(e) || Node.isSatisfiesExpression(e))) e = e.getExpression();
    return !!e && Node.isObjectLiteralExpression(e);
  };
  for (const sf of files) {
    for (const d of sf.getDescendants()) {
      if ((Node.isFunctionDeclaration(d) || Node.isMethodDeclaration(d) || Node.isArrowFunction(d) || Node.isFunctionExpression(d)) && names(d.getReturnTypeNode())) {
        const returns = d.getDescendants().filter((r) => Node.isReturnStatement(r) && r.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a)) === d);
        if (returns.some((r) => isLiteral(Node.isReturnStatement(r) ? r.getExpression() : undefined))) return true;
      }
      if (Node.isVariableDeclaration(d) && names(d.getTypeNode()) && isLiteral(d.getInitializer())) return true;
      if (Node.isSatisfiesExpression(d) && names(d.getTypeNode()) && isLiteral(d.getExpression())) return true;
    }
  }
  return false;
}

/**
 * A legacy response type the migrated value is annotated with, that is also the code's own contract: the annotation
 * at the flow site becomes an inline KYX type and the declaration stays. Returns false when that does not apply.
 */
function inlineAtSite(site: Node, decl: Node, edits: EditSet): boolean {
  if (!Node.isInterfaceDeclaration(decl) && !Node.isTypeAliasDeclaration(decl)) return false;
  const body = Node.isInterfaceDeclaration(decl) ? decl : decl.getTypeNode();
  const members = body && legacyMembers(body);
  if (!members || (Node.isInterfaceDeclaration(decl) && decl.getExtends().length > 0)) return false;
  if (!isOwnContract(decl.getName(), new Set([site.getSourceFile(), decl.getSourceFile()]))) return false;
  edits.replaceNode(site, `{ ${members.map(kyxMemberText).join('; ')} }`, `response type at the call: ${decl.getName()} (also this code's own type, kept) → the KYX shape`);
  return true;
}

/** The replacements that give an interface / type literal in the legacy response shape the KYX shape. */
function planMembers(container: Node): (TypeReplacement & { message: string })[] | undefined {
  const members = legacyMembers(container);
  if (!members) return undefined;
  const out: (TypeReplacement & { message: string })[] = [];
  for (const m of members) {
    const name = memberName(m);
    const move = MOVED.find((x) => x.legacy === name);
    if (!move || !Node.isPropertySignature(m)) continue;
    const text = nestedMember(move.kyx, m.hasQuestionToken(), m.getTypeNode()?.getText() ?? 'string');
    out.push({ start: m.getStart(), end: (m.getTypeNode() ?? m.getNameNode()).getEnd(), text, message: `response type: ${name} → ${move.kyx.join('.')}` });
  }
  return out;
}

/** Rewrite the members of an interface / type literal when it is the legacy response shape. */
function updateMembers(container: Node, edits: EditSet): void {
  for (const r of planMembers(container) ?? []) edits.replaceRange(container, r.start, r.end, r.text, r.message);
}

/** Per rule run (its EditSet): the declarations flagged calls of the file read (kyx-type-copy.ts), the migrated call
 * being followed; or, on a scratch run over a flagged call, the set collecting the declarations it reads. */
export interface ResponseTypeState extends SharedTypeState { site?: Node; collect?: Set<Node> }
const states = new WeakMap<EditSet, ResponseTypeState>();
export function setResponseTypeState(edits: EditSet, state: ResponseTypeState): void {
  states.set(edits, state);
}
const WORDING = { what: 'initiate response', call: 'initiate', fields: 'web.href, workflowExecution.id' };

/** A declaration a flagged call of the file reads, reached from a migrated call: the KYX copy (kyx-type-copy.ts). */
function splitKept(decl: Node, ref: Node, edits: EditSet): boolean {
  const st = states.get(edits);
  const keptBy = st?.kept.get(decl);
  if (!st || !keptBy || !st.site) return false;
  const body = Node.isInterfaceDeclaration(decl) ? decl : Node.isTypeAliasDeclaration(decl) ? decl.getTypeNode() : undefined;
  const plan = body && planMembers(body);
  return splitSharedType(decl, ref, keptBy, st.site, plan && { replacements: plan }, edits, st, (n, m) => edits.addManual(n, m), WORDING);
}

/** A type of a `.d.ts` (kyx-type-copy.ts): a KYX copy in the call's file, the declaration kept. */
function declarationFileType(decl: Node, ref: Node, edits: EditSet): boolean {
  const st = states.get(edits);
  const body = Node.isInterfaceDeclaration(decl) ? decl : Node.isTypeAliasDeclaration(decl) ? decl.getTypeNode() : undefined;
  const plan = body && planMembers(body);
  return !!st?.site && declarationFileCopy(decl, ref, st.site, plan && { replacements: plan }, edits, st, WORDING);
}

/** A class in the legacy shape named by the migrated value's type: a KYX copy (class-response-type.ts). */
function classTyped(nameNode: Node, ctx: EvalContext, edits: EditSet): boolean {
  // A class is never moved, so a flagged call reading it too (a scratch run, no site) changes nothing.
  const site = states.get(edits)?.site;
  const cls = site && findClass(nameNode, (spec, from) => ctx.loadModule(spec, from));
  if (!site || !cls) return false;
  return classCopy(cls, nameNode, site, edits, (iface) => { const r = planMembers(iface); return r && { replacements: r }; }, { ...WORDING, map: MOVED.map((m) => `${m.kyx.join('.')} → ${m.legacy}`).join(' and ') });
}

/** A function that returns the migrated value: its declared return type (`Promise<LegacyStart>`) describes it. */
export function updateReturnType(fn: Node, ctx: EvalContext, edits: EditSet): void {
  if (Node.isFunctionDeclaration(fn) || Node.isMethodDeclaration(fn) || Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) {
    updateResponseType(fn.getReturnTypeNode(), ctx, edits);
  }
}

/** Follow a type node (annotation, type argument, cast) to the legacy response declarations it names. */
export function updateResponseType(type: TypeNode | undefined, ctx: EvalContext, edits: EditSet, depth = 0): void {
  if (!type || depth > 6) return;
  if (Node.isTypeLiteral(type)) {
    updateMembers(type, edits);
    return;
  }
  if (Node.isTypeReference(type)) {
    for (const arg of type.getTypeArguments()) updateResponseType(arg, ctx, edits, depth + 1);
    const nameNode = type.getTypeName();
    const decl = findTypeDeclaration(nameNode, ctx);
    if (!decl) {
      if (classTyped(nameNode, ctx, edits)) return;
      const from = Node.isIdentifier(nameNode) ? packageImportOf(nameNode) : undefined;
      if (from) edits.addManual(type, `${nameNode.getText()} (from the package '${from}') describes the legacy response: use a type with web.href and workflowExecution.id`);
      // A local module the run cannot read types from (a `.d.ts`, which no run edits): the reads moved, the type did not.
      const unread = !from && Node.isIdentifier(nameNode) ? relativeImportOf(nameNode) : undefined;
      if (unread) edits.addManual(type, `${nameNode.getText()} (imported from '${unread}') is declared where this run does not edit it (a declaration file?): if it describes ` +
        'the legacy initiate response, this call now reads web.href and workflowExecution.id — give it a type with those fields');
      return;
    }
    const collect = states.get(edits)?.collect;
    if (collect) collect.add(decl);
    else if (inlineAtSite(type, decl, edits) || splitKept(decl, nameNode, edits) || declarationFileType(decl, nameNode, edits)) return;
    if (Node.isInterfaceDeclaration(decl)) updateMembers(decl, edits);
    else if (Node.isTypeAliasDeclaration(decl) && !writtenOut(decl, edits)) updateResponseType(decl.getTypeNode(), ctx, edits, depth + 1);
    return;
  }
  if (Node.isArrayTypeNode(type)) return updateResponseType(type.getElementTypeNode(), ctx, edits, depth + 1);
  if (Node.isUnionTypeNode(type) || Node.isIntersectionTypeNode(type)) {
    for (const t of type.getTypeNodes()) updateResponseType(t, ctx, edits, depth + 1);
  }
  if (Node.isParenthesizedTypeNode(type)) updateResponseType(type.getTypeNode(), ctx, edits, depth + 1);
  // `paths['/api/…/initiate']['post']['responses'][200]['content']['application/json']` (openapi-typescript, round 45):
  // a type looked up in another type, which the codemod does not rewrite; the moved reads would not type-check.
  if (Node.isIndexedAccessTypeNode(type)) {
    edits.addManual(type, `${type.getText().length > 80 ? 'this type' : type.getText()} is looked up in another type (a generated API ` +
      'description?) and describes the legacy response: use a type with web.href and workflowExecution.id (regenerate it from the KYX API description)');
  }
}

/** `type InitiateOk = paths[…]['responses'][200]['content']['application/json']` of this file (openapi-typescript,
 * round 45), not exported nor documented: the KYX response written out in its place (the fields the legacy response
 * maps to), with an item to regenerate it; the generated module is not touched. */
function writtenOut(decl: import('ts-morph').TypeAliasDeclaration, edits: EditSet): boolean {
  const t = decl.getTypeNode();
  if (!t || !Node.isIndexedAccessTypeNode(t) || isExportedDeclaration(decl) || decl.getJsDocs().length) return false;
  const kyx = INITIATE_RESPONSE_FIELD_MOVES.map((m) => nestedMember(m.kyx, false, 'string'));
  edits.replaceNode(t, `{ ${kyx.join('; ')} }`, `response type: ${decl.getName()} → the KYX shape`);
  edits.addManual(decl, `${decl.getName()} was looked up in a generated description of the legacy API; it now spells the KYX response ` +
    'fields this code reads: generate it from the KYX API description instead');
  return true;
}

/**
 * The interface or type alias a type name refers to: declared in this file or imported from a local module; a
 * qualified name (`Legacy.AuthenticationDetails`) names one inside a namespace of this file.
 */
export function findTypeDeclaration(id: Node, ctx: EvalContext): Node | undefined {
  if (Node.isQualifiedName(id)) return namespacedType(id, ctx);
  if (!Node.isIdentifier(id)) return undefined;
  const name = id.getText();
  const sf = id.getSourceFile();
  // A namespace holding the call may declare it (`namespace Netverify { export interface InitiateResponse … }`: round 50).
  for (const block of id.getAncestors().filter((a) => Node.isModuleBlock(a))) {
    const inner = block.getStatements().find((st) => (Node.isInterfaceDeclaration(st) || Node.isTypeAliasDeclaration(st)) && st.getName() === name);
    if (inner) return inner;
  }
  const local = sf.getInterface(name) ?? sf.getTypeAlias(name);
  if (local) return local;
  const decl = findDeclaration(id, name);
  if (Node.isImportSpecifier(decl)) {
    const spec = decl.getImportDeclaration().getModuleSpecifierValue();
    // A relative module declared only by its `.d.ts` (`./netverify-legacy.js` → netverify-legacy.d.ts: round 50).
    const other = ctx.loadModule(spec, decl) ?? (spec.startsWith('.') ? ctx.loadModule(`${spec.replace(/\.[cm]?js$/, '')}.d.ts`, decl) : undefined);
    const exported = decl.getName();
    return other?.getInterface(exported) ?? other?.getTypeAlias(exported);
  }
  return undefined;
}

/** `A.B.Type` → the interface or type alias `Type` of namespace `B` inside namespace `A`, declared in this file or in
 * a `.d.ts` it references (`/// <reference path="./netverify-api.d.ts" />`: an ambient namespace, round 50). */
function namespacedType(name: Node, ctx: EvalContext): Node | undefined {
  const [first, ...rest] = name.getText().split('.').map((p) => p.trim());
  const last = rest.pop();
  const sf = name.getSourceFile();
  const referenced = sf.compilerNode.referencedFiles.map((r) => ctx.loadModule(r.fileName.startsWith('.') ? r.fileName : `./${r.fileName}`, name));
  let ns = first ? [sf, ...referenced].map((f) => f?.getModule(first)).find((m) => m) : undefined;
  for (const seg of rest) ns = ns?.getModule(seg);
  return last ? ns?.getInterface(last) ?? ns?.getTypeAlias(last) : undefined;
}

/** The relative module a type name is imported from. */
function relativeImportOf(id: Node): string | undefined {
  const decl = findDeclaration(id, id.getText());
  const spec = Node.isImportSpecifier(decl) ? decl.getImportDeclaration().getModuleSpecifierValue() : undefined;
  return spec?.startsWith('.') ? spec : undefined;
}

/** The package a type name is imported from, when it is a package (not a relative module). */
function packageImportOf(id: Node): string | undefined {
  const decl = findDeclaration(id, id.getText());
  if (!Node.isImportSpecifier(decl)) return undefined;
  const spec = decl.getImportDeclaration().getModuleSpecifierValue();
  // Only a Jumio SDK's types describe the legacy response (AxiosResponse<…> and friends are just wrappers).
  return mentionsJumio(spec) && !spec.startsWith('.') ? spec : undefined;
}

export { LEGACY };
