// A followed value handed to a member of a class of this file — `new FaceLoginLink(json)`, `FaceLoginLink.fromJson(json)`,
// `this.toAudit(details)` — goes on into that member's parameter, as into a function of the file (param-handlers.ts),
// when nothing else can call the member with another value: the class is not exported (nor the method reachable from
// outside: `private`, `#name`) and this call is the member's only use in the file. Hold-out round 49: the response type
// moved while the reads in such a constructor or mapper stayed legacy (a type error), or `new Model(answer)` passed
// silently. A parameter property (`constructor(readonly raw: T)`) keeps the value whole on the instance: not followed.
import { Node, SyntaxKind, type ClassDeclaration, type ClassExpression, type ConstructorDeclaration, type MethodDeclaration, type ParameterDeclaration } from '#ts-morph';
import { exportsName, isExportedDeclaration } from './exports.js';
import { findDeclaration } from './resolve-binding.js';

type ClassNode = ClassDeclaration | ClassExpression;

/** The class of this file an identifier names (a declaration, or a const holding a class expression). */
function localClass(id: Node): ClassNode | undefined {
  if (!Node.isIdentifier(id)) return undefined;
  const decl = findDeclaration(id, id.getText());
  if (Node.isClassDeclaration(decl)) return decl;
  const init = Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
  return Node.isClassExpression(init) ? init : undefined;
}

function classNameOf(cls: ClassNode): string | undefined {
  return cls.getName() ?? cls.getFirstAncestorByKind(SyntaxKind.VariableDeclaration)?.getName();
}

/** Exported, or extended in the file (a subclass's `super(…)` hands the constructor other values). */
function reachableElsewhere(cls: ClassNode): boolean {
  const name = classNameOf(cls);
  const holder = Node.isClassDeclaration(cls) ? cls : cls.getFirstAncestorByKind(SyntaxKind.VariableStatement);
  const sf = cls.getSourceFile();
  if (!name || (holder && isExportedDeclaration(holder)) || exportsName(sf, name)) return true;
  return sf.getDescendantsOfKind(SyntaxKind.HeritageClause).some((h) => h.getTypeNodes().some((t) => t.getExpression().getText() === name));
}

/** Value uses of a class name in its file (type positions excluded). */
function valueUses(cls: ClassNode): Node[] {
  const name = classNameOf(cls);
  return cls.getSourceFile().getDescendantsOfKind(SyntaxKind.Identifier).filter((id) => {
    if (id.getText() !== name) return false;
    const p = id.getParent();
    if (p === cls || Node.isTypeReference(p) || Node.isTypeQuery(p) || Node.isExpressionWithTypeArguments(p)) return false;
    if (Node.isVariableDeclaration(p) && p.getNameNode() === id) return false;
    if ((Node.isPropertyAccessExpression(p) || Node.isPropertyAssignment(p) || Node.isMethodDeclaration(p) || Node.isPropertyDeclaration(p)) && p.getNameNode() === id) return false;
    return localClass(id) === cls;
  });
}

/** How often the file names a member `name` (`x.name`, `x.#name`, `x['name']`). */
function memberMentions(sf: Node, name: string): number {
  let n = 0;
  sf.forEachDescendant((d) => {
    if (Node.isPropertyAccessExpression(d) && d.getName() === name) n++;
    else if (Node.isElementAccessExpression(d) && d.getArgumentExpression()?.getText().slice(1, -1) === name) n++;
  });
  return n;
}

/** Undefined when a parameter is kept whole on the instance (`constructor(readonly raw)`, `this.#raw = raw`): reads of
 * the member at any later time are not followed, so the value leaves at the call (its item there). */
function usable(member: ConstructorDeclaration | MethodDeclaration): ParameterDeclaration[] | undefined {
  const params = member.getParameters();
  const kept = (p: ParameterDeclaration) => p.isParameterProperty() || member.getDescendantsOfKind(SyntaxKind.BinaryExpression).some((b) => {
    const left = b.getLeft();
    return b.getOperatorToken().getKind() === SyntaxKind.EqualsToken && b.getRight().getText() === p.getName() &&
      Node.isPropertyAccessExpression(left) && Node.isThisExpression(left.getExpression());
  });
  return params.some(kept) ? undefined : params;
}

/** The parameters of the member of a class of this file that `call` (a call or `new`) hands its arguments to, when
 * the member can receive no other value; undefined otherwise. */
export function memberParameters(call: Node): ParameterDeclaration[] | undefined {
  if (Node.isNewExpression(call)) {
    const cls = localClass(call.getExpression());
    if (!cls || reachableElsewhere(cls) || valueUses(cls).length !== 1) return undefined;
    const ctor = cls.getConstructors().find((c) => c.getBody());
    return ctor ? usable(ctor) : undefined;
  }
  if (!Node.isCallExpression(call)) return undefined;
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee)) return undefined;
  const name = callee.getName();
  const target = callee.getExpression();
  let cls: ClassNode | undefined;
  let isStatic: boolean;
  if (Node.isThisExpression(target)) {
    // `this` of a method, constructor or property initialiser of the class (not of a nested function).
    const owner = target.getFirstAncestor((a) => Node.isFunctionDeclaration(a) || Node.isFunctionExpression(a) || Node.isMethodDeclaration(a) ||
      Node.isConstructorDeclaration(a) || Node.isGetAccessorDeclaration(a) || Node.isSetAccessorDeclaration(a) || Node.isPropertyDeclaration(a));
    const parent = owner?.getParent();
    if (!owner || !(Node.isClassDeclaration(parent) || Node.isClassExpression(parent))) return undefined;
    cls = parent;
    isStatic = Node.isMethodDeclaration(owner) && owner.isStatic();
  } else {
    cls = localClass(target);
    isStatic = true;
    // The class itself handed on (`register(Link)`) could have its static methods called elsewhere; `new Link(…)` cannot.
    const handedOn = (u: Node) => u !== target && !Node.isPropertyAccessExpression(u.getParent()) && !Node.isNewExpression(u.getParent());
    if (cls && valueUses(cls).some(handedOn)) return undefined;
  }
  if (!cls) return undefined;
  const methods = cls.getMethods().filter((m) => m.getName() === name && m.isStatic() === isStatic);
  const method = methods.length === 1 ? methods[0] : undefined;
  if (!method?.getBody()) return undefined;
  const hidden = method.hasScopeKeyword() && method.getScope() === 'private' || name.startsWith('#');
  if (!hidden && reachableElsewhere(cls)) return undefined;
  return memberMentions(cls.getSourceFile(), name) === 1 ? usable(method) : undefined;
}
