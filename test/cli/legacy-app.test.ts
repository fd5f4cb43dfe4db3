// The README's first command: a dry run over the bundled fixtures/legacy-app prints a git-style diff and writes
// nothing; on a copy, the patch equals --write and a second run changes nothing (all registered rules together).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, git, makeRepo, REPO, runCli, snapshot } from './helpers.js';
import { validateReportV1 } from './report-schema.js';

beforeAll(() => ensureBuilt());

const APP = join(REPO, 'fixtures/legacy-app');

describe('fixtures/legacy-app', () => {
  it('dry run in place prints a git-style diff and writes nothing', () => {
    const before = snapshot(APP);
    const r = runCli(REPO, ['codemod', 'fixtures/legacy-app']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^diff --git a\/fixtures\/legacy-app\/\S+ b\/fixtures\/legacy-app\//m);
    expect(r.stdout).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@/m);
    expect(r.stderr).toContain('Dry run: nothing was written.');
    expect(snapshot(APP)).toEqual(before);
  });

  it('on a copy: the patch equals --write, the report is valid, and a second run changes nothing', () => {
    const repo = makeRepo({});
    cpSync(APP, repo, { recursive: true });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'legacy app');
    const patchDir = mkdtempSync(join(tmpdir(), 'nvm-app-patch-'));
    const dry = runCli(repo, ['codemod', '--json', '--output-patch', join(patchDir, 'p.diff')]);
    expect(dry.code, dry.stderr).toBe(0);
    const report = JSON.parse(dry.stdout);
    expect(validateReportV1(report)).toEqual([]);
    expect(report.summary.changed).toBeGreaterThan(0);
    expect(report.summary.errors).toBe(0);
    // The page's proven Jumio handler: the report notes that accountId is now in event.data (no action needed).
    const page = report.files.find((f: { path: string }) => f.path === 'public/index.html');
    expect(page.notes?.map((n: { rule: string; message: string }) => `${n.rule}: ${n.message}`).join('\n')).toMatch(/iframe-event-handler: .*accountId/);
    const applied = mkdtempSync(join(tmpdir(), 'nvm-app-apply-'));
    cpSync(repo, applied, { recursive: true });
    const apply = spawnSync('git', ['apply', join(patchDir, 'p.diff')], { cwd: applied, encoding: 'utf8' });
    expect(apply.status, apply.stderr).toBe(0);
    expect(runCli(repo, ['codemod', '--write']).code).toBe(0);
    expect(snapshot(applied)).toEqual(snapshot(repo));
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'migrated');
    const again = JSON.parse(runCli(repo, ['codemod', '--json']).stdout);
    expect(again.summary.changed).toBe(0);
    expect(again.summary.errors).toBe(0);
  });
});
