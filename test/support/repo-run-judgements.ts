// Hold-out judgements checked on a real run over a whole corpus: every file of the given folders in one temporary
// repository, as a user's `netverify-migrate codemod .` runs (the run knows the repository's importers, which the
// in-process suite's runner does not). `manual` is matched against the output's markers.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HoldoutExpect } from './backend-holdout-suite.js';
import { tempRepoRunner } from './temp-repo-run.js';

function corpus(dirs: readonly string[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const d of dirs) for (const f of readdirSync(d)) if (statSync(join(d, f)).isFile()) files[f] = readFileSync(join(d, f), 'utf8');
  return files;
}

export function repoRunTests(title: string, dirs: readonly string[], tmpPrefix: string, judged: Readonly<Record<string, HoldoutExpect>>): void {
  describe(title, () => {
    const run = tempRepoRunner(tmpPrefix);
    for (const [c, e] of Object.entries(judged)) {
      it(c, async () => {
        const files = corpus(dirs);
        const out = (await run(files))(`${c}.input.ts`);
        expect(out).not.toBe(files[`${c}.input.ts`]);
        expect(out).not.toMatch(/\.redirectUrl\b|\.transactionReference\b/);
        for (const s of e.has ?? []) expect(out).toContain(s);
        for (const s of e.not ?? []) expect(out).not.toContain(s);
        for (const m of e.manual ?? []) expect(out).toMatch(m);
        for (const m of e.noManual ?? []) expect(out).not.toMatch(m);
      });
    }
  });
}
