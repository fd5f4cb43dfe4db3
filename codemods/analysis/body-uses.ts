// Fields of the body variable written or read after the literal (`body.successUrl = x`, purple-technology's
// `opts.successUrl ? payload.successUrl = opts.successUrl : null`): web fields move under `web`,
// tokenLifetimeInMinutes becomes tokenLifetime; anything else that changes meaning is reported.
import { Node, SyntaxKind, type ObjectLiteralExpression } from '#ts-morph';
import { AUTH_REQUEST_FIELD_MOVES, ENROLLMENT_REFERENCE_FIELD, KYX, LEGACY, V4_REQUEST_FIELD_MOVES, tokenLifetimeTemplate } from '../../api/index.js';
import type { InitiateKind } from './body-mapping.js';
import type { EditSet } from './edit-set.js';
import { variableOf } from './object-literals.js';

export function rewriteBodyFieldUses(bodyExpr: Node, obj: ObjectLiteralExpression, kind: InitiateKind, edits: EditSet): { webAssigned: boolean; problems: string[] } {
  const out = { webAssigned: false, problems: [] as string[] };
  const decl = variableOf(bodyExpr);
  if (!decl || decl.getInitializer() === undefined) return out;
  const name = decl.getName();
  const moves = kind === 'authentication' ? AUTH_REQUEST_FIELD_MOVES : V4_REQUEST_FIELD_MOVES;
  const scope = decl.getFirstAncestor((a) => Node.isBlock(a) || Node.isSourceFile(a)) ?? decl.getSourceFile();
  scope.forEachDescendant((d) => {
    if (!Node.isPropertyAccessExpression(d)) return;
    const target = d.getExpression();
    if (!Node.isIdentifier(target) || target.getText() !== name || d.getStart() < obj.getEnd()) return;
    const field = d.getName();
    const parent = d.getParent();
    const isWrite = Node.isBinaryExpression(parent) && parent.getLeft() === d && parent.getOperatorToken().getKind() === SyntaxKind.EqualsToken;
    const move = moves.find((m) => m.legacy === field);
    if (move && move.kyx[0] === KYX.web) {
      edits.replaceNode(d.getNameNode(), `${KYX.web}.${move.kyx[1]}`, `body.${field} → body.web.${move.kyx[1]}`);
      if (isWrite) out.webAssigned = true;
      return;
    }
    if (move?.convert === 'token-lifetime') {
      if (isWrite && Node.isBinaryExpression(parent)) {
        edits.replaceNode(d.getNameNode(), KYX.tokenLifetime, 'tokenLifetimeInMinutes → tokenLifetime');
        edits.replaceNode(parent.getRight(), tokenLifetimeTemplate(parent.getRight().getText()), 'minutes → KYX duration string');
      } else out.problems.push(`${name}.${field} is read after the body is built; KYX has tokenLifetime (a string like "30m") instead`);
      return;
    }
    if (field === ENROLLMENT_REFERENCE_FIELD || field === LEGACY.workflowId || field === LEGACY.presets) {
      out.problems.push(`${name}.${field} is set after the body is built: move it into the literal so the codemod can map it, or map it by hand`);
    }
  });
  return out;
}
