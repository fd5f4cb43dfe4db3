// lodash's `get` on a migrated initiate response — `get(res, 'data.redirectUrl')`, `_.get(res, ['data',
// 'transactionReference'], null)` — is a read of one field, like `res.data.redirectUrl`: the moved segment of its
// literal path is rewritten (`'data.web.href'`, `['data', 'workflowExecution', 'id']`). A path the codemod cannot
// read (built at run time, bracket syntax, or ending on the whole body) is left to the caller, which flags the
// value as leaving.
import { Node, SyntaxKind, type CallExpression } from '#ts-morph';
import type { EditSet } from './edit-set.js';
import type { HttpCall } from './http-calls.js';
import { MOVED_FIELDS } from './response-reads.js';
import { findDeclaration } from './resolve-binding.js';

/** A per-method module: `lodash/get`, `lodash-es/get.js`, `lodash.get` (the member is in the name). */
const METHOD_MODULE = /^(?:lodash(?:-es)?\/(\w+)(?:\.js)?|lodash\.(\w+))$/;
const LODASH = /^lodash(-es)?$/;

/** The module a local name is imported or required from, and the imported member ('default' for the module). */
function bindingOf(id: Node): { spec: string; member: string } | undefined {
  const d = findDeclaration(id, id.getText());
  if (!d) return undefined;
  if (Node.isImportClause(d)) {
    const decl = d.getParent();
    return Node.isImportDeclaration(decl) ? { spec: decl.getModuleSpecifierValue(), member: 'default' } : undefined;
  }
  if (Node.isImportSpecifier(d)) return { spec: d.getImportDeclaration().getModuleSpecifierValue(), member: d.getName() };
  if (Node.isImportDeclaration(d)) return { spec: d.getModuleSpecifierValue(), member: 'default' };
  if (Node.isNamespaceImport(d)) return { spec: d.getFirstAncestorByKindOrThrow(SyntaxKind.ImportDeclaration).getModuleSpecifierValue(), member: 'default' };
  const owner = Node.isBindingElement(d) ? d.getParent()?.getParent() : d;
  const init = owner && Node.isVariableDeclaration(owner) ? owner.getInitializer() : undefined;
  const arg = init && Node.isCallExpression(init) && init.getExpression().getText() === 'require' ? init.getArguments()[0] : undefined;
  if (!arg || !Node.isStringLiteral(arg)) return undefined;
  const member = Node.isBindingElement(d) ? (d.getPropertyNameNode()?.getText() ?? d.getName()) : 'default';
  return { spec: arg.getLiteralValue(), member };
}

/** The lodash function a callee names: `get` from 'lodash/get' / 'lodash.get' / 'lodash-es/get', `{ get }` (also
 * renamed, `{ get: read }`) from 'lodash' / 'lodash-es', or `_.get` with `_` the imported or required lodash module. */
export function lodashFunction(callee: Node): string | undefined {
  if (Node.isIdentifier(callee)) {
    const b = bindingOf(callee);
    const m = b && METHOD_MODULE.exec(b.spec);
    if (m && b.member === 'default') return m[1] ?? m[2];
    return b && LODASH.test(b.spec) && b.member !== 'default' ? b.member : undefined;
  }
  if (Node.isPropertyAccessExpression(callee) && Node.isIdentifier(callee.getExpression())) {
    const b = bindingOf(callee.getExpression());
    return b && LODASH.test(b.spec) && b.member === 'default' ? callee.getName() : undefined;
  }
  return undefined;
}

const isLodashGet = (callee: Node): boolean => lodashFunction(callee) === 'get';

/** The segments of a literal path: a dotted string, or an array of string literals. */
export function segmentsOf(path: Node | undefined): { names: string[]; nodes?: Node[] } | undefined {
  if (path && Node.isStringLiteral(path) && !/[[\]]/.test(path.getLiteralValue())) return { names: path.getLiteralValue().split('.') };
  if (path && Node.isArrayLiteralExpression(path) && path.getElements().every((e) => Node.isStringLiteral(e))) {
    const nodes = path.getElements();
    return { names: nodes.map((e) => (e as import('ts-morph').StringLiteral).getLiteralValue()), nodes };
  }
  return undefined;
}

/**
 * `call` is lodash's get given `node` (a value of the response at `level`) as its object: rewrite the path's moved
 * field and answer true (the value does not leave); false when it is not such a read.
 */
export function readsThroughLodashGet(call: CallExpression, node: Node, level: string, http: HttpCall, edits: EditSet): boolean {
  if (call.getArguments()[0] !== node || !isLodashGet(call.getExpression())) return false;
  const pathArg = call.getArguments()[1];
  const segs = segmentsOf(pathArg);
  if (!pathArg || !segs) return false;
  let cur = level;
  for (let i = 0; i < segs.names.length; i++) {
    const s = segs.names[i]!;
    if (cur === 'env') {
      // The client's response object: its parsed body is res.data (axios) or res.body (superagent, request, got json).
      const shape = http.response;
      const body = (shape === 'axios' && s === 'data') || ((shape === 'superagent' || shape === 'request-callback') && s === 'body') ||
        (shape === 'got' && http.jsonResponse && s === 'body');
      if (!body) return false;
      cur = 'data';
      continue;
    }
    if (cur !== 'data') return false;
    const move = MOVED_FIELDS.find((m) => m.legacy === s);
    if (!move) return true; // a field that kept its place (timestamp)
    const q = (segs.nodes?.[i] ?? pathArg).getText()[0];
    if (segs.nodes) edits.replaceNode(segs.nodes[i]!, move.kyx.map((k) => `${q}${k}${q}`).join(', '), `response read: ${move.kyx.join('.')}`);
    else edits.replaceNode(pathArg, `${q}${[...segs.names.slice(0, i), ...move.kyx, ...segs.names.slice(i + 1)].join('.')}${q}`, `response read: ${move.kyx.join('.')}`);
    return true;
  }
  return false;
}
