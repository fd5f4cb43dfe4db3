// A response type declaration in the legacy shape that a flagged (not migrated) call of the same file still reads
// keeps that shape: moving it would break that call's legacy reads, and leaving it would break the migrated call's
// rewritten reads. So the migrated call's reference names a KYX-shaped copy declared right after it (`Kyx<Name>`),
// and the legacy declaration gets one item naming both calls. Shared by the retrieval and the initiate rules; each
// supplies its member plan (the replacements that give the declaration the KYX shape) and its wording.
import { Node, SyntaxKind, type InterfaceDeclaration, type TypeAliasDeclaration } from '#ts-morph';
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
    // Declared in another module: the copy goes in the migrated call's file when the declaration stands alone (no
    // other type named in it, nothing it extends, no type parameters); else that file gets an item naming the type
    // and its module too.
    const local = !inKept && own && ref.getSourceFile() === site.getSourceFile();
    const fresh = local ? importedCopy(own, rename, site, plan, edits, state, flag, kept, w) : undefined;
    if (fresh) flag(decl, `this type describes the legacy ${w.what} of ${uses} now reads ${fresh}, a KYX-shaped copy declared in ${state.callsFile}; when you migrate the call at ${kept}, move this type to the KYX shape and delete ${fresh}`);
    else flag(decl, `this type describes the legacy ${w.what} of ${uses} needs a KYX-shaped type of its own (${w.fields})`);
    if (local && !fresh) flag(rename, importedTypeMessage(own.getName(), rename, kept, w));
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

/** The item at a migrated call's reference to a kept type declared in another module. */
function importedTypeMessage(name: string, ref: Node, kept: string, w: CopyWording): string {
  const from = importedFrom(ref);
  return `${name}${from ? ` (imported from '${from}')` : ''} describes the legacy ${w.what} and keeps that shape: the legacy ${w.call} at ${kept} ` +
    `is flagged (not migrated) and still reads it. This migrated ${w.call} reads the KYX fields: give it a KYX-shaped type of its own ` +
    `(${w.fields}), for example a Kyx${name} beside ${name}, and use it here`;
}

/** Names no other type (members of primitive and literal types only), extends nothing, has no type parameters. */
function selfContained(own: InterfaceDeclaration | TypeAliasDeclaration): boolean {
  if (own.getTypeParameters().length || (Node.isInterfaceDeclaration(own) && own.getExtends().length)) return false;
  return own.getDescendantsOfKind(SyntaxKind.TypeReference).length === 0 && own.getDescendantsOfKind(SyntaxKind.TypeQuery).length === 0;
}

/** The KYX-shaped copy of a kept type of another module, declared in the migrated call's file above the statement
 * holding the call; the reference names it. Its name, or undefined when the declaration does not stand alone. */
function importedCopy(own: InterfaceDeclaration | TypeAliasDeclaration, rename: Node, site: Node, plan: { replacements: TypeReplacement[]; rest?: string },
  edits: EditSet, state: SharedTypeState, flag: (node: Node, message: string) => void, kept: string, w: CopyWording): string | undefined {
  if (!selfContained(own)) return undefined;
  const sf = site.getSourceFile();
  const stmt = site.getFirstAncestor((a) => a.getParent() === sf);
  if (!stmt) return undefined;
  const name = own.getName();
  const calls = sf.getFullText();
  let fresh = `Kyx${name}`;
  for (let i = 2; new RegExp(`\\b${fresh}\\b`).test(calls); i++) fresh = `Kyx${name}${i}`;
  const text = own.getSourceFile().getFullText();
  const nameNode = own.getNameNode();
  const reps = [...plan.replacements, { start: nameNode.getStart(), end: nameNode.getEnd(), text: fresh }].sort((a, b) => b.start - a.start);
  let copy = text.slice(own.getStart(), own.getEnd());
  for (const r of reps) copy = copy.slice(0, r.start - own.getStart()) + r.text + copy.slice(r.end - own.getStart());
  copy = copy.replace(/^(export\s+(default\s+)?)?(declare\s+)?/, '');
  // Declared inside a namespace: its lines lose the namespace's indentation.
  const own0 = text.slice(text.lastIndexOf('\n', own.getStart() - 1) + 1, own.getStart());
  if (/^[ \t]+$/.test(own0)) copy = copy.split('\n').map((l) => (l.startsWith(own0) ? l.slice(own0.length) : l)).join('\n');
  // Above the statement and its leading comments, at the start of its line.
  const first = stmt.getLeadingCommentRanges()[0]?.getPos() ?? stmt.getStart();
  const lineStart = calls.lastIndexOf('\n', first - 1) + 1;
  edits.insertAt(stmt, lineStart, `${copy}\n\n`, `${w.what} type: KYX copy ${fresh} of the imported ${name} for the migrated call`);
  edits.replaceNode(rename, fresh, `${w.what} type: the KYX copy`);
  state.copies.set(own, fresh);
  const from = importedFrom(rename);
  flag(rename, `this migrated ${w.call} reads ${fresh}, a KYX-shaped copy of ${name}${from ? ` (imported from '${from}')` : ''}, which keeps the legacy shape ` +
    `for the legacy ${w.call} at ${kept} (flagged, not migrated)${plan.rest ? `; in ${fresh}, ${plan.rest}` : ''}: when you migrate that call, move ${name} to the KYX shape and delete ${fresh}`);
  return fresh;
}

/** The module specifier of the import that binds the reference's name in its file. */
export function importedFrom(ref: Node): string | undefined {
  const local = ref.getText();
  return ref.getSourceFile().getImportDeclarations()
    .find((d) => d.getNamedImports().some((n) => (n.getAliasNode() ?? n.getNameNode()).getText() === local))?.getModuleSpecifierValue();
}

/** A type of a `.d.ts` in the legacy shape, named by a migrated call: no run edits it (discovery skips declaration
 * files), so the call reads a KYX-shaped copy declared in its own file above its statement, and the reference gets an
 * item naming the type and its file (hold-out round 50). False when `decl` is not such a type. */
export function declarationFileCopy(decl: Node, ref: Node, site: Node, plan: { replacements: TypeReplacement[]; rest?: string } | undefined,
  edits: EditSet, state: SharedTypeState, w: CopyWording): boolean {
  if (!(Node.isInterfaceDeclaration(decl) || Node.isTypeAliasDeclaration(decl)) || !decl.getSourceFile().isDeclarationFile() || !plan) return false;
  const copied = state.copies.get(decl);
  if (copied) return edits.replaceNode(ref, copied, `${w.what} type: the KYX copy`), true;
  const fresh = ref.getSourceFile() === site.getSourceFile() ? importedCopy(decl, ref, site, plan, edits, state, () => undefined, '', w) : undefined;
  const where = `${decl.getName()} of ${decl.getSourceFile().getBaseName().replace(/(\.d\.[cm]?ts)(\.[cm]?tsx?)+$/, '$1')}, a declaration file the codemod does not edit`;
  edits.addManual(ref, fresh
    ? `this migrated ${w.call} reads ${fresh}, a KYX-shaped copy of ${where} (it keeps the legacy shape)${plan.rest ? `; in ${fresh}, ${plan.rest}` : ''}: ` +
      `move ${decl.getName()} to the KYX shape once nothing reads the legacy fields, and delete ${fresh}`
    : `${where}, describes the legacy ${w.what}: this migrated ${w.call} reads the KYX fields (${w.fields}) — give it a KYX-shaped type`);
  return true;
}
