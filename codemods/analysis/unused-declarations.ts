// After a migration the legacy URL constants and Basic-credential variables that only fed the rewritten URL or
// Authorization header are dead; under `noUnusedLocals` they would break the type-check. Remove those that are
// provably unused now: non-exported variables of this file, named imports, and `require` destructurings,
// following their initialisers (a credentials string built from two other constants…), and a non-exported legacy
// request type the dropped body annotation named.
import { descendantsOfKinds } from '../engine/descendants.js';
import { Node, SyntaxKind, ts, type GetAccessorDeclaration, type MethodDeclaration, type ParameterDeclaration, type PropertyDeclaration, type SourceFile } from '#ts-morph';
import type { EditSet } from './edit-set.js';
import type { EvalContext } from './eval-context.js';
import { findDeclaration } from './resolve-binding.js';
import { isDefaultExported, isExportedDeclaration } from './exports.js';
import { declaratorRanges, keepDeclarators, sharedStatement, statementLines } from './declaration-lists.js';
import { loadsQuietly, sideEffectFree } from './side-effect-free.js';
import { privateField } from './private-members.js';
import { emptiedStaticBlock, staticBlockWrites } from './static-block-fields.js';

export { privateField } from './private-members.js';
import { namesAMember } from './member-name.js';

type Range = [number, number];

const IDENTIFIER = new Set([SyntaxKind.Identifier]);

const inRanges = (n: Node, ranges: Range[]) => ranges.some(([s, e]) => n.getStart() >= s && n.getEnd() <= e);

/** Remove declarations used only inside `dead` ranges (block-relative positions of replaced or removed text). */
export function removeNowUnused(sf: SourceFile, dead: Range[], edits: EditSet, ctx?: EvalContext): void {
  const ranges = [...dead];
  const removed = new Set<Node>();
  const planned: { owner: Node; decls?: Node[]; start: number; end: number; text: string; message: string }[] = [];
  const privates = new Set<PropertyDeclaration | MethodDeclaration | GetAccessorDeclaration>();
  const paramProps = new Set<ParameterDeclaration>();
  const flaggedParams = new Set<ParameterDeclaration>(); // also destructurings already flagged
  for (let round = 0; round < 4 && roundOnce(); round++);
  // Whole lines removed between two blank lines would leave a double blank line: take one blank line with them.
  const full = sf.getFullText();
  planned.sort((a, b) => a.start - b.start);
  for (let i = 0; i < planned.length; i++) {
    let j = i;
    while (j + 1 < planned.length && planned[j + 1]!.start === planned[j]!.end) j++;
    const first = planned[i]!;
    const last = planned[j]!;
    const blankBefore = first.start >= 2 && full.slice(first.start - 2, first.start) === '\n\n';
    // Also right after an opening brace (the first member of a class went): `{\n\n  next` would keep a blank line.
    const prevLine = first.start >= 1 ? full.slice(full.lastIndexOf('\n', first.start - 2) + 1, first.start - 1) : '';
    const afterBrace = /\{\s*$/.test(prevLine);
    if (first.text === '' && last.text === '' && (blankBefore || afterBrace) && full[last.end] === '\n') last.end += 1;
    i = j;
  }
  for (const r of planned) edits.replaceRange(r.owner, r.start, r.end, r.text, r.message);

  function plan(owner: Node, lines: Range, message: string): void {
    planned.push({ owner, start: lines[0], end: lines[1], text: '', message });
    removed.add(owner);
    ranges.push(lines);
    // The last statement of a static block removed: the block goes whole, instead of its statements one by one.
    const block = emptiedStaticBlock(owner, removed);
    const blockLines = block && statementLines(block);
    if (!block || !blockLines) return;
    for (let k = planned.length - 1; k >= 0; k--) if (planned[k]!.owner.getParent()?.getParent() === block) planned.splice(k, 1);
    plan(block, blockLines, message);
  }

  function roundOnce(): boolean {
    let progress = false;
    const candidates = new Map<Node, string>();
    // inRanges on the raw nodes first (getStart()/getEnd() are the raw node's), so only identifiers inside the
    // ranges are wrapped.
    const raw = sf.compilerNode;
    const inRangesRaw = (n: ts.Node): boolean => ranges.some(([s, e]) => n.getStart(raw) >= s && n.end <= e);
    for (const id of [...descendantsOfKinds(sf, IDENTIFIER, inRangesRaw),
      ...descendantsOfKinds(sf, new Set([SyntaxKind.PrivateIdentifier]), inRangesRaw)]) {
      if (!inRanges(id, ranges)) continue;
      const p = id.getParent();
      if (Node.isPropertyAccessExpression(p) && p.getNameNode() === id) {
        const member = privateField(p);
        if (member && !removed.has(member)) privates.add(member);
        const param = privateParameterProperty(p);
        if (param) paramProps.add(param);
        continue;
      }
      if ((Node.isPropertyAssignment(p) || Node.isBindingElement(p)) && p.getFirstChild() === id && !Node.isShorthandPropertyAssignment(p)) continue;
      // A legacy request type the dropped body annotation named (`const body: LegacyAuthRequest`, `satisfies …`).
      const t = Node.isTypeReference(p) ? localTypeDeclaration(sf, id.getText()) : undefined;
      if (t && !removed.has(t)) candidates.set(t, id.getText());
      const d = t ? undefined : findDeclaration(id, id.getText());
      // A local function that only built the Basic header (`function basicAuth() { return 'Basic ' + btoa(…) }`) too.
      const localFunction = Node.isFunctionDeclaration(d) && !isExportedDeclaration(d) && !isDefaultExported(d) && !d.getJsDocs().length;
      // `import env from '#start/env'` (a default import: its clause) read only by the replaced code.
      const defaultImport = Node.isImportClause(d) && !d.isTypeOnly() && d.getDefaultImport()?.getText() === id.getText();
      if (d && !removed.has(d) && d.getSourceFile() === sf && (Node.isVariableDeclaration(d) || Node.isImportSpecifier(d) || Node.isBindingElement(d) || localFunction || defaultImport)) {
        candidates.set(d, id.getText());
      }
    }
    // A private class field (`private readonly authHeader = 'Basic ' + …`, `#base = '…'`, `static #HOST`) read only by
    // replaced code, or a private method only it called (`#authorization()`).
    for (const member of privates) {
      const name = member.getName();
      const cls = member.getParentOrThrow();
      // A static field set in static blocks goes with the statements that set it (static-block-fields.ts).
      const writes = Node.isPropertyDeclaration(member) ? staticBlockWrites(member) ?? [] : [];
      const setting = (a: Node): boolean => writes.some((w) => a.getStart() >= w.getStart() && a.getEnd() <= w.getEnd());
      const used = cls.getDescendantsOfKind(SyntaxKind.PropertyAccessExpression).some((a) => a.getName() === name && !inRanges(a, ranges) && !setting(a)) ||
        cls.getText().includes(`['${name}']`) || cls.getText().includes(`["${name}"]`);
      const lines = [member, ...writes].map((n) => statementLines(n));
      const free = (l: Range | undefined): l is Range => !!l && !edits.overlaps(l[0], l[1]) && !planned.some((r) => r.start < l[1] && l[0] < r.end);
      if (used || !lines.every(free)) continue;
      const message = `${name} no longer used (legacy URL or Basic credentials)`;
      [member, ...writes].forEach((n, k) => plan(n, lines[k]!, message));
      progress = true;
    }
    privates.clear();
    // `constructor(private token: string, …)`: removing it changes the constructor's signature (callers pass it), so
    // it stays; noUnusedLocals reports it, so say so.
    for (const param of paramProps) {
      const name = param.getName();
      const cls = param.getFirstAncestor((a) => Node.isClassDeclaration(a) || Node.isClassExpression(a));
      const used = !cls || cls.getDescendantsOfKind(SyntaxKind.PropertyAccessExpression).some((a) => a.getName() === name && !inRanges(a, ranges)) ||
        cls.getText().includes(`['${name}']`) || cls.getText().includes(`["${name}"]`);
      if (!used && !flaggedParams.has(param)) {
        flaggedParams.add(param);
        // An injected one (`@Inject('jumio.basic') private readonly basic`, LoopBack's `@inject`): the DI container passes it.
        const passedBy = param.getDecorators().length ? 'its injection binding, if nothing else uses it' : 'the argument its callers pass';
        edits.addManual(param, `the constructor parameter property ${name} fed only the legacy URL or Basic credentials and is no longer read ` +
          `(noUnusedLocals reports it): remove it and ${passedBy}`);
      }
    }
    paramProps.clear();
    const unused: Node[] = [];
    for (const [decl, name] of candidates) {
      // Only identifiers spelled `name` are wrapped (ts-morph's getDescendantsOfKind wraps every token for Identifier).
      const spelled = (n: ts.Node): boolean => n.end - n.pos >= name.length && n.getText(raw) === name;
      const uses = descendantsOfKinds(sf, IDENTIFIER, spelled).filter((i) => {
        if (inRanges(i, ranges)) return false;
        if (namesAMember(i)) return false;
        if (i === nameNodeOf(decl)) return false;
        // A type name counts wherever it is spelled (types are seldom shadowed: keeping one is the safe side).
        return Node.isInterfaceDeclaration(decl) || Node.isTypeAliasDeclaration(decl) || findDeclaration(i, name) === decl;
      });
      if (!uses.length) unused.push(decl);
    }
    // Named imports and require destructurings are edited once per list, so removals never overlap.
    const groups = new Map<Node, Node[]>();
    for (const d of unused) {
      const owner = Node.isImportSpecifier(d) ? d.getImportDeclaration() : Node.isBindingElement(d) || Node.isImportClause(d) ? d.getParent()! : sharedStatement(d) ?? d;
      groups.set(owner, [...(groups.get(owner) ?? []), d]);
    }
    for (const [owner, group] of groups) {
      // A declaration list planned in an earlier round (`pass` went, now `user` too): one edit for all its names.
      const before = Node.isVariableStatement(owner) ? planned.findIndex((r) => r.owner === owner) : -1;
      const decls = before === -1 ? group : [...planned[before]!.decls!, ...group];
      if (before !== -1) planned.splice(before, 1);
      const range = removalRange(owner, decls, ctx);
      // `const { token, secret } = await credentials()`, `const [token, secret] = await Promise.all([vault.get(…), …])`:
      // what computes them may do more (a secrets-manager call).
      const pattern = Node.isObjectBindingPattern(owner) || Node.isArrayBindingPattern(owner) ? owner : undefined;
      if (!range && pattern?.getElements().every((e) => decls.includes(e) || Node.isOmittedExpression(e)) && !flaggedParams.has(owner as never)) {
        flaggedParams.add(owner as never);
        edits.addManual(owner, `${decls.map((d) => nameNodeOf(d)?.getText()).join(', ')} fed only the legacy Basic credentials and ` +
          'are no longer read (noUnusedLocals reports them): remove them, and what computes them if nothing else needs it');
        continue;
      }
      // `const basic = btoa(`${env.get('T')}:${env.get('S')}`)`, `const token = secret('JumioToken')`: a call not known
      // to be free of side effects stays, and noUnusedLocals reports it: say so, as for the destructuring above.
      if (!range && deadCallResult(owner) && !flaggedParams.has(owner as never)) {
        flaggedParams.add(owner as never);
        edits.addManual(owner, `${nameNodeOf(owner)?.getText()} fed only the legacy URL or Basic credentials and is no longer read ` +
          '(noUnusedLocals reports it): remove it, and what computes it if nothing else needs it');
        continue;
      }
      if (!range || edits.overlaps(range[0], range[1]) || planned.some((r) => r.start < range[1] && range[0] < r.end)) continue;
      planned.push({ owner, decls, start: range[0], end: range[1], text: range[2], message: `${decls.map((d) => nameNodeOf(d)?.getText()).join(', ')} no longer used (legacy URL or Basic credentials)` });
      decls.forEach((d) => removed.add(d));
      // Kept declarators of a list still read what they read: only the removed ones' text is dead.
      ranges.push(...(range[2] && Node.isVariableStatement(owner) ? declaratorRanges(decls) : [[range[0], range[1]] as Range]));
      progress = true;
    }
    return progress;
  }
}

/** The private constructor parameter property `this.x` reads, if it is one (`constructor(private x: T)`, also injected:
 * `constructor(@Inject('cfg') private cfg: T)`). */
function privateParameterProperty(access: import('ts-morph').PropertyAccessExpression): ParameterDeclaration | undefined {
  if (!Node.isThisExpression(access.getExpression())) return undefined;
  const cls = access.getFirstAncestor((a) => Node.isClassDeclaration(a) || Node.isClassExpression(a));
  if (!cls || !(Node.isClassDeclaration(cls) || Node.isClassExpression(cls))) return undefined;
  const ctor = cls.getConstructors()[0];
  const param = ctor?.getParameters().find((q) => q.getName() === access.getName() && q.hasModifier(SyntaxKind.PrivateKeyword));
  return param;
}

function nameNodeOf(decl: Node): Node | undefined {
  if (Node.isVariableDeclaration(decl) || Node.isBindingElement(decl)) return decl.getNameNode();
  if (Node.isImportSpecifier(decl)) return decl.getAliasNode() ?? decl.getNameNode();
  if (Node.isImportClause(decl)) return decl.getDefaultImport();
  if (Node.isFunctionDeclaration(decl) || Node.isInterfaceDeclaration(decl) || Node.isTypeAliasDeclaration(decl)) return decl.getNameNode();
  return undefined;
}

/** The file's own top-level interface or type alias of that name, when not exported (and declared once). */
function localTypeDeclaration(sf: SourceFile, name: string): Node | undefined {
  const all = [...sf.getInterfaces(), ...sf.getTypeAliases()].filter((d) => d.getName() === name);
  return all.length === 1 && !isExportedDeclaration(all[0]!) ? all[0] : undefined;
}

/** [start, end, replacement] that removes `decls` (all declared by `owner`). */
function removalRange(owner: Node, decls: Node[], ctx?: EvalContext): [number, number, string] | undefined {
  const whole = (st: Node | undefined): [number, number, string] | undefined => {
    const r = st && statementLines(st); // (up to a `;` that guards the next line)
    return r && [r[0], r[1], ''];
  };
  if (Node.isVariableDeclaration(owner)) {
    const st = owner.getVariableStatement();
    if (!st || isExportedDeclaration(st) || st.getDeclarations().length !== 1 || !removableKind(st)) return undefined;
    const init = owner.getInitializer();
    if (!init || !droppable(init)) return undefined;
    return whole(st);
  }
  if (Node.isVariableStatement(owner)) {
    // Some names of `const user = …, pass = …;`: those go, the others stay (all of them: the statement goes).
    if (isExportedDeclaration(owner) || !removableKind(owner)) return undefined;
    if (!decls.every((d) => Node.isVariableDeclaration(d) && d.getInitializer() && droppable(d.getInitializer()!))) return undefined;
    return keepDeclarators(owner, decls) ?? whole(owner);
  }
  if (Node.isFunctionDeclaration(owner)) return owner.isOverload() ? undefined : whole(owner);
  if (Node.isInterfaceDeclaration(owner) || Node.isTypeAliasDeclaration(owner)) return owner.getJsDocs().length ? undefined : whole(owner);
  if (Node.isImportDeclaration(owner)) {
    const named = owner.getNamedImports();
    const kept = named.filter((n) => !decls.includes(n));
    const keptDefault = decls.includes(owner.getImportClause()!) ? undefined : owner.getDefaultImport();
    if (!kept.length && !keptDefault && !owner.getNamespaceImport()) {
      // Keep loading a module that does something when loaded (dotenv, registrations): `import './config.js';`.
      if (!loadsQuietly(owner.getModuleSpecifierValue(), owner, ctx)) {
        return [owner.getStart(), owner.getEnd(), `import ${owner.getModuleSpecifier().getText()}${owner.getText().trimEnd().endsWith(';') ? ';' : ''}`];
      }
      return whole(owner);
    }
    const clause = owner.getImportClause();
    const list = clause?.getNamedBindings();
    // The default import goes, the named ones stay (`import env, { type X } from …` → `import { type X } from …`), or
    // the other way round.
    // (Only when there is a default import: the clause of `import type { A, B }` starts with `type`, which stays.)
    if (!keptDefault && owner.getDefaultImport() && clause) return [clause.getStart(), clause.getEnd(), list && kept.length ? `{ ${kept.map((k) => k.getText()).join(', ')} }` : list!.getText()];
    if (!kept.length) return keptDefault && clause && list && Node.isNamedImports(list) ? [clause.getStart(), clause.getEnd(), keptDefault.getText()] : undefined;
    return list ? [list.getStart(), list.getEnd(), `{ ${kept.map((k) => k.getText()).join(', ')} }`] : undefined;
  }
  if (Node.isObjectBindingPattern(owner)) {
    const decl = owner.getParent();
    if (!Node.isVariableDeclaration(decl)) return undefined;
    const init = decl.getInitializer();
    const required = /^require\(/.test(init?.getText() ?? '');
    // Also of a value read without side effects (`= process.env`, `= useRuntimeConfig()`): its dead names go like consts.
    if (!required && !(init && sideEffectFree(init) && destructuresPlainly(owner))) return undefined;
    const kept = owner.getElements().filter((e) => !decls.includes(e));
    if (!kept.length) {
      const st = decl.getVariableStatement();
      if (!st || st.getDeclarations().length !== 1) return undefined;
      if (!required) return !isExportedDeclaration(st) && removableKind(st) ? whole(st) : undefined;
      const spec = /^require\(\s*(['"])([^'"]+)\1/.exec(decl.getInitializer()!.getText());
      if (spec && !loadsQuietly(spec[2]!, owner, ctx)) {
        return [st.getStart(), st.getEnd(), `require(${spec[1]}${spec[2]}${spec[1]})${st.getText().trimEnd().endsWith(';') ? ';' : ''}`];
      }
      return whole(st);
    }
    return [owner.getStart(), owner.getEnd(), `{ ${kept.map((k) => k.getText()).join(', ')} }`];
  }
  return undefined;
}

/** `{ a, b: c, d = 'x', public: { e } }`: no rest element, defaults free of side effects, nested patterns alike (Nuxt's
 * `const { jumioToken, public: { siteUrl } } = useRuntimeConfig(event)`: round-29 hold-out). */
const destructuresPlainly = (pattern: import('ts-morph').ObjectBindingPattern | import('ts-morph').ArrayBindingPattern): boolean => pattern.getElements()
  .every((e) => Node.isOmittedExpression(e) || (!e.getDotDotDotToken() && (!e.getInitializer() || sideEffectFree(e.getInitializer()!)) &&
    (Node.isIdentifier(e.getNameNode()) || ((Node.isObjectBindingPattern(e.getNameNode()) || Node.isArrayBindingPattern(e.getNameNode())) &&
      destructuresPlainly(e.getNameNode() as import('ts-morph').ObjectBindingPattern)))));

/** May a dead variable's initialiser go? A value computed without side effects, or a function value (`const basic = ()
 * => 'Basic ' + …`: defining it does nothing, like a local function declaration that only built the header). */
export function droppable(init: Node): boolean {
  return sideEffectFree(init) || Node.isArrowFunction(init) || Node.isFunctionExpression(init);
}

/** A non-exported single `const`/`let`/`var` of its own statement whose initialiser calls something not known to be
 * free of side effects (so removalRange keeps it). */
function deadCallResult(owner: Node): boolean {
  if (!Node.isVariableDeclaration(owner) || !Node.isIdentifier(owner.getNameNode())) return false;
  const st = owner.getVariableStatement();
  const init = owner.getInitializer();
  return !!st && !!init && !isExportedDeclaration(st) && st.getDeclarations().length === 1 && removableKind(st) && !droppable(init);
}

/** May an unused variable of this statement be removed? `const`, and `let` / `var` too (ES5-style modules: a
 * variable with no use left is never written either) — except a top-level `var` of a file that is not a module (no
 * import/export/require), a global other scripts may read. */
export function removableKind(st: import('ts-morph').VariableStatement): boolean {
  if (st.getDeclarationKind() !== 'var' || !Node.isSourceFile(st.getParent())) return true;
  return /\b(import|export)\b|\brequire\(|\bmodule\.exports\b|\bexports\./.test(st.getSourceFile().getFullText());
}
