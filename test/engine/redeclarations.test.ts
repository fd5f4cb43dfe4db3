// A rule's output that declares a name twice in one scope parses, but no engine loads it (an early error): the
// engine counts such names before and after each rule and rolls the file back when a rule adds one.
import { describe, expect, it } from 'vitest';
import { Project } from 'ts-morph';
import { readFileSync } from 'node:fs';
import { ts } from 'ts-morph';
import { countRedeclarations, declared, isScope } from '../../codemods/engine/redeclarations.js';
import { scriptCorpus } from '../support/script-corpus.js';
import { transformText } from '../../codemods/engine/run-on-text.js';
import type { Rule, RuleFile } from '../../codemods/engine/types.js';

const project = new Project({ useInMemoryFileSystem: true });
let n = 0;
const count = (text: string, ext = 'ts'): number => countRedeclarations(project.createSourceFile(`f${n++}.${ext}`, text));

describe('countRedeclarations', () => {
  it('counts let / const / class and value imports declared twice in one scope', () => {
    expect(count('async function f() {\n  const { accountId } = await a();\n  const { accountId } = await b();\n}\n')).toBe(1);
    expect(count("import { token } from './t';\nconst token = 1;\n")).toBe(1);
    expect(count('let a = 1;\nclass a {}\n')).toBe(1);
    expect(count('for (let i = 0; i < 1; i++) { let i = 2; let j; let j; }\n')).toBe(1);
    expect(count('switch (x) { case 1: const y = 1; break; case 2: const y = 2; }\n')).toBe(1);
  });

  it('leaves what is legal alone: shadowing, var, functions, overloads, enums and type-only imports', () => {
    expect(count('const a = 1;\nfunction f() { const a = 2; { const a = 3; } }\n')).toBe(0);
    expect(count('var a = 1;\nvar a = 2;\nfunction g() {}\nfunction g() {}\n', 'js')).toBe(0);
    expect(count('function h(x: string): void;\nfunction h(x: number): void;\nfunction h(x: unknown) {}\n')).toBe(0);
    expect(count('enum E { A }\nenum E { B = 1 }\nclass C {}\ninterface C { x: 1 }\n')).toBe(0);
    expect(count("import type { T } from './t';\nconst T = 1;\nfor (const x of []) {}\nfor (const x of []) {}\n")).toBe(0);
  });
});

describe('the engine rolls back a rule that adds a redeclaration', () => {
  const edit = (file: RuleFile, needle: string, text: string) => {
    const i = file.text.indexOf(needle);
    return { start: i, end: i + needle.length, text, message: 'inserted' };
  };
  const rule = (id: string, insert: string): Rule => ({
    id, title: id, prefilter: ['OLD'], kinds: ['script', 'html', 'vue'],
    run: (f) => ({ edits: f.text.includes('OLD') ? [edit(f, 'OLD', insert)] : [], manual: [] }),
  });
  const run = (text: string, rules: Rule[]) => transformText({ path: 'a.ts', absPath: '/tmp/x/a.ts', text, rules });

  it('a second const of the same name in the function: status error, the file untouched', () => {
    const input = 'async function f() {\n  const { accountId } = await a();\n  OLD;\n}\n';
    const r = run(input, [rule('twice', 'const { accountId } = await b()')]);
    expect(r.error).toMatch(/^rule twice produced code that declares a name twice in one scope/);
    expect(r.output).toBe(input);
    expect(r.changed).toBe(false);
  });

  it('a redeclaration the file already had is not the rule\'s doing: its edit applies', () => {
    const input = 'var v = 1;\nlet x = 1;\nlet x = 2;\nOLD;\n';
    const r = run(input, [rule('fine', 'const y = 3')]);
    expect(r.error).toBeUndefined();
    expect(r.output).toBe('var v = 1;\nlet x = 1;\nlet x = 2;\nconst y = 3;\n');
  });
});

/** The plain definition: walk every node, each scope counting the declarations directly in it (nested scopes on
 * their own). countRedeclarations reads only the declarations from the parse's index; it must agree. */
function walkedCount(sf: ts.SourceFile): number {
  let total = 0;
  const visit = (scope: ts.Node): void => {
    const seen = new Map<string, number>();
    const walk = (n: ts.Node): void => {
      for (const name of declared(n)) seen.set(name, (seen.get(name) ?? 0) + 1);
      ts.forEachChild(n, (c) => (isScope(c) ? visit(c) : walk(c)));
    };
    walk(scope);
    for (const k of seen.values()) if (k > 1) total++;
  };
  visit(sf);
  return total;
}

describe('countRedeclarations on real code', { timeout: 180_000 }, () => {
  it('agrees with a walk of every node, on every fixture and hold-out file, and on each with a declaration doubled', () => {
    const corpus = new Project({ useInMemoryFileSystem: true, compilerOptions: { allowJs: true } });
    let files = 0;
    let redeclaring = 0;
    for (const [i, file] of scriptCorpus().entries()) {
      const text = readFileSync(file, 'utf8');
      const ext = file.slice(file.lastIndexOf('.'));
      // The file as it is, and with its first top-level const / let / class repeated at the end (one more pair).
      const first = /^(?:export )?((?:const|let) [A-Za-z_$][\w$]* = [^;\n]*;|class [A-Za-z_$][\w$]* \{\})$/m.exec(text)?.[1];
      for (const variant of first ? [text, `${text}\n${first}\n`] : [text]) {
        const sf = corpus.createSourceFile(`/c${i}-${variant.length}${ext}`, variant);
        const expected = walkedCount(sf.compilerNode);
        expect(countRedeclarations(sf), file).toBe(expected);
        if (expected > 0) redeclaring++;
        corpus.removeSourceFile(sf);
      }
      files++;
    }
    expect(files).toBeGreaterThan(1000);
    expect(redeclaring).toBeGreaterThan(50);
  });
});
