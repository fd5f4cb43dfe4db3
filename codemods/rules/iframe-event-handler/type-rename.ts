// Keep migrated TypeScript type-checking: when the parsed event object is typed (`const data: JumioEvent`,
// `JSON.parse(e.data) as { transactionReference: string }`), the renamed member is renamed in that type too —
// an inline type literal, or an interface / type alias declared in the same file. A type from elsewhere is flagged.
import { Node } from 'ts-morph';
import type { Plan } from './plan.js';

export function renameInTypes(types: readonly Node[], legacy: string, next: string, plan: Plan): void {
  const seen = new Set<Node>();
  const visit = (t: Node | undefined, depth: number): void => {
    if (!t || depth > 5 || seen.has(t)) return;
    seen.add(t);
    if (Node.isTypeLiteral(t) || Node.isInterfaceDeclaration(t)) {
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
    if (Node.isUnionTypeNode(t) || Node.isIntersectionTypeNode(t)) {
      for (const x of t.getTypeNodes()) visit(x, depth + 1);
      return;
    }
    if (Node.isParenthesizedTypeNode(t)) return visit(t.getTypeNode(), depth + 1);
    const name = Node.isTypeReference(t) ? t.getTypeName().getText() : Node.isIdentifier(t) ? t.getText() : undefined;
    if (!name) return;
    const sf = t.getSourceFile();
    const local = sf.getInterface(name) ?? sf.getTypeAlias(name);
    if (local && Node.isInterfaceDeclaration(local)) return visit(local, depth + 1);
    if (local && Node.isTypeAliasDeclaration(local)) return visit(local.getTypeNode(), depth + 1);
    if (['any', 'unknown', 'Record', 'object'].includes(name)) return;
    plan.manual.push({
      sf, pos: t.getStart(),
      message: `the Jumio event is typed as ${name}, declared elsewhere: rename its ${legacy} to ${next} (and add accountId)`,
    });
  };
  for (const t of types) visit(t, 0);
}
