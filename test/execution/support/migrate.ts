// Copy a fixture project to a scratch directory and migrate it with the real codemod engine (the code path of
// `netverify-migrate codemod --write`: discovery, rules, cross-file merge, new files, atomic writes, report).
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCodemod } from '../../../codemods/engine/runner.js';
import { writeChanges } from '../../../codemods/engine/apply.js';
import { buildReport } from '../../../codemods/engine/report.js';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

/** A copy of `src` (without dist/ and node_modules/) whose node_modules points at the repository's. */
export function copyProject(src: string, prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(src, dir, { recursive: true, filter: (p) => !/[\\/](dist|node_modules)([\\/]|$)/.test(p.slice(src.length)) });
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

export type Report = ReturnType<typeof buildReport>;

/** Migrate every file under `dir` in place; returns the JSON report (version 1). */
export async function migrate(dir: string, ruleIds?: string[]): Promise<Report> {
  const result = await runCodemod({ cwd: dir, paths: ['.'], workers: 1, ruleIds });
  const w = writeChanges(result.outcomes, { allowDirty: true, root: result.root, inGit: result.inGit });
  void w;
  return buildReport(result.outcomes);
}
