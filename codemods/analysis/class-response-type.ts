// A class in the legacy initiate response shape (a type-graphql `@ObjectType`, a class-validator DTO) that names the
// migrated value's type — `(await body.json()) as FaceLoginStart`, `Promise<FaceLoginStart>` — is the app's own code:
// its decorators and methods describe what the app serves, so no run rewrites it. The migrated value is typed with a
// KYX-shaped interface `Kyx<Name>` instead, declared right after the class (or, for a class of another module, above
// the statement holding the call), and the class gets one item (hold-out round 60).
import { Node, type ClassDeclaration } from '#ts-morph';
import type { EditSet } from './edit-set.js';

/** The KYX type text of a moved legacy field (`web: { href: string }`), or undefined when the field stays. */
export type MovedMember = (name: string, optional: boolean, typeText: string) => string | undefined;

/** The class a type name names: declared in this file or exported by a local module the run can read. */
export function findClass(id: Node, loadModule: (spec: string, from: Node) => import('ts-morph').SourceFile | undefined): ClassDeclaration | undefined {
  if (!Node.isIdentifier(id)) return undefined;
  const sf = id.getSourceFile();
  const name = id.getText();
  const local = sf.getClass(name);
  if (local) return local;
  const spec = sf.getImportDeclarations().find((d) => d.getNamedImports().some((n) => (n.getAliasNode() ?? n.getNameNode()).getText() === name));
  const named = spec?.getNamedImports().find((n) => (n.getAliasNode() ?? n.getNameNode()).getText() === name);
  const from = spec?.getModuleSpecifierValue();
  if (!named || !from?.startsWith('.')) return undefined;
  return loadModule(from, named)?.getClass(named.getName());
}

function propertyName(p: Node): string | undefined {
  if (!Node.isPropertyDeclaration(p) || p.isStatic()) return undefined;
  const n = p.getNameNode();
  return Node.isIdentifier(n) ? n.getText() : Node.isStringLiteral(n) ? n.getLiteralValue() : undefined;
}

/** The interface text of the KYX copy: the class's instance properties, the moved ones nested (decorators, `!`,
 * modifiers and initialisers dropped: the copy describes a JSON answer). Undefined when the class is not in the
 * legacy shape (no moved field, or a KYX field already). */
function copyText(cls: ClassDeclaration, name: string, moved: MovedMember, kyxRoots: ReadonlySet<string>): string | undefined {
  const props = cls.getMembers().filter((m) => propertyName(m) !== undefined);
  const names = props.map((p) => propertyName(p)!);
  if (names.some((n) => kyxRoots.has(n))) return undefined;
  const text = cls.getSourceFile().getFullText();
  let anyMoved = false;
  const lines = props.map((p) => {
    const prop = p as import('ts-morph').PropertyDeclaration;
    const type = prop.getTypeNode()?.getText() ?? 'string';
    const kyx = moved(names[props.indexOf(p)]!, prop.hasQuestionToken(), type);
    if (kyx) anyMoved = true;
    const semi = /;\s*$/.test(prop.getText()) ? ';' : '';
    const lineStart = text.lastIndexOf('\n', prop.getStart() - 1) + 1;
    const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
    return `${indent}${kyx ?? `${prop.getNameNode().getText()}${prop.hasQuestionToken() ? '?' : ''}: ${type}`}${semi}`;
  });
  return anyMoved ? `interface ${name} {\n${lines.join('\n')}\n}` : undefined;
}

/**
 * `ref` (a type name reached from the migrated value) names `cls`: the reference becomes the KYX copy. False when the
 * class is not in the legacy response shape. `site` is the migrated call.
 */
export function classCopy(cls: ClassDeclaration, ref: Node, site: Node, edits: EditSet, moved: MovedMember, kyxRoots: ReadonlySet<string>,
  fields: string): boolean {
  const name = cls.getName();
  const sf = site.getSourceFile();
  if (!name || ref.getSourceFile() !== sf) return false;
  let fresh = `Kyx${name}`;
  for (let i = 2; new RegExp(`\\b${fresh}\\b`).test(sf.getFullText()); i++) fresh = `Kyx${name}${i}`;
  const copy = copyText(cls, fresh, moved, kyxRoots);
  if (!copy) return false;
  const declared = `initiate response type: KYX copy ${fresh} of the class ${name}`;
  // Declared by an earlier reference of this run (the cast, then the return type); read from the edits, so a call's
  // rollback takes the copy with it.
  if (edits.edits.some((e) => e.message === declared)) return edits.replaceNode(ref, fresh, 'initiate response type: the KYX copy of the class'), true;
  const text = sf.getFullText();
  if (cls.getSourceFile() === sf) {
    const gap = /^[ \t]*\r?\n[ \t]*\r?\n/.test(text.slice(cls.getEnd())) ? '\n\n' : '\n';
    edits.insertAt(cls, cls.getEnd(), `${gap}${copy}`, declared);
    edits.addManual(cls, `${name} is a class in the legacy initiate response shape, kept as written (its decorators and methods are this app's ` +
      `own schema): the migrated initiate's answer is typed ${fresh}, declared below it. Where a ${name} is served or expected (a GraphQL ` +
      `type, a serialised DTO), map ${fields} into it, or move the class to the KYX fields and delete ${fresh}`);
  } else {
    const stmt = site.getFirstAncestor((a) => a.getParent() === sf);
    if (!stmt) return false;
    const first = stmt.getLeadingCommentRanges()[0]?.getPos() ?? stmt.getStart();
    edits.insertAt(stmt, text.lastIndexOf('\n', first - 1) + 1, `${copy}\n\n`, declared);
    const from = sf.getImportDeclarations().find((d) => d.getNamedImports().some((n) => (n.getAliasNode() ?? n.getNameNode()).getText() === ref.getText()));
    edits.addManual(ref, `${name} (imported from '${from?.getModuleSpecifierValue()}') is a class in the legacy initiate response shape, kept ` +
      `as written: this migrated initiate's answer is typed ${fresh}, a KYX-shaped copy declared in this file. Where a ${name} is served or ` +
      `expected, map ${fields} into it, or move the class to the KYX fields and delete ${fresh}`);
  }
  edits.replaceNode(ref, fresh, 'initiate response type: the KYX copy of the class');
  return true;
}
