// Interfaces, type aliases and inline type literals that describe the legacy retrieval details are given the
// KYX shape for the fields that move exactly (transactionReference → workflow.id, userReference →
// workflow.userReference, merged into one `workflow` member); the fields with no exact KYX equivalent stay
// (code reading them is flagged) and the declaration gets one manual item naming them.
import { Node, type TypeNode } from '#ts-morph';
import { AUTH_RETRIEVAL_FIELDS, findRetrievalField } from '../../../api/index.js';
import type { EvalContext } from '../../analysis/eval-context.js';
import type { EditSet } from '../../analysis/edit-set.js';
import { findTypeDeclaration } from '../../analysis/response-types.js';
import { declarationFileCopy, splitSharedType, type SharedTypeState } from '../../analysis/kyx-type-copy.js';
import { classCopy, findClass } from '../../analysis/class-response-type.js';
import { jsDocTypedef, planPropertyTags, typedefBody, typedefComment, typedefName } from './jsdoc-details-types.js';
import type { DetailsFlow } from './details-flow.js';

const LEGACY_NAMES = new Set(AUTH_RETRIEVAL_FIELDS.map((f) => f.legacy));

function memberName(m: Node): string | undefined {
  if (!Node.isPropertySignature(m)) return undefined;
  const n = m.getNameNode();
  return Node.isIdentifier(n) ? n.getText() : Node.isStringLiteral(n) ? n.getLiteralValue() : undefined;
}

/** A whole member line (indentation and newline included) when the member sits alone on its line. */
function memberRange(m: Node): [number, number] {
  const text = m.getSourceFile().getFullText();
  const lineStart = text.lastIndexOf('\n', m.getStart() - 1) + 1;
  let end = m.getEnd();
  while (text[end] === ' ' || text[end] === '\t') end++;
  if (/^[ \t]*$/.test(text.slice(lineStart, m.getStart())) && text[end] === '\n') return [lineStart, end + 1];
  let start = m.getStart();
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return [start, m.getEnd()];
}

export type Flag = (node: Node, message: string) => void;

interface Replacement { start: number; end: number; text: string; message: string }
interface MemberPlan { replacements: Replacement[]; rest?: string }

/** `atSite`: a type literal written at the proven retrieval (its cast or type argument), which describes that response
 * whatever it names; a declaration found by name may describe other values too, so it needs two legacy names. */
function planMembers(container: Node, atSite = false): MemberPlan | undefined {
  if (!Node.isInterfaceDeclaration(container) && !Node.isTypeLiteral(container)) return undefined;
  const members = container.getMembers();
  const named = members.map((m) => ({ m, name: memberName(m) }));
  const legacy = named.filter((x) => x.name && LEGACY_NAMES.has(x.name));
  // The legacy retrieval shape: at least two of its field names (one name alone proves nothing), or one in a literal
  // at the site (`as { userReference?: string }`: its read moves to workflow.userReference, so must the type).
  if (legacy.length < (atSite ? 1 : 2) || named.some((x) => x.name === 'workflow')) return undefined;
  const replacements: Replacement[] = [];
  const exact = legacy.filter((x) => findRetrievalField(x.name!)?.certainty === 'exact');
  if (exact.length) {
    const inner = exact.map(({ m, name }) => {
      const field = findRetrievalField(name!)!;
      const t = Node.isPropertySignature(m) ? m.getTypeNode()?.getText() ?? 'string' : 'string';
      const opt = Node.isPropertySignature(m) && m.hasQuestionToken() ? '?' : '';
      return `${field.kyx![1]}${opt}: ${t}`;
    });
    const outer = findRetrievalField(exact[0]!.name!)!.kyx![0];
    const first = exact[0]!.m;
    // The new member's own members are separated as the type's are: commas in `{{ a: string, b: string }}` (a JSDoc
    // typedef, or a literal written so), semicolons otherwise.
    const innerSep = members.some((m) => m.getText().endsWith(',')) ? ', ' : '; ';
    const sepMatch = /[;,]$/.exec(first.getText());
    let sep = sepMatch ? sepMatch[0] : '';
    // `{ userReference: string; transactionReference: string }` closed on the same line: with its last member moved,
    // the new last member drops its separator, as the literal was written (no `…; }`).
    const last = members.at(-1)!;
    const gone = new Set(exact.slice(1).map((x) => x.m));
    const text = container.getSourceFile().getFullText();
    if (gone.has(last) && !/[;,]$/.test(last.getText()) && !text.slice(last.getEnd(), container.getEnd()).includes('\n')) {
      const newLast = members.filter((m) => !gone.has(m)).at(-1);
      if (newLast === first) sep = '';
      else if (newLast && /[;,]$/.test(newLast.getText())) {
        replacements.push({ start: newLast.getEnd() - 1, end: newLast.getEnd(), text: '', message: 'retrieval details type: separator of the new last member' });
      }
    }
    replacements.push({ start: first.getStart(), end: first.getEnd(), text: `${outer}: { ${inner.join(innerSep)} }${sep}`,
      message: `retrieval details type: ${exact.map((x) => x.name).join(', ')} → ${outer}.*` });
    for (const { m } of exact.slice(1)) {
      const [start, end] = memberRange(m);
      replacements.push({ start, end, text: '', message: `retrieval details type: ${memberName(m)} moved under ${outer}` });
    }
  }
  const rest = legacy.filter((x) => findRetrievalField(x.name!)?.certainty !== 'exact');
  // One inexact name in a literal at the site (`as { transactionResult: string }`): its read has the item already.
  if (!rest.length || legacy.length < 2) return { replacements };
  return { replacements, rest: rest
    .map((x) => `${x.name} is not in the KYX workflow details (now: ${findRetrievalField(x.name!)!.where})`).join('; ') };
}

function updateMembers(container: Node, edits: EditSet, done: Set<Node>, flag: Flag, atSite = false): void {
  if (done.has(container)) return;
  done.add(container);
  const plan = planMembers(container, atSite);
  if (!plan) return;
  for (const r of plan.replacements) edits.replaceRange(container, r.start, r.end, r.text, r.message);
  if (plan.rest) flag(container, `this type describes the legacy retrieval details; ${plan.rest}`);
}

export interface TypeState extends SharedTypeState {
  done: Set<Node>;
}

/** The member plan of a declaration's own body (an interface, or an alias of a type literal). */
function sharedPlan(decl: Node): MemberPlan | undefined {
  const body = Node.isInterfaceDeclaration(decl) ? decl : Node.isTypeAliasDeclaration(decl) ? decl.getTypeNode() : undefined;
  return body && planMembers(body);
}

/** The interfaces and type aliases a type node names, through aliases, Promise<…>, unions and intersections. */
export function namedDeclarations(type: TypeNode | undefined, ctx: EvalContext, out: Set<Node>, depth = 0): void {
  if (!type || depth > 6) return;
  if (Node.isTypeReference(type)) {
    if (type.getTypeName().getText() === 'Promise') return type.getTypeArguments().forEach((a) => namedDeclarations(a, ctx, out, depth + 1));
    const decl = findTypeDeclaration(type.getTypeName(), ctx) ?? jsDocTypedef(type.getTypeName());
    if (!decl || out.has(decl)) return;
    out.add(decl);
    if (Node.isTypeAliasDeclaration(decl)) namedDeclarations(decl.getTypeNode(), ctx, out, depth + 1);
    const body = Node.isJSDocTypedefTag(decl) ? typedefBody(decl) : undefined;
    if (body && 'type' in body) namedDeclarations(body.type, ctx, out, depth + 1);
  } else if (Node.isParenthesizedTypeNode(type)) namedDeclarations(type.getTypeNode(), ctx, out, depth + 1);
  else if (Node.isIntersectionTypeNode(type) || Node.isUnionTypeNode(type)) type.getTypeNodes().forEach((t) => namedDeclarations(t, ctx, out, depth + 1));
}

const WORDING = { what: 'retrieval details', call: 'retrieval', fields: 'workflow.id, workflow.userReference' };

/** Follow a type node (annotation, type argument, cast) to the declarations it names. */
/** `read`: the legacy fields the migrated reads of this response name (renamed there). */
export function updateDetailsType(type: TypeNode | undefined, ctx: EvalContext, edits: EditSet, state: TypeState, flag: Flag, site: Node, depth = 0, named = false,
  read: ReadonlySet<string> = new Set()): void {
  const { done } = state;
  if (!type || depth > 6) return;
  if (Node.isTypeLiteral(type)) return updateMembers(type, edits, done, flag, !named);
  if (Node.isTypeReference(type)) {
    const nameNode = type.getTypeName();
    if (nameNode.getText() === 'Promise') {
      for (const a of type.getTypeArguments()) updateDetailsType(a, ctx, edits, state, flag, site, depth + 1, named);
      return;
    }
    const decl = findTypeDeclaration(nameNode, ctx) ?? jsDocTypedef(nameNode);
    if (!decl) return void classTyped(nameNode, ctx, edits, site, depth === 0 && !named, read);
    if (Node.isJSDocTypedefTag(decl)) return updateTypedef(decl, ctx, edits, state, flag, site, depth);
    const keptBy = state.kept.get(decl);
    if (keptBy && splitSharedType(decl, nameNode, keptBy, site, sharedPlan(decl), edits, state, flag, WORDING)) return;
    if (declarationFileCopy(decl, nameNode, site, sharedPlan(decl), edits, state, WORDING)) return; // a `.d.ts` no run edits
    // The type the proven response itself is declared with (`(await res.json()) as Details`) whose legacy members are
    // all read through it: they are that response's, as a literal's at the site are — the reads are renamed, so must
    // the members be (TS2339 else). A named type no renamed read goes through keeps the two-name rule.
    const body = Node.isInterfaceDeclaration(decl) ? decl : Node.isTypeAliasDeclaration(decl) ? decl.getTypeNode() : undefined;
    const legacy = body && (Node.isInterfaceDeclaration(body) || Node.isTypeLiteral(body))
      ? body.getMembers().map(memberName).filter((n): n is string => !!n && LEGACY_NAMES.has(n)) : [];
    const direct = depth === 0 && !named && legacy.length > 0 && legacy.every((n) => read.has(n));
    if (Node.isInterfaceDeclaration(decl)) updateMembers(decl, edits, done, flag, direct);
    else if (Node.isTypeAliasDeclaration(decl)) updateDetailsType(decl.getTypeNode(), ctx, edits, state, flag, site, depth + 1, !direct);
    return;
  }
  if (Node.isParenthesizedTypeNode(type)) return updateDetailsType(type.getTypeNode(), ctx, edits, state, flag, site, depth + 1, named);
  if (Node.isIntersectionTypeNode(type) || Node.isUnionTypeNode(type)) {
    for (const t of type.getTypeNodes()) updateDetailsType(t, ctx, edits, state, flag, site, depth + 1, named);
  }
}

/** A class in the legacy details shape named by the value's type: a KYX copy (class-response-type.ts), planned like an
 * interface — at the site (`direct`) when every legacy field of it is read through the renamed reads. */
function classTyped(nameNode: Node, ctx: EvalContext, edits: EditSet, site: Node, atSite: boolean, read: ReadonlySet<string>): boolean {
  const cls = findClass(nameNode, (spec, from) => ctx.loadModule(spec, from));
  if (!cls) return false;
  const planner = (iface: Node): MemberPlan | undefined => {
    const legacy = Node.isInterfaceDeclaration(iface) ? iface.getMembers().map(memberName).filter((n): n is string => !!n && LEGACY_NAMES.has(n)) : [];
    return planMembers(iface, atSite && legacy.length > 0 && legacy.every((n) => read.has(n)));
  };
  const map = AUTH_RETRIEVAL_FIELDS.filter((f) => f.certainty === 'exact').map((f) => `${f.kyx!.join('.')} → ${f.legacy}`).join(' and ');
  return classCopy(cls, nameNode, site, edits, planner, { ...WORDING, map });
}

/** A JSDoc `@typedef` (jsdoc-details-types.ts): its `{{ … }}` type planned as a type literal, or its `@property` tags;
 * its items go above its comment. Read by a flagged retrieval too, it keeps its legacy shape (item only). */
function updateTypedef(tag: Node, ctx: EvalContext, edits: EditSet, state: TypeState, flag: Flag, site: Node, depth: number): void {
  if (state.done.has(tag)) return;
  state.done.add(tag);
  const comment = typedefComment(tag);
  const atComment: Flag = (_n, message) => flag(comment, message);
  const body = typedefBody(tag);
  if (!body) return;
  const keptBy = state.kept.get(tag);
  // Kept in the legacy shape (only when it has one): an item, no copy (a JSDoc copy is not written).
  if (keptBy) {
    const legacy = 'type' in body ? Node.isTypeLiteral(body.type) && !!planMembers(body.type) : !!planPropertyTags(tag, body.properties);
    if (legacy) atComment(tag, `${typedefName(tag)} describes the legacy retrieval details of two calls: the legacy retrieval at line ${keptBy.getStartLineNumber()} is flagged (not migrated) and still reads the legacy fields, so the typedef keeps that shape; the migrated one at line ${site.getStartLineNumber()} needs a KYX-shaped JSDoc type of its own (${WORDING.fields})`);
    return;
  }
  if ('type' in body) return updateDetailsType(body.type, ctx, edits, state, atComment, site, depth + 1, true);
  const plan = planPropertyTags(tag, body.properties);
  if (!plan) return;
  for (const r of plan.replacements) edits.replaceRange(tag, r.start, r.end, r.text, r.message);
  if (plan.rest) atComment(tag, `this type describes the legacy retrieval details; ${plan.rest}`);
}

/** The field names the flow's reads and destructurings name. */
export function readFieldNames(flow: DetailsFlow): Set<string> {
  return new Set([...flow.reads.map((r) => r.name), ...flow.destructs.map((b) => b.getPropertyNameNode()?.getText() ?? b.getName())]);
}
