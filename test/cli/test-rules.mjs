// Test-only rules, loaded by the real binary through NETVERIFY_MIGRATE_EXTRA_RULES (plain JS: the compiled CLI
// imports it at run time). They exercise the engine's guarantees independently of the product rules.
import { dirname, join } from 'node:path';

function all(text, needle) {
  const out = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

export const renameRule = {
  id: 'test-rename',
  title: 'test: OLD_API → NEW_API; NEEDS_HUMAN → manual item',
  prefilter: ['OLD_API', 'NEEDS_HUMAN'],
  kinds: ['script', 'html', 'vue'],
  run(file) {
    return {
      edits: all(file.text, 'OLD_API').map((i) => ({ start: i, end: i + 7, text: 'NEW_API', message: 'renamed OLD_API' })),
      manual: all(file.text, 'NEEDS_HUMAN').map((i) => ({ pos: i, message: 'a human must look at this' })),
    };
  },
};

export const throwingRule = {
  id: 'test-throws',
  title: 'test: throws on THROW_HERE',
  prefilter: ['THROW_HERE'],
  kinds: ['script'],
  run() {
    throw new Error('boom from test-throws');
  },
};

export const breakingRule = {
  id: 'test-breaks',
  title: 'test: writes broken code at BREAK_HERE',
  prefilter: ['BREAK_HERE'],
  kinds: ['script'],
  run(file) {
    const i = file.text.indexOf('BREAK_HERE');
    return { edits: [{ start: i, end: i + 10, text: 'foo(1;', message: 'broke it' }], manual: [] };
  },
};

export const externalRule = {
  id: 'test-external',
  title: 'test: EXTERNAL_EDIT renames OLD_SHARED in ./shared and asks for a helper module',
  prefilter: ['EXTERNAL_EDIT'],
  kinds: ['script'],
  run(file, ctx) {
    const target = ctx.project.resolveModule('./shared.js', file.absPath);
    const text = target && ctx.project.readFile(target);
    const external = text
      ? [{ absPath: target, edits: all(text, 'OLD_SHARED').map((i) => ({ start: i, end: i + 10, text: 'NEW_SHARED', message: 'renamed OLD_SHARED' })) }]
      : [];
    const i = file.text.indexOf('EXTERNAL_EDIT');
    return {
      edits: [{ start: i, end: i + 13, text: 'EXTERNAL_DONE', message: 'marked done' }],
      manual: [],
      external,
      newFiles: [{ absPath: join(dirname(file.absPath), 'kyx-helper.ts'), text: "export const helper = 'kyx';\n", message: 'created the helper module' }],
    };
  },
};
