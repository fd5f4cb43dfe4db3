// Every TypeScript output fixture of the backend initiate rules type-checks (strict), together with the KYX helper
// module the rule writes, the support files as the rule's external edits leave them, and typed stand-ins for the
// HTTP clients that are not installed here (axios, got, ky, ofetch, wretch…: only the members the fixtures use).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { transformText } from '../../../codemods/engine/run-on-text.js';
import { createProjectView } from '../../../codemods/engine/project-view.js';
import { findRule } from '../../../codemods/rules/index.js';
import { helperSource } from '../../../codemods/analysis/kyx-helper.js';
import { CLIENT_STUBS } from '../../support/backend-client-stubs.js';
import { createSharedLibProgram } from '../../support/cached-compiler-host.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const RULES = ['initiate-authentication', 'initiate-enrollment'];


function applyEdits(text: string, edits: { start: number; end: number; text: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Type-check files written to a scratch folder inside node_modules/.cache (so packages such as undici resolve). */
function typecheck(files: Map<string, string>): string[] {
  const base = join(ROOT, 'node_modules/.cache');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, 'nvm-typecheck-'));
  try {
    const names: string[] = [];
    for (const [name, text] of files) {
      const abs = join(dir, name.split('/').pop()!);
      writeFileSync(abs, text);
      names.push(abs);
    }
    const options: ts.CompilerOptions = {
      strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'], types: ['node'], noEmit: true, skipLibCheck: true, experimentalDecorators: true,
      typeRoots: [join(ROOT, 'node_modules/@types')],
    };
    const program = createSharedLibProgram(names, options);
    return ts.getPreEmitDiagnostics(program).map((d) =>
      `${d.file?.fileName.split('/').pop()}:${d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : '?'} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const rule of RULES) {
  const dir = join(ROOT, 'codemods/rules', rule, '__testfixtures__');
  const outputs = readdirSync(dir).filter((f) => f.endsWith('.output.ts'));
  describe(`${rule}: TypeScript outputs type-check`, () => {
    for (const out of outputs) {
      it(out, () => {
        const input = join(dir, out.replace('.output.', '.input.'));
        const result = transformText({ path: out, absPath: input, text: readFileSync(input, 'utf8'), rules: [findRule(rule)!], project: createProjectView(dir) });
        const vdir = '/virtual';
        const files = new Map<string, string>();
        files.set(`${vdir}/${out.replace('.output.ts', '.ts')}`, readFileSync(join(dir, out), 'utf8'));
        files.set(`${vdir}/kyx-auth.ts`, helperSource(true, true));
        files.set(`${vdir}/client-stubs.d.ts`, CLIENT_STUBS);
        for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts') && !/\.(input|output)\.ts$/.test(x) && x !== 'kyx-auth.ts')) {
          const ext = result.external.find((e) => e.absPath === join(dir, f));
          const text = readFileSync(join(dir, f), 'utf8');
          files.set(`${vdir}/${f}`, ext ? applyEdits(text, ext.edits) : text);
        }
        const expectedHelper = /from '\.\/kyx-auth/.test(readFileSync(join(dir, out), 'utf8')) ? ['kyx-auth.ts'] : [];
        expect(result.newFiles.map((n) => n.absPath.split('/').pop())).toEqual(expectedHelper);
        expect(typecheck(files)).toEqual([]);
      });
    }
  });
}

describe('the TS helper module alone', () => {
  it('type-checks under strict', () => {
    expect(typecheck(new Map([['/virtual/kyx-auth.ts', helperSource(true, true)]]))).toEqual([]);
    void dirname;
  });
});
