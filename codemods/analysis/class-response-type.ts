// A class in the legacy initiate response shape (a type-graphql `@ObjectType`, a class-validator DTO) that names the
// migrated value's type — `(await body.json()) as FaceLoginStart`, `Promise<FaceLoginStart>` — is the app's own code:
// its decorators and methods describe what the app serves, so no run rewrites it. The migrated value is typed with a
// KYX-shaped interface `Kyx<Name>` instead, declared right after the class (or, for a class of another module, above
// the statement holding the call), and the class gets one item (hold-out round 60).
import { Node, type ClassDeclaration } from '#ts-morph';
import type { EditSet } from './edit-set.js';
import { importedFrom, type TypeReplacement } from './kyx-type-copy.js';
import { findDeclaration } from './resolve-binding.js';

/** The replacements that give an interface in the legacy shape the KYX shape (the rule's own member plan), and the
 * legacy fields with no KYX counterpart, which the copy keeps; undefined when it is not in the legacy shape. */
export type MemberPlanner = (iface: Node) => { replacements: TypeReplacement[]; rest?: string } | undefined;

export interface ClassWording {
  /** 'initiate response' / 'retrieval details' */
  what: string;
  /** 'initiate' / 'retrieval' */
  call: string;
  /** How the KYX fields map onto the class's: 'web.href → redirectUrl and …' */
  map: string;
}

/** The class a type name names: declared in this file or exported by a local module the run can read. */
export function findClass(id: Node, loadModule: (spec: string, from: Node) => import('ts-morph').SourceFile | undefined): ClassDeclaration | undefined {
  if (!Node.isIdentifier(id)) return undefined;
  const sf = id.getSourceFile();
  const name = id.getText();
  const local = sf.getClass(name);
  if (local) return local;
  const named = findDeclaration(id, name);
  if (!Node.isImportSpecifier(named)) return undefined;
  const from = named.getImportDeclaration().getModuleSpecifierValue();
  return from.startsWith('.') ? loadModule(from, named)?.getClass(named.getName()) : undefined;
}

function propertyName(p: Node): string | undefined {
  if (!Node.isPropertyDeclaration(p) || p.isStatic()) return undefined;
  const n = p.getNameNode();
  return Node.isIdentifier(n) ? n.getText() : Node.isStringLiteral(n) ? n.getLiteralValue() : undefined;
}

/** The KYX copy's interface text: the class's instance properties written as an interface (decorators, `!`, modifiers
 * and initialisers dropped: the copy describes a JSON answer), given the KYX shape by the rule's own member plan. */
function copyText(cls: ClassDeclaration, name: string, planner: MemberPlanner): { text: string; rest?: string } | undefined {
  const text = cls.getSourceFile().getFullText();
  const lines = cls.getMembers().flatMap((p) => {
    if (!Node.isPropertyDeclaration(p) || p.isStatic() || propertyName(p) === undefined) return [];
    const semi = /;\s*$/.test(p.getText()) ? ';' : '';
    const indent = /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', p.getStart() - 1) + 1))![0];
    return [`${indent}${p.getNameNode().getText()}${p.hasQuestionToken() ? '?' : ''}: ${p.getTypeNode()?.getText() ?? 'string'}${semi}`];
  });
  const plain = `interface ${name} {\n${lines.join('\n')}\n}`;
  // Planned on a scratch file holding the interface, so each rule's plan (nesting, merging, separators) applies as is.
  const project = cls.getProject();
  const scratch = project.createSourceFile(`/__netverify-migrate-class-copy-${name}.ts`, plain, { overwrite: true });
  try {
    const plan = planner(scratch.getInterfaceOrThrow(name));
    if (!plan?.replacements.length) return undefined;
    let out = plain;
    for (const r of [...plan.replacements].sort((a, b) => b.start - a.start)) out = out.slice(0, r.start) + r.text + out.slice(r.end);
    return { text: out, rest: plan.rest };
  } finally {
    project.removeSourceFile(scratch);
  }
}

/**
 * `ref` (a type name reached from the migrated value) names `cls`: the reference becomes the KYX copy. False when the
 * class is not in the legacy response shape. `site` is the migrated call.
 */
export function classCopy(cls: ClassDeclaration, ref: Node, site: Node, edits: EditSet, planner: MemberPlanner, w: ClassWording): boolean {
  const name = cls.getName();
  const sf = site.getSourceFile();
  if (!name || ref.getSourceFile() !== sf) return false;
  let fresh = `Kyx${name}`;
  for (let i = 2; new RegExp(`\\b${fresh}\\b`).test(sf.getFullText()); i++) fresh = `Kyx${name}${i}`;
  const planned = copyText(cls, fresh, planner);
  if (!planned) return false;
  const copy = planned.text;
  const rest = planned.rest ? `; in ${fresh}, ${planned.rest}` : '';
  const declared = `${w.what} type: KYX copy ${fresh} of the class ${name}`;
  // Declared by an earlier reference of this run (the cast, then the return type); read from the edits, so a call's
  // rollback takes the copy with it.
  if (edits.edits.some((e) => e.message === declared)) return edits.replaceNode(ref, fresh, `${w.what} type: the KYX copy of the class`), true;
  const text = sf.getFullText();
  if (cls.getSourceFile() === sf) {
    const gap = /^[ \t]*\r?\n[ \t]*\r?\n/.test(text.slice(cls.getEnd())) ? '\n\n' : '\n';
    edits.insertAt(cls, cls.getEnd(), `${gap}${copy}`, declared);
    edits.addManual(cls, `${name} is a class in the legacy ${w.what} shape, kept as written (its decorators and methods are this app's ` +
      `own schema): the migrated ${w.call}'s answer is typed ${fresh}, declared below it${rest}. Where an instance of ${name} is served or expected (a ` +
      `GraphQL type, a serialised DTO), map ${w.map} into it, or move the class to the KYX fields and delete ${fresh}`);
  } else {
    const stmt = site.getFirstAncestor((a) => a.getParent() === sf);
    if (!stmt) return false;
    const first = stmt.getLeadingCommentRanges()[0]?.getPos() ?? stmt.getStart();
    edits.insertAt(stmt, text.lastIndexOf('\n', first - 1) + 1, `${copy}\n\n`, declared);
    edits.addManual(ref, `${name} (imported from '${importedFrom(ref)}') is a class in the legacy ${w.what} shape, kept ` +
      `as written: this migrated ${w.call}'s answer is typed ${fresh}, a KYX-shaped copy declared in this file${rest}. Where an instance of ${name} is ` +
      `served or expected, map ${w.map} into it, or move the class to the KYX fields and delete ${fresh}`);
  }
  edits.replaceNode(ref, fresh, `${w.what} type: the KYX copy of the class`);
  return true;
}
