// NestJS (and routing-controllers) controllers read the redirect query through parameter decorators (hold-out
// round 7): `@Query('transactionStatus') status: string` (LoopBack 4: `@param.query.string('transactionStatus')`) —
// one parameter per name, the string is the read — and
// `@Query() query: ReturnQuery` — the whole object, read as `query.transactionStatus` or destructured. Its type, a
// DTO class, interface or type alias of the same file, names the parameters and is renamed with the reads
// (class-validator's whitelist would strip the KYX names, and the reads would not type-check); one declared in
// another module is flagged.
import { Node, SyntaxKind, type SourceFile } from '#ts-morph';
import { REDIRECT_PARAM_RENAMES, renameIn } from '../../../api/index.js';
import type { Edit, ManualItem } from '../../engine/types.js';
import { memberName, memberObject, resolveIdentifier, stringValue } from '../../analysis-frontend/syntax.js';
import type { ParamRead } from './query-reads.js';

const DECORATORS: Record<string, { one: string; all: string }> = {
  '@nestjs/common': { one: 'Query', all: 'Query' },
  'routing-controllers': { one: 'QueryParam', all: 'QueryParams' },
};

/** The group key prefix of these reads (index.ts renames the object's type with nestQueryTypeEdits). */
export const NEST_GROUP = 'nest-query@';

/** The decorator's local name → whether it takes a name (`@Query('x')`) or the whole query (`@Query()`). */
function decoratorNames(sf: SourceFile): Map<string, { one: boolean; all: boolean }> {
  const out = new Map<string, { one: boolean; all: boolean }>();
  for (const imp of sf.getImportDeclarations()) {
    const d = DECORATORS[imp.getModuleSpecifierValue()];
    if (!d) continue;
    for (const s of imp.getNamedImports()) {
      const local = s.getAliasNode()?.getText() ?? s.getName();
      if (s.getName() === d.one || s.getName() === d.all) out.set(local, { one: s.getName() === d.one, all: s.getName() === d.all });
    }
  }
  return out;
}

export function nestQueryReads(sf: SourceFile, names: ReadonlySet<string>): ParamRead[] {
  const decorators = decoratorNames(sf);
  // LoopBack 4: `@param.query.string('transactionStatus') status` (round-11 hold-out), read like `@Query('name')`.
  const loopback = sf.getImportDeclarations().some((i) => i.getModuleSpecifierValue() === '@loopback/rest' && i.getNamedImports().some((s) => s.getName() === 'param'));
  if (!decorators.size && !loopback) return [];
  const reads: ParamRead[] = [];
  for (const param of sf.getDescendantsOfKind(SyntaxKind.Parameter)) {
    for (const d of param.getDecorators()) {
      const kind = decorators.get(d.getName());
      const args = d.getArguments();
      const name = args[0] ? stringValue(args[0]) : undefined;
      const lb = loopback && /^param\.query\.(string|number|integer|boolean|date|dateTime)$/.test(d.getFullName());
      if ((kind?.one || lb) && name !== undefined && names.has(name)) {
        const method = param.getParent();
        reads.push({ name, nameNode: args[0]!, kind: 'literal', group: `${NEST_GROUP}${method.getStart()}`, value: param, sourceExpr: d });
      } else if (kind?.all && args.length === 0) reads.push(...objectReads(param, names));
    }
  }
  return reads;
}

/** `query.transactionStatus`, `query['transactionStatus']` and `const { transactionStatus } = query` in the method. */
function objectReads(param: import('ts-morph').ParameterDeclaration, names: ReadonlySet<string>): ParamRead[] {
  const id = param.getNameNode();
  const body = param.getParent();
  if (!Node.isIdentifier(id) || !body) return [];
  const group = `${NEST_GROUP}${param.getStart()}`;
  const out: ParamRead[] = [];
  for (const ref of body.getDescendantsOfKind(SyntaxKind.Identifier)) {
    if (ref === id || ref.getText() !== id.getText() || resolveIdentifier(ref) !== param) continue;
    const p = ref.getParent();
    if (p && memberObject(p) === ref) {
      const name = memberName(p);
      const nameNode = Node.isPropertyAccessExpression(p) ? p.getNameNode() : Node.isElementAccessExpression(p) ? p.getArgumentExpression() : undefined;
      if (name && nameNode && names.has(name)) out.push({ name, nameNode, kind: Node.isPropertyAccessExpression(p) ? 'member' : 'literal', group, value: p, sourceExpr: ref });
    } else if (p && Node.isVariableDeclaration(p) && p.getInitializer() === ref && Node.isObjectBindingPattern(p.getNameNode())) {
      for (const el of p.getNameNode().asKindOrThrow(SyntaxKind.ObjectBindingPattern).getElements()) {
        const keyNode = el.getPropertyNameNode() ?? el.getNameNode();
        const name = keyNode.getText();
        if (names.has(name)) out.push({ name, nameNode: keyNode, kind: 'binding', binding: el, group, value: el, sourceExpr: ref });
      }
    }
  }
  return out;
}

/** The renames of the `@Query()` parameter's type: members of a DTO class, interface or type literal of the file. */
export function nestQueryTypeEdits(reads: readonly ParamRead[], offset: number): { edits: Edit[]; manual: ManualItem[] } {
  const edits: Edit[] = [];
  const manual: ManualItem[] = [];
  const param = reads.map((r) => resolveIdentifier(r.sourceExpr)).find((d) => d && Node.isParameterDeclaration(d));
  const type = param && Node.isParameterDeclaration(param) ? param.getTypeNode() : undefined;
  if (!type) return { edits, manual };
  const name = Node.isTypeReference(type) ? type.getTypeName().getText() : undefined;
  const sf = type.getSourceFile();
  const decl = name ? sf.getClass(name) ?? sf.getInterface(name) ?? sf.getTypeAlias(name)?.getTypeNode() : type;
  if (!decl) {
    if (name && sf.getImportDeclarations().some((i) => i.getNamedImports().some((s) => (s.getAliasNode()?.getText() ?? s.getName()) === name))) {
      manual.push({ pos: type.getStart() + offset, message: `the redirect query is typed as ${name}, declared in another module: rename its transactionStatus to acquisitionStatus and transactionReference to workflowExecutionId` });
    }
    return { edits, manual };
  }
  const members = Node.isClassDeclaration(decl) ? decl.getProperties() : Node.isInterfaceDeclaration(decl) || Node.isTypeLiteral(decl) ? decl.getProperties() : [];
  for (const m of members) {
    const kyx = renameIn(REDIRECT_PARAM_RENAMES, m.getName());
    const n = m.getNameNode();
    if (kyx && Node.isIdentifier(n)) edits.push({ start: n.getStart() + offset, end: n.getEnd() + offset, text: kyx, message: `redirect parameter type ${m.getName()} → ${kyx}` });
  }
  return { edits, manual };
}
