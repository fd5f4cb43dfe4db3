// transformText: the per-file pipeline every run uses.
import { describe, expect, it } from 'vitest';
import { transformText } from '../../codemods/engine/run-on-text.js';
import type { PriorWork, Rule, RuleFile } from '../../codemods/engine/types.js';

const edit = (file: RuleFile, needle: string, text: string) => {
  const i = file.text.indexOf(needle);
  return { start: i, end: i + needle.length, text, message: `${needle}→${text}` };
};

function rule(id: string, run: Rule['run'], prefilter: string[] = ['OLD'], kinds: Rule['kinds'] = ['script', 'html', 'vue']): Rule {
  return { id, title: id, prefilter, kinds, run };
}

const rename = rule('rename', (f) => ({ edits: f.text.includes('OLD') ? [edit(f, 'OLD', 'NEW')] : [], manual: [] }));
const run = (path: string, text: string, rules: Rule[], extra = {}) => transformText({ path, absPath: `/tmp/x/${path}`, text, rules, ...extra });

describe('transformText', () => {
  it('never parses a file without a prefilter string, and leaves it as is', () => {
    let called = 0;
    const r = run('a.ts', 'const a = 1;\n', [rule('r', () => (called++, { edits: [], manual: [] }))]);
    expect(called).toBe(0);
    expect(r).toMatchObject({ changed: false, output: 'const a = 1;\n', ran: [] });
  });

  it('respects the kinds a rule declares', () => {
    const r = run('a.html', '<script>OLD</script>', [rule('r', () => { throw new Error('not for html'); }, ['OLD'], ['script'])]);
    expect(r.error).toBeUndefined();
    expect(r.ran).toEqual([]);
  });

  it('parses per extension: a <T> cast is fine in .ts, JSX is fine in .tsx/.jsx/.js', () => {
    expect(run('a.ts', 'const v = <string>OLD;\n', [rename]).output).toBe('const v = <string>NEW;\n');
    expect(run('a.tsx', 'const v = <string>OLD;\n', [rename]).error).toMatch(/does not parse/);
    expect(run('a.tsx', 'const v = <div>{OLD}</div>;\n', [rename]).output).toBe('const v = <div>{NEW}</div>;\n');
    expect(run('a.jsx', 'const v = <div>{OLD}</div>;\n', [rename]).output).toBe('const v = <div>{NEW}</div>;\n');
    expect(run('a.mts', 'export const v = OLD as string;\n', [rename]).output).toBe('export const v = NEW as string;\n');
  });

  it('a rule that throws leaves the file untouched with status error, even after an earlier rule edited it', () => {
    const boom = rule('boom', () => { throw new Error('kaput'); });
    const r = run('a.ts', 'OLD;\n', [rename, boom]);
    expect(r.error).toBe('rule boom failed: kaput');
    expect(r.output).toBe('OLD;\n');
    expect(r.changed).toBe(false);
    expect(r.edits).toEqual([]);
  });

  it('output with a new syntax error is rolled back and reported', () => {
    const breaks = rule('breaks', (f) => ({ edits: [edit(f, 'OLD', 'foo(1')], manual: [] }));
    const r = run('a.ts', 'OLD;\n', [breaks]);
    expect(r.error).toMatch(/^rule breaks produced code that does not parse/);
    expect(r.output).toBe('OLD;\n');
  });

  it('an input that does not parse is an error naming the line and the parser message', () => {
    const r = run('a.ts', 'const ok = 1;\nOLD(;\n', [rename]);
    expect(r.error).toBe("does not parse (line 2): ')' expected.");
  });

  it('a Flow-typed file is migrated with its types kept (flow-files.ts); one that Babel cannot read either says so (and what to do)', () => {
    const exact = '// @flow\ntype R = {| url: string |};\nOLD;\n';
    const migrated = run('a.js', exact, [rename]);
    expect(migrated.error).toBeUndefined();
    expect(migrated).toMatchObject({ output: '// @flow\ntype R = {| url: string |};\nNEW;\n', changed: true });
    const broken = '// @flow\ntype R = {| url: string |};\nOLD(;\n';
    const r = run('a.js', broken, [rename]);
    expect(r.error).toMatch(/^does not parse \(line 2\): .*a Flow-typed file: Flow-only syntax cannot be parsed; strip the Flow types/);
    expect(r.output).toBe(broken);
    expect(run('b.js', 'const ok = 1;\nOLD(;\n', [rename]).error).not.toMatch(/Flow/);
    expect(run('c.js', '/* @flow */\nfunction f(x: string): void { OLD; }\n', [rename]).output).toBe('/* @flow */\nfunction f(x: string): void { NEW; }\n');
  });

  it('overlapping or out-of-range edits are the rule’s error', () => {
    const overlap = rule('overlap', () => ({ edits: [{ start: 0, end: 3, text: 'a', message: '' }, { start: 2, end: 4, text: 'b', message: '' }], manual: [] }));
    expect(run('a.ts', 'OLD;\n', [overlap]).error).toMatch(/overlap returned overlapping edits/);
    const far = rule('far', () => ({ edits: [{ start: 0, end: 99, text: 'a', message: '' }], manual: [] }));
    expect(run('a.ts', 'OLD;\n', [far]).error).toMatch(/invalid range/);
  });

  it('runs rules in order on the re-parsed output; report lines refer to the original file', () => {
    const addLines = rule('add-lines', () => ({ edits: [{ start: 0, end: 0, text: '// 1\n// 2\n', message: 'header' }], manual: [] }));
    let seen = '';
    const second = rule('second', (f) => {
      seen = f.scripts[0].sourceFile.getFullText();
      return { edits: [edit(f, 'OLD', 'NEW')], manual: [{ pos: f.text.indexOf('flag'), message: 'check' }] };
    });
    const r = run('a.ts', 'const a = 1;\nOLD;\nflag();\n', [addLines, second]);
    expect(seen).toBe('// 1\n// 2\nconst a = 1;\nOLD;\nflag();\n');
    expect(r.edits).toEqual([
      { rule: 'add-lines', line: 1, message: 'header' },
      { rule: 'second', line: 2, message: 'OLD→NEW' },
    ]);
    expect(r.manual).toEqual([{ rule: 'second', line: 3, message: 'check' }]);
    expect(r.output).toBe('// 1\n// 2\nconst a = 1;\nNEW;\n// TODO(netverify-migrate): second: check\nflag();\n');
  });

  it('tells later rules what earlier rules did (ctx.prior), in current positions', () => {
    let prior: readonly PriorWork[] = [];
    const first = rule('first', (f) => ({ edits: [edit(f, 'OLD', 'NEWER')], manual: [{ pos: f.text.indexOf('x'), message: 'm' }] }));
    const last = rule('last', (f, ctx) => {
      prior = ctx.prior ?? [];
      return { edits: [], manual: [] };
    });
    run('a.ts', 'OLD;\nx;\n', [first, last]);
    const text = 'NEWER;\n// TODO(netverify-migrate): first: m\nx;\n';
    expect(prior.find((p) => p.kind === 'edit')).toMatchObject({ rule: 'first', start: 0, end: 5 });
    expect(prior.find((p) => p.kind === 'manual')!.start).toBe(text.indexOf('x;'));
  });

  it('keeps BOM and CRLF; rules see LF text without the BOM; a mixed-EOL file is not normalised', () => {
    let seen = '';
    const look = rule('look', (f, ctx) => {
      seen = JSON.stringify({ t: f.text, eol: ctx.style.eol });
      return { edits: [edit(f, 'OLD', 'NEW\r\nNEXT')], manual: [] };
    });
    const r = run('a.ts', '\uFEFFconst a = 1;\r\nOLD;\r\n', [look]);
    expect(JSON.parse(seen)).toEqual({ t: 'const a = 1;\nOLD;\n', eol: '\r\n' });
    expect(r.output).toBe('\uFEFFconst a = 1;\r\nNEW\r\nNEXT;\r\n');
    const mixed = run('a.ts', 'a;\r\nOLD;\nb;\r\n', [rename]);
    expect(mixed.output).toBe('a;\r\nNEW;\nb;\r\n');
  });

  it('applies edits from other files first (pre), then the rules; edit and marker lines are reported', () => {
    const r = run('shared.ts', "export const a = 'x';\nOLD;\n", [rename], {
      pre: [{ rule: 'other', edits: [{ start: 17, end: 20, text: "'y'", message: 'from elsewhere' }], manual: [{ pos: 0, message: 'look' }] }],
    });
    expect(r.output).toBe("// TODO(netverify-migrate): other: look\nexport const a = 'y';\nNEW;\n");
    expect(r.edits).toEqual([{ rule: 'other', line: 1, message: 'from elsewhere' }, { rule: 'rename', line: 2, message: 'OLD→NEW' }]);
    expect(r.manual).toEqual([{ rule: 'other', line: 1, message: 'look' }]);
  });

  it('HTML and Vue: rules get each inline script with its offset; broken template scripts are not offered', () => {
    const page = '<p>hi</p>\n<script>\n  OLD();\n</script>\n<script>\n  <%= server %> OLD\n</script>\n<script src="x.js"></script>\n';
    let blocks = 0;
    const r = run('p.ejs', page, [rule('r', (f) => {
      blocks = f.scripts.length;
      const s = f.scripts[0];
      const at = s.offset + s.sourceFile.getFullText().indexOf('OLD');
      return { edits: [{ start: at, end: at + 3, text: 'NEW', message: '' }], manual: [{ pos: 0, message: 'page note' }] };
    })]);
    expect(blocks).toBe(1);
    expect(r.output).toBe('<!-- TODO(netverify-migrate): r: page note -->\n' + page.replace('OLD()', 'NEW()'));
    const vue = '<template>\n  <div/>\n</template>\n<script setup lang="ts">\nconst v = <string>OLD;\n</script>\n';
    expect(run('c.vue', vue, [rename]).output).toBe(vue.replace('OLD', 'NEW'));
  });
});
