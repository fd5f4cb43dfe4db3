// A reader that stops early (`netverify-migrate codemod . | head`) must not crash the CLI with an EPIPE stack trace,
// and the exit status stays the run's (here: --check found work, 1).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'nvm-epipe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('a closed stdout ends the output quietly, with the run\'s exit status', () => {
  // 20 copies of the legacy app: a JSON report of ~300 kB, far more than the pipe holds when `head` leaves.
  for (let i = 0; i < 20; i++) cpSync(join(ROOT, 'fixtures/legacy-app'), join(dir, `app${i}`), { recursive: true });
  const bin = join(ROOT, 'bin/netverify-migrate.js');
  const r = spawnSync('bash', ['-c', `node ${JSON.stringify(bin)} codemod --check --json --quiet . | head -c 1 >/dev/null; echo "status \${PIPESTATUS[0]}"`],
    { cwd: dir, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.stdout.trim()).toBe('status 1');
});
