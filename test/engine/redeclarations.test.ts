// A rule's output that declares a name twice in one scope parses, but no engine loads it (an early error): the
// engine counts such names before and after each rule and rolls the file back when a rule adds one.
import { describe, expect, it } from 'vitest';
import { Project } from 'ts-morph';
import { countRedeclarations } from '../../codemods/engine/redeclarations.js';
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
