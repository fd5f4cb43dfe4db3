// Interfaces, type aliases and inline type literals that describe the legacy retrieval details are given the
// KYX shape for the fields that move exactly (transactionReference → workflow.id, userReference →
// workflow.userReference, merged into one `workflow` member); the fields with no exact KYX equivalent stay
// (code reading them is flagged) and the declaration gets one manual item naming them.
import { Node, type TypeNode } from '#ts-morph';
import { AUTH_RETRIEVAL_FIELDS, findRetrievalField } from '../../../api/index.js';
import type { EvalContext } from '../../analysis/eval-context.js';
import type { EditSet } from '../../analysis/edit-set.js';
import { findTypeDeclaration } from '../../analysis/response-types.js';

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

/** `atSite`: a type literal written at the proven retrieval (its cast or type argument), which describes that response
 * whatever it names; a declaration found by name may describe other values too, so it needs two legacy names. */
function updateMembers(container: Node, edits: EditSet, done: Set<Node>, flag: Flag, atSite = false): void {
  if (!Node.isInterfaceDeclaration(container) && !Node.isTypeLiteral(container)) return;
  if (done.has(container)) return;
  done.add(container);
  const members = container.getMembers();
  const named = members.map((m) => ({ m, name: memberName(m) }));
  const legacy = named.filter((x) => x.name && LEGACY_NAMES.has(x.name));
  // The legacy retrieval shape: at least two of its field names (one name alone proves nothing), or one in a literal
  // at the site (`as { userReference?: string }`: its read moves to workflow.userReference, so must the type).
  if (legacy.length < (atSite ? 1 : 2) || named.some((x) => x.name === 'workflow')) return;
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
        edits.replaceRange(newLast, newLast.getEnd() - 1, newLast.getEnd(), '', 'retrieval details type: separator of the new last member');
      }
    }
    edits.replaceRange(first, first.getStart(), first.getEnd(), `${outer}: { ${inner.join('; ')} }${sep}`,
      `retrieval details type: ${exact.map((x) => x.name).join(', ')} → ${outer}.*`);
    for (const { m } of exact.slice(1)) {
      const [s, e] = memberRange(m);
      edits.replaceRange(m, s, e, '', `retrieval details type: ${memberName(m)} moved under ${outer}`);
    }
  }
  const rest = legacy.filter((x) => findRetrievalField(x.name!)?.certainty !== 'exact');
  // One inexact name in a literal at the site (`as { transactionResult: string }`): its read has the item already.
  if (rest.length && legacy.length >= 2) {
    flag(container, `this type describes the legacy retrieval details; ${rest
      .map((x) => `${x.name} is not in the KYX workflow details (now: ${findRetrievalField(x.name!)!.where})`)
      .join('; ')}`);
  }
}

/** Follow a type node (annotation, type argument, cast) to the declarations it names. */
export function updateDetailsType(type: TypeNode | undefined, ctx: EvalContext, edits: EditSet, done: Set<Node>, flag: Flag, depth = 0, named = false): void {
  if (!type || depth > 6) return;
  if (Node.isTypeLiteral(type)) return updateMembers(type, edits, done, flag, !named);
  if (Node.isTypeReference(type)) {
    const nameNode = type.getTypeName();
    if (nameNode.getText() === 'Promise') {
      for (const a of type.getTypeArguments()) updateDetailsType(a, ctx, edits, done, flag, depth + 1, named);
      return;
    }
    const decl = findTypeDeclaration(nameNode, ctx);
    if (!decl) return;
    if (Node.isInterfaceDeclaration(decl)) updateMembers(decl, edits, done, flag);
    else if (Node.isTypeAliasDeclaration(decl)) updateDetailsType(decl.getTypeNode(), ctx, edits, done, flag, depth + 1, true);
    return;
  }
  if (Node.isParenthesizedTypeNode(type)) return updateDetailsType(type.getTypeNode(), ctx, edits, done, flag, depth + 1, named);
  if (Node.isIntersectionTypeNode(type) || Node.isUnionTypeNode(type)) {
    for (const t of type.getTypeNodes()) updateDetailsType(t, ctx, edits, done, flag, depth + 1, named);
  }
}

