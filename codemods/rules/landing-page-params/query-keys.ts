// Group keys of query objects (query-reads.ts): two reads with the same key come from the same query object. Text
// keys carry the local bindings they depend on, so that equal spellings in two route handlers or two components of
// one file stay apart.
import { Node } from '#ts-morph';
import { isFunctionLike, resolveIdentifier, unwrap } from '../../analysis-frontend/syntax.js';

/** A stable key for the object a query hangs off: a resolved declaration, `this`, or the text — text keys carry the
 * scopes they depend on, so that two route handlers of one file that both spell `url.parse(req.url, true).query`
 * (each with its own `req`) or two components that both declare `const router = useRouter()` are two objects. */
export function keyOf(n: Node): string {
  const u = unwrap(n);
  if (Node.isIdentifier(u)) {
    const decl = resolveIdentifier(u);
    if (decl && Node.isVariableDeclaration(decl)) {
      const init = decl.getInitializer();
      // const router = useRouter(): every `router.query` of the component is one object.
      if (init) return `${u.getText()}=${unwrap(init).getText().replace(/\s+/g, '')}${scopeTag(decl)}`;
    }
    return decl ? `decl@${decl.getStart()}` : u.getText();
  }
  if (Node.isPropertyAccessExpression(u)) return `${keyOf(u.getExpression())}.${u.getName()}`;
  return u.getText().replace(/\s+/g, '') + bindingTag(u);
}

/** `@start` of the function or class a node sits in ('' at module level). */
function scopeTag(n: Node): string {
  const scope = n.getFirstAncestor((a) => isFunctionLike(a) || Node.isClassDeclaration(a) || Node.isClassExpression(a) || Node.isConstructorDeclaration(a) || Node.isGetAccessorDeclaration(a) || Node.isSetAccessorDeclaration(a));
  return scope ? `@${scope.getStart()}` : '';
}

/** The local bindings an expression's text depends on: the declarations of its free identifiers that are not at
 * module level (`req` of `url.parse(req.url, true)`), and the class or function of a `this`. */
function bindingTag(expr: Node): string {
  const tags = new Set<string>();
  for (const n of [expr, ...expr.getDescendants()]) {
    if (Node.isThisExpression(n)) {
      // `this` of a class's methods (and arrows inside them) is the one component; so is `this` of the methods of an
      // object literal (a Vue options component: `computed: { ok() {…}, ref: function () {…} }`).
      const owner = n.getFirstAncestor((a) => Node.isClassDeclaration(a) || Node.isClassExpression(a) || Node.isFunctionDeclaration(a)
        || (Node.isFunctionExpression(a) && !Node.isPropertyAssignment(a.getParent())));
      if (owner) tags.add(`@${owner.getStart()}`);
    }
    if (!Node.isIdentifier(n)) continue;
    const p = n.getParent();
    if (p && Node.isPropertyAccessExpression(p) && p.getNameNode() === n) continue;
    const decl = resolveIdentifier(n);
    if (decl) tags.add(scopeTag(decl) && `#${decl.getStart()}`);
  }
  return [...tags].filter(Boolean).join('');
}
