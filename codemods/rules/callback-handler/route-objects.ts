// Route configuration objects that hold their handler instead of taking it as an argument: hapi's
// `server.route({ method, path: '/cb', handler })` (also `options: { handler }`, `config` in hapi 16, an array of
// them, or an object exported for server.route) and Fastify's `app.route({ method, url, handler })`. The handler is
// the `handler` property (`handler: (request, h) => …`), a method (`handler(request, h) { … }`), or a function of the
// file the property names (`handler: authentication`, shorthand `{ handler }`). What names the route (its path) is
// read off the object, as a call registering a handler is read off its arguments.
import { Node, type ObjectLiteralExpression, type StringLiteral } from '#ts-morph';

/** The route object whose `handler` (property, method, or shorthand / property naming it: `via`) is the handler. */
export function routeObjectOf(handlerSlot: Node): ObjectLiteralExpression | undefined {
  const slot = Node.isMethodDeclaration(handlerSlot) || Node.isShorthandPropertyAssignment(handlerSlot) ? handlerSlot : handlerSlot.getParent();
  const named = Node.isPropertyAssignment(slot) ? slot.getInitializer() === handlerSlot && slot.getName() === 'handler'
    : (Node.isMethodDeclaration(slot) || Node.isShorthandPropertyAssignment(slot)) && slot.getName() === 'handler';
  if (!slot || !named) return undefined;
  let route = slot.getParent();
  const holder = route?.getParent();
  if (Node.isObjectLiteralExpression(route) && !pathOf(route) && Node.isPropertyAssignment(holder) && /^(options|config)$/.test(holder.getName())) {
    route = holder.getParent();
  }
  return Node.isObjectLiteralExpression(route) && route.getProperty('method') && pathOf(route) ? route : undefined;
}

/** The `path` (hapi) or `url` (Fastify) literal of a route object. */
export function pathOf(route: ObjectLiteralExpression): StringLiteral | undefined {
  for (const key of ['path', 'url']) {
    const p = route.getProperty(key);
    const v = p && Node.isPropertyAssignment(p) ? p.getInitializer() : undefined;
    if (v && Node.isStringLiteral(v)) return v;
  }
  return undefined;
}

/** hapi's route path for a handler written in its route object (not Fastify's `url`: id-verification receivers). */
export function hapiRoutePath(fn: Node): StringLiteral | undefined {
  const route = routeObjectOf(fn);
  const p = route?.getProperty('path');
  const v = p && Node.isPropertyAssignment(p) ? p.getInitializer() : undefined;
  return v && Node.isStringLiteral(v) ? v : undefined;
}

const METHODS = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/;

/** A routes table's key holding the handler: Bun.serve's `routes: { '/jumio/callback': { POST: (req) => … } }` (a
 * method-keyed object under a path key) or `{ '/jumio/callback': (req) => … }` (any method). The key names the
 * route as an app.post() call's path argument does. */
export function routeTableKey(fn: Node): Node | undefined {
  const pathKey = (slot: Node | undefined): Node | undefined => {
    const name = Node.isPropertyAssignment(slot) || Node.isMethodDeclaration(slot) ? slot.getNameNode() : undefined;
    return (Node.isStringLiteral(name) || Node.isNoSubstitutionTemplateLiteral(name)) && name.getLiteralValue().startsWith('/') ? name : undefined;
  };
  const slot = Node.isMethodDeclaration(fn) ? fn : fn.getParent();
  const direct = Node.isPropertyAssignment(slot) && slot.getInitializer() !== fn ? undefined : pathKey(slot);
  if (direct) return direct;
  const method = Node.isPropertyAssignment(slot) || Node.isMethodDeclaration(slot) ? slot.getName() : '';
  const table = METHODS.test(method) ? slot!.getParent() : undefined;
  return Node.isObjectLiteralExpression(table) ? pathKey(table.getParent()) : undefined;
}
