// A service class registered under an injection token — a NestJS custom provider `{ provide: JUMIO, useClass:
// JumioService }` (or `useExisting`) — reaches the classes injected with the token (`@Inject(JUMIO) private readonly
// jumio: Jumio`, Angular's `jumio = inject(JUMIO)`), which need not import the class at all. Followed only where it is
// provable: the token is a module-level `const` holding a value nobody else can spell (`Symbol('jumio')`, Angular's
// `new InjectionToken(…)`) or a class (`{ provide: AbstractKyc, useClass: JumioKyc }`, injected by the type of a
// constructor parameter property), every file that may use it is known (its module's importers, complete), and every use
// there is an injection into a member or a provider of that same class. A string token (`'JUMIO'`) may be spelled
// anywhere: string-tokens.ts follows it by reading every file of the run; a const holding one is never proven.
import { Node, SyntaxKind, ts, type ClassDeclaration, type ParameterDeclaration, type PropertyDeclaration, type VariableDeclaration } from '#ts-morph';
import { descendantsOfKinds } from '../engine/descendants.js';
import { mayName, stemOf } from '../engine/importers.js';
import type { EvalContext } from './eval-context.js';
import { exportedDeclaration, exportedNamesOf, isExportedDeclaration } from './exports.js';
import { importerParse, markupMentions } from './importer-parse.js';
import { findDeclaration } from './resolve-binding.js';
import { bindsTo } from './scope.js';

const IDENTIFIER = new Set([SyntaxKind.Identifier]);
const STRINGS = new Set([SyntaxKind.StringLiteral, SyntaxKind.NoSubstitutionTemplateLiteral]);

/** A class member an injection fills: a constructor parameter property, or a property. */
export type InjectedMember = ParameterDeclaration | PropertyDeclaration;

export interface TokenInjections {
  members: InjectedMember[];
  open: boolean;
}

/** The argument of the member's `@Inject(…)` decorator, unwrapped from `forwardRef(() => X)`. */
export function injectArgument(member: Node): Node | undefined {
  if (!Node.isParameterDeclaration(member) && !Node.isPropertyDeclaration(member)) return undefined;
  const call = member.getDecorators().find((d) => d.getName() === 'Inject')?.getCallExpression();
  const arg = call?.getArguments()[0];
  if (Node.isCallExpression(arg) && arg.getExpression().getText() === 'forwardRef') {
    const fn = arg.getArguments()[0];
    return Node.isArrowFunction(fn) ? fn.getBody() : undefined;
  }
  return arg;
}

/** A token declaration: a top-level class (`{ provide: AbstractKyc, useClass: JumioKyc }`, injected by the type of a
 * constructor parameter property), or a top-level `const` whose value is unique to it: `Symbol('x')` (not
 * `Symbol.for`), `new InjectionToken(…)`. */
export type TokenDeclaration = VariableDeclaration | ClassDeclaration;

function uniqueToken(decl: Node | undefined): decl is TokenDeclaration {
  if (Node.isClassDeclaration(decl)) return !!decl.getName() && Node.isSourceFile(decl.getParent());
  if (!Node.isVariableDeclaration(decl) || !Node.isIdentifier(decl.getNameNode())) return false;
  const list = decl.getParent();
  if (!Node.isVariableDeclarationList(list) || list.getDeclarationKind() !== 'const' || !Node.isSourceFile(list.getParent()?.getParent())) return false;
  const init = decl.getInitializer();
  return (Node.isCallExpression(init) && init.getExpression().getText() === 'Symbol') ||
    (Node.isNewExpression(init) && init.getExpression().getText() === 'InjectionToken');
}

/** The token's declaration (in its module's run-owned parse), or undefined when it is not a provable token. */
export function tokenDeclaration(token: Node, file: string, ctx: EvalContext): TokenDeclaration | undefined {
  if (!Node.isIdentifier(token)) return undefined;
  const decl = findDeclaration(token, token.getText());
  if (uniqueToken(decl)) return decl;
  if (!Node.isImportSpecifier(decl) || decl.isTypeOnly() || decl.getImportDeclaration().isTypeOnly()) return undefined;
  const path = ctx.project.resolveModule(decl.getImportDeclaration().getModuleSpecifierValue(), file);
  const home = path ? importerParse(path, ctx) : undefined;
  const found = home ? exportedDeclaration(home, decl.getNameNode().getText()) : undefined;
  return uniqueToken(found) ? found : undefined;
}

/** The members injected with the token declared by `decl`, in its module and every file importing it. `isService`:
 * is this identifier the service class (the only class a provider of the token may name)? */
export function tokenInjections(decl: TokenDeclaration, ctx: EvalContext, isService: (id: Node, file: string) => boolean): TokenInjections {
  const out: TokenInjections = { members: [], open: false };
  const home = decl.getSourceFile();
  const path = ctx.pathOf(decl);
  const set = path ? ctx.project.importersOf?.(path) : undefined;
  if (!path || !set?.complete) return { members: [], open: true };
  const statement = Node.isClassDeclaration(decl) ? decl : decl.getParent().getParent();
  const name = decl.getName()!;
  const names = [...(isExportedDeclaration(statement) ? [name] : []), ...exportedNamesOf(home, name)];
  for (const file of [path, ...set.files.filter((f) => f !== path)]) {
    const sf = file === path ? home : importerParse(file, ctx);
    if (!sf) {
      out.open = true;
      continue;
    }
    const ids: Node[] = file === path ? [decl.getNameNode()!] : [];
    for (const lit of descendantsOfKinds(sf, STRINGS, (n) => mayName((n as ts.StringLiteral).text, stemOf(path), file))) {
      if (ctx.project.resolveModule((lit as import('ts-morph').StringLiteral).getLiteralValue(), file) !== path) continue;
      const p = lit.getParent();
      const clause = Node.isImportDeclaration(p) ? p.getImportClause() : undefined;
      // A namespace import, a re-export, a require of the token's module: the token may go anywhere from there.
      if (!Node.isImportDeclaration(p) || clause?.getNamespaceImport()) out.open = true;
      else if (clause) for (const el of clause.getNamedImports()) if (names.includes(el.getNameNode().getText())) ids.push(el.getAliasNode() ?? el.getNameNode());
    }
    for (const id of ids) usesOfToken(id, file, isService, out);
  }
  return out;
}

function usesOfToken(id: Node, file: string, isService: (id: Node, file: string) => boolean, out: TokenInjections): void {
  out.open ||= markupMentions(id.getSourceFile(), id.getText()); // a component's markup
  for (const d of descendantsOfKinds(id.getSourceFile(), IDENTIFIER, (n) => (n as ts.Identifier).text === id.getText())) {
    if (d === id || !bindsTo(d, id)) continue;
    const p = d.getParent();
    if (Node.isImportSpecifier(p) || Node.isExportSpecifier(p) && !p.getExportDeclaration().getModuleSpecifier()) continue; // `export { JUMIO }`
    if ((Node.isPropertyAccessExpression(p) || Node.isPropertyAssignment(p)) && p.getNameNode() === d) continue;
    const list = Node.isArrayLiteralExpression(p) ? p.getParent() : undefined; // a NestJS module's `exports: [JUMIO]`
    if (Node.isPropertyAssignment(list) && list.getName() === 'exports' && list.getFirstAncestorByKind(SyntaxKind.Decorator)) continue;
    const member = injectedMember(d) ?? typedMember(d);
    if (member) {
      out.members.push(member);
      continue;
    }
    // A class token's other type uses (`extends`/`implements`, a type annotation) hold no instance of their own.
    if (Node.isTypeReference(p) || Node.isExpressionWithTypeArguments(p) || Node.isTypeQuery(p)) continue;
    // `{ provide: JUMIO, useClass: JumioService }`: a provider of the token, which must be the service class.
    const obj = Node.isPropertyAssignment(p) && p.getName() === 'provide' && p.getInitializer() === d ? p.getParent() : undefined;
    const cls = Node.isObjectLiteralExpression(obj) ? ['useClass', 'useExisting'].map((k) => obj.getProperty(k)).find((a) => a) : undefined;
    const value = Node.isPropertyAssignment(cls) ? cls.getInitializer() : undefined;
    if (!value || !Node.isIdentifier(value) || !isService(value, file)) out.open = true;
  }
}

/** The member `d` is injected into: `@Inject(d)` on a constructor parameter property or a property, `inject(d)` as a
 * property's initialiser (Angular). */
export function injectedMember(d: Node): InjectedMember | undefined {
  const call = d.getParent();
  if (!Node.isCallExpression(call) || call.getArguments()[0] !== d) return undefined;
  const holder = call.getParent();
  if (call.getExpression().getText() === 'inject') return Node.isPropertyDeclaration(holder) && holder.getInitializer() === call ? holder : undefined;
  const member = Node.isDecorator(holder) && holder.getName() === 'Inject' ? holder.getParent() : undefined;
  if (Node.isParameterDeclaration(member) && member.getScope() !== undefined && Node.isConstructorDeclaration(member.getParent())) return member;
  return Node.isPropertyDeclaration(member) ? member : undefined;
}

/** A constructor parameter property typed with a class token and not injected with another token (`constructor(private
 * readonly kyc: AbstractKyc)`: NestJS injects by the type). */
function typedMember(d: Node): InjectedMember | undefined {
  const ref = d.getParent();
  const param = Node.isTypeReference(ref) && ref.getTypeName() === d ? ref.getParent() : undefined;
  if (!Node.isParameterDeclaration(param) || param.getScope() === undefined || !Node.isConstructorDeclaration(param.getParent())) return undefined;
  const arg = injectArgument(param);
  return !arg || arg.getText() === d.getText() ? param : undefined;
}
