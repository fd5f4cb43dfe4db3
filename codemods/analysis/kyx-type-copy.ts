// A response type declaration in the legacy shape that a flagged (not migrated) call of the same file still reads
// keeps that shape: moving it would break that call's legacy reads, and leaving it would break the migrated call's
// rewritten reads. So the migrated call's reference names a KYX-shaped copy declared right after it (`Kyx<Name>`),
// and the legacy declaration gets one item naming both calls. Shared by the retrieval and the initiate rules; each
// supplies its member plan (the replacements that give the declaration the KYX shape) and its wording.
import { Node } from '#ts-morph';
import type { EditSet } from './edit-set.js';

export interface TypeReplacement { start: number; end: number; text: string }

export interface SharedTypeState {
  /** Declarations a legacy call the rule did NOT migrate (only flagged) reads its response through → that call. */
  kept: Map<Node, Node>;
  /** A kept declaration → the name of the KYX-shaped copy the migrated calls read instead. */
  copies: Map<Node, string>;
  /** The base name of the file the calls are in (the parsed file's in-memory name is not it). */
  callsFile: string;
}

export interface CopyWording {
  /** 'retrieval details' / 'initiate response' */
  what: string;
  /** 'retrieval' / 'initiate' */
  call: string;
  /** The KYX fields the migrated call's own type needs (fallback item). */
  fields: string;
}

/** The copy for the migrated call at `site`, whose type reference `ref` names the kept `decl` (read by `keptBy`).
 * False when the declaration is not an interface or type literal alias (an alias of others: follow it instead). */
export function splitSharedType(decl: Node, ref: Node, keptBy: Node, site: Node, plan: { replacements: TypeReplacement[]; rest?: string } | undefined,
  edits: EditSet, state: SharedTypeState, flag: (node: Node, message: string) => void, w: CopyWording): boolean {
  const body = Node.isInterfaceDeclaration(decl) ? decl : Node.isTypeAliasDeclaration(decl) ? decl.getTypeNode() : undefined;
  if (!body || !Node.isInterfaceDeclaration(body) && !Node.isTypeLiteral(body)) return false;
  if (!plan) return true;
  const label = `${w.what} type`;
  const rename = Node.isQualifiedName(ref) ? ref.getRight() : ref;
  const copied = state.copies.get(decl);
  if (copied) return edits.replaceNode(rename, copied, `${label}: the KYX copy`), true;
  // Lines of the calls' file; named when the declaration is in another module (its item goes there).
  const at = (n: Node): string => `line ${n.getStartLineNumber()}${n.getSourceFile() === decl.getSourceFile() ? '' : ` of ${state.callsFile}`}`;
  const kept = at(keptBy);
  const uses = `two calls: the legacy ${w.call} at ${kept} is flagged (not migrated) and still reads the legacy fields, so the type keeps that shape; the migrated one at ${at(site)}`;
  const inKept = [...state.kept.keys()].some((k) => k.getSourceFile() === ref.getSourceFile() && k.getStart() <= ref.getStart() && ref.getEnd() <= k.getEnd());
  const own = Node.isInterfaceDeclaration(decl) || Node.isTypeAliasDeclaration(decl) ? decl : undefined;
  if (inKept || !own || decl.getSourceFile() !== site.getSourceFile()) {
    flag(decl, `this type describes the legacy ${w.what} of ${uses} needs a KYX-shaped type of its own (${w.fields})`);
    return true;
  }
  const text = decl.getSourceFile().getFullText();
  let fresh = `Kyx${own.getName()}`;
  for (let i = 2; new RegExp(`\\b${fresh}\\b`).test(text); i++) fresh = `Kyx${own.getName()}${i}`;
  const nameNode = own.getNameNode();
  const reps = [...plan.replacements, { start: nameNode.getStart(), end: nameNode.getEnd(), text: fresh }].sort((a, b) => b.start - a.start);
  let copy = text.slice(decl.getStart(), decl.getEnd());
  for (const r of reps) copy = copy.slice(0, r.start - decl.getStart()) + r.text + copy.slice(r.end - decl.getStart());
  const lineStart = text.lastIndexOf('\n', decl.getStart() - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  // Beside the declaration, grouped as it is: a blank line between them only when one follows it.
  const gap = /^[ \t]*\r?\n[ \t]*\r?\n/.test(text.slice(decl.getEnd())) ? '\n\n' : '\n';
  edits.insertAt(decl, decl.getEnd(), `${gap}${indent}${copy}`, `${label}: KYX copy ${fresh} for the migrated call`);
  edits.replaceNode(rename, fresh, `${label}: the KYX copy`);
  state.copies.set(decl, fresh);
  flag(decl, `this type describes the legacy ${w.what} of ${uses} now reads ${fresh}${plan.rest ? `; in ${fresh}, ${plan.rest}` : ''}; when you migrate the call at ${kept}, move it to ${fresh} and delete this type`);
  return true;
}
