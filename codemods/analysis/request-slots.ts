// A value stored in a slot of a handler's parameter — `res.locals.idCheck = data` (Express), `ctx.state.faceLogin =
// data` (Koa), `request.faceLogin = …` (Fastify after decorateRequest), `event.locals.faceLogin = …` (SvelteKit) — is
// read by the file's other handlers of the same request from the same slot of their parameter of that name
// (`res.locals.idCheck.redirectUrl`, `const { faceLogin } = ctx.state`). Followed there when this is the file's only
// write to the slot, so every read of it is of this value (hold-out round 51). The value still leaves the file (views,
// other middleware read the slot too): the caller keeps its "leaves whole" item.
import { Node, SyntaxKind, type BindingElement } from '#ts-morph';
import { findDeclaration } from './resolve-binding.js';

// The names frameworks' handlers give the request, response or context they share.
const REQUEST_NAMES = /^(req|request|res|response|reply|ctx|context|c|event|evt)$/;

const PER_REQUEST_OWNERS = /^(|\.locals|\.state)$/;

const flat = (n: Node): string => n.getText().replace(/\s+/g, '');

/** The identifier a member chain starts at, when it is a function's parameter. */
function parameterRoot(chain: Node): Node | undefined {
  let n = chain;
  while (Node.isPropertyAccessExpression(n) || Node.isNonNullExpression(n)) n = n.getExpression();
  const decl = Node.isIdentifier(n) ? findDeclaration(n, n.getText()) : undefined;
  // A parameter, or a name destructured in one (SvelteKit's `handle({ event, resolve })`).
  return decl && (Node.isParameterDeclaration(decl) || (Node.isBindingElement(decl) && decl.getFirstAncestorByKind(SyntaxKind.Parameter))) ? n : undefined;
}

const isWrite = (pa: Node): boolean => {
  const p = pa.getParent();
  return Node.isBinaryExpression(p) && p.getLeft() === pa && /^(=|\?\?=|\|\|=|&&=)$/.test(p.getOperatorToken().getText());
};

/** The reads of the slot `left` writes (member reads, and destructurings of its parent), or undefined when `left` is
 * no parameter slot or the file writes the slot elsewhere too. */
function slotReads(left: Node): { reads: Node[]; bindings: BindingElement[] } | undefined {
  if (!Node.isPropertyAccessExpression(left)) return undefined;
  const root = parameterRoot(left);
  if (!root || !REQUEST_NAMES.test(root.getText())) return undefined;
  const slot = flat(left);
  const owner = flat(left.getExpression());
  // Per-request state only: the parameter itself, `res.locals`, `ctx.state`, `event.locals`. A session (`req.session.x`)
  // is read on later requests and may hold an answer stored before the migration (round 50's judgement): not followed.
  if (!PER_REQUEST_OWNERS.test(owner.slice(root.getText().length))) return undefined;
  const name = left.getName();
  const sf = left.getSourceFile();
  const reads: Node[] = [];
  let writes = 0;
  for (const pa of sf.getDescendantsOfKind(SyntaxKind.PropertyAccessExpression)) {
    if (pa.getName() !== name || flat(pa) !== slot || parameterRoot(pa)?.getText() !== root.getText()) continue;
    if (isWrite(pa)) writes++;
    else reads.push(pa);
  }
  const bindings: BindingElement[] = [];
  for (const decl of sf.getDescendantsOfKind(SyntaxKind.VariableDeclaration)) {
    const init = decl.getInitializer();
    const pattern = decl.getNameNode();
    if (!init || !Node.isObjectBindingPattern(pattern) || flat(init) !== owner || parameterRoot(init)?.getText() !== root.getText()) continue;
    for (const el of pattern.getElements()) if ((el.getPropertyNameNode() ?? el.getNameNode()).getText() === name && !el.getDotDotDotToken()) bindings.push(el);
  }
  return writes === 1 ? { reads, bindings } : undefined;
}

/** Hand the slot's reads to a flow: `read` gets each member read, `bind` each destructured name. */
export function followSlot(left: Node, read: (n: Node) => void, bind: (name: Node) => void): void {
  const slot = slotReads(left);
  slot?.reads.forEach(read);
  slot?.bindings.forEach((b) => bind(b.getNameNode()));
}
