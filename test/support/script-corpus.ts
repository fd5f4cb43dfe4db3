// Real code for equivalence tests: every rule fixture, every hold-out customer file and the analysis sources.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const SCRIPT = /\.(ts|tsx|js|jsx|mjs|cjs)$/;

function walk(dir: string, out: string[]): void {
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (SCRIPT.test(n) && !n.endsWith('.d.ts')) out.push(p);
  }
}

export function scriptCorpus(): string[] {
  const files: string[] = [];
  const rules = join(ROOT, 'codemods/rules');
  for (const rule of readdirSync(rules)) {
    try {
      walk(join(rules, rule, '__testfixtures__'), files);
    } catch {
      /* a rule without fixtures */
    }
  }
  walk(join(ROOT, 'test/holdout'), files);
  walk(join(ROOT, 'codemods/analysis'), files);
  return files;
}
