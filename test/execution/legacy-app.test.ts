// fixtures/legacy-app end to end: its own tests pass against the legacy Netverify emulator; a copy migrated by
// the real codemod engine type-checks (tsc --noEmit, strict NodeNext) and passes the same tests against the KYX
// emulator (with the account seams implemented the way a customer would, through the helpers' setters).
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, migrate, REPO_ROOT, type Report } from './support/migrate.js';

const APP = join(REPO_ROOT, 'fixtures/legacy-app');

function run(args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', FORCE_COLOR: '0', ...env }, timeout: 240_000, maxBuffer: 10 << 20 },
      (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, out: `${stdout}\n${stderr}` }));
  });
}

const appTests = (dir: string, mode: 'legacy' | 'kyx') =>
  run([join(REPO_ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--root', dir], dir, { LEGACY_APP_MODE: mode, NVM_REPO_ROOT: REPO_ROOT });

describe('fixtures/legacy-app', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('passes its own tests against the legacy emulator before migration', async () => {
    const dir = copyProject(APP, 'nvm-app-legacy-');
    dirs.push(dir);
    const r = await appTests(dir, 'legacy');
    expect(r.out).toMatch(/Tests\s+6 passed \| 1 skipped/);
    expect(r.code, r.out).toBe(0);
  }, 240_000);

  describe('migrated with the codemod', () => {
    let dir: string;
    let report: Report;

    it('migrates: initiate, enrolment and retrieval rewritten, callback handler flagged, no errors', async () => {
      dir = copyProject(APP, 'nvm-app-kyx-');
      dirs.push(dir);
      report = await migrate(dir);
      expect(report.summary.errors).toBe(0);
      const byPath = new Map(report.files.map((f) => [f.path, f]));
      const rules = (p: string, kind: 'edits' | 'manual') => new Set(byPath.get(p)?.[kind].map((e) => e.rule));
      expect(rules('src/jumio-authentication.ts', 'edits')).toContain('initiate-authentication');
      expect(rules('src/jumio-enrolment.ts', 'edits')).toContain('initiate-enrollment');
      expect(rules('src/jumio-retrieval.ts', 'edits')).toContain('retrieval-authentication');
      expect(rules('src/jumio-retrieval.ts', 'manual')).toContain('retrieval-authentication');
      expect([...rules('src/jumio-callback.ts', 'manual')]).toEqual(['callback-handler']);
      expect(byPath.get('src/jumio-callback.ts')?.edits).toEqual([]);
      const src = (f: string) => readFileSync(join(dir, 'src', f), 'utf8');
      expect(src('jumio-authentication.ts')).toContain('https://account.emea-1.jumio.ai/api/v1/accounts/');
      expect(src('jumio-enrolment.ts')).toContain("'https://account.emea-1.jumio.ai/api/v1/accounts'");
      expect(src('jumio-retrieval.ts')).toContain('https://retrieval.emea-1.jumio.ai/api/v1/accounts/');
      for (const f of ['jumio-authentication.ts', 'jumio-enrolment.ts', 'jumio-retrieval.ts']) expect(src(f)).not.toMatch(/`Basic \$\{credentials\}`/);
    }, 120_000);

    it('type-checks (tsc --noEmit on the migrated copy)', async () => {
      expect(dir, 'migration ran').toBeDefined();
      const r = await run([join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json'), '--noEmit'], dir);
      expect(r.out.trim()).toBe('');
      expect(r.code).toBe(0);
    }, 120_000);

    it('passes its own tests against the KYX emulator', async () => {
      expect(dir, 'migration ran').toBeDefined();
      const r = await appTests(dir, 'kyx');
      expect(r.out).toMatch(/Tests\s+6 passed \| 1 skipped/);
      expect(r.code, r.out).toBe(0);
    }, 240_000);
  });
});
