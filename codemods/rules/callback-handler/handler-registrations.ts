// Where a handler defined in the file is registered, for the proof that it handles Jumio's callback: a named handler
// given to a call that names Jumio (`router.route('/netverify/callback').post(parser, handleAuth)`, also on a router
// taken from another module: `require('./router').post('/jumio/callback', handleAuth)`), and — besides a function or
// const name — a handler the registration reaches as a member: a method of an object literal held in a const
// (`router.post('/jumio/callback', handlers.authentication)`), an export of the module (`exports.authentication = …`
// registered as `exports.authentication`), a method of a class whose instance a const holds
// (`controller.authentication.bind(controller)`), or a handler the registered arrow calls (`(req, res) =>
// authentication(req, res)`), or a route object's `handler` (`server.route({ path: '/jumio/callback', handler: authentication })`).
import { Node, SyntaxKind } from '#ts-morph';
import { findDeclaration } from '../../analysis/resolve-binding.js';
import { routeObjectOf } from './route-objects.js';

/** The nodes of the file that name `fn` where a registration could hand it on. */
function references(fn: Node): Node[] {
  const sf = fn.getSourceFile();
  const parent = fn.getParent();
  // `function authentication(req, res)`, `const authentication = async (req, res) => …`
  const name = Node.isFunctionDeclaration(fn) ? fn.getName() : parent && Node.isVariableDeclaration(parent) ? parent.getName() : undefined;
  if (name) {
    return sf.getDescendantsOfKind(SyntaxKind.Identifier).filter((id) => id.getText() === name && id !== (fn as { getNameNode?: () => Node }).getNameNode?.() &&
      !(Node.isVariableDeclaration(id.getParent()) && id.getParent() === parent));
  }
  // `exports.authentication = …` / `module.exports.authentication = …`
  if (parent && Node.isBinaryExpression(parent) && parent.getRight() === fn) {
    const target = parent.getLeft().getText().replace(/\s+/g, '');
    if (!/^(module\.)?exports\.\w+$/.test(target)) return [];
    return sf.getDescendantsOfKind(SyntaxKind.PropertyAccessExpression).filter((pa) => pa !== parent.getLeft() && pa.getText().replace(/\s+/g, '') === target);
  }
  // A method (or a property holding the function) of an object literal held in a const, or of a class made with `new`.
  const member = Node.isMethodDeclaration(fn) ? fn : parent && Node.isPropertyAssignment(parent) ? parent : undefined;
  const owner = member?.getParent();
  const key = member && (Node.isMethodDeclaration(member) ? member.getName() : member.getName());
  if (!owner || !key) return [];
  const holds = (v: Node | undefined): boolean => {
    const init = v && Node.isVariableDeclaration(v) ? v.getInitializer() : undefined;
    if (Node.isObjectLiteralExpression(owner)) return init === owner;
    return Node.isClassDeclaration(owner) && !!init && Node.isNewExpression(init) && init.getExpression().getText() === owner.getName();
  };
  return sf.getDescendantsOfKind(SyntaxKind.PropertyAccessExpression).filter((pa) => {
    const obj = pa.getExpression();
    return pa.getName() === key && Node.isIdentifier(obj) && holds(findDeclaration(obj, obj.getText()));
  });
}

/** Is `fn` handed to a call that mentions Jumio (`mentions`): as an argument, or called by the arrow that is one? */
export function registeredUnderJumio(fn: Node, mentions: (n: Node) => boolean): boolean {
  for (const ref of references(fn)) {
    // `{ method: 'POST', path: '/jumio/callback', handler: authentication }` (hapi / Fastify route objects).
    const route = routeObjectOf(ref);
    if (route && mentions(route)) return true;
    // `.bind(controller)` of a method hands the method on.
    let arg: Node = ref;
    const pa = ref.getParent();
    if (Node.isPropertyAccessExpression(pa) && pa.getExpression() === ref && pa.getName() === 'bind' && Node.isCallExpression(pa.getParent())) arg = pa.getParent()!;
    const call = arg.getParent();
    if (call && Node.isCallExpression(call) && call.getArguments().includes(arg as never) && mentions(call)) return true;
    // `(req, res) => authentication(req, res)` registered: the arrow only calls the handler.
    if (call && Node.isCallExpression(call) && call.getExpression() === arg) {
      const arrow = call.getParent();
      const body = Node.isArrowFunction(arrow) ? arrow : Node.isReturnStatement(arrow) || Node.isAwaitExpression(arrow) ? arrow.getFirstAncestor((a) => Node.isArrowFunction(a) || Node.isFunctionExpression(a)) : undefined;
      const registration = body?.getParent();
      if (registration && Node.isCallExpression(registration) && registration.getArguments().includes(body as never) && mentions(registration)) return true;
    }
  }
  return false;
}

/** Is `fn` declared inside a Fastify plugin that a `register` call mounts with options mentioning Jumio (`app.register(
 * async (scope) => { scope.post('/callback', fn) }, { prefix: '/jumio' })`, or a named plugin `app.register(routes, {
 * prefix: '/jumio' })`)? The route the handler serves is the prefix joined to its own path (hold-out round 15). */
export function insideJumioPlugin(fn: Node, mentions: (n: Node) => boolean): boolean {
  // `x.register(plugin, options)` mounting `plugin`, with options (not the plugin's own body) mentioning Jumio.
  const mountsUnderJumio = (plugin: Node): boolean => {
    const call = plugin.getParent();
    if (!call || !Node.isCallExpression(call) || call.getArguments()[0] !== plugin) return false;
    const callee = call.getExpression();
    return Node.isPropertyAccessExpression(callee) && callee.getName() === 'register' && call.getArguments().slice(1).some(mentions);
  };
  for (const plugin of fn.getAncestors()) {
    if (!Node.isArrowFunction(plugin) && !Node.isFunctionExpression(plugin) && !Node.isFunctionDeclaration(plugin)) continue;
    if (mountsUnderJumio(plugin)) return true;
    if ((Node.isFunctionDeclaration(plugin) || Node.isVariableDeclaration(plugin.getParent())) && references(plugin).some(mountsUnderJumio)) return true;
  }
  return false;
}
