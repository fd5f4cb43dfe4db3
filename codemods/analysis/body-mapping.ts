// Legacy initiate body (object literal) → KYX account body, through api/'s field tables: web.* moves,
// tokenLifetimeInMinutes → tokenLifetime, enrollmentTransactionReference → workflowDefinition key 9 with the
// enrolment's ID credential (authentication), workflowId/presets → workflowDefinition (enrolment),
// customerInternalReference added when missing. Spreads are kept; conditional spreads of web fields move under web.
import { Node, type ObjectLiteralExpression } from '#ts-morph';
import {
  AUTH_REQUEST_FIELD_MOVES, ENROLLMENT_REFERENCE_FIELD, KYX, KYX_LIMITS, LEGACY, V4_REQUEST_FIELD_MOVES, WORKFLOW_KEYS,
  tokenLifetimeTemplate, workflowKeyForV4, type RequestFieldMove,
} from '../../api/index.js';
import type { FileStyle } from '../engine/types.js';
import type { EditSet } from './edit-set.js';
import { unwrap, type EvalContext } from './eval-context.js';
import { applyPlan, hasTrailingComma, isMultiline, keyColon, lineIndent, newPlan, propertyComments, type PropertyComments } from './object-edits.js';
import { keyOf, spreadBranches, valueNode, valueText } from './body-literal.js';
import { enrollmentWorkflow, presetsSpreadText, workflowIdValue } from './enrollment-workflow.js';
import { constantLifetimeText } from './token-lifetime-value.js';
import { spreadDefaults } from './spread-defaults.js';

export type InitiateKind = 'authentication' | 'enrollment';

export interface BodyFacts {
  /** Source text of the enrollment reference value (authentication). */
  enrollmentRef?: string;
  enrollmentRefNode?: Node;
  userRef?: string;
  hasCustomerInternalReference: boolean;
  /** Legacy field names present (literal keys or shorthand). */
  fields: Set<string>;
  /** Spreads whose content is unknown: the legacy fields could hide there. */
  opaqueSpreads: Node[];
}

export function bodyFacts(obj: ObjectLiteralExpression): BodyFacts {
  const facts: BodyFacts = { hasCustomerInternalReference: false, fields: new Set(), opaqueSpreads: [] };
  for (const p of obj.getProperties()) {
    const k = keyOf(p);
    if (k) facts.fields.add(k);
    if (k === ENROLLMENT_REFERENCE_FIELD) {
      facts.enrollmentRef = valueText(p);
      facts.enrollmentRefNode = valueNode(p);
    }
    if (k === LEGACY.userReference) facts.userRef = valueText(p);
    if (k === LEGACY.customerInternalReference) facts.hasCustomerInternalReference = true;
    if (Node.isSpreadAssignment(p)) {
      // A defaults const mapped with the body (spread-defaults.ts) adds its fields, as a conditional spread's do.
      const defaults = spreadDefaults(p, obj);
      const branches = defaults ? [defaults] : spreadBranches(p);
      if (!branches) facts.opaqueSpreads.push(p);
      else for (const b of branches) for (const q of b.getProperties()) { const kk = keyOf(q); if (kk) facts.fields.add(kk); }
      if (defaults?.getProperties().some((q) => keyOf(q) === LEGACY.customerInternalReference)) facts.hasCustomerInternalReference = true;
    }
  }
  return facts;
}

export interface BodyMapOptions {
  kind: InitiateKind;
  style: FileStyle;
  language: 'ts' | 'js';
  /** Expression text of the enrolment's ID credential id (authentication), e.g. `kyxAccount.credentialId`. */
  credentialIdText?: string;
  /** Text for customerInternalReference when the body has none. */
  customerInternalReferenceText?: string;
  /** Post-creation assignments write web fields that the literal may not hold (TS needs a wider type). */
  webAssignedLater?: boolean;
  /** Receives the ranges whose text the rewrite drops (a workflowId written as its KYX key): a const only they read
   * is dead now (noUnusedLocals), see unused-declarations.ts. */
  dead?: [number, number][];
  /** The literal is a defaults const spread into the body (spread-defaults.ts): the body adds what it lacks. */
  spread?: boolean;
  /** To read an enum imported from another module of the repo (a workflowId `NetverifyWorkflow.IdCameraOnly`). */
  ctx?: EvalContext;
}

const WEB_FIELDS = (moves: readonly RequestFieldMove[]) => moves.filter((m) => m.kyx[0] === KYX.web);

/** Something a human must check, at a node when one is more precise than the body literal. */
export type BodyProblem = string | { node: Node; message: string };

/** Rewrite the body literal. Returns problems that need a human (the caller records them). */
export function mapBody(obj: ObjectLiteralExpression, opts: BodyMapOptions, edits: EditSet): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const moves = opts.kind === 'authentication' ? AUTH_REQUEST_FIELD_MOVES : V4_REQUEST_FIELD_MOVES;
  const webMoves = WEB_FIELDS(moves);
  const props = obj.getProperties();
  const quotedKeys = props.some((p) => Node.isPropertyAssignment(p) && Node.isStringLiteral(p.getNameNode()));
  // Every key written below is followed by `: `: a literal written `key : value` gets its space before the colon too.
  const gap = keyColon(obj) === ': ' ? '' : ' ';
  const qk = (k: string) => `${quotedKeys ? `"${k}"` : k}${gap}`;
  const q = (v: string) => `${opts.style.quote}${v}${opts.style.quote}`;
  const plan = newPlan();
  const webParts: string[] = [];
  // The comments beside or above each moved field go with it into web (they were dropped with the field).
  const webComments: PropertyComments[] = [];
  const webNodes = new Set<Node>(); // the properties whose comments move into the web block
  let webAnchor: Node | undefined;
  const facts = bodyFacts(obj);
  const hasWorkflowDefinition = facts.fields.has(KYX.workflowDefinition);
  const topLevelPresets = props.some((x) => keyOf(x) === LEGACY.presets);
  let workflowPlaced = false; // by a conditional presets spread (the credentials go into workflowDefinition)

  let spreadWorkflow = false; // a defaults const spread into the body holds the workflow
  for (const p of props) {
    const k = keyOf(p);
    const defaults = spreadDefaults(p, obj);
    if (defaults) {
      const fields = defaults.getProperties().map(keyOf);
      spreadWorkflow ||= fields.includes(LEGACY.workflowId) || fields.includes(LEGACY.presets);
      if (opts.kind === 'authentication' && spreadWorkflow) problems.push({ node: p, message: 'this spread holds a v4 workflowId / presets: an authentication is workflow 9 with the enrolment\'s credentials; remove them by hand' });
      else problems.push(...mapBody(defaults, { ...opts, spread: true, webAssignedLater: false }, edits));
      continue;
    }
    const branches = spreadBranches(p);
    if (branches) {
      const keys = branches.flatMap((b) => b.getProperties().map(keyOf));
      const webOnly = keys.length > 0 && keys.every((x) => webMoves.some((m) => m.legacy === x));
      const anyLegacyMoved = keys.some((x) => x && moves.some((m) => m.legacy === x && (m.kyx.length > 1 || m.kyx[0] !== m.legacy)));
      if (webOnly) {
        webParts.push(p.getText());
        webComments.push(propertyComments(p));
        webNodes.add(p);
        webAnchor ??= p;
        plan.remove.add(p);
      } else if (anyLegacyMoved || keys.includes(ENROLLMENT_REFERENCE_FIELD) || keys.includes(LEGACY.workflowId)) {
        problems.push(`a conditional spread mixes fields that move differently in KYX (${keys.join(', ')}): move them by hand (web.* fields under web)`);
      } else if (opts.kind === 'enrollment' && !hasWorkflowDefinition && presetsSpreadText(p, qk, q, [])) {
        // Only presets, readable: written as a credentials spread inside workflowDefinition (enrollmentWorkflow), which
        // takes this place when no workflowId or presets field holds it.
        if (facts.fields.has(LEGACY.workflowId) || topLevelPresets || workflowPlaced) plan.remove.add(p);
        else plan.replace.set(p, enrollmentWorkflow(obj, undefined, qk, q, problems, opts.dead, opts.ctx));
        workflowPlaced = true;
      } else if (opts.kind === 'enrollment' && keys.includes(LEGACY.presets)) {
        // presets is no field move (it becomes workflowDefinition.credentials): left here, KYX would ignore it silently.
        problems.push({ node: p, message: 'presets set by a conditional spread: move them into workflowDefinition (credentials: [{ category: "ID", country: { values: [c] }, type: { values: [t] } }]) by hand' });
      }
      continue;
    }
    if (!k) continue;
    const move = moves.find((m) => m.legacy === k);
    if (move && move.kyx[0] === KYX.web) {
      const v = valueNode(p);
      const lit = v && unwrap(v);
      if (lit && Node.isStringLiteral(lit) && lit.getLiteralValue().length > KYX_LIMITS['web.successUrl']) {
        problems.push({ node: p, message: `${k} is ${lit.getLiteralValue().length} characters long; KYX web.${move.kyx[1]} allows ${KYX_LIMITS['web.successUrl']}: shorten it` });
      }
      const inner = Node.isShorthandPropertyAssignment(p) ? p.getText() : `${qk(move.kyx[1]!)}: ${valueText(p)}`;
      webParts.push(inner);
      webComments.push(propertyComments(p));
      webNodes.add(p);
      webAnchor ??= p;
      plan.remove.add(p);
      continue;
    }
    if (move?.convert === 'token-lifetime') {
      let converted: string;
      try {
        converted = constantLifetimeText(valueNode(p)!, q) ?? tokenLifetimeTemplate(valueText(p)!);
      } catch (e) {
        // Out of range (`60 * 24 * 90`): KYX refuses it as the legacy API did; the value is kept as minutes.
        problems.push(`${k} is outside the lifetimes KYX accepts (tokenLifetime 5m to 60d): ${(e as Error).message.replace(/^tokenLifetimeInMinutes /, '')} — ` +
          'written as minutes; choose a lifetime in range');
        converted = tokenLifetimeTemplate(valueText(p)!);
      }
      plan.replace.set(p, `${qk(KYX.tokenLifetime)}: ${converted}`);
      continue;
    }
    if (opts.kind === 'authentication' && k === ENROLLMENT_REFERENCE_FIELD) {
      const wf = `${qk(KYX.workflowDefinition)}: { ${qk(KYX.key)}: ${WORKFLOW_KEYS.authentication}, ${qk(KYX.credentials)}: [` +
        `{ ${qk(KYX.id)}: ${opts.credentialIdText}, ${qk(KYX.category)}: ${q('ID')} }, { ${qk(KYX.category)}: ${q('FACEMAP')} }] }`;
      const cir = facts.hasCustomerInternalReference ? '' :
        `${qk(KYX.customerInternalReference)}: ${facts.userRef ?? opts.customerInternalReferenceText ?? facts.enrollmentRef}`;
      plan.replace.set(p, cir ? `${cir},${isMultiline(obj) ? `\n${lineIndent(p)}` : ' '}${wf}` : wf);
      continue;
    }
    // A body that already names a workflowDefinition (half-migrated code) keeps it: a second one would replace it.
    if (opts.kind === 'enrollment' && hasWorkflowDefinition && (k === LEGACY.workflowId || k === LEGACY.presets)) {
      plan.remove.add(p);
      if (k === LEGACY.workflowId) opts.dead?.push([p.getStart(), p.getEnd()]);
      continue;
    }
    if (opts.kind === 'enrollment' && k === LEGACY.workflowId) {
      plan.replace.set(p, enrollmentWorkflow(obj, p, qk, q, problems, opts.dead, opts.ctx));
      // Its value is written as the KYX key (an unknown id stays readable for the item that names it).
      const id = workflowIdValue(unwrap(valueNode(p)!), 0, opts.ctx);
      if (id !== undefined && workflowKeyForV4(id) !== undefined) opts.dead?.push([p.getStart(), p.getEnd()]);
      continue;
    }
    if (opts.kind === 'enrollment' && k === LEGACY.presets) {
      if (!facts.fields.has(LEGACY.workflowId)) plan.replace.set(p, enrollmentWorkflow(obj, undefined, qk, q, problems, opts.dead, opts.ctx));
      else plan.remove.add(p);
    }
  }
  if (opts.kind === 'enrollment' && hasWorkflowDefinition) {
    problems.push(`the body already has a ${KYX.workflowDefinition}, kept as written: check that its ${KYX.key} is a KYX workflow key ` +
      `(v4 workflowId 100–102 → 2, 200–202 → 3) and that it holds only KYX fields`);
  } else if (opts.kind === 'enrollment' && !opts.spread && !spreadWorkflow && !facts.fields.has(LEGACY.workflowId) && !topLevelPresets && !workflowPlaced) {
    plan.append.push(`${qk(KYX.workflowDefinition)}: { ${qk(KYX.key)}: ${WORKFLOW_KEYS.idAndIdentityVerification} }`);
  }
  if (opts.kind === 'enrollment' && !opts.spread && !facts.hasCustomerInternalReference) {
    problems.push('the KYX account create needs a customerInternalReference (no PII); the legacy body has none');
  }
  const cast = opts.language === 'ts' && opts.webAssignedLater ? ' as Record<string, string>' : '';
  let movedComments: [number, number][] = [];
  if (webParts.length && webAnchor) {
    const oneLine = `${qk(KYX.web)}: { ${webParts.join(', ')} }${cast}`;
    let text = oneLine;
    const commented = isMultiline(obj) && webComments.some((c) => c.above.length || c.beside);
    if (isMultiline(obj) && (oneLine.length > 80 || commented)) {
      const indent = lineIndent(webAnchor);
      const inner = `${indent}${opts.style.indent}`;
      // The last line ends with a comma only in a literal written with trailing commas.
      const comma = (i: number) => (i < webParts.length - 1 || hasTrailingComma(obj) ? ',' : '');
      const lines = webParts.map((w, i) => {
        const c = webComments[i]!;
        return [...c.above.map((a) => `${inner}${a}`), `${inner}${w}${comma(i)}${c.beside ? c.beside.gap + c.beside.text : ''}`].join('\n');
      });
      text = `${qk(KYX.web)}: {\n${lines.join('\n')}\n${indent}}${cast}`;
    }
    if (commented) movedComments = webComments.flatMap((c) => c.spans);
    plan.remove.delete(webAnchor);
    plan.replace.set(webAnchor, text);
  } else if (opts.webAssignedLater) {
    plan.append.push(`${qk(KYX.web)}: {}${opts.language === 'ts' ? ' as Record<string, string>' : ''}`);
  }
  const message = `body → KYX account ${opts.kind === 'authentication' ? 'update' : 'create'}`;
  applyPlan(obj, plan, edits, message, webNodes);
  // Their old places go, unless a removal range already took them.
  for (const [s, e] of movedComments) if (!edits.covers(s, e)) edits.replaceRange(obj, s, e, '', message);
  return problems;
}
