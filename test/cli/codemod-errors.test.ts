// Exit codes, bad usage, and bad input through the real binary: parse errors, rules that throw or break the code,
// binary / non-UTF-8 / oversized / unreadable files, and the report schema.
import { mkfifoSync } from './fifo.js';
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, makeRepo, runCli } from './helpers.js';
import { validateReportV1 } from './report-schema.js';

beforeAll(() => ensureBuilt());

type Report = { summary: Record<string, number>; files: { path: string; status: string; error?: string; reason?: string; manual: unknown[]; edits: unknown[] }[] };
const fileOf = (r: Report, path: string) => r.files.find((f) => f.path === path)!;

describe('exit codes', () => {
  it('0 when nothing to do; --check gives 1 when work is found, and --json/--quiet never change it', () => {
    const clean = makeRepo({ 'a.ts': 'export const a = 1;\n' });
    expect(runCli(clean, ['codemod', '--check']).code).toBe(0);
    const legacy = makeRepo({ 'a.ts': "export const u = 'https://netverify.com/api/v4/initiate';\n" });
    expect(runCli(legacy, ['codemod']).code).toBe(0);
    for (const extra of [[], ['--json'], ['--quiet'], ['--json', '--quiet']]) {
      expect(runCli(legacy, ['codemod', '--check', ...extra]).code).toBe(1);
    }
    const changes = makeRepo({ 'a.ts': "export const u = 'OLD_API';\n" });
    expect(runCli(changes, ['codemod', '--check', '--rules', 'test-rename'], { extraRules: true }).code).toBe(1);
  });

  it('2 for an unknown rule id, a missing path or a bad --workers, naming the culprit', () => {
    const repo = makeRepo({ 'a.ts': 'export {};\n' });
    const unknown = runCli(repo, ['codemod', '--rules', 'legacy-endpoint,no-such-rule']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no-such-rule');
    const missing = runCli(repo, ['codemod', 'src/nowhere']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('src/nowhere');
    const workers = runCli(repo, ['codemod', '--workers', '0']);
    expect(workers.code).toBe(2);
    expect(workers.stderr).toContain('--workers');
    expect(runCli(repo, ['codemod', '--no-such-flag']).code).toBe(2);
    expect(runCli(repo, ['scan', 'missing-dir']).code).toBe(2);
  });
});

describe('bad input loses nothing', () => {
  it('a file that does not parse is an error with the parser message, next to a legacy file that is migrated', () => {
    const broken = "const u = 'https://netverify.com/api/v4/initiate';\nfunction (\n";
    const repo = makeRepo({ 'broken.ts': broken, 'good.ts': "export const u = 'https://netverify.com/api/v4/initiate';\n" });
    const r = runCli(repo, ['codemod', '--write', '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(validateReportV1(report)).toEqual([]);
    expect(fileOf(report, 'broken.ts').status).toBe('error');
    expect(fileOf(report, 'broken.ts').error).toMatch(/does not parse \(line 2\): .*expected/i);
    expect(fileOf(report, 'good.ts').status).toBe('changed');
    expect(readFileSync(join(repo, 'broken.ts'), 'utf8')).toBe(broken);
    expect(readFileSync(join(repo, 'good.ts'), 'utf8')).toContain('TODO(netverify-migrate): legacy-endpoint');
  });

  it('a rule that throws or writes broken code leaves that file untouched and the run goes on', () => {
    const files = {
      'throws.ts': "const a = 'OLD_API'; // THROW_HERE\n",
      'breaks.ts': "const b = 'OLD_API';\nBREAK_HERE;\n",
      'fine.ts': "const c = 'OLD_API';\n",
    };
    const repo = makeRepo(files);
    const r = runCli(repo, ['codemod', '--write', '--json'], { extraRules: true });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(validateReportV1(report)).toEqual([]);
    expect(fileOf(report, 'throws.ts')).toMatchObject({ status: 'error', edits: [], manual: [] });
    expect(fileOf(report, 'throws.ts').error).toContain('boom from test-throws');
    expect(fileOf(report, 'breaks.ts').status).toBe('error');
    expect(fileOf(report, 'breaks.ts').error).toMatch(/test-breaks produced code that does not parse/);
    expect(fileOf(report, 'fine.ts').status).toBe('changed');
    expect(readFileSync(join(repo, 'throws.ts'), 'utf8')).toBe(files['throws.ts']);
    expect(readFileSync(join(repo, 'breaks.ts'), 'utf8')).toBe(files['breaks.ts']);
    expect(readFileSync(join(repo, 'fine.ts'), 'utf8')).toBe("const c = 'NEW_API';\n");
  });

  it('binary, non-UTF-8, oversized and unreadable files are skipped with the reason (not errors)', () => {
    const legacy = "export const u = 'https://netverify.com/api/v4/initiate';\n";
    const repo = makeRepo({
      'latin1.js': Buffer.concat([Buffer.from("// caf"), Buffer.from([0xe9]), Buffer.from("\nvar u = 'https://netverify.com/api/v4/initiate';\n")]),
      'binary.js': Buffer.concat([Buffer.from('netverify.com'), Buffer.from([0, 1, 2, 3])]),
      'huge.js': `// netverify.com\n${'x'.repeat(5 * 1024 * 1024)}\n`,
      'ok.ts': legacy,
    });
    // We run as root, so chmod 000 does not make a file unreadable; the unreadable cases a run can meet are
    // special files and links: a FIFO and a dangling symlink with source-file names.
    mkfifoSync(join(repo, 'pipe.ts'));
    symlinkSync(join(repo, 'does-not-exist.ts'), join(repo, 'dangling.ts'));
    symlinkSync(join(repo, 'ok.ts'), join(repo, 'link.ts'));
    const r = runCli(repo, ['codemod', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(validateReportV1(report)).toEqual([]);
    expect(fileOf(report, 'latin1.js')).toMatchObject({ status: 'skipped', reason: 'not valid UTF-8' });
    expect(fileOf(report, 'binary.js')).toMatchObject({ status: 'skipped', reason: 'binary file' });
    expect(fileOf(report, 'huge.js').reason).toMatch(/larger than 5 MB/);
    expect(fileOf(report, 'pipe.ts')).toMatchObject({ status: 'skipped', reason: 'not a regular file' });
    expect(fileOf(report, 'dangling.ts').reason).toMatch(/symbolic link/);
    expect(fileOf(report, 'link.ts').reason).toMatch(/symbolic link/);
    expect(fileOf(report, 'ok.ts').status).toBe('changed');
    // named explicitly too
    const direct = runCli(repo, ['codemod', '--json', 'latin1.js', 'link.ts']);
    const d = JSON.parse(direct.stdout) as Report;
    expect(fileOf(d, 'latin1.js').reason).toBe('not valid UTF-8');
    expect(fileOf(d, 'link.ts').reason).toMatch(/symbolic link/);
    expect(runCli(repo, ['codemod']).stderr).toContain('skipped latin1.js: not valid UTF-8');
  });
});

describe('report', () => {
  it('matches the v1 schema, lines refer to the file before the change, paths are relative to cwd', () => {
    const repo = makeRepo({
      'src/a.ts': "// one\n// two\nconst x = 'OLD_API';\nconst u = 'https://lon.netverify.com/api/netverify/v2/scans';\n",
      'src/b.ts': 'export {};\n',
    });
    const r = runCli(join(repo, 'src'), ['codemod', '--json', '.'], { extraRules: true });
    const report = JSON.parse(r.stdout) as Report;
    expect(validateReportV1(report)).toEqual([]);
    const a = report.files.find((f) => f.path === 'a.ts')! as unknown as { edits: unknown[]; manual: { rule: string; line: number }[] };
    expect(a.edits).toEqual([{ rule: 'test-rename', line: 3, message: 'renamed OLD_API' }]);
    expect(a.manual.map((m) => [m.rule, m.line])).toEqual([['legacy-endpoint', 4]]);
    expect(report.summary).toMatchObject({ files: 2, changed: 1, unchanged: 1, edits: 1, manual: 1 });
  });
});

