// The fast descendant search (codemods/engine/descendants.ts) must return exactly what ts-morph's own
// getDescendantsOfKind returns, in the same order, on real code: every rule fixture and every engine source file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Node, Project, ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { descendantsOfKinds, descendantsUnder } from '../../codemods/engine/descendants.js';

const ROOT = join(import.meta.dirname, '../..');
const KINDS = [
  ts.SyntaxKind.Identifier, ts.SyntaxKind.StringLiteral, ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateExpression, ts.SyntaxKind.CallExpression, ts.SyntaxKind.PropertyAccessExpression,
  ts.SyntaxKind.ElementAccessExpression, ts.SyntaxKind.ObjectLiteralExpression, ts.SyntaxKind.ArrowFunction,
  ts.SyntaxKind.FunctionDeclaration, ts.SyntaxKind.BinaryExpression, ts.SyntaxKind.JsxAttribute,
  ts.SyntaxKind.VariableDeclaration, ts.SyntaxKind.ImportDeclaration,
];

/** Fixture inputs, and outputs unless `inputsOnly` (an output repeats its input's code with a rule's edits: the
 * slowest comparison below reads the inputs only), and the engine's own sources (they have JSDoc). */
function sources(inputsOnly = false): string[] {
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
    for (const n of names) if ((inputsOnly ? /\.input\.(ts|tsx|js|jsx|mjs|cjs)$/ : /\.(input|output)\.(ts|tsx|js|jsx|mjs|cjs)$/).test(n)) files.push(join(dir, n));
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

  it('under any node: without JSDoc as forEachDescendant walks, with JSDoc as getDescendantsOfKind and getDescendants do', () => {
    const tokenKinds = new Set([ts.SyntaxKind.Identifier, ts.SyntaxKind.StringLiteral, ts.SyntaxKind.ThisKeyword]);
    let compared = 0;
    let roots = 0;
    let inJsDoc = 0;
    for (const [i, file] of sources(true).entries()) {
      const ext = file.slice(file.lastIndexOf('.'));
      const sf = project.createSourceFile(`/u${i}${ext}`, readFileSync(file, 'utf8'));
      // The file itself and every function, class and object literal in it (subtrees of every depth).
      const under: Node[] = [sf, ...sf.getDescendants().filter((n) => Node.isFunctionLikeDeclaration(n) || Node.isClassDeclaration(n) || Node.isObjectLiteralExpression(n))];
      for (const root of under) {
        const walked: Node[] = [];
        root.forEachDescendant((d) => void walked.push(d));
        const every = root.getDescendants();
        for (const kind of [...KINDS, ts.SyntaxKind.ThisKeyword]) {
          const set = new Set([kind]);
          const plain = descendantsUnder(root, set, { jsDoc: false });
          const expected = walked.filter((n) => n.getKind() === kind);
          expect(plain.length, `${file} ${ts.SyntaxKind[kind]} under ${root.getKindName()}@${root.getStart()}`).toBe(expected.length);
          plain.forEach((n, j) => expect(n === expected[j], `${file} ${ts.SyntaxKind[kind]} #${j}`).toBe(true));
          const withDoc = descendantsUnder(root, set, { jsDoc: true });
          const all = tokenKinds.has(kind) ? root.getDescendantsOfKind(kind) : every.filter((n) => n.getKind() === kind);
          expect(withDoc.length, `${file} ${ts.SyntaxKind[kind]} (JSDoc) under ${root.getKindName()}@${root.getStart()}`).toBe(all.length);
          withDoc.forEach((n, j) => expect(n === all[j], `${file} ${ts.SyntaxKind[kind]} (JSDoc) #${j}`).toBe(true));
          compared += plain.length + withDoc.length;
          inJsDoc += withDoc.length - plain.length;
        }
        roots++;
      }
      project.removeSourceFile(sf);
    }
    expect(roots).toBeGreaterThan(1_000);
    expect(compared).toBeGreaterThan(100_000);
    // The corpus has JSDoc (the engine's own sources): the two modes are told apart there.
    expect(inJsDoc).toBeGreaterThan(100);
  });

  it('wraps only what keep lets through, under a subtree', () => {
    const sf = project.createSourceFile('/keep.ts', "function f() {\n  /** @param {Foo} x the x */\n  function h(x) { g('a', 'b', x); }\n}\nconst y = 'c';");
    const fn = sf.getFunctionOrThrow('f');
    const strings = descendantsUnder(fn, new Set([ts.SyntaxKind.StringLiteral]), { jsDoc: false, keep: (n) => (n as ts.StringLiteral).text !== 'a' });
    expect(strings.map((n) => n.getText())).toEqual(["'b'"]);
    const ids = (jsDoc: boolean) => descendantsUnder(fn, new Set([ts.SyntaxKind.Identifier]), { jsDoc }).map((n) => n.getText());
    // The function's own name is under it; the JSDoc's identifiers only with jsDoc.
    expect(ids(false)).toEqual(['f', 'h', 'x', 'g', 'x']);
    expect(ids(true)).toEqual(['f', 'param', 'Foo', 'x', 'h', 'x', 'g', 'x']);
  });

  it('applies the raw-node filter before wrapping', () => {
    const sf = project.createSourceFile('/filter.ts', "const a = 'x'; const b = 'netverify'; call('netverify.com');");
    const hits = descendantsOfKinds(sf, new Set([ts.SyntaxKind.StringLiteral]), (n) => (n as ts.StringLiteral).text.includes('netverify'));
    expect(hits.map((n) => n.getText())).toEqual(["'netverify'", "'netverify.com'"]);
  });
});
