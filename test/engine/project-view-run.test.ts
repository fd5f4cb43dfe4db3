// A ProjectView keeps what it learnt about the repository for one run (nothing is written during a run); a new
// run in the same process (tests, an editor integration) starts from the files as they are then.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { forgetProjectViews, projectViewFor } from '../../codemods/engine/process-candidates.js';
import { runCodemod } from '../../codemods/engine/runner.js';

const dir = mkdtempSync(join(tmpdir(), 'nvm-view-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('project views per run', () => {
  it('keep answers within a run and start afresh for the next', async () => {
    const file = join(dir, 'constants.ts');
    expect(projectViewFor(dir).fileExists(file)).toBe(false);
    writeFileSync(file, 'export const A = 1;\n');
    expect(projectViewFor(dir).fileExists(file)).toBe(false); // same run: the answer is kept
    forgetProjectViews();
    expect(projectViewFor(dir).fileExists(file)).toBe(true);
  });

  it('runCodemod starts each run with fresh views', async () => {
    const later = join(dir, 'later.ts');
    expect(projectViewFor(dir).fileExists(later)).toBe(false);
    writeFileSync(later, 'export const B = 2;\n');
    await runCodemod({ cwd: dir, paths: [], workers: 1 });
    expect(projectViewFor(dir).fileExists(later)).toBe(true);
  });
});
