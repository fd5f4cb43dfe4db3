// The KYX `workflowDefinition` of a legacy v4 (enrolment) body: the key from workflowId, and `credentials` from the
// presets — an array literal, a `const` of this file holding one, a conditional of those (`presets: isEu ? EU_PRESETS
// : US_PRESETS`), or a conditional spread that sets only presets (`...(country && type ? { presets: […] } : {})`,
// `...(isEu ? EU_PRESET : US_PRESET)` with `const EU_PRESET = { presets: […] }`), which becomes the same spread of
// `credentials` inside workflowDefinition. A preset value that cannot be read is reported, never guessed.
import { Node, type ObjectLiteralExpression } from '#ts-morph';
import { KYX, LEGACY, WORKFLOW_KEYS, workflowKeyForV4 } from '../../api/index.js';
import { unwrap, type EvalContext } from './eval-context.js';
import { constObject, keyOf, valueNode, valueText } from './body-literal.js';
import { enumDeclarationOf, findDeclaration, namespaceConstInit } from './resolve-binding.js';
import type { BodyProblem } from './body-mapping.js';

type Quote = (v: string) => string;

/** `workflowDefinition: { key, credentials }` from the legacy workflowId and presets (enrolment). The identifiers of
 * `const`s whose presets were written out go to `dead` (the consts are removed when nothing else reads them). */
export function enrollmentWorkflow(obj: ObjectLiteralExpression, wfProp: Node | undefined, qk: Quote, q: Quote,
  problems: BodyProblem[], dead?: [number, number][], ctx?: EvalContext): string {
  let key: number = WORKFLOW_KEYS.idAndIdentityVerification;
  if (wfProp) {
    const v = unwrap(valueNode(wfProp)!);
    const n = workflowIdValue(v, 0, ctx);
    const mapped = n === undefined ? undefined : workflowKeyForV4(n);
    if (mapped === undefined) {
      problems.push(`workflowId ${v.getText()} has no known KYX key (100–102 → 2, 200–202 → 3); key ${key} was written: check it`);
    } else key = mapped;
  }
  let creds = '';
  const presetsProp = obj.getProperties().find((p) => keyOf(p) === LEGACY.presets);
  if (presetsProp) {
    const followed: Node[] = [];
    const text = credentialsText(valueNode(presetsProp)!, qk, q, problems, followed);
    if (text !== undefined) {
      creds = `, ${qk(KYX.credentials)}: ${text}`;
      markDead(obj, followed, dead);
    } else problems.push('presets built at run time: map them to workflowDefinition.credentials [{ category: "ID", country: { values: [c] }, type: { values: [t] } }] by hand');
  }
  for (const p of obj.getProperties()) {
    const spread = presetsSpreadText(p, qk, q, problems, dead);
    if (spread) creds += `, ${spread}`;
  }
  return `${qk(KYX.workflowDefinition)}: { ${qk(KYX.key)}: ${key}${creds} }`;
}

/** `...(c ? { credentials: […] } : {})` for a conditional spread that sets only presets, when they can be read. */
export function presetsSpreadText(p: Node, qk: Quote, q: Quote, problems: BodyProblem[], dead?: [number, number][]): string | undefined {
  if (!Node.isSpreadAssignment(p)) return undefined;
  const e = unwrap(p.getExpression());
  const found: BodyProblem[] = [];
  const followed: Node[] = [];
  let some = false;
  const branch = (b: Node): string | undefined => {
    const n = unwrap(b);
    if (['null', 'undefined'].includes(n.getText())) return n.getText();
    const obj = Node.isObjectLiteralExpression(n) ? n : constObject(n);
    if (!obj) return undefined;
    if (obj !== n) followed.push(n);
    const props = obj.getProperties();
    if (!props.length) return '{}';
    if (props.length !== 1 || keyOf(props[0]!) !== LEGACY.presets) return undefined;
    const text = credentialsText(valueNode(props[0]!)!, qk, q, found, followed, 0, obj !== n);
    some ||= text !== undefined;
    return text === undefined ? undefined : `{ ${qk(KYX.credentials)}: ${text} }`;
  };
  let out: string | undefined;
  if (Node.isConditionalExpression(e)) {
    const yes = branch(e.getWhenTrue());
    const no = yes === undefined ? undefined : branch(e.getWhenFalse());
    out = no === undefined ? undefined : `...(${e.getCondition().getText()} ? ${yes} : ${no})`;
  } else if (Node.isBinaryExpression(e) && e.getOperatorToken().getText() === '&&') {
    const right = branch(e.getRight());
    out = right === undefined ? undefined : `...(${e.getLeft().getText()} && ${right})`;
  }
  if (out === undefined || !some) return undefined;
  problems.push(...found);
  markDead(p, followed, dead);
  return out;
}

/** The followed `const` names written in `within` (the body): their text goes. One named inside another const's value
 * stays (that const may be kept); the removal follows it once the outer const goes. */
function markDead(within: Node, followed: Node[], dead?: [number, number][]): void {
  for (const f of followed) if (f.getStart() >= within.getStart() && f.getEnd() <= within.getEnd()) dead?.push([f.getStart(), f.getEnd()]);
}

/** The KYX credentials text of a legacy presets value, else undefined. Values copied out of a `const` must be literals
 * (an identifier there may mean something else where the body is). */
function credentialsText(v: Node, qk: Quote, q: Quote, problems: BodyProblem[], followed: Node[], depth = 0, fromConst = false): string | undefined {
  const n = unwrap(v);
  if (Node.isArrayLiteralExpression(n)) {
    const items = n.getElements().map((e) => unwrap(e));
    if (!items.every((e) => Node.isObjectLiteralExpression(e))) return undefined;
    const literal = (x: Node | undefined) => !!x && (Node.isStringLiteral(x) || Node.isNoSubstitutionTemplateLiteral(x) || Node.isNumericLiteral(x));
    if (fromConst && !items.every((o) => (o as ObjectLiteralExpression).getProperties().every((x) => Node.isPropertyAssignment(x) && literal(x.getInitializer())))) return undefined;
    const found: BodyProblem[] = [];
    const entries = items.map((e) => {
      const o = e as ObjectLiteralExpression;
      const get = (name: string) => { const pp = o.getProperties().find((x) => keyOf(x) === name); return pp && valueText(pp); };
      const country = get(KYX.country);
      const type = get(KYX.type);
      if (!country || !type) found.push('a preset without both country and type: KYX Web accepts presets only with both');
      return `{ ${qk(KYX.category)}: ${q('ID')}, ${qk(KYX.country)}: { ${qk(KYX.values)}: [${country}] }, ${qk(KYX.type)}: { ${qk(KYX.values)}: [${type}] } }`;
    });
    problems.push(...found);
    return `[${entries.join(', ')}]`;
  }
  if (depth > 3) return undefined;
  if (Node.isIdentifier(n)) {
    const d = findDeclaration(n, n.getText());
    const init = Node.isVariableDeclaration(d) && d.getVariableStatement()?.getDeclarationKind() === 'const' ? d.getInitializer() : undefined;
    if (!init) return undefined;
    const text = credentialsText(init, qk, q, problems, followed, depth + 1, true);
    if (text !== undefined) followed.push(n);
    return text;
  }
  if (Node.isConditionalExpression(n)) {
    const found: BodyProblem[] = [];
    const yes = credentialsText(n.getWhenTrue(), qk, q, found, followed, depth + 1, fromConst);
    const no = yes === undefined ? undefined : credentialsText(n.getWhenFalse(), qk, q, found, followed, depth + 1, fromConst);
    if (no === undefined) return undefined;
    problems.push(...found);
    return `${n.getCondition().getText()} ? ${yes} : ${no}`;
  }
  return undefined;
}

/** A literal workflowId: a number, a numeric string (`'100'`), or a `const` of this file holding one. */
/** `JumioWorkflow.IdAndIdentityCameraOnly` of an enum of the file (`enum JumioWorkflow { IdAndIdentityCameraOnly = 201 }`,
 * also `const enum`, top level): the member's initializer. */
function enumMemberInit(v: Node, ctx?: EvalContext): Node | undefined {
  const target = Node.isPropertyAccessExpression(v) ? v.getExpression() : undefined;
  if (!Node.isIdentifier(target)) return undefined;
  const member = (v as import('ts-morph').PropertyAccessExpression).getName();
  // Imported from another module of the repo (`import { NetverifyWorkflow } from './workflows'`: hold-out round 50).
  const imported = ctx && Node.isImportSpecifier(findDeclaration(target, target.getText())) ? enumDeclarationOf(target, ctx) : undefined;
  if (imported) return imported.getMember(member)?.getInitializer();
  // (findDeclaration answers no enum: one it finds is a closer binding shadowing the file's enum.)
  if (findDeclaration(target, target.getText())) return undefined;
  return v.getSourceFile().getEnum(target.getText())?.getMember(member)?.getInitializer();
}

export function workflowIdValue(v: Node, depth = 0, ctx?: EvalContext): number | undefined {
  if (Node.isNumericLiteral(v)) return Number(v.getLiteralValue());
  if ((Node.isStringLiteral(v) || Node.isNoSubstitutionTemplateLiteral(v)) && /^\d+$/.test(v.getLiteralValue())) return Number(v.getLiteralValue());
  const nsInit = namespaceConstInit(v) ?? enumMemberInit(v, ctx);
  if (nsInit && depth <= 2) return workflowIdValue(unwrap(nsInit), depth + 1, ctx);
  if (!Node.isIdentifier(v) || depth > 2) return undefined;
  const d = findDeclaration(v, v.getText());
  const init = d && Node.isVariableDeclaration(d) && d.getVariableStatement()?.getDeclarationKind() === 'const' ? d.getInitializer() : undefined;
  return init ? workflowIdValue(unwrap(init), depth + 1) : undefined;
}
