// A check of the posted string before it is parsed: `event.data.includes('transactionReference')`,
// `e.data.indexOf('"transactionReference"') !== -1`, `/transactionReference/.test(e.data)`. On KYX the string carries
// workflowExecutionId instead, so the guard would turn every KYX message away — and the handler would go silent. The
// field name in the literal is renamed with the reads (iframe-event-handler plan.ts); it is no escape (raw-escapes.ts).
import { Node } from '#ts-morph';
import { IFRAME_EVENT_RENAMES } from '../../api/index.js';
import { memberName, memberObject, resolveIdentifier, unwrap } from './syntax.js';

const STRING_METHODS = new Set(['includes', 'indexOf', 'lastIndexOf', 'search', 'match', 'startsWith']);
const REGEX_METHODS = new Set(['test', 'exec']);
const namesRenamed = (text: string): boolean => IFRAME_EVENT_RENAMES.some((r) => text.includes(r.legacy));
const isTextLiteral = (n: Node): boolean =>
  Node.isStringLiteral(n) || Node.isNoSubstitutionTemplateLiteral(n) || Node.isRegularExpressionLiteral(n);

/** The literal a check of the raw posted string (`raw`) looks for, when it names a renamed event field. */
export function rawSniff(raw: Node): Node | undefined {
  const p = raw.getParent();
  if (!p) return undefined;
  if (memberObject(p) === raw && STRING_METHODS.has(memberName(p) ?? '')) {
    const call = p.getParent();
    const arg = call && Node.isCallExpression(call) && call.getExpression() === p ? call.getArguments()[0] : undefined;
    const lit = arg && unwrap(arg);
    return lit && isTextLiteral(lit) && namesRenamed(lit.getText()) ? lit : undefined;
  }
  const re = regexCheck(raw);
  return re && namesRenamed(re.getText()) ? re : undefined;
}

/** `/…/.test(raw)`, `PATTERN.exec(raw)`: the regex a check of the raw string uses, whatever it looks for (a check,
 * not a hand-off of the data). */
export function regexCheck(raw: Node): Node | undefined {
  const p = raw.getParent();
  if (!p || !Node.isCallExpression(p) || p.getArguments()[0] !== raw) return undefined;
  const callee = unwrap(p.getExpression());
  const obj = memberObject(callee);
  const re = obj && regexOf(unwrap(obj));
  return re && Node.isRegularExpressionLiteral(re) && REGEX_METHODS.has(memberName(callee) ?? '') ? re : undefined;
}

/** A regex literal, or a const holding one (`const JUMIO_MESSAGE = /"transactionReference"/`). */
function regexOf(n: Node): Node | undefined {
  if (!Node.isIdentifier(n)) return n;
  const decl = resolveIdentifier(n);
  const init = decl && Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
  return init && Node.isRegularExpressionLiteral(unwrap(init)) ? unwrap(init) : undefined;
}
