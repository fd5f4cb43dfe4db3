// The run's root is the git work tree of the paths named, not of the directory the command starts in: the dirty
// guard, .gitignore and the report's paths follow the repository being migrated (codemods/engine/run-root.ts).
import { mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, git, makeRepo, runCli, writeFiles } from './helpers.js';
import { validateReportV1 } from './report-schema.js';

beforeAll(() => ensureBuilt());

const LEGACY = "export const api = 'OLD_API';\n";

interface Entry { path: string; status: string; error?: string }
const report = (stdout: string): { files: Entry[] } => {
  const r = JSON.parse(stdout);
  expect(validateReportV1(r)).toEqual([]);
  return r;
};

describe('run root: the repository of the paths, not of the current directory', () => {
  it('run from another repository, --write still refuses the target repository\'s uncommitted files', () => {
    const target = realpathSync(makeRepo({ 'src/dirty.js': LEGACY, 'src/clean.js': LEGACY }));
    const elsewhere = realpathSync(makeRepo({ 'README.md': 'another checkout\n' }));
    writeFileSync(join(target, 'src/dirty.js'), `${LEGACY}// local change\n`);
    const r = runCli(elsewhere, ['codemod', '--write', '--json', target], { extraRules: true });
    expect(r.code, r.stderr).toBe(1);
    const files = report(r.stdout).files;
    const rel = (p: string) => relative(elsewhere, join(target, p)).split('\\').join('/');
    expect(files.find((f) => f.path === rel('src/dirty.js'))).toMatchObject({ status: 'error', error: expect.stringMatching(/uncommitted changes/) });
    expect(readFileSync(join(target, 'src/dirty.js'), 'utf8')).toBe(`${LEGACY}// local change\n`);
    expect(readFileSync(join(target, 'src/clean.js'), 'utf8')).toContain('NEW_API');
    expect(git(elsewhere, 'status', '--porcelain')).toBe('');
  });

  it('the patch of a run on another repository applies there (git apply refuses `..` paths) and equals --write', () => {
    const files = { 'src/a.js': LEGACY, 'web/b.js': `// NEEDS_HUMAN\n${LEGACY}` };
    const target = realpathSync(makeRepo(files));
    const copy = realpathSync(makeRepo(files));
    const elsewhere = realpathSync(makeRepo({ 'README.md': 'x\n' }));
    const patchFile = join(mkdtempSync(join(tmpdir(), 'nvm-patch-')), 'out.diff');
    const dry = runCli(elsewhere, ['codemod', '--output-patch', patchFile, target], { extraRules: true });
    expect(dry.code, dry.stderr).toBe(0);
    const patch = readFileSync(patchFile, 'utf8');
    expect(patch).toBe(dry.stdout);
    expect(patch).toContain('diff --git a/src/a.js b/src/a.js');
    expect(patch).not.toContain('..');
    expect(dry.stderr).toContain(`git -C ${target} apply ${patchFile}`);
    git(target, 'apply', patchFile);
    const wrote = runCli(elsewhere, ['codemod', '--write', copy], { extraRules: true });
    expect(wrote.code, wrote.stderr).toBe(0);
    for (const p of Object.keys(files)) expect(readFileSync(join(target, p), 'utf8')).toBe(readFileSync(join(copy, p), 'utf8'));
    expect(readFileSync(join(target, 'src/a.js'), 'utf8')).toContain('NEW_API');
  });

  it('honours the target repository\'s root .gitignore when run from outside it', () => {
    const target = realpathSync(makeRepo({ '.gitignore': 'generated/\n', 'src/a.js': LEGACY, 'generated/b.js': LEGACY }));
    const elsewhere = realpathSync(makeRepo({ 'README.md': 'x\n' }));
    const r = runCli(elsewhere, ['codemod', '--json', join(target, 'src'), join(target, 'generated')], { extraRules: true });
    expect(r.code, r.stderr).toBe(0);
    const paths = report(r.stdout).files.map((f) => f.path);
    expect(paths.some((p) => p.endsWith('src/a.js'))).toBe(true);
    expect(paths.some((p) => p.endsWith('generated/b.js'))).toBe(false);
  });

  it('--ignore patterns apply at the target repository\'s root when run from outside it', () => {
    const target = realpathSync(makeRepo({ 'src/a.js': LEGACY, 'legacy/b.js': LEGACY }));
    const elsewhere = realpathSync(makeRepo({ 'README.md': 'x\n' }));
    const r = runCli(elsewhere, ['codemod', '--json', '--ignore', 'legacy/', target], { extraRules: true });
    expect(r.code, r.stderr).toBe(0);
    const paths = report(r.stdout).files.map((f) => f.path);
    expect(paths.some((p) => p.endsWith('src/a.js'))).toBe(true);
    expect(paths.some((p) => p.endsWith('legacy/b.js'))).toBe(false);
    expect(r.stderr).not.toContain('diff\'s paths'); // --json prints no diff: no note about its paths
  });

  it('paths in two repositories are refused with exit 2, naming both, and nothing is written', () => {
    const one = realpathSync(makeRepo({ 'a.js': LEGACY }));
    const two = realpathSync(makeRepo({ 'b.js': LEGACY }));
    const r = runCli(one, ['codemod', '--write', '.', two], { extraRules: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(one);
    expect(r.stderr).toContain(two);
    expect(readFileSync(join(one, 'a.js'), 'utf8')).toBe(LEGACY);
    expect(readFileSync(join(two, 'b.js'), 'utf8')).toBe(LEGACY);
  });

  it('a changed file inside a nested repository counts as uncommitted when the run starts at the outer root', () => {
    const outer = realpathSync(makeRepo({ 'src/outer.js': LEGACY }));
    const inner = join(outer, 'vendor/widget');
    writeFiles(inner, { 'dirty.js': LEGACY, 'clean.js': LEGACY });
    git(inner, 'init', '-q', '-b', 'main');
    git(inner, 'config', 'user.email', 'test@example.com');
    git(inner, 'config', 'user.name', 'test');
    git(inner, 'add', '-A');
    git(inner, 'commit', '-q', '-m', 'inner');
    writeFileSync(join(inner, 'dirty.js'), `${LEGACY}// local change\n`);
    const r = runCli(outer, ['codemod', '--write', '--json'], { extraRules: true });
    const files = report(r.stdout).files;
    expect(files.find((f) => f.path === 'vendor/widget/dirty.js')).toMatchObject({ status: 'error', error: expect.stringMatching(/uncommitted changes/) });
    expect(readFileSync(join(inner, 'dirty.js'), 'utf8')).toBe(`${LEGACY}// local change\n`);
    expect(readFileSync(join(inner, 'clean.js'), 'utf8')).toContain('NEW_API');
    expect(readFileSync(join(outer, 'src/outer.js'), 'utf8')).toContain('NEW_API');
  });

  it('outside any git work tree, a path elsewhere is still run (with the no-git warning on --write)', () => {
    const plain = realpathSync(mkdtempSync(join(tmpdir(), 'nvm-nogit-')));
    writeFiles(plain, { 'x/a.js': LEGACY });
    const start = realpathSync(mkdtempSync(join(tmpdir(), 'nvm-nogit-cwd-')));
    const r = runCli(start, ['codemod', '--write', join(plain, 'x')], { extraRules: true });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/not inside a git work tree/);
    expect(readFileSync(join(plain, 'x/a.js'), 'utf8')).toContain('NEW_API');
  });
});
