// axios's `transformResponse` written on the call itself as one function (or an array of one):
// `transformResponse: [(raw) => { const parsed = JSON.parse(raw); return { link: parsed.redirectUrl } }]`. It replaces
// axios's own JSON parse, so its parameter is the response text, and the call resolves to what it returns — the
// app's own names. The legacy reads are those of the parsed text inside the function: they move (response-flow.ts
// from the parameter, as text), and the call's result is left alone (round-14 hold-out auth-axios-transform-response;
// before, the call was only flagged). Anything else — several transforms, a reference, `axios.defaults
// .transformResponse.concat(…)`, a transform on the instance's config — keeps the call flagged.
import { Node, type ParameterDeclaration } from '#ts-morph';
import type { HttpCall } from './http-calls.js';

export function ownTransformParameter(http: HttpCall): ParameterDeclaration | undefined {
  const prop = http.opaqueResult;
  if (!prop || !Node.isPropertyAssignment(prop) || prop.getParent() !== http.options) return undefined;
  let fn: Node | undefined = prop.getInitializer();
  if (fn && Node.isArrayLiteralExpression(fn)) fn = fn.getElements().length === 1 ? fn.getElements()[0] : undefined;
  if (!fn || !(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn))) return undefined;
  const [param, ...rest] = fn.getParameters();
  return param && !rest.length && Node.isIdentifier(param.getNameNode()) ? param : undefined;
}
