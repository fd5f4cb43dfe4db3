// The few git facts the engine needs: the work-tree root and which files have uncommitted changes.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function gitTopLevel(cwd: string): string | undefined {
  const r = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' });
  if (r.status !== 0 || !r.stdout.trim()) return undefined;
  return resolve(r.stdout.trim());
}

/** Absolute paths with uncommitted changes (staged, unstaged, untracked-but-not-ignored), renames included.
 * git reports a submodule or a nested repository with changes as one entry for its directory: its own status is
 * asked for, so a changed file inside it counts as changed too. */
export function gitDirtyFiles(root: string, out = new Set<string>()): Set<string> {
  const r = spawnSync('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all'], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`git status failed: ${r.stderr.trim()}`);
  const parts = r.stdout.split('\0');
  for (let i = 0; i < parts.length; i++) {
    const entry = parts[i];
    if (entry.length < 4) continue;
    const xy = entry.slice(0, 2);
    const abs = resolve(root, entry.slice(3));
    out.add(abs);
    if (existsSync(join(abs, '.git'))) gitDirtyFiles(abs, out);
    // A rename/copy is followed by its source path as a separate NUL-terminated field.
    if (xy[0] === 'R' || xy[0] === 'C') out.add(resolve(root, parts[++i] ?? ''));
  }
  return out;
}
