// The lazy scope lookup (codemods/analysis/scope-lookup.ts) must name the same declaration as TypeScript's type
// checker for every identifier that refers to a declaration of its own file, and nothing where the checker finds
// no local declaration — on real code: every rule fixture, every hold-out customer file and the engine's sources.
import { readFileSync } from 'node:fs';
import { ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { lookupName } from '../../codemods/analysis/scope-lookup.js';
import { scriptCorpus } from '../support/script-corpus.js';

const LOCAL_KINDS = new Set([
  ts.SyntaxKind.VariableDeclaration, ts.SyntaxKind.BindingElement, ts.SyntaxKind.Parameter, ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.ClassDeclaration, ts.SyntaxKind.ImportSpecifier, ts.SyntaxKind.ImportClause, ts.SyntaxKind.NamespaceImport,
  ts.SyntaxKind.EnumDeclaration, ts.SyntaxKind.InterfaceDeclaration, ts.SyntaxKind.TypeAliasDeclaration,
]);

/** Identifiers that name a member or a key, not a binding: the checker answers with a property, we with nothing useful. */
function namesAMember(id: ts.Identifier): boolean {
  const p = id.parent;
  return (ts.isPropertyAccessExpression(p) && p.name === id) || (ts.isQualifiedName(p) && p.right === id) ||
    ((ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isPropertySignature(p) || ts.isMethodDeclaration(p) ||
      ts.isMethodSignature(p) || ts.isGetAccessorDeclaration(p) || ts.isSetAccessorDeclaration(p) || ts.isEnumMember(p) ||
      ts.isJsxAttribute(p)) && p.name === id) ||
    ((ts.isLabeledStatement(p) || ts.isBreakOrContinueStatement(p)) && p.label === id) ||
    ts.isShorthandPropertyAssignment(p) || (ts.isBindingElement(p) && p.propertyName === id) ||
    (ts.isImportSpecifier(p) && p.propertyName === id) || ts.isExportSpecifier(p) || ts.isJsxTagNameExpression(p as ts.JsxTagNameExpression) && ts.isJsxOpeningLikeElement(p) ||
    ts.isMetaProperty(p) || ts.isTypeParameterDeclaration(p) || ts.isJSDoc(p) || !!(id.flags & ts.NodeFlags.JSDoc) ||
    // A namespaced JSX attribute name (`use:webClient`): an attribute to the checker, while Solid's compiler binds
    // `use:` to the function of that name — the lookup answers it on purpose, so an unused-code pass never drops it.
    ts.isJsxNamespacedName(p);
}

// The corpus (every fixture and hold-out file) grows every session: under load this walk takes minutes, not 30 s.
describe('lookupName', { timeout: 180_000 }, () => {
  const files = scriptCorpus();

  it('covers a real corpus', () => expect(files.length).toBeGreaterThan(300));

  it('answers like the type checker for every identifier', () => {
    let local = 0;
    let none = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const name = `/x${file.slice(file.lastIndexOf('.'))}`;
      const options: ts.CompilerOptions = { allowJs: true, noLib: true, jsx: ts.JsxEmit.Preserve, target: ts.ScriptTarget.ESNext };
      const host = ts.createCompilerHost(options);
      const sf = ts.createSourceFile(name, text, ts.ScriptTarget.ESNext, true);
      if ((sf as { parseDiagnostics?: unknown[] }).parseDiagnostics?.length) continue; // broken-input fixtures
      host.getSourceFile = (f) => (f === name ? sf : undefined);
      const checker = ts.createProgram([name], options, host).getTypeChecker();
      const visit = (n: ts.Node): void => {
        if (ts.isIdentifier(n) && !namesAMember(n)) {
          const decl = checker.getSymbolAtLocation(n)?.declarations?.[0];
          const mine = lookupName(n, n.text);
          const where = `${file}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1} ${n.text}`;
          if (decl && decl.getSourceFile() === sf && LOCAL_KINDS.has(decl.kind)) {
            expect(mine, where).toBe(decl);
            local++;
          } else if (!decl) {
            expect(mine, where).toBeUndefined();
            none++;
          }
        }
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
    // the comparison really ran on both kinds of identifier
    expect(local).toBeGreaterThan(5000);
    expect(none).toBeGreaterThan(1000);
  });
});
