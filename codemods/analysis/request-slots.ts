// A value stored in the state a framework keeps for one request is read by the file's other handlers of the same
// request from the same slot (hold-out round 51):
// - a slot of a handler's parameter — `res.locals.idCheck = data` (Express), `ctx.state.faceLogin = data` (Koa),
//   `request.faceLogin = …` (Fastify after decorateRequest), `event.locals.faceLogin = …` (SvelteKit) — read from the
//   same slot of the other handlers' parameter of that name (`res.locals.idCheck.redirectUrl`, `const { faceLogin } =
//   ctx.state`);
// - a NestJS interceptor's `context.switchToHttp().getRequest()` object, read as the controller's `@Req()` parameter;
// - the store of an `AsyncLocalStorage` the file declares (`als.getStore()!.faceLogin = …`), read from `getStore()`;
// - Hono's context variables (`c.set('faceLogin', …)`, read as `c.get('faceLogin')` or `c.var.faceLogin`);
// - a hapi route's `pre: [{ method, assign: 'idCheck' }]`, whose method's return value hapi puts in `request.pre.idCheck`;
// - a field of the instance, `this.lastSession = data`, read as `this.lastSession.redirectUrl` in the class's members.
// Followed there when this is the file's only write to the slot, so every read of it is of this value. The value
// still leaves the file (views, other middleware read the slot too): the caller keeps its "leaves whole" item.
import { Node, SyntaxKind, type BindingElement } from '#ts-morph';
import { findDeclaration } from './resolve-binding.js';

// The names frameworks' handlers give the request, response or context they share.
const REQUEST_NAMES = /^(req|request|res|response|reply|ctx|context|c|event|evt)$/;

type Read = (n: Node) => void;
type Bind = (name: Node) => void;

function strip(n: Node): Node {
  while (Node.isNonNullExpression(n) || Node.isParenthesizedExpression(n) || Node.isAsExpression(n)) n = n.getExpression();
  return n;
}

const calledMember = (n: Node, name: string): Node | undefined => {
  const callee = Node.isCallExpression(n) ? n.getExpression() : undefined;
  return callee && Node.isPropertyAccessExpression(callee) && callee.getName() === name ? callee.getExpression() : undefined;
};

/** `als.getStore()` of an AsyncLocalStorage the file declares and does not export (no other module writes its store). */
function storeOf(call: Node): string | undefined {
  const als = calledMember(call, 'getStore');
  const decl = als && Node.isIdentifier(als) ? findDeclaration(als, als.getText()) : undefined;
  const init = decl && Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
  // (Syntactic: isExported() would build a type checker.)
  const exported = decl && Node.isVariableDeclaration(decl) && (decl.getVariableStatement()?.hasExportKeyword() ||
    decl.getSourceFile().getExportDeclarations().some((d) => d.getNamedExports().some((e) => e.getName() === decl.getName())));
  return init && Node.isNewExpression(init) && init.getExpression().getText() === 'AsyncLocalStorage' && !exported ? `als:${als!.getText()}` : undefined;
}

/** The per-request object an expression names, as a key every expression naming the same object shares. */
function rootKey(n: Node): string | undefined {
  n = strip(n);
  if (Node.isCallExpression(n)) return storeOf(n);
  if (Node.isThisExpression(n)) return instanceOf(n);
  const decl = Node.isIdentifier(n) ? findDeclaration(n, n.getText()) : undefined;
  if (!decl) return undefined;
  if (Node.isParameterDeclaration(decl) && decl.getDecorators().some((d) => /^(Req|Request)$/.test(d.getName()))) return 'nest-request';
  // A parameter, or a name destructured in one (SvelteKit's `handle({ event, resolve })`).
  const param = Node.isParameterDeclaration(decl) || (Node.isBindingElement(decl) && decl.getFirstAncestorByKind(SyntaxKind.Parameter));
  if (param) return REQUEST_NAMES.test(n.getText()) ? `param:${n.getText()}` : undefined;
  const init = Node.isVariableDeclaration(decl) && Node.isIdentifier(decl.getNameNode()) ? decl.getInitializer() : undefined;
  if (!init) return undefined;
  const http = calledMember(strip(init), 'getRequest');
  if (http && calledMember(strip(http), 'switchToHttp')) return 'nest-request';
  return storeOf(strip(init));
}

/** `this` in an instance member of a class (through arrow functions): the instance, keyed by its class (round 62: the
 * answer kept on `this.lastSession` and read in the class's other methods). */
function instanceOf(self: Node): string | undefined {
  for (let n = self.getParent(); n; n = n.getParent()) {
    if (Node.isArrowFunction(n)) continue;
    const member = Node.isMethodDeclaration(n) || Node.isConstructorDeclaration(n) || Node.isGetAccessorDeclaration(n) || Node.isSetAccessorDeclaration(n) || Node.isPropertyDeclaration(n) ? n : undefined;
    if (member) {
      const cls = member.getParent();
      const isStatic = !Node.isConstructorDeclaration(member) && member.isStatic();
      return !isStatic && (Node.isClassDeclaration(cls) || Node.isClassExpression(cls)) ? `this:${cls.getStart()}` : undefined;
    }
    if (Node.isFunctionLikeDeclaration(n) || Node.isClassDeclaration(n) || Node.isClassExpression(n) || Node.isSourceFile(n)) return undefined;
  }
  return undefined;
}

/** The key of the object whose member is a slot: the per-request object itself, or its `locals` / `state` (Express,
 * SvelteKit, Koa), hapi's `request.pre`, Hono's `c.var`. A session (`req.session.x`) is read on later requests and
 * may hold an answer stored before the migration (round 50's judgement): none. */
function ownerKey(n: Node): string | undefined {
  n = strip(n);
  if (!Node.isPropertyAccessExpression(n)) return rootKey(n);
  const root = rootKey(n.getExpression());
  if (!root?.startsWith('param:')) return undefined;
  const member = n.getName();
  return member === 'locals' || member === 'state' ? `${root}.${member}` : member === 'pre' ? 'hapi-pre' : member === 'var' ? 'hono-var' : undefined;
}

const isWrite = (pa: Node): boolean => {
  const p = pa.getParent();
  return Node.isBinaryExpression(p) && p.getLeft() === pa && /^(=|\?\?=|\|\|=|&&=)$/.test(p.getOperatorToken().getText());
};

interface Slot { reads: Node[]; bindings: BindingElement[]; writes: number }

/** The reads and writes of slot `name` of the object `owner` keys: member reads, and destructurings of the object. */
function slotAccesses(sf: Node, owner: string, name: string): Slot {
  const slot: Slot = { reads: [], bindings: [], writes: 0 };
  for (const pa of sf.getDescendantsOfKind(SyntaxKind.PropertyAccessExpression)) {
    if (pa.getName() !== name || ownerKey(pa.getExpression()) !== owner) continue;
    if (isWrite(pa)) slot.writes++;
    else slot.reads.push(pa);
  }
  for (const decl of sf.getDescendantsOfKind(SyntaxKind.VariableDeclaration)) {
    const init = decl.getInitializer();
    const pattern = decl.getNameNode();
    if (!init || !Node.isObjectBindingPattern(pattern) || ownerKey(init) !== owner) continue;
    for (const el of pattern.getElements()) if ((el.getPropertyNameNode() ?? el.getNameNode()).getText() === name && !el.getDotDotDotToken()) slot.bindings.push(el);
  }
  // An AsyncLocalStorage store written when it is made: `als.run({ faceLogin }, next)`, `als.enterWith({ … })`.
  if (owner.startsWith('als:')) {
    for (const call of sf.getDescendantsOfKind(SyntaxKind.CallExpression)) {
      const callee = call.getExpression();
      const made = Node.isPropertyAccessExpression(callee) && /^(run|enterWith)$/.test(callee.getName()) && `als:${callee.getExpression().getText()}` === owner;
      const init = made ? call.getArguments()[0] : undefined;
      if (init && (!Node.isObjectLiteralExpression(init) || init.getProperty(name))) slot.writes++;
    }
  }
  return slot;
}

/** Literal text of a string argument or property value. */
const literal = (n: Node | undefined): string | undefined => (n && (Node.isStringLiteral(n) || Node.isNoSubstitutionTemplateLiteral(n)) ? n.getLiteralValue() : undefined);

/** Hono's `c.set(key, value)` / `c.get(key)` on a handler's parameter, in a file that imports Hono (Koa's `ctx.set` sets a header). */
function honoVariable(call: Node, member: 'set' | 'get'): string | undefined {
  const c = calledMember(call, member);
  if (!c || rootKey(c)?.startsWith('param:') !== true || !Node.isCallExpression(call)) return undefined;
  const importsHono = call.getSourceFile().getImportDeclarations().some((d) => /^hono(\/|$)/.test(d.getModuleSpecifierValue()));
  return importsHono ? literal(call.getArguments()[0]) : undefined;
}

function follow(slot: Slot, extraWrites: number, read: Read, bind: Bind): void {
  if (slot.writes + extraWrites !== 1) return;
  slot.reads.forEach(read);
  slot.bindings.forEach((b) => bind(b.getNameNode()));
}

/** `node` is stored by `parent` — `res.locals.x = node`, `c.set('x', node)` —: hand the slot's reads to a flow (`read`
 * gets each read, `bind` each destructured name). */
export function followSlot(parent: Node, node: Node, read: Read, bind: Bind): void {
  const sf = parent.getSourceFile();
  if (Node.isBinaryExpression(parent) && parent.getRight() === node) {
    const left = parent.getLeft();
    const owner = Node.isPropertyAccessExpression(left) ? ownerKey(left.getExpression()) : undefined;
    if (owner) follow(slotAccesses(sf, owner, (left as import('ts-morph').PropertyAccessExpression).getName()), 0, read, bind);
    return;
  }
  const key = Node.isCallExpression(parent) && parent.getArguments()[1] === node ? honoVariable(parent, 'set') : undefined;
  if (key === undefined) return;
  const calls = sf.getDescendantsOfKind(SyntaxKind.CallExpression);
  const sets = calls.filter((c) => honoVariable(c, 'set') === key).length;
  const slot = slotAccesses(sf, 'hono-var', key);
  slot.reads.push(...calls.filter((c) => honoVariable(c, 'get') === key));
  follow(slot, sets, read, bind);
}

/** `fn` returns the value and is the `method` of a hapi route's `pre: [{ method: fn, assign: 'x' }]`: hapi puts what
 * it returns in `request.pre.x`; hand the reads of that slot to a flow when no other pre step assigns it. */
export function followPreAssign(fn: Node, read: Read, bind: Bind): void {
  const parent = fn.getParent();
  const name = Node.isFunctionDeclaration(fn) ? fn.getName() : Node.isVariableDeclaration(parent) ? parent.getName() : undefined;
  const sf = fn.getSourceFile();
  const steps = sf.getDescendantsOfKind(SyntaxKind.ObjectLiteralExpression).filter((o) => o.getProperty('assign') && o.getFirstAncestor((a) => Node.isPropertyAssignment(a) && a.getName() === 'pre'));
  const assigned = (o: import('ts-morph').ObjectLiteralExpression) => {
    const p = o.getProperty('assign');
    return Node.isPropertyAssignment(p) ? literal(p.getInitializer()) : undefined;
  };
  const mine = steps.find((o) => {
    const m = o.getProperty('method');
    const value = Node.isPropertyAssignment(m) ? m.getInitializer() : Node.isShorthandPropertyAssignment(m) ? m.getNameNode() : undefined;
    return value === fn || (name !== undefined && value !== undefined && Node.isIdentifier(value) && value.getText() === name);
  });
  const key = mine && assigned(mine);
  if (key === undefined) return;
  follow(slotAccesses(sf, 'hapi-pre', key), steps.filter((o) => assigned(o) === key).length, read, bind);
}
