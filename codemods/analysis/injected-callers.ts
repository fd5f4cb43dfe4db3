// The calls of a public method of an exported service class in the run's files that import the class and receive an
// instance by injection — a NestJS / Angular / tsyringe constructor parameter property (`constructor(private readonly
// jumio: JumioService)`), a property typed with the class, or Angular's `jumio = inject(JumioService)`, each private
// — and call it as `this.jumio.start(…)`. Any other use of the class (`new JumioService()`, a parameter of a function, `extends`, a
// re-export or a require) or of the property (`this.jumio` passed on, destructured), or any other mention of the
// module, leaves the flow open. A NestJS module's `providers: [JumioService]` registers the class and is not a use.
import { Node, SyntaxKind, ts, type CallExpression, type ClassDeclaration, type MethodDeclaration, type SourceFile } from '#ts-morph';
import { descendantsOfKinds } from '../engine/descendants.js';
import { mayName, stemOf } from '../engine/importers.js';
import type { EvalContext } from './eval-context.js';
import { exportedNamesOf } from './exports.js';
import { importerParse } from './importer-parse.js';
import { bindsTo } from './scope.js';

export interface InjectedCalls {
  calls: CallExpression[];
  open: boolean;
}

const IDENTIFIER = new Set([SyntaxKind.Identifier]);
const STRINGS = new Set([SyntaxKind.StringLiteral, SyntaxKind.NoSubstitutionTemplateLiteral]);
const REGISTRATION_KEYS = new Set(['providers', 'exports', 'controllers']);

/** Undefined when `method` is not a public instance method of an exported top-level class (nothing to follow). */
export function injectedCalls(method: MethodDeclaration, ctx: EvalContext): InjectedCalls | undefined {
  const cls = method.getParent();
  if (!Node.isClassDeclaration(cls) || !Node.isSourceFile(cls.getParent()) || method.isStatic() || !Node.isIdentifier(method.getNameNode())) return undefined;
  const className = cls.getName();
  const own = cls.hasModifier(SyntaxKind.ExportKeyword) ? (cls.hasModifier(SyntaxKind.DefaultKeyword) ? 'default' : className) : undefined;
  const names = [...(own ? [own] : []), ...(className ? exportedNamesOf(cls.getSourceFile(), className) : [])];
  const target = ctx.pathOf(cls);
  const set = target ? ctx.project.importersOf?.(target) : undefined;
  // A decorated method (`@Get()`, `@Cron()`, `@OnEvent()`…) is also called by its framework, which takes the value.
  if (!names.length || !target || !set || method.getDecorators().length > 0) return undefined;
  const out: InjectedCalls = { calls: [], open: !set.complete };
  for (const file of set.files) {
    const sf = importerParse(file, ctx);
    if (!sf) out.open = true;
    else if (sf !== cls.getSourceFile()) classUses(sf, file, target, names, method.getName(), ctx, out);
  }
  return out;
}

/** The class's bindings in one importing file (ESM imports only), and the calls through the instances they type. */
function classUses(sf: SourceFile, file: string, target: string, names: string[], method: string, ctx: EvalContext, out: InjectedCalls): void {
  const stem = stemOf(target);
  const ids: Node[] = [];
  for (const lit of descendantsOfKinds(sf, STRINGS, (n) => mayName((n as ts.StringLiteral).text, stem, file))) {
    if (ctx.project.resolveModule((lit as import('ts-morph').StringLiteral).getLiteralValue(), file) !== target) continue;
    const p = lit.getParent();
    const clause = Node.isImportDeclaration(p) ? p.getImportClause() : undefined;
    if (!Node.isImportDeclaration(p)) out.open = true;
    else if (clause?.getNamespaceImport()) out.open = true;
    else if (clause) {
      const def = clause.getDefaultImport();
      if (def && names.includes('default')) ids.push(def);
      for (const el of clause.getNamedImports()) if (names.includes(el.getNameNode().getText())) ids.push(el.getAliasNode() ?? el.getNameNode());
    }
  }
  for (const id of ids) {
    for (const d of descendantsOfKinds(sf, IDENTIFIER, (n) => (n as ts.Identifier).text === id.getText())) {
      if (d === id || !bindsTo(d, id)) continue;
      const holder = instanceHolder(d);
      if (holder === 'registration') continue;
      if (!holder) out.open = true;
      else {
        throughProperty(holder.cls, holder.prop, method, out);
        out.open ||= holder.shared;
      }
    }
  }
}

/** The class and property an injected instance lives in (`shared`: not private), 'registration' for a NestJS module's
 * list, else undefined. */
function instanceHolder(d: Node): { cls: ClassDeclaration; prop: string; shared: boolean } | 'registration' | undefined {
  const p = d.getParent();
  if (Node.isImportSpecifier(p) || Node.isTypeQuery(p)) return 'registration'; // the import itself, `typeof X`
  if (Node.isArrayLiteralExpression(p)) {
    const key = p.getParent();
    if (Node.isPropertyAssignment(key) && REGISTRATION_KEYS.has(key.getName()) && key.getFirstAncestorByKind(SyntaxKind.Decorator)) return 'registration';
    return undefined;
  }
  let member: Node | undefined;
  if (Node.isTypeReference(p) && p.getTypeName() === d) member = p.getParent();
  else if (Node.isCallExpression(p) && p.getExpression().getText() === 'inject' && p.getArguments()[0] === d) member = p.getParent();
  const cls = member?.getParent();
  const fromParam = Node.isParameterDeclaration(member) && member.getScope() !== undefined && Node.isConstructorDeclaration(member.getParent());
  const owner = fromParam ? member!.getParent()!.getParent() : Node.isPropertyDeclaration(member) && !member.isStatic() ? cls : undefined;
  if (!Node.isClassDeclaration(owner) || !(fromParam || Node.isPropertyDeclaration(member))) return undefined;
  const held = member as import('ts-morph').ParameterDeclaration | import('ts-morph').PropertyDeclaration;
  const name = held.getNameNode();
  // Only a private member is read in the class alone: a public or protected one (`constructor(public jumio: …)`) is
  // also reachable from other files (`controller.jumio.start(ref)`), a subclass, an Angular template.
  return Node.isIdentifier(name) ? { cls: owner, prop: name.getText(), shared: held.getScope() !== 'private' } : undefined;
}

/** `this.prop.method(…)` in the class; any other mention of `prop` there (passed on, destructured) opens the flow. */
function throughProperty(cls: ClassDeclaration, prop: string, method: string, out: InjectedCalls): void {
  const [from, to] = [cls.getPos(), cls.getEnd()];
  for (const d of descendantsOfKinds(cls.getSourceFile(), IDENTIFIER, (n) => (n as ts.Identifier).text === prop && n.pos >= from && n.end <= to)) {
    const p = d.getParent();
    if ((Node.isParameterDeclaration(p) || Node.isPropertyDeclaration(p)) && p.getNameNode() === d) continue;
    const viaThis = Node.isPropertyAccessExpression(p) && p.getNameNode() === d && Node.isThisExpression(p.getExpression());
    const use = viaThis ? p.getParent() : undefined;
    if (!viaThis || !Node.isPropertyAccessExpression(use) || use.getExpression() !== p) {
      out.open = true;
      continue;
    }
    if (use.getName() !== method) continue; // another method of the service
    const call = use.getParent();
    if (Node.isCallExpression(call) && call.getExpression() === use) out.calls.push(call);
    else out.open = true;
  }
}
