// The posted data itself (`event.data`, the JSON string the web client sends) handed on unparsed: to a worker
// (`worker.postMessage({ raw: event.data })`), a React Native bridge (`window.ReactNativeWebView.postMessage(e.data)`),
// an IPC channel or storage. Whoever parses it there reads the legacy fields; nothing of that is followed, so a
// proven handler that does this is flagged (hold-out round 4). Local functions the data is forwarded to are followed
// by event-data.ts and are not escapes; neither are JSON.parse, logging and type conversions.
import { Node, SyntaxKind } from '#ts-morph';
import { isFunctionLike, memberName, memberObject, resolveIdentifier, unwrap } from './syntax.js';
import { findThisMember } from './listeners.js';
import { NOT_ESCAPES, isJsonParse, type EventDataAnalysis } from './event-shapes.js';
import { regexCheck } from './raw-sniffs.js';

/** The first place the raw `event.data` of a handler goes to something the analysis does not follow. */
export function rawDataEscape(data: EventDataAnalysis): { node: Node; to: string } | undefined {
  for (const e of data.eventExprs) {
    const member = e.getParent();
    if (!member || memberObject(member) !== e || memberName(member) !== 'data') continue;
    let raw: Node = member;
    for (let p = raw.getParent(); p && (Node.isParenthesizedExpression(p) || Node.isAsExpression(p) || Node.isNonNullExpression(p)); p = raw.getParent()) raw = p;
    let holder = raw.getParent();
    // `{ kind: 'netverify', raw: event.data }` given to a call: the call is where it goes.
    if (holder && (Node.isPropertyAssignment(holder) || Node.isShorthandPropertyAssignment(holder))) {
      const obj = holder.getParent();
      raw = obj ?? holder;
      holder = obj?.getParent();
    }
    if (!holder || !Node.isCallExpression(holder) || !holder.getArguments().includes(raw as never) || regexCheck(raw)) continue;
    const callee = unwrap(holder.getExpression());
    if (isJsonParse(callee) || NOT_ESCAPES.test(callee.getText()) || isLocalFunction(callee)) continue;
    return { node: holder, to: callee.getText() };
  }
  return undefined;
}

/** A function of this file or a `this.x` member: followed (or judged) by the event-data analysis. */
function isLocalFunction(callee: Node): boolean {
  if (Node.isIdentifier(callee)) {
    const decl = resolveIdentifier(callee);
    if (!decl) return false;
    if (Node.isFunctionDeclaration(decl)) return true;
    const init = Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
    return !!init && isFunctionLike(unwrap(init));
  }
  if (Node.isPropertyAccessExpression(callee) && unwrap(callee.getExpression()).getKind() === SyntaxKind.ThisKeyword) {
    return findThisMember(callee, callee.getName()) !== undefined;
  }
  return false;
}
