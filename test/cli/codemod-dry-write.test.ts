// Dry run, --output-patch, --write, idempotency, markers and the dirty-tree guard, through the real binary.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt, git, makeRepo, runCli, snapshot, TEST_RULES } from './helpers.js';
import { validateReportV1 } from './report-schema.js';

beforeAll(() => ensureBuilt());

const FILES = {
  'src/client.ts': "import { x } from './shared.js';\n// EXTERNAL_EDIT\nexport const url = 'https://lon.netverify.com/api/netverify/v2/performNetverify';\nexport const api = 'OLD_API';\n",
  'src/shared.ts': "export const x = 'OLD_SHARED';\n",
  // CRLF and a BOM: must come back with both.
  'src/crlf.js': '\uFEFFconst a = 1;\r\nfunction f() {\r\n  return "OLD_API"; // NEEDS_HUMAN\r\n}\r\n',
  'web/page.html': '<html><body>\n  <script>\n    var u = "https://netverify.com/api/v4/initiate";\n  </script>\n</body></html>\n',
  'README.md': 'not code: https://netverify.com/api/v4/initiate\n',
  'src/clean.ts': 'export const nothing = 1;\n',
};

describe('codemod dry run and write', () => {
  it('dry run prints a git-style diff, writes nothing, and the patch applies to give exactly what --write gives', () => {
    const repo = makeRepo(FILES);
    const before = snapshot(repo);
    const patchFile = join(mkdtempSync(join(tmpdir(), 'nvm-patch-')), 'changes.diff');
    const dry = runCli(repo, ['codemod', '--output-patch', patchFile], { extraRules: true });
    expect(dry.code, dry.stderr).toBe(0);
    expect(snapshot(repo)).toEqual(before); // nothing written
    expect(git(repo, 'status', '--porcelain')).toBe('');
    expect(dry.stdout).toContain('diff --git a/src/client.ts b/src/client.ts');
    expect(dry.stdout).toContain('--- a/src/client.ts\n+++ b/src/client.ts\n');
    expect(dry.stdout).toContain('--- /dev/null\n+++ b/src/kyx-helper.ts');
    expect(dry.stdout).not.toContain('clean.ts');
    const patch = readFileSync(patchFile, 'utf8');
    expect(patch).toBe(dry.stdout);

    // Apply the patch to one copy, --write another: identical trees.
    const applied = mkdtempSync(join(tmpdir(), 'nvm-apply-'));
    cpSync(repo, applied, { recursive: true });
    const apply = spawnSync('git', ['apply', '--whitespace=nowarn', patchFile], { cwd: applied, encoding: 'utf8' });
    expect(apply.status, apply.stderr).toBe(0);
    const write = runCli(repo, ['codemod', '--write'], { extraRules: true });
    expect(write.code, write.stderr).toBe(0);
    expect(write.stdout).toBe('');
    expect(snapshot(applied)).toEqual(snapshot(repo));

    // What --write produced: BOM and CRLF kept, the marker above the site with the site's indentation,
    // the cross-file edit and the new file.
    const crlf = readFileSync(join(repo, 'src/crlf.js'), 'utf8');
    expect(crlf).toBe('\uFEFFconst a = 1;\r\nfunction f() {\r\n  // TODO(netverify-migrate): test-rename: a human must look at this\r\n  return "NEW_API"; // NEEDS_HUMAN\r\n}\r\n');
    expect(readFileSync(join(repo, 'src/shared.ts'), 'utf8')).toBe("export const x = 'NEW_SHARED';\n");
    expect(readFileSync(join(repo, 'src/kyx-helper.ts'), 'utf8')).toBe("export const helper = 'kyx';\n");
    expect(readFileSync(join(repo, 'web/page.html'), 'utf8')).toContain('    // TODO(netverify-migrate): legacy-endpoint: ');
    expect(readFileSync(join(repo, 'README.md'), 'utf8')).toBe(FILES['README.md']);
  });

  it('a second run changes nothing and never duplicates a marker', () => {
    const repo = makeRepo(FILES);
    expect(runCli(repo, ['codemod', '--write'], { extraRules: true }).code).toBe(0);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'migrated');
    const after = snapshot(repo);
    const again = runCli(repo, ['codemod', '--write', '--json'], { extraRules: true });
    expect(again.code, again.stderr).toBe(0);
    expect(snapshot(repo)).toEqual(after);
    const report = JSON.parse(again.stdout);
    expect(validateReportV1(report)).toEqual([]);
    expect(report.summary.changed).toBe(0);
    expect(report.summary.manual).toBeGreaterThan(0); // still to do by hand, still reported
    const dry = runCli(repo, ['codemod'], { extraRules: true });
    expect(dry.stdout).toBe('');
    const markers = (readFileSync(join(repo, 'src/crlf.js'), 'utf8').match(/TODO\(netverify-migrate\)/g) ?? []).length;
    expect(markers).toBe(1);
  });

  it('--write refuses files with uncommitted changes unless --allow-dirty', () => {
    const repo = makeRepo(FILES);
    const dirty = FILES['src/crlf.js'].replace('const a = 1', 'const a = 2');
    writeFileSync(join(repo, 'src/crlf.js'), dirty);
    const refused = runCli(repo, ['codemod', '--write', '--json'], { extraRules: true });
    expect(refused.code).toBe(1);
    const report = JSON.parse(refused.stdout);
    expect(validateReportV1(report)).toEqual([]);
    const entry = report.files.find((f: { path: string }) => f.path === 'src/crlf.js');
    expect(entry.status).toBe('error');
    expect(entry.error).toMatch(/uncommitted changes/);
    expect(readFileSync(join(repo, 'src/crlf.js'), 'utf8')).toBe(dirty); // untouched
    // clean files were still written
    expect(readFileSync(join(repo, 'src/client.ts'), 'utf8')).toContain('NEW_API');

    const allowed = runCli(repo, ['codemod', '--write', '--allow-dirty'], { extraRules: true });
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(readFileSync(join(repo, 'src/crlf.js'), 'utf8')).toContain('NEW_API');
    expect(readFileSync(join(repo, 'src/crlf.js'), 'utf8')).toContain('const a = 2');
  });

  it('a refused target rolls back the file whose rule asked for the cross-file edit', () => {
    const repo = makeRepo(FILES);
    writeFileSync(join(repo, 'src/shared.ts'), "export const x = 'OLD_SHARED'; // local change\n");
    const r = runCli(repo, ['codemod', '--write', '--json'], { extraRules: true });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const client = report.files.find((f: { path: string }) => f.path === 'src/client.ts');
    expect(client.status).toBe('error');
    expect(client.error).toMatch(/src\/shared\.ts/);
    expect(readFileSync(join(repo, 'src/client.ts'), 'utf8')).toBe(FILES['src/client.ts']);
  });

  it('never edits a file outside the paths given to the run: the asking file is rolled back and says why', () => {
    const repo = makeRepo(FILES);
    const r = runCli(repo, ['codemod', 'src/client.ts', '--write', '--json'], { extraRules: true });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(validateReportV1(report)).toEqual([]);
    const client = report.files.find((f: { path: string }) => f.path === 'src/client.ts');
    expect(client.status).toBe('error');
    expect(client.error).toMatch(/src\/shared\.ts.*outside the paths given to this run/);
    expect(report.files.map((f: { path: string }) => f.path)).not.toContain('src/shared.ts');
    expect(readFileSync(join(repo, 'src/client.ts'), 'utf8')).toBe(FILES['src/client.ts']);
    expect(readFileSync(join(repo, 'src/shared.ts'), 'utf8')).toBe(FILES['src/shared.ts']);
  });

  it('the summary goes to stderr and names the marker grep; no progress escapes when stderr is not a TTY', () => {
    const repo = makeRepo(FILES);
    const r = runCli(repo, ['codemod'], { extraRules: true });
    expect(r.stderr).toMatch(/\d+ file\(s\): \d+ changed, \d+ unchanged, \d+ skipped, \d+ error\(s\)/);
    expect(r.stderr).toContain('manual by rule: ');
    expect(r.stderr).toContain('grep -rn "TODO(netverify-migrate)"');
    expect(r.stderr).not.toContain('\x1b[');
    expect(r.stdout).not.toContain('\x1b[');
    // on a terminal (a pseudo-terminal from script(1)) progress lines appear on stderr, and are cleared at the end
    const tty = spawnSync('script', ['-qfec', `${process.execPath} ${BIN} codemod`, '/dev/null'], { cwd: repo, encoding: 'utf8', env: { ...process.env, NETVERIFY_MIGRATE_EXTRA_RULES: TEST_RULES } });
    expect(tty.stdout).toMatch(/\r\x1b\[2Knetverify-migrate: \d+\/\d+ files/);
    const quiet = runCli(repo, ['codemod', '--quiet'], { extraRules: true });
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(r.stdout);
  });
});
