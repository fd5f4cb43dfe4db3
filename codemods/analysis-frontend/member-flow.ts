// The parsed event kept on the instance — `this.last = JSON.parse(event.data)` in the handler, read as
// `this.last.transactionReference` in another method of the class (or object literal) — is followed to those reads,
// when every value the class gives that member is this one (or null / undefined): no other object is read through it.
// Otherwise it stays an escape (flagged). A member code outside the class may read too (public in an exported or
// decorated class, an object literal published or read by its name) is followed and its hand-off flagged as well.
import { Node, SyntaxKind, type SourceFile } from '#ts-morph';
import { assignedValue, isEmptyValue, thisMember } from './this-holder.js';
import { signalReads } from './signal-flow.js';
import { isDefaultExported, isExportedDeclaration } from '../analysis/exports.js';

/** The reads of `this.<name>` in its class when `value` is the only value it is given; the member's declared type;
 * `shared` when code outside the class may read the member too (its hand-off is flagged as well). */
export function memberReads(left: Node, value: Node): { reads: Node[]; types: Node[]; shared: boolean } | undefined {
  const member = thisMember(left);
  if (!member) return signalReads(left, value); // a Preact signal's `.value` (signal-flow.ts)
  const d = member.declaration;
  const literal = Node.isObjectLiteralExpression(member.holder);
  if (literal && !d) return undefined; // Vue `methods: { … }`, Pinia `actions: { … }`: `this` is the component / store
  const shared = literal ? !privateLiteralMember(member.holder, left) : !privateClassMember(member.holder, d, left);
  // A field initialised with something else, an accessor (its body decides), a method: not only the event.
  if (d && !((Node.isPropertyDeclaration(d) || Node.isPropertyAssignment(d)) && isEmptyValue(d.getInitializer()))) return undefined;
  const types = d && Node.isPropertyDeclaration(d) && d.getTypeNode() ? [d.getTypeNode()!] : [];
  const reads: Node[] = [];
  for (const site of member.sites) {
    const given = assignedValue(site);
    if (given) {
      if (given !== value && !isEmptyValue(given)) return undefined;
      continue;
    }
    // `delete this.last`, `this.last++`: the member itself is written.
    const p = site.getParent();
    const bump = p && (Node.isPrefixUnaryExpression(p) || Node.isPostfixUnaryExpression(p))
      && [SyntaxKind.PlusPlusToken, SyntaxKind.MinusMinusToken].includes(p.getOperatorToken());
    if (p && (Node.isDeleteExpression(p) || bump)) return undefined;
    reads.push(site);
  }
  return { reads, types, shared };
}

/** An object literal's `this.<name>` is the literal's own member, read nowhere else, only when the literal declares it
 * (`event: null`) — a Vue component's `methods: { … }` and a Pinia store's `actions: { … }` run with `this` the
 * component or store, whose data() / state() declares it and whose template, computed, getters and users read it
 * (those passed silently) — and the literal is a file-local variable's value the file never reads `.<name>` of. */
function privateLiteralMember(holder: Node, site: Node): boolean {
  const name = Node.isPropertyAccessExpression(site) ? site.getName() : undefined;
  const decl = holder.getParent();
  if (!name || !Node.isObjectLiteralExpression(holder) || !holder.getProperty(name) || !Node.isVariableDeclaration(decl) || decl.getInitializer() !== holder) return false;
  const stmt = decl.getVariableStatement();
  if (!Node.isIdentifier(decl.getNameNode()) || !stmt || isExportedDeclaration(stmt)) return false; // (read from the syntax: ts-morph's would build a checker)
  const v = decl.getName();
  const re = v.replace(/\$/g, '\\$');
  // Exported or published (`module.exports = faceLogin`, `export { faceLogin }`, `window.faceLogin = faceLogin`).
  const published = new RegExp(`\\bexports\\b[^;\\n]*\\b${re}\\b|\\bexport\\s+default\\s+${re}\\b|\\bexport\\s*\\{[^}]*\\b${re}\\b|\\b(window|globalThis|self)\\.[\\w$]+\\s*=\\s*${re}\\b`);
  return !published.test(holder.getSourceFile().getFullText())
    && !holder.getSourceFile().getDescendantsOfKind(SyntaxKind.PropertyAccessExpression).some((pa) => pa.getName() === name && pa.getExpression().getText() === v);
}

/** A class's `this.<name>` is read only in the class when it is private (`private`, `protected`, `#name`), or when the
 * class is neither exported nor decorated (an Angular @Component's template reads its public members: that passed
 * silently) and the file reads `.<name>` of nothing but `this`. */
function privateClassMember(holder: Node, d: Node | undefined, site: Node): boolean {
  const name = Node.isPropertyAccessExpression(site) ? site.getName() : undefined;
  if (!name || !(Node.isClassDeclaration(holder) || Node.isClassExpression(holder))) return false;
  if (name.startsWith('#') || (d && Node.isPropertyDeclaration(d) && (d.hasModifier(SyntaxKind.PrivateKeyword) || d.hasModifier(SyntaxKind.ProtectedKeyword)))) return true;
  if (holder.getDecorators().length || (Node.isClassDeclaration(holder) && (isExportedDeclaration(holder) || isDefaultExported(holder)))) return false;
  return !holder.getSourceFile().getDescendantsOfKind(SyntaxKind.PropertyAccessExpression).some((pa) => pa.getName() === name && !Node.isThisExpression(pa.getExpression()));
}

/** The names a Svelte component's markup reads (`{lastEvent.transactionReference}`), by the component's script. */
const markupNames = new WeakMap<object, ReadonlySet<string>>();

/** Registers what the component's markup expressions read (iframe-event-handler, before its handlers are analysed). */
export function registerMarkupNames(sf: SourceFile, markup: readonly string[]): void {
  markupNames.set(sf.compilerNode, new Set(markup.flatMap((m) => m.match(/(?<![\w$.])[A-Za-z_$][\w$]*/g) ?? [])));
}

/** A top-level variable of a component script its markup reads too (`let lastEvent = null`, assigned the parsed event in
 * the handler, read as `{lastEvent.transactionReference}`): the markup's reads are not followed, so the hand-off is
 * flagged (it passed silently, the script's reads renamed and the markup's left). */
export function readInMarkup(decl: Node): boolean {
  const names = markupNames.get(decl.getSourceFile().compilerNode);
  return !!names && Node.isVariableDeclaration(decl) && Node.isSourceFile(decl.getVariableStatement()?.getParent()) && names.has(decl.getName());
}
