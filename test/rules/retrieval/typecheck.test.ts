// Migrated TypeScript must still type-check: run the retrieval rule on the TS fixtures, write the output and the
// helper modules the rule creates into a scratch project (strict, NodeNext) and run tsc on it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { transformText } from '../../../codemods/engine/run-on-text.js';
import { createProjectView } from '../../../codemods/engine/project-view.js';
import { retrievalAuthenticationRule } from '../../../codemods/rules/retrieval-authentication/index.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const FIX = join(ROOT, 'codemods/rules/retrieval-authentication/__testfixtures__');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function migrateInto(dir: string, name: string, support: string[] = []): string {
  const input = join(dir, `${name}.ts`);
  copyFileSync(join(FIX, `${name}.input.ts`), input);
  for (const s of support) copyFileSync(join(FIX, s), join(dir, s));
  const r = transformText({ path: basename(input), absPath: input, text: readFileSync(input, 'utf8'), rules: [retrievalAuthenticationRule], project: createProjectView(dir) });
  expect(r.error).toBeUndefined();
  expect(r.changed).toBe(true);
  writeFileSync(input, r.output);
  for (const f of r.newFiles) writeFileSync(f.absPath, f.text);
  return r.output;
}

/** A customer project: strict NodeNext TypeScript, ESM. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nvm-retrieval-tsc-'));
  dirs.push(dir);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: ['node'], lib: ['ES2023', 'DOM'] },
    include: ['*.ts'],
  }));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  return dir;
}

function tsc(dir: string): string {
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
    return '';
  } catch (e) {
    return String((e as { stdout?: string }).stdout ?? e);
  }
}

describe('retrieval-authentication output type-checks', () => {
  it('fetch and undici fixtures, with the generated helper modules', () => {
    const dir = project();
    const a = migrateInto(dir, 'fetch-template');
    const b = migrateInto(dir, 'undici-request', ['constants.ts']);
    expect(a).toContain('retrieval.emea-1.jumio.ai');
    expect(b).toContain('retrieval.apac-1.jumio.ai');
    expect(tsc(dir)).toBe('');
  });

  it('an interface shared with a flagged (not migrated) retrieval: both calls still type-check', () => {
    const dir = project();
    const out = migrateInto(dir, 'shared-type-flagged-call');
    expect(out).toContain('axios.get<KyxJumioAuthDetails>(`https://retrieval.amer-1.jumio.ai');
    expect(tsc(dir)).toBe('');
  });

  // The generated seam takes the reference as the legacy URL did: a `string | null` query value, a `string |
  // undefined` route parameter (h3's getRouterParam, an optional property). Found on a hand-written Nuxt app.
  it('a nullable reference passed to the generated account seam', () => {
    const dir = project();
    const out = migrateInto(dir, 'nullable-reference');
    expect(out).toContain('await resolveKyxWorkflowAccount(params.ref)');
    expect(tsc(dir)).toBe('');
  });

  it('the unmigrated inputs type-check too (the check is not vacuous)', () => {
    const dir = project();
    copyFileSync(join(FIX, 'fetch-template.input.ts'), join(dir, 'a.ts'));
    writeFileSync(join(dir, 'b.ts'), 'export const broken: number = "not a number";\n');
    expect(tsc(dir)).toMatch(/b\.ts.*TS2322/);
  });
});
