// A legacy initiate body that spreads a const of its file holding legacy defaults:
//   const ENROLMENT_DEFAULTS = { workflowId: 100, successUrl, errorUrl, tokenLifetimeInMinutes: 60, locale: 'en-US' };
//   const body = { ...ENROLMENT_DEFAULTS, customerInternalReference: customer.id };
// The const is mapped with the body (body-mapping.ts runs on its literal too: workflowDefinition, web, tokenLifetime)
// when the spread is its one use and the shallow spread cannot lose a field once the fields are nested: the const and
// the body do not both hold web fields (a `web` object in each, the body's would replace the const's), nor both a
// workflow (workflowId / presets / workflowDefinition). Any other spread stays opaque (an item asks to check it).
import { Node, SyntaxKind, type ObjectLiteralExpression } from '#ts-morph';
import { KYX, LEGACY, V4_REQUEST_FIELD_MOVES, workflowKeyForV4 } from '../../api/index.js';
import { constObject, keyOf, valueNode } from './body-literal.js';
import { workflowIdValue } from './enrollment-workflow.js';
import { unwrap } from './eval-context.js';
import { exportedNamesOf } from './exports.js';
import { findDeclaration } from './resolve-binding.js';
import { bindsTo } from './scope.js';

const WORKFLOW = new Set<string>([LEGACY.workflowId, LEGACY.presets, KYX.workflowDefinition]);
const WEB = new Set<string>([...V4_REQUEST_FIELD_MOVES.filter((m) => m.kyx[0] === KYX.web).map((m) => m.legacy), KYX.web]);
/** What a defaults const may hold: legacy request fields that map, and the enrolment's workflow. */
const ALLOWED = new Set<string>([...V4_REQUEST_FIELD_MOVES.map((m) => m.legacy), LEGACY.workflowId, LEGACY.presets]);

/** The literal of the defaults const `p` spreads into `body`, when it is mapped with the body; else undefined. */
export function spreadDefaults(p: Node, body: ObjectLiteralExpression): ObjectLiteralExpression | undefined {
  if (!Node.isSpreadAssignment(p)) return undefined;
  const id = unwrap(p.getExpression());
  if (!Node.isIdentifier(id)) return undefined;
  const decl = findDeclaration(id, id.getText());
  if (!Node.isVariableDeclaration(decl)) return undefined;
  const st = decl.getVariableStatement();
  if (!st || st.getDeclarationKind() !== 'const' || decl.getTypeNode() || st.hasModifier(SyntaxKind.ExportKeyword) ||
      decl.getSourceFile() !== body.getSourceFile() || exportedNamesOf(body.getSourceFile(), id.getText()).length) return undefined;
  const init = decl.getInitializer();
  const obj = init && unwrap(init);
  if (!Node.isObjectLiteralExpression(obj)) return undefined;
  const keys = obj.getProperties().map(keyOf);
  if (!keys.length || keys.some((k) => !k || !ALLOWED.has(k))) return undefined;
  const own = body.getProperties().map(keyOf);
  const both = (set: Set<string>) => keys.some((k) => set.has(k!)) && own.some((k) => k && set.has(k));
  if (both(WEB) || both(WORKFLOW)) return undefined;
  // The spread is the const's one use: nothing else reads the legacy shape the rewrite removes.
  const name = decl.getNameNode();
  const uses = body.getSourceFile().getDescendantsOfKind(SyntaxKind.Identifier)
    .filter((u) => u !== name && u.getText() === id.getText() && bindsTo(u, name) && !isPropertyName(u));
  return uses.length === 1 && uses[0] === id ? obj : undefined;
}

function isPropertyName(u: Node): boolean {
  const p = u.getParent();
  return (Node.isPropertyAccessExpression(p) || Node.isPropertyAssignment(p)) && p.getNameNode() === u;
}

/** What the item on opaque spreads adds for a const of the file it can read but not rewrite: the legacy fields it holds,
 * and the KYX key its workflowId asks for (the body's own workflowDefinition, written after the spread, wins). */
export function opaqueSpreadDetail(spreads: Node[]): string {
  const parts: string[] = [];
  for (const p of spreads) {
    const id = Node.isSpreadAssignment(p) ? unwrap(p.getExpression()) : undefined;
    const obj = id && constObject(id);
    const held = obj?.getProperties().filter((q) => ALLOWED.has(keyOf(q) ?? '')) ?? [];
    if (!held.length) continue;
    const wf = held.find((q) => keyOf(q) === LEGACY.workflowId);
    const id2 = wf && valueNode(wf) ? workflowIdValue(unwrap(valueNode(wf)!)) : undefined;
    const key = workflowKeyForV4(id2);
    parts.push(`${id!.getText()} holds ${held.map(keyOf).join(', ')}${key !== undefined ? ` (workflowId ${id2} is KYX ${KYX.workflowDefinition}.${KYX.key} ${key}: ` +
      `the body's own ${KYX.workflowDefinition} must say so)` : ''}`);
  }
  return parts.length ? `; ${parts.join('; ')}` : '';
}
