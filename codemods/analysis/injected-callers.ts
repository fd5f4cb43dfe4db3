// The calls of a public method of an exported service class in the run's files that import the class and receive an
// instance by injection — a NestJS / Angular / tsyringe constructor parameter property (`constructor(private readonly
// jumio: JumioService)`, with `@Inject(forwardRef(() => JumioService))` or not), a property typed with the class, or
// Angular's `jumio = inject(JumioService)`, each private — and call it as `this.jumio.start(…)`; through a custom
// provider's token (`{ provide: JUMIO, useClass: JumioService }`, injection-tokens.ts; a string token, string-tokens.ts)
// where it is provable. Any other
// use of the class (`new JumioService()`, a parameter of a function, `extends`, a re-export or a require, a member
// `@Inject(TOKEN)` of an unproven token) or of the property (`this.jumio` passed on, destructured), or any other
// mention of the module, leaves the flow open. A NestJS module's `providers: [JumioService]` registers the class and
// is not a use.
import { Node, SyntaxKind, ts, type CallExpression, type ClassDeclaration, type ExportDeclaration, type MethodDeclaration, type SourceFile } from '#ts-morph';
import { descendantsOfKinds } from '../engine/descendants.js';
import type { EvalContext } from './eval-context.js';
import { exportedNamesOf } from './exports.js';
import { importerParse, markupMentions, moduleMentions } from './importer-parse.js';
import { injectArgument, tokenDeclaration, tokenInjections, type InjectedMember } from './injection-tokens.js';
import { stringToken, stringTokenInjections } from './string-tokens.js';
import { findDeclaration } from './resolve-binding.js';
import { bindsTo } from './scope.js';

export interface InjectedCalls {
  calls: CallExpression[];
  open: boolean;
}

const IDENTIFIER = new Set([SyntaxKind.Identifier]);
const REGISTRATION_KEYS = new Set(['providers', 'exports', 'controllers']);

/** What the importers' uses of the class say: the members holding its instance, and the tokens it is injected by or
 * registered under (with the file each was seen in). */
interface Found {
  members: Set<InjectedMember>;
  injected: [Node, string][];
  provided: [Node, string][];
}

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
  const out: InjectedCalls = { calls: [], open: false };
  const found: Found = { members: new Set(), injected: [], provided: [] };
  // The importers of the class's module and, through barrels re-exporting it (a library's index.ts behind a
  // tsconfig `paths` alias), the importers of each barrel under the names it exports the class as.
  const seen = new Set<string>();
  const visit: Visit = (module, exported) => {
    if (seen.has(module)) return;
    seen.add(module);
    const importers = module === target ? set : ctx.project.importersOf?.(module);
    if (!importers) return void (out.open = true);
    out.open ||= !importers.complete;
    for (const file of importers.files) {
      const sf = importerParse(file, ctx);
      if (!sf) out.open = true;
      else if (sf !== cls.getSourceFile()) classUses(sf, file, module, exported, ctx, out, found, visit);
    }
  };
  visit(target, names);
  // The class's own module: a controller beside the service that receives it by injection (round-21 hold-out).
  if (className) ownFileUses(cls, out, found);
  // A custom provider (`{ provide: JUMIO, useClass: JumioService }`): the members injected with its token, wherever.
  const isService = (id: Node, file: string): boolean => serviceBinding(id, file, cls, target, names, ctx);
  const proven = new Set<Node>();
  const provenStrings = new Set<string>();
  for (const [token, file] of found.provided) {
    const value = stringToken(token);
    if (value !== undefined) {
      if (provenStrings.has(value)) continue;
      provenStrings.add(value);
      const injections = stringTokenInjections(value, set.complete, ctx, isService);
      injections.members.forEach((m) => found.members.add(m));
      out.open ||= injections.open;
      continue;
    }
    const decl = tokenDeclaration(token, file, ctx);
    if (!decl || proven.has(decl)) {
      out.open ||= !decl;
      continue;
    }
    proven.add(decl);
    const injections = tokenInjections(decl, ctx, isService);
    injections.members.forEach((m) => found.members.add(m));
    out.open ||= injections.open;
  }
  // `@Inject(TOKEN) jumio: JumioService` holds what the token provides, which only a proven provider says.
  for (const [token, file] of found.injected) {
    const value = stringToken(token);
    if (value !== undefined) {
      out.open ||= !provenStrings.has(value);
      continue;
    }
    const decl = tokenDeclaration(token, file, ctx);
    if (!decl || !proven.has(decl)) out.open = true;
  }
  for (const member of found.members) {
    const holder = memberHolder(member);
    if (!holder) out.open = true;
    else {
      throughProperty(holder.cls, holder.prop, method.getName(), out);
      // A component's markup reads its class's members whatever their TypeScript visibility.
      out.open ||= holder.shared || markupMentions(member.getSourceFile(), holder.prop);
    }
  }
  return out;
}

/** Is `id` (in `file`) the service class: imported from its module under an exported name, or the class itself? */
function serviceBinding(id: Node, file: string, cls: ClassDeclaration, target: string, names: string[], ctx: EvalContext): boolean {
  const decl = findDeclaration(id, id.getText());
  if (decl === cls) return true;
  const imp = decl?.getFirstAncestorByKind(SyntaxKind.ImportDeclaration);
  if (!imp || ctx.project.resolveModule(imp.getModuleSpecifierValue(), file) !== target) return false;
  if (Node.isImportSpecifier(decl)) return !decl.isTypeOnly() && names.includes(decl.getNameNode().getText());
  return Node.isImportClause(decl) && names.includes('default');
}

type Visit = (module: string, exported: string[]) => void;

/** The names a barrel's `export … from` gives the class exported as `names` ([] none; undefined: a namespace or a
 * type-only re-export, whose uses are not followed). */
function reexported(decl: ExportDeclaration, names: string[]): string[] | undefined {
  if (decl.isTypeOnly() || decl.getNamespaceExport()) return undefined;
  if (!decl.hasNamedExports()) return names.filter((n) => n !== 'default');
  const els = decl.getNamedExports().filter((el) => names.includes(el.getNameNode().getText()));
  if (els.some((el) => el.isTypeOnly())) return undefined;
  return els.map((el) => el.getAliasNode()?.getText() ?? el.getNameNode().getText());
}

/** The class's bindings in one importing file (ESM imports only), and what each use of them says (`found`); a barrel
 * re-exporting it is visited in turn. */
function classUses(sf: SourceFile, file: string, target: string, names: string[], ctx: EvalContext, out: InjectedCalls, found: Found, visit: Visit): void {
  const ids: Node[] = [];
  for (const lit of moduleMentions(sf, file, target, ctx)) {
    const p = lit.getParent();
    const clause = Node.isImportDeclaration(p) ? p.getImportClause() : undefined;
    if (Node.isExportDeclaration(p)) {
      const through = reexported(p, names);
      if (!through) out.open = true;
      else if (through.length) visit(file, through);
    } else if (!Node.isImportDeclaration(p)) out.open = true;
    else if (clause?.getNamespaceImport()) out.open = true;
    else if (clause) {
      const def = clause.getDefaultImport();
      if (def && names.includes('default')) ids.push(def);
      for (const el of clause.getNamedImports()) if (names.includes(el.getNameNode().getText())) ids.push(el.getAliasNode() ?? el.getNameNode());
    }
  }
  for (const id of ids) {
    out.open ||= markupMentions(sf, id.getText()); // a component's markup
    for (const d of descendantsOfKinds(sf, IDENTIFIER, (n) => (n as ts.Identifier).text === id.getText())) {
      if (d === id || !bindsTo(d, id)) continue;
      const use = instanceHolder(d);
      if (use === 'registration') continue;
      if (!use) out.open = true;
      else if ('token' in use) found.injected.push([use.token, file]);
      else if ('provides' in use) found.provided.push([use.provides, file]);
      else found.members.add(use.member);
    }
  }
}

type ClassUse = 'registration' | { member: InjectedMember } | { token: Node } | { provides: Node } | undefined;

/** What a use of the class is: the member its instance is injected into; the token a member typed with it is injected
 * by, or that a custom provider registers it under; 'registration' for a NestJS module's list, the import, `typeof X`;
 * else undefined. */
function instanceHolder(d: Node): ClassUse {
  const p = d.getParent();
  if (Node.isImportSpecifier(p) || Node.isTypeQuery(p)) return 'registration'; // the import itself, `typeof X`
  if (Node.isArrayLiteralExpression(p)) {
    const key = p.getParent();
    if (Node.isPropertyAssignment(key) && REGISTRATION_KEYS.has(key.getName()) && key.getFirstAncestorByKind(SyntaxKind.Decorator)) return 'registration';
    return undefined;
  }
  // `{ provide: JUMIO, useClass: JumioService }` (or useExisting) registers the class under a token; `{ provide:
  // JumioService, useClass: JumioService }` is a plain registration, any other provider of the class's token replaces it.
  const obj = Node.isPropertyAssignment(p) && p.getInitializer() === d ? p.getParent() : undefined;
  if (Node.isObjectLiteralExpression(obj)) {
    const value = (key: string) => {
      const a = obj.getProperty(key);
      return Node.isPropertyAssignment(a) ? a.getInitializer() : undefined;
    };
    const provided = value('useClass') ?? value('useExisting');
    const token = value('provide');
    if (!token || !provided || (p as import('ts-morph').PropertyAssignment).getName() === 'provide') return provided?.getText() === d.getText() ? 'registration' : undefined;
    return token.getText() === d.getText() ? 'registration' : { provides: token };
  }
  // `@Inject(JumioService)`, `@Inject(forwardRef(() => JumioService))`: the member holds the class's instance.
  const decorated = d.getFirstAncestorByKind(SyntaxKind.Decorator)?.getParent();
  let member: Node | undefined = decorated && injectArgument(decorated) === d ? decorated : undefined;
  if (!member && Node.isTypeReference(p) && p.getTypeName() === d) {
    member = p.getParent();
    const arg = member ? injectArgument(member) : undefined;
    if (arg && arg.getText() !== d.getText()) return { token: arg }; // the type says nothing of what the token provides
  } else if (!member && Node.isCallExpression(p) && p.getExpression().getText() === 'inject' && p.getArguments()[0] === d) member = p.getParent();
  return (Node.isParameterDeclaration(member) || Node.isPropertyDeclaration(member)) && memberHolder(member) ? { member } : undefined;
}

/** The class and property an injected instance lives in (`shared`: not private), for a constructor parameter property
 * or an instance property of a class declaration; else undefined. */
function memberHolder(member: InjectedMember): { cls: ClassDeclaration; prop: string; shared: boolean } | undefined {
  const fromParam = Node.isParameterDeclaration(member) && member.getScope() !== undefined && Node.isConstructorDeclaration(member.getParent());
  const owner = fromParam ? member.getParent()!.getParent() : Node.isPropertyDeclaration(member) && !member.isStatic() ? member.getParent() : undefined;
  const name = member.getNameNode();
  // Only a private member is read in the class alone: a public or protected one (`constructor(public jumio: …)`) is
  // also reachable from other files (`controller.jumio.start(ref)`), a subclass, an Angular template.
  return Node.isClassDeclaration(owner) && Node.isIdentifier(name) ? { cls: owner, prop: name.getText(), shared: member.getScope() !== 'private' } : undefined;
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

/** Uses of the class in its own module, read like an importer's: another class of the file injected with it. */
function ownFileUses(cls: ClassDeclaration, out: InjectedCalls, found: Found): void {
  const nameNode = cls.getNameNode()!;
  const sf = cls.getSourceFile();
  for (const d of descendantsOfKinds(sf, IDENTIFIER, (n) => (n as ts.Identifier).text === nameNode.getText())) {
    if (d === nameNode || findDeclaration(d, d.getText()) !== cls) continue;
    const use = instanceHolder(d);
    if (use === 'registration') continue;
    // A token here (injected or provided) is proven only through the importers' pass: the flow stays open.
    if (use && 'member' in use) found.members.add(use.member);
    else out.open = true;
  }
}
