// The fast descendant search (codemods/engine/descendants.ts) must return exactly what ts-morph's own
// getDescendantsOfKind returns, in the same order, on real code: every rule fixture and every engine source file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Project, ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { descendantsOfKinds } from '../../codemods/engine/descendants.js';

const ROOT = join(import.meta.dirname, '../..');
const KINDS = [
  ts.SyntaxKind.Identifier, ts.SyntaxKind.StringLiteral, ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateExpression, ts.SyntaxKind.CallExpression, ts.SyntaxKind.PropertyAccessExpression,
  ts.SyntaxKind.ElementAccessExpression, ts.SyntaxKind.ObjectLiteralExpression, ts.SyntaxKind.ArrowFunction,
  ts.SyntaxKind.FunctionDeclaration, ts.SyntaxKind.BinaryExpression, ts.SyntaxKind.JsxAttribute,
  ts.SyntaxKind.VariableDeclaration, ts.SyntaxKind.ImportDeclaration,
];

function sources(): string[] {
  const files: string[] = [];
  const rules = join(ROOT, 'codemods/rules');
  for (const rule of readdirSync(rules, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const dir = join(rules, rule.name, '__testfixtures__');
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const n of names) if (/\.(input|output)\.(ts|tsx|js|jsx|mjs|cjs)$/.test(n)) files.push(join(dir, n));
  }
  for (const n of readdirSync(join(ROOT, 'codemods/engine'))) if (n.endsWith('.ts')) files.push(join(ROOT, 'codemods/engine', n));
  return files;
}

// The corpus (every fixture and hold-out file) grows every session: under load this walk takes minutes, not 30 s.
describe('descendantsOfKinds', { timeout: 180_000 }, () => {
  const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true, compilerOptions: { allowJs: true, jsx: ts.JsxEmit.Preserve } });
  const files = sources();

  it('covers a real corpus', () => expect(files.length).toBeGreaterThan(100));

  it('returns the same nodes in the same order as ts-morph for every kind', () => {
    let compared = 0;
    for (const [i, file] of files.entries()) {
      const ext = file.slice(file.lastIndexOf('.'));
      const sf = project.createSourceFile(`/f${i}${ext}`, readFileSync(file, 'utf8'));
      for (const kind of KINDS) {
        const fast = descendantsOfKinds(sf, new Set([kind]));
        const slow = sf.getDescendantsOfKind(kind);
        expect(fast.length, `${file} ${ts.SyntaxKind[kind]}`).toBe(slow.length);
        fast.forEach((n, j) => expect(n === slow[j], `${file} ${ts.SyntaxKind[kind]} #${j}`).toBe(true));
        compared += fast.length;
      }
      project.removeSourceFile(sf);
    }
    expect(compared).toBeGreaterThan(10_000);
  });

  it('merges several kinds in document order, and a second search of the same parse gives the same answer', () => {
    const kinds = new Set([ts.SyntaxKind.CallExpression, ts.SyntaxKind.Identifier, ts.SyntaxKind.StringLiteral, ts.SyntaxKind.ArrowFunction]);
    let compared = 0;
    for (const [i, file] of files.entries()) {
      const ext = file.slice(file.lastIndexOf('.'));
      const sf = project.createSourceFile(`/m${i}${ext}`, readFileSync(file, 'utf8'));
      const slow = sf.getDescendants().filter((n) => kinds.has(n.getKind()));
      for (const round of [1, 2]) {
        const fast = descendantsOfKinds(sf, kinds);
        expect(fast.length, `${file} round ${round}`).toBe(slow.length);
        fast.forEach((n, j) => expect(n === slow[j], `${file} #${j} round ${round}`).toBe(true));
      }
      compared += slow.length;
      project.removeSourceFile(sf);
    }
    expect(compared).toBeGreaterThan(10_000);
  });

  it('applies the raw-node filter before wrapping', () => {
    const sf = project.createSourceFile('/filter.ts', "const a = 'x'; const b = 'netverify'; call('netverify.com');");
    const hits = descendantsOfKinds(sf, new Set([ts.SyntaxKind.StringLiteral]), (n) => (n as ts.StringLiteral).text.includes('netverify'));
    expect(hits.map((n) => n.getText())).toEqual(["'netverify'", "'netverify.com'"]);
  });
});
