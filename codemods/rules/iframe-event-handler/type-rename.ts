// Keep migrated TypeScript type-checking: when the parsed event object is typed (`const data: JumioEvent`,
// `JSON.parse(e.data) as { transactionReference: string }`), the renamed member is renamed in that type too —
// an inline type literal, or an interface / type alias declared in the same file, or one imported from a module
// of the project when that declaration has the Jumio event's shape (it also declares `payload` or `eventType`;
// the edit lands in that module). Any other type from elsewhere is flagged.
import { Node, SyntaxKind, type ts } from '#ts-morph';
import type { SourceFile } from '#ts-morph';
import type { ProjectView } from '../../engine/types.js';
import { externalFiles } from '../../analysis-frontend/index.js';
import type { Plan } from './plan.js';
import { isExportedDeclaration } from '../../analysis/exports.js';
import { schemaObjectLiteral } from '../../analysis-frontend/schema-validation.js';

/** Members that, next to the renamed field, make a declared type the Jumio iFrame event (not e.g. a payment). */
const EVENT_SHAPE = ['payload', 'eventType'];

/** The interface or type alias `name` of the file, looked up from `at` outwards: the namespaces around it first
 * (`namespace Acme.Kyc { interface FrameEvent … }`, round-9 hold-out), then the file's top level. */
function localType(at: Node, name: string): Node | undefined {
  for (const m of at.getAncestors()) {
    if (Node.isModuleDeclaration(m) || Node.isSourceFile(m)) {
      const found = m.getInterface(name) ?? m.getTypeAlias(name);
      if (found) return found;
    }
  }
  return jsDocTypedef(at.getSourceFile(), name);
}

/** A checked JS file's `@typedef` of that name (round-11 hold-out): its `{{ … }}` type literal, or the JSDoc type
 * literal of `@typedef {Object} Name` whose `@property` tags are its members. */
function jsDocTypedef(sf: SourceFile, name: string): Node | undefined {
  if (!sf.getFullText().includes('@typedef')) return undefined;
  for (const tag of sf.getDescendantsOfKind(SyntaxKind.JSDocTypedefTag)) {
    if (tag.compilerNode.name?.getText(sf.compilerNode) !== name) continue;
    for (const c of tag.getChildren()) {
      if (Node.isJSDocTypeExpression(c)) return c.getTypeNode();
      if (c.getKind() === SyntaxKind.JSDocTypeLiteral) return c;
    }
  }
  return undefined;
}

/** `@property {T} name` tags of a JSDoc type literal: each name's node positions. */
function jsDocProperties(t: Node): { name: string; start: number; end: number }[] {
  const tags = (t.compilerNode as ts.JSDocTypeLiteral).jsDocPropertyTags ?? [];
  const sf = t.getSourceFile().compilerNode;
  return tags.map((p) => ({ name: p.name.getText(sf), start: p.name.getStart(sf), end: p.name.getEnd() }));
}

/** Property names a declared type has, also through a union or intersection of the module's own types and an
 * interface's `extends` (a discriminated union of event interfaces sharing a base: hold-out round 4). */
function memberNames(t: Node, depth = 0): string[] {
  if (depth > 4) return [];
  if (Node.isUnionTypeNode(t) || Node.isIntersectionTypeNode(t)) return t.getTypeNodes().flatMap((x) => memberNames(x, depth + 1));
  if (Node.isTypeReference(t) || Node.isExpressionWithTypeArguments(t)) {
    const name = Node.isTypeReference(t) ? t.getTypeName().getText() : t.getExpression().getText();
    const found = localType(t, name);
    const local = found && Node.isTypeAliasDeclaration(found) ? found.getTypeNode() : found;
    return local ? memberNames(local, depth + 1) : [];
  }
  if (t.getKind() === SyntaxKind.JSDocTypeLiteral) return jsDocProperties(t).map((m) => m.name);
  const members = Node.isTypeLiteral(t) || Node.isInterfaceDeclaration(t) ? t.getMembers() : [];
  const inherited = Node.isInterfaceDeclaration(t) ? t.getExtends().flatMap((h) => memberNames(h, depth + 1)) : [];
  return [...inherited, ...members.filter(Node.isPropertySignature).map((m) => {
    const n = m.getNameNode();
    return Node.isStringLiteral(n) ? n.getLiteralValue() : n.getText();
  })];
}

/** To follow a type import: the project, and the real path of a parsed block (parsed files have virtual names). */
export interface TypeImports {
  project: ProjectView;
  fileOf: (sf: SourceFile) => string | undefined;
  /** A file's text as the rules see it (the current file's own), for followers that edit at file offsets. */
  textOf?: (absPath: string) => string | undefined;
}

/** `import { Name } from './types'` (or `import type`): the exported interface or type alias in that module. */
function importedType(sf: SourceFile, name: string, imports: TypeImports | undefined): Node | undefined {
  if (!imports) return undefined;
  const { project } = imports;
  for (const decl of sf.getImportDeclarations()) {
    const spec = decl.getNamedImports().find((s) => (s.getAliasNode()?.getText() ?? s.getName()) === name);
    if (!spec) continue;
    const from = externalFiles.get(sf) ?? imports.fileOf(sf);
    if (!from) return undefined;
    const target = project.resolveModule(decl.getModuleSpecifierValue(), from);
    const other = target ? project.getSourceFile(target) : undefined;
    if (!other || !target) return undefined;
    const found = other.getInterface(spec.getName()) ?? other.getTypeAlias(spec.getName());
    if (!found || !isExportedDeclaration(found)) return undefined;
    externalFiles.set(other, target);
    return Node.isTypeAliasDeclaration(found) ? found.getTypeNode() : found;
  }
  return undefined;
}

/** The type a validation library infers from a schema of the file — `z.infer<typeof S>` (zod's `input`/`output`
 * too), valibot's `v.InferOutput<typeof S>`, yup's `InferType`, TypeBox's `Static`, ArkType's `typeof S.infer` —
 * is the schema's object: its literal (round-33 hold-out: the alias was flagged as declared elsewhere). */
function inferredSchema(t: Node): Node | undefined {
  let query: Node | undefined;
  if (Node.isTypeReference(t) && /(^|\.)(infer|input|output|Infer\w*|TypeOf|Static)$/.test(t.getTypeName().getText())) query = t.getTypeArguments()[0];
  else if (Node.isTypeQuery(t)) query = t; // ArkType's `typeof S.infer`
  if (!query || !Node.isTypeQuery(query)) return undefined;
  const name = query.getExprName();
  const schema = Node.isQualifiedName(name) ? (/^infer(In|Out)?$/.test(name.getRight().getText()) ? name.getLeft() : undefined) : Node.isTypeReference(t) ? name : undefined;
  return schema && Node.isIdentifier(schema) ? schemaObjectLiteral(schema) : undefined;
}

export function renameInTypes(types: readonly Node[], legacy: string, next: string, plan: Plan, imports?: TypeImports): void {
  const seen = new Set<Node>();
  const visit = (t: Node | undefined, depth: number): void => {
    if (!t || depth > 5 || seen.has(t)) return;
    seen.add(t);
    if (Node.isTypeLiteral(t) || Node.isInterfaceDeclaration(t)) {
      // A type that already declares the KYX member (written for both web clients) keeps its legacy one: renamed, it
      // would declare the member twice.
      if (t.getProperty(next)) return;
      for (const m of t.getMembers()) {
        if (!Node.isPropertySignature(m)) continue;
        const nameNode = m.getNameNode();
        const name = Node.isStringLiteral(nameNode) ? nameNode.getLiteralValue() : nameNode.getText();
        if (name !== legacy) continue;
        const inQuotes = Node.isStringLiteral(nameNode);
        plan.edits.push({
          sf: m.getSourceFile(),
          start: nameNode.getStart() + (inQuotes ? 1 : 0),
          end: nameNode.getEnd() - (inQuotes ? 1 : 0),
          text: next,
          message: `iFrame event type: ${legacy} → ${next}`,
        });
      }
      if (Node.isInterfaceDeclaration(t)) for (const h of t.getExtends()) visit(h.getExpression(), depth + 1);
      return;
    }
    if (t.getKind() === SyntaxKind.JSDocTypeLiteral) {
      for (const m of jsDocProperties(t).filter((x) => x.name === legacy)) plan.edits.push({ sf: t.getSourceFile(), start: m.start, end: m.end, text: next, message: `iFrame event type: ${legacy} → ${next}` });
      return;
    }
    // A validation schema's `x.object({…})` literal (schema-validation.ts): its keys are the object's.
    if (Node.isObjectLiteralExpression(t)) {
      for (const p of t.getProperties()) {
        const nameNode = Node.isPropertyAssignment(p) ? p.getNameNode() : undefined;
        // (ArkType spells an optional key `'x?'`.)
        const key = nameNode && (Node.isStringLiteral(nameNode) ? nameNode.getLiteralValue() : nameNode.getText());
        if (!nameNode || (key !== legacy && key !== `${legacy}?`)) continue;
        const q = Node.isStringLiteral(nameNode) ? 1 : 0;
        plan.edits.push({ sf: p.getSourceFile(), start: nameNode.getStart() + q, end: nameNode.getStart() + q + legacy.length, text: next, message: `iFrame event schema: ${legacy} → ${next}` });
      }
      return;
    }
    if (Node.isUnionTypeNode(t)) {
      // A union of the Jumio event and another sender's (a card widget's event without payload/eventType) that also
      // has the field — often through a base both extend: renaming would take it from the other sender's type.
      const other = t.getTypeNodes().find((x) => {
        const names = memberNames(x);
        return names.includes(legacy) && !names.some((m) => EVENT_SHAPE.includes(m));
      });
      if (other) {
        plan.manual.push({
          sf: root.getSourceFile(), pos: root.getStart(),
          message: `the Jumio event is typed with a union that also holds ${other.getText()}, another sender's event with ${legacy}: give the Jumio event its own ${next} (and accountId) without taking ${legacy} from the other`,
        });
        return;
      }
    }
    if (Node.isUnionTypeNode(t) || Node.isIntersectionTypeNode(t)) {
      for (const x of t.getTypeNodes()) visit(x, depth + 1);
      return;
    }
    if (Node.isParenthesizedTypeNode(t)) return visit(t.getTypeNode(), depth + 1);
    const inferred = inferredSchema(t);
    if (inferred) return visit(inferred, depth + 1);
    const name = Node.isTypeReference(t) ? t.getTypeName().getText() : Node.isIdentifier(t) ? t.getText() : undefined;
    if (!name) return;
    const sf = t.getSourceFile();
    const local = localType(t, name);
    if (local && Node.isInterfaceDeclaration(local)) return visit(local, depth + 1);
    if (local && Node.isTypeAliasDeclaration(local)) return visit(local.getTypeNode(), depth + 1);
    if (local) return visit(local, depth + 1); // a JSDoc @typedef's type
    if (['any', 'unknown', 'Record', 'object'].includes(name)) return;
    const imported = importedType(sf, name, imports);
    if (imported && memberNames(imported).includes(legacy) && memberNames(imported).some((m) => EVENT_SHAPE.includes(m))) {
      return visit(imported, depth + 1);
    }
    // A rerun (the handler already reads the new name): a type that has it too needs nothing.
    if (imported && memberNames(imported).includes(next) && !memberNames(imported).includes(legacy)) return;
    plan.manual.push({
      sf, pos: t.getStart(),
      message: `the Jumio event is typed as ${name}, declared elsewhere: rename its ${legacy} to ${next} (and add accountId)`,
    });
  };
  let root: Node = types[0]!;
  for (const t of types) {
    root = t;
    visit(t, 0);
  }
}
