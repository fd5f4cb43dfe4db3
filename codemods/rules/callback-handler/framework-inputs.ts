// Frameworks that hand a handler the request's fields through their own API, for the callback proof
// (handler-proof.ts), hold-out round 14:
// - express-validator's `matchedData(req)`: the fields the route's validators (`body('transactionResult')…`) passed,
//   read from the request;
// - Sails actions2 (`module.exports = { inputs: { … }, fn: async function ({ transactionResult }) { … } }`): `fn`'s first
//   parameter holds the request's parameters, declared one by one in `inputs` (which count like a DTO's fields);
// - ts-rest's route implementations (tsRestRoute), whose first parameter holds the request.
import { Node, SyntaxKind } from '#ts-morph';
import { findDeclaration, propertyKey } from '../../analysis/resolve-binding.js';

/** The exported name and module of an identifier imported (`import { x } from 'm'`) or required
 * (`const { x } = require('m')`) by name. */
function importOf(id: Node): { name?: string; from: string } | undefined {
  if (!Node.isIdentifier(id)) return undefined;
  const decl = findDeclaration(id, id.getText());
  if (decl && Node.isImportSpecifier(decl)) return { name: decl.getName(), from: decl.getImportDeclaration().getModuleSpecifierValue() };
  if (!decl || !Node.isBindingElement(decl)) return undefined;
  const from = /^require\((['"])([^'"]+)\1\)$/.exec(decl.getFirstAncestorByKind(SyntaxKind.VariableDeclaration)?.getInitializer()?.getText() ?? '')?.[2];
  return from ? { name: propertyKey(decl.getPropertyNameNode() ?? decl.getNameNode()), from } : undefined;
}

/** express-validator's `matchedData` (`import { matchedData }`, `const { matchedData } = require(…)`): its call returns
 * request fields. */
export function isMatchedData(callee: Node): boolean {
  const m = importOf(callee);
  return m?.from === 'express-validator' && m.name === 'matchedData';
}

/** The `inputs: { … }` of the Sails actions2 definition whose `fn` is `fn` (the definition also has `exits` or
 * `friendlyName`, which a plain object with a `fn` and `inputs` need not), if it is one. */
export function sailsActionInputs(fn: Node): Node | undefined {
  const prop = fn.getParent();
  const own = Node.isPropertyAssignment(prop) && prop.getName() === 'fn' && prop.getInitializer() === fn ? prop.getParent()
    : Node.isMethodDeclaration(fn) && fn.getName() === 'fn' ? fn.getParent() : undefined;
  if (!own || !Node.isObjectLiteralExpression(own)) return undefined;
  if (!own.getProperty('exits') && !own.getProperty('friendlyName')) return undefined;
  const inputs = own.getProperty('inputs');
  const init = inputs && Node.isPropertyAssignment(inputs) ? inputs.getInitializer() : undefined;
  return init && Node.isObjectLiteralExpression(init) ? init : undefined;
}

const TS_REST_ROUTERS = /^(router|tsRestHandler|createNextRoute|createNextRouter)$/;

/** A ts-rest route implementation (hold-out round 16): a function of the object handed to a server router with its
 * contract — `s.router(contract, { faceLogin: async ({ body }) => … })`, nested router objects too, Nest's
 * `tsRestHandler(c, { … })`, `createNextRoute(c, { … })` — in a file that imports `@ts-rest/…`. Its first parameter
 * holds the request (`{ body, params, query, headers, req }`). */
export function tsRestRoute(fn: Node): boolean {
  const prop = fn.getParent();
  let obj = Node.isMethodDeclaration(fn) ? prop : Node.isPropertyAssignment(prop) && prop.getInitializer() === fn ? prop.getParent() : undefined;
  while (obj && Node.isObjectLiteralExpression(obj)) {
    const up = obj.getParent();
    if (Node.isPropertyAssignment(up)) {
      obj = up.getParent();
      continue;
    }
    if (!Node.isCallExpression(up) || up.getArguments()[1] !== obj) return false;
    const callee = up.getExpression();
    const name = Node.isPropertyAccessExpression(callee) ? callee.getName() : callee.getText();
    return TS_REST_ROUTERS.test(name) && fn.getSourceFile().getFullText().includes('@ts-rest/');
  }
  return false;
}
