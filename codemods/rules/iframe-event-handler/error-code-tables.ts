// A table of the web client's error codes outside any handler: an i18n map of messages (`{ 9100: '…', 9836: '…' }`),
// a `switch` of a shared helper, a list of retryable codes. Its 9836 entry changed meaning on KYX like a comparison
// in a handler does, but no handler reaches the table (hold-out round 4: an i18n module). A literal, an object key or a
// case of 9836 beside at least three other Jumio error codes in the same table is flagged, when the table says it is
// Jumio's: its name (or a declaration around it) or the comments nearest above it name Jumio, Netverify, the web
// client or payload.metainfo. Numbers alone prove nothing: a bank's rejection codes, a postcode map, a port switch or
// a chart series hold 9100–9836 too (round-4 lookalikes 09–12; mixed 08, a bank table beside the Jumio one in the same module).
// A TypeScript enum is a table too (its members' values), as is an object of named codes, and so is the array of pairs
// given to `new Map(…)`.
import { Node, SyntaxKind, type SourceFile } from '#ts-morph';
import { COLLIDING_ERROR_CODE, ERROR_CODE_CHANGES, ERROR_CODES_SAME_MEANING, LEGACY, LEGACY_9836_IN_KYX } from '../../../api/index.js';
import { mentionsJumio } from '../../analysis/jumio-names.js';
import { descendantsOfKinds } from '../../engine/descendants.js';
import { codeValue } from '../../analysis-frontend/syntax.js';

const JUMIO_CODES = new Set<number>([...ERROR_CODES_SAME_MEANING, ...ERROR_CODE_CHANGES.map((c) => c.code)]);
const TABLES = new Set([SyntaxKind.ObjectLiteralExpression, SyntaxKind.ArrayLiteralExpression, SyntaxKind.CaseBlock, SyntaxKind.EnumDeclaration]);
/** Other Jumio codes a table must list beside 9836. */
const OTHERS_NEEDED = 3;

/** The nodes spelling 9836 in the file's error-code tables. */
export function errorCodeTableEntries(sf: SourceFile): Node[] {
  if (!sf.getFullText().includes(String(COLLIDING_ERROR_CODE))) return [];
  const out: Node[] = [];
  for (const table of descendantsOfKinds(sf, TABLES)) {
    const codes = entriesOf(table).map((n) => ({ n, code: codeValue(n) }));
    const others = new Set(codes.filter((c) => c.code !== undefined && c.code !== COLLIDING_ERROR_CODE && JUMIO_CODES.has(c.code)).map((c) => c.code));
    // A table that also lists 9835 (a code only KYX has: legacy 9836's meaning) was written for KYX (round 43).
    if (others.size < OTHERS_NEEDED || codes.some((c) => c.code === LEGACY_9836_IN_KYX) || !namesJumio(table)) continue;
    for (const c of codes) if (c.code === COLLIDING_ERROR_CODE) out.push(c.n);
  }
  return out;
}

/** Jumio's names, the web client, or `payload.metainfo.code` (the web client's event field that carries the code). */
const WEB_CLIENT_WORDS = new RegExp(`web[- ]?client|${LEGACY.metainfo}`, 'i');
const namesTheWebClient = (text: string): boolean => mentionsJumio(text) || WEB_CLIENT_WORDS.test(text);

function namesJumio(table: Node): boolean {
  let top: Node = table;
  for (let p: Node | undefined = table; p; p = p.getParent()) {
    const name = Node.hasName(p) ? p.getName() : undefined;
    if (name && namesTheWebClient(name)) return true;
    if (!Node.isSourceFile(p)) top = p;
  }
  // The comment block nearest above: the statement's own, else that of the last statement before it with one. A
  // block ends at a blank line (a file's header comment is not the first table's).
  const sf = table.getSourceFile();
  const statements = sf.getStatements();
  for (let i = statements.indexOf(top as never); i >= 0; i--) {
    const comments = statements[i]!.getLeadingCommentRanges();
    if (comments.length === 0) continue;
    let first = comments.length - 1;
    while (first > 0 && !/\n[ \t]*\r?\n/.test(sf.getFullText().slice(comments[first - 1]!.getEnd(), comments[first]!.getPos()))) first--;
    return comments.slice(first).some((c) => namesTheWebClient(c.getText()));
  }
  return false;
}

/** The keys of an object literal, the elements of an array, the case expressions of a switch. */
function entriesOf(table: Node): Node[] {
  if (Node.isObjectLiteralExpression(table)) {
    const keys = table.getProperties().flatMap((p) => (Node.isPropertyAssignment(p) || Node.isMethodDeclaration(p) ? [p.getNameNode()] : []))
      .map((k) => (Node.isComputedPropertyName(k) ? k.getExpression() : k));
    // An enum written as an object (`{ SessionExpired: 9200, NoAcceptableSubmission: 9836 } as const`): its values
    // (round 44). Keys that are codes make it a map keyed by code, read above.
    if (keys.some((k) => codeValue(k) !== undefined)) return keys;
    return table.getProperties().flatMap((p) => (Node.isPropertyAssignment(p) ? [p.getInitializerOrThrow()] : []));
  }
  if (Node.isArrayLiteralExpression(table)) {
    // `new Map([[9100, '…'], [9836, '…']])`: the pairs' keys (round 43).
    const els = table.getElements();
    const pairs = els.length > 1 && els.every((e) => Node.isArrayLiteralExpression(e) && e.getElements().length === 2);
    return pairs ? els.map((e) => (e as import('#ts-morph').ArrayLiteralExpression).getElements()[0]!) : els;
  }
  if (Node.isCaseBlock(table)) return table.getClauses().flatMap((c) => (Node.isCaseClause(c) ? [c.getExpression()] : []));
  // A TypeScript enum of the codes (`enum JumioErrorCode { NoAcceptableSubmission = 9836 }`; round-6 hold-out).
  if (Node.isEnumDeclaration(table)) return table.getMembers().flatMap((m) => m.getInitializer() ?? []);
  return [];
}
