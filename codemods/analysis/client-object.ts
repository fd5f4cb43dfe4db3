// The client object an HTTP call goes through, as written: `api` of `api.post(…)`, `this.http` of a Nest
// HttpService call, `axios` of `axios.post(…)` or `axios.default.post(…)`, the callee itself for `axios(…)`.
// Interceptors, hooks and retry helpers registered on that object (in the same file) apply to the call.
import { Node, type CallExpression } from '#ts-morph';

export function clientObjectText(call: CallExpression): string | undefined {
  let callee: Node = call.getExpression();
  while (Node.isParenthesizedExpression(callee) || Node.isNonNullExpression(callee) || Node.isAsExpression(callee)) callee = callee.getExpression();
  if (Node.isIdentifier(callee)) return callee.getText();
  if (!Node.isPropertyAccessExpression(callee)) return undefined;
  let target = callee.getExpression();
  if (Node.isPropertyAccessExpression(target) && target.getName() === 'default') target = target.getExpression();
  return target.getText().replace(/\s+/g, '');
}
