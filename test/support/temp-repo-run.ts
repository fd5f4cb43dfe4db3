// Run the codemod in process (one thread) over a few files written to a fresh temporary folder, and read back each
// file's text after the run (its input when the run left it alone). The folders go when the test file ends. Used by
// the engine tests that follow a legacy response, a provider or a callback route across files.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { runCodemod } from '../../codemods/engine/runner.js';

export type RunFiles = (files: Record<string, string>) => Promise<(path: string) => string>;

export function tempRepoRunner(prefix: string): RunFiles {
  const roots: string[] = [];
  afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));
  return async (files) => {
    const root = mkdtempSync(join(tmpdir(), prefix));
    roots.push(root);
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, p)), { recursive: true });
      writeFileSync(join(root, p), text);
    }
    const r = await runCodemod({ cwd: root, paths: ['.'], workers: 1 });
    return (p) => r.outcomes.find((o) => o.path === p)?.output ?? files[p] ?? '';
  };
}
