// The syntactic export checks (codemods/analysis/exports.ts) must answer exactly as ts-morph's isExported() /
// isDefaultExport() (which ask the type checker) for every top-level declaration of a real corpus: every rule
// fixture, every hold-out customer file and the analysis sources, plus the export forms written out below.
import { readFileSync } from 'node:fs';
import { Node, Project, ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { exportedDeclaration, isDefaultExported, isExportedDeclaration } from '../../codemods/analysis/exports.js';
import { scriptCorpus } from '../support/script-corpus.js';

const FORMS: [string, string][] = [
  ['named.ts', `function a() {}\nexport { a };\nconst b = 1;\nexport { b as c };\ninterface F {}\nexport { F };\ntype G = 1;\n` +
    `enum H { x }\nexport { H as I };\nexport function j() {}\nexport const l = 1, m = 2;\nfunction n() {}\nclass O {}\n`],
  ['default-name.ts', `function d() {}\nexport default d;\nfunction e() {}\n`],
  ['default-as.ts', `class E {}\nexport { E as default };\n`],
  ['default-fn.ts', `export default function k() {}\nfunction p() {}\n`],
  ['cjs.js', `function a() {}\nmodule.exports = a;\nfunction e() {}\n`],
  ['cjs-props.js', `function b() {}\nexports.b = b;\nfunction c() {}\nmodule.exports.d = c;\nfunction e() {}\n`],
  ['eq.ts', `function a() {}\nexport = a;\n`],
  ['cjs-object.js', `function a() {}\nfunction b() {}\nfunction c() {}\nmodule.exports = { a, x: b };\n`],
];

/** The one deliberate difference: `module.exports = { … }` exports each name its properties hold, but ts-morph's
 * checker counts them only when every property is a shorthand (`{ a, b }`), not `{ a, x: b }` nor `{ x: b }`. The
 * syntactic check counts them all — the safer answer for a rule deciding whether it may remove or rename a
 * declaration. */
function exportedByProperty(text: string, name: string | undefined): boolean {
  const body = /module\.exports\s*=\s*\{([^}]*)\}/.exec(text)?.[1];
  return !!name && !!body && body.split(',').some((p) => p.split(':').at(-1)!.trim() === name);
}

// The corpus (every fixture and hold-out file) grows every session: under load this walk takes minutes, not 30 s.
describe('isExportedDeclaration / isDefaultExported', { timeout: 180_000 }, () => {
  const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true, compilerOptions: { allowJs: true, noLib: true, jsx: ts.JsxEmit.Preserve } });
  const files: [string, string][] = [...FORMS, ...scriptCorpus().map((f): [string, string] => [f, readFileSync(f, 'utf8')])];

  it('answers like ts-morph for every top-level declaration', () => {
    let exported = 0;
    let defaults = 0;
    let compared = 0;
    for (const [i, [file, text]] of files.entries()) {
      const sf = project.createSourceFile(`/f${i}${file.slice(file.lastIndexOf('.'))}`, text);
      for (const st of sf.getStatements()) {
        if (!(Node.isFunctionDeclaration(st) || Node.isClassDeclaration(st) || Node.isVariableStatement(st) || Node.isInterfaceDeclaration(st) ||
          Node.isTypeAliasDeclaration(st) || Node.isEnumDeclaration(st))) continue;
        const where = `${file}:${st.getStartLineNumber()}`;
        const named = Node.isVariableStatement(st) ? undefined : st.getName();
        expect(isExportedDeclaration(st), where).toBe(st.isExported() || exportedByProperty(text, named));
        if (!Node.isVariableStatement(st)) expect(isDefaultExported(st), where).toBe(st.isDefaultExport());
        compared++;
        if (st.isExported()) exported++;
        if (!Node.isVariableStatement(st) && st.isDefaultExport()) defaults++;
      }
      project.removeSourceFile(sf);
    }
    expect(compared).toBeGreaterThan(900);
    expect(exported).toBeGreaterThan(200);
    expect(defaults).toBeGreaterThan(5);
  });

  it('finds the declaration an export name stands for, like getExportedDeclarations()', () => {
    let found = 0;
    const own = (n: Node): boolean => Node.isFunctionDeclaration(n) || Node.isClassDeclaration(n) || Node.isVariableDeclaration(n);
    for (const [i, [file, text]] of files.entries()) {
      const sf = project.createSourceFile(`/g${i}${file.slice(file.lastIndexOf('.'))}`, text);
      for (const [name, decls] of sf.getExportedDeclarations()) {
        // A type merged with a const of the same name (`export type X = …; export const X = {…}`): the const is it.
        const first = decls.find(own) ?? decls[0];
        const want = first && first.getSourceFile() === sf && own(first) ? first : undefined;
        const got = exportedDeclaration(sf, name);
        expect(got?.getStart(), `${file}: ${name}`).toBe(want?.getStart());
        if (want) found++;
      }
      expect(exportedDeclaration(sf, '__no_such_export__'), file).toBeUndefined();
      project.removeSourceFile(sf);
    }
    expect(found).toBeGreaterThan(200);
  });
});
