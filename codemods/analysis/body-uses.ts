// Fields of the body variable written or read after the literal (`body.successUrl = x`, `body['errorUrl'] = x`,
// `Object.assign(body, { locale })`, purple-technology's `opts.successUrl ? payload.successUrl = opts.successUrl :
// null`): web fields move under `web`, tokenLifetimeInMinutes becomes tokenLifetime, an enrolment's workflowId set to a
// known value becomes `workflowDefinition.key`; anything else that changes meaning is reported.
import { Node, SyntaxKind, type ObjectLiteralExpression } from '#ts-morph';
import { AUTH_REQUEST_FIELD_MOVES, ENROLLMENT_REFERENCE_FIELD, KYX, LEGACY, V4_REQUEST_FIELD_MOVES, tokenLifetimeTemplate, workflowKeyForV4 } from '../../api/index.js';
import { workflowIdValue } from './enrollment-workflow.js';
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
  const webOf = (f: string): string | undefined => {
    const m = moves.find((x) => x.legacy === f);
    return m && m.kyx[0] === KYX.web ? m.kyx[1] : undefined;
  };
  const legacyField = (f: string): boolean => moves.some((m) => m.legacy === f && m.kyx.join('.') !== f) ||
    f === ENROLLMENT_REFERENCE_FIELD || f === LEGACY.workflowId || f === LEGACY.presets;
  scope.forEachDescendant((d) => {
    if (Node.isCallExpression(d) && d.getStart() > obj.getEnd() && objectAssignTo(d, name)) return assigned(d);
    const access = Node.isPropertyAccessExpression(d) || Node.isElementAccessExpression(d) ? d : undefined;
    const target = access?.getExpression();
    if (!access || !target || !Node.isIdentifier(target) || target.getText() !== name || d.getStart() < obj.getEnd()) return;
    const key = Node.isElementAccessExpression(access) ? access.getArgumentExpression() : undefined;
    // `body['errorUrl'] = x`: a literal key is a field like `body.errorUrl`. Another key written (`body[k] = v`) may
    // be a legacy field, like an Object.assign source the codemod cannot see.
    if (key && !(Node.isStringLiteral(key) || Node.isNoSubstitutionTemplateLiteral(key))) {
      const parent = d.getParent();
      if (Node.isBinaryExpression(parent) && parent.getLeft() === d && parent.getOperatorToken().getKind() === SyntaxKind.EqualsToken) {
        out.problems.push(`${name}[${key.getText()}] is set after the body is built: check it is no legacy field (successUrl, errorUrl, locale → web.*; tokenLifetimeInMinutes → tokenLifetime)`);
      }
      return;
    }
    const field = key && (Node.isStringLiteral(key) || Node.isNoSubstitutionTemplateLiteral(key)) ? key.getLiteralValue() : (access as import('ts-morph').PropertyAccessExpression).getName();
    const parent = d.getParent();
    const web = webOf(field);
    if (key && web) {
      const q = key.getText()[0];
      edits.replaceNode(key, `${q}${KYX.web}${q}][${q}${web}${q}`, `body['${field}'] → body.web.${web}`);
      if (Node.isBinaryExpression(parent) && parent.getLeft() === d && parent.getOperatorToken().getKind() === SyntaxKind.EqualsToken) out.webAssigned = true;
      return;
    }
    if (key) {
      if (legacyField(field)) out.problems.push(`${name}['${field}'] is used after the body is built: map it to the KYX field by hand`);
      return;
    }
    if (!Node.isPropertyAccessExpression(d)) return;
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
    // `if (premium) payload.workflowId = 201` (an enrolment): its KYX key, in the workflowDefinition the literal now has
    // (hold-out round 58: flagged only, premium applicants would have been enrolled without the selfie until mapped).
    const workflowId = kind === 'enrollment' && field === LEGACY.workflowId && isWrite && Node.isBinaryExpression(parent) ? workflowIdValue(parent.getRight()) : undefined;
    const kyxKey = workflowId === undefined ? undefined : workflowKeyForV4(workflowId);
    if (kyxKey !== undefined && Node.isBinaryExpression(parent)) {
      edits.replaceNode(d.getNameNode(), `${KYX.workflowDefinition}.${KYX.key}`, 'workflowId → workflowDefinition.key');
      edits.replaceNode(parent.getRight(), String(kyxKey), `workflowId ${workflowId} → KYX key ${kyxKey}`);
      return;
    }
    if (field === ENROLLMENT_REFERENCE_FIELD || field === LEGACY.workflowId || field === LEGACY.presets) {
      out.problems.push(`${name}.${field} is set after the body is built: move it into the literal so the codemod can map it, or map it by hand`);
    }
  });
  return out;

  /** `Object.assign(body, { successUrl, locale })`: web fields only → `Object.assign(body.web, …)`; a legacy field
   * among others, or a source the codemod cannot see, is reported. */
  function assigned(call: import('ts-morph').CallExpression): void {
    const sources = call.getArguments().slice(1);
    const names = sources.map((a) => Node.isObjectLiteralExpression(a) && a.getProperties().every((p) => Node.isPropertyAssignment(p) || Node.isShorthandPropertyAssignment(p))
      ? a.getProperties().map((p) => (p as import('ts-morph').PropertyAssignment).getName()) : undefined);
    if (names.some((n) => !n)) {
      out.problems.push(`Object.assign adds fields to ${name} after the body is built: check they hold no legacy field (successUrl, errorUrl, locale → web.*; tokenLifetimeInMinutes → tokenLifetime)`);
      return;
    }
    const all = names.flat() as string[];
    if (all.length && all.every((f) => webOf(f) !== undefined)) {
      edits.replaceNode(call.getArguments()[0]!, `${name}.${KYX.web}`, `Object.assign(${name}, …) → Object.assign(${name}.web, …)`);
      out.webAssigned = true;
    } else if (all.some(legacyField)) {
      out.problems.push(`Object.assign sets legacy fields (${all.filter(legacyField).join(', ')}) on ${name} after the body is built: move them into the literal so the codemod can map them, or map them by hand`);
    }
  }
}

function objectAssignTo(call: import('ts-morph').CallExpression, name: string): boolean {
  const a = call.getArguments()[0];
  return /^Object\.assign$/.test(call.getExpression().getText()) && !!a && Node.isIdentifier(a) && a.getText() === name;
}
