// Group keys of query objects (query-reads.ts): two reads with the same key come from the same query object. Text
// keys carry the local bindings they depend on, so that equal spellings in two route handlers or two components of
// one file stay apart. Also the names a read spells through a const (mappedNames: a mapped names array, a const or a
// const object holding the parameter name).
import { Node, SyntaxKind } from '#ts-morph';
import { isFunctionLike, resolveIdentifier, unwrap } from '../../analysis-frontend/syntax.js';
import { isWritten } from '../../analysis/written.js';

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

/** `k` of `NAMES.map((k) => params.get(k))`: the string literals of that array (a literal, or a `const` holding one,
 * `as const` included), the values coming back in the same order; or the literal a const names (constName). */
export function mappedNames(arg: Node): import('#ts-morph').StringLiteral[] {
  const named = constName(arg);
  if (named) return [named];
  const decl = Node.isIdentifier(arg) ? resolveIdentifier(arg) : undefined;
  const fn = decl && Node.isParameterDeclaration(decl) ? decl.getParent() : undefined;
  const call = fn && (Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) && fn.getParameters()[0] === decl ? fn.getParent() : undefined;
  const callee = call && Node.isCallExpression(call) && call.getArguments()[0] === fn ? call.getExpression() : undefined;
  if (!callee || !Node.isPropertyAccessExpression(callee) || !/^(map|flatMap)$/.test(callee.getName())) return [];
  // Only when the name is used for nothing else: `out[k] = params.get(k)` keys a result by the legacy names, which
  // its readers (`out.transactionStatus`) would then miss.
  const uses = fn!.getDescendantsOfKind(SyntaxKind.Identifier).filter((id) => id !== (decl as import('#ts-morph').ParameterDeclaration).getNameNode() && resolveIdentifier(id) === decl);
  if (uses.length !== 1) return [];
  let list: Node | undefined = unwrap(callee.getExpression());
  if (Node.isIdentifier(list)) {
    const d = resolveIdentifier(list);
    list = d && Node.isVariableDeclaration(d) && d.getVariableStatement()?.getDeclarationKind() === 'const' ? unwrap(d.getInitializer() ?? d) : undefined;
  } else list = staticFieldValue(list);
  return list && Node.isArrayLiteralExpression(list) ? list.getElements().filter(Node.isStringLiteral) : [];
}

/** `Page.NAMES` of `class Page { static NAMES = [ … ] }` (readonly or not, `#NAMES` too): the field's initializer, when
 * the file never assigns that field (round-16 hold-out: such a page passed silently). */
function staticFieldValue(e: Node): Node | undefined {
  if (!Node.isPropertyAccessExpression(e)) return undefined;
  const owner = unwrap(e.getExpression());
  const decl = Node.isIdentifier(owner) ? resolveIdentifier(owner) : undefined;
  const cls = decl && Node.isVariableDeclaration(decl) ? unwrap(decl.getInitializer() ?? decl) : decl;
  if (!cls || !(Node.isClassDeclaration(cls) || Node.isClassExpression(cls))) return undefined;
  const name = e.getName();
  const field = cls.getMembers().find((m) => Node.isPropertyDeclaration(m) && m.isStatic() && m.getName() === name);
  if (!field || !Node.isPropertyDeclaration(field)) return undefined;
  const assigned = e.getSourceFile().getDescendantsOfKind(SyntaxKind.PropertyAccessExpression).some((p) => p.getName() === name && isWritten(p));
  return assigned ? undefined : unwrap(field.getInitializer() ?? field);
}

/** `params.get(KYC_PARAMS.status)` of `const KYC_PARAMS = { status: 'transactionStatus', … }` (also `as const`,
 * `Object.freeze({…})`), or `params.get(STATUS)` of `const STATUS = 'transactionStatus'`: the literal naming the
 * parameter, renamed in place (round-11 hold-out: such a page passed silently). */
function constName(arg: Node): import('#ts-morph').StringLiteral | undefined {
  const u = unwrap(arg);
  const id = Node.isPropertyAccessExpression(u) ? unwrap(u.getExpression()) : u;
  const d = Node.isIdentifier(id) ? resolveIdentifier(id) : undefined;
  if (!d || !Node.isVariableDeclaration(d) || d.getVariableStatement()?.getDeclarationKind() !== 'const') return undefined;
  let init: Node | undefined = unwrap(d.getInitializer() ?? d);
  if (Node.isCallExpression(init) && init.getExpression().getText() === 'Object.freeze') init = unwrap(init.getArguments()[0] ?? init);
  if (Node.isPropertyAccessExpression(u)) {
    const prop = Node.isObjectLiteralExpression(init) ? init.getProperty(u.getName()) : undefined;
    init = prop && Node.isPropertyAssignment(prop) ? unwrap(prop.getInitializerOrThrow()) : undefined;
  }
  return init && Node.isStringLiteral(init) ? init : undefined;
}
