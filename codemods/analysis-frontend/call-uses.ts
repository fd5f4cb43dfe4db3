// What a call does with the event object (or a sub-object) it is given as an argument, for event-data.ts. Before the
// analysis tries to follow the object into the callee: a membership test against a literal list (`['success', 'error']
// .includes(data.payload.value)`: its values are comparisons), a call that only looks at it (logging, `String(…)`,
// `JSON.stringify` inside a console call), or a schema of the file that validates it (followed as its result). After:
// a hand-off to a global callback (`window.onJumioResult(data)`, a bare undeclared `onJumioResult(data)`), or an escape.
import { Node, SyntaxKind, type CallExpression, type SourceFile } from '#ts-morph';
import { isGlobalObject, memberName, memberObject, resolveIdentifier, unwrap } from './syntax.js';
import { validatedObject } from './schema-validation.js';
import { BUILTINS, NOT_ESCAPES } from './event-shapes.js';

export type EarlyUse =
  | { kind: 'compared'; values: Node[] }
  | { kind: 'looked-at' }
  | { kind: 'validated'; schema: Node; values: Node[] };

export function earlyCallUse(call: CallExpression, x: Node): EarlyUse | undefined {
  const callee = unwrap(call.getExpression());
  const obj = memberObject(callee);
  const name = memberName(callee);
  if (obj && (name === 'includes' || name === 'indexOf') && Node.isArrayLiteralExpression(unwrap(obj))) {
    return { kind: 'compared', values: unwrap(obj).asKindOrThrow(SyntaxKind.ArrayLiteralExpression).getElements() };
  }
  if (NOT_ESCAPES.test(callee.getText())) return { kind: 'looked-at' };
  const valid = validatedObject(call, x); // `Schema.safeParse(data).data` (a schema of the file types the object)
  if (valid) return { kind: 'validated', schema: valid.schema, values: valid.values };
  // JSON.stringify(data) only escapes when the string goes somewhere other than the console.
  if (callee.getText() === 'JSON.stringify' && call.getFirstAncestor((a) => Node.isCallExpression(a) && /^console\.\w+$/.test(a.getExpression().getText()))) {
    return { kind: 'looked-at' };
  }
  return undefined;
}

/** A call the object was not followed into: a global callback it is handed to (by name), or where it escapes. */
export function unfollowedCallUse(call: CallExpression, globals: readonly SourceFile[]): { handoff: string } | { escape: string } {
  const callee = unwrap(call.getExpression());
  const obj = memberObject(callee);
  const name = memberName(callee);
  if (obj && name && isGlobalObject(obj) && name !== 'postMessage') return { handoff: name };
  // A bare call of an undeclared name is a call of a global (`onJumioResult(data)` on a page).
  if (Node.isIdentifier(callee) && !resolveIdentifier(callee, globals) && !BUILTINS.has(callee.getText())) return { handoff: callee.getText() };
  return { escape: callee.getText() };
}
