// The root of a run: the git work tree that holds the paths the user named, not the one the command was started in.
// `netverify-migrate codemod ../customer-repo` run from another checkout must check ../customer-repo's uncommitted
// changes, honour its .gitignore and resolve its modules; a path inside a submodule or a nested repository belongs to
// that repository. Paths that belong to several repositories are refused: one run, one root.
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from './discover.js';
import { gitTopLevel } from './git.js';

export interface RunRoot {
  root: string;
  inGit: boolean;
}

const inside = (dir: string, root: string): boolean => {
  const rel = relative(root, dir);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
};

/** The directory a target stands for; undefined for a path that does not exist (discovery reports it by name). */
function targetDir(abs: string): string | undefined {
  try {
    return statSync(abs).isDirectory() ? abs : dirname(abs);
  } catch {
    return undefined;
  }
}

export function runRoot(cwdIn: string, paths: readonly string[]): RunRoot {
  const cwd = resolve(cwdIn);
  const cwdTop = gitTopLevel(cwd);
  const dirs = [...new Set((paths.length ? paths : ['.']).map((p) => targetDir(resolve(cwd, p))).filter((d): d is string => !!d))];
  if (!dirs.length) return { root: cwdTop ?? cwd, inGit: cwdTop !== undefined };

  const tops = new Map<string, string | undefined>();
  for (const dir of dirs) tops.set(dir, topOf(dir, cwdTop));
  const distinct = [...new Set(tops.values())];
  if (distinct.length > 1) {
    const names = distinct.map((t) => (t === undefined ? '(not in a git work tree)' : t));
    throw new UsageError(`the paths belong to different git work trees (${names.join(', ')}): run the codemod once per repository`);
  }
  const top = distinct[0];
  if (top !== undefined) return { root: top, inGit: true };
  return { root: dirs.every((d) => inside(d, cwd)) ? cwd : commonAncestor(dirs), inGit: false };
}

/** The git top level of `dir`. Inside the current directory's work tree, asked of git only when a `.git` entry
 * (a submodule, a nested repository) stands between `dir` and that top: one spawn per run in the common case. */
function topOf(dir: string, cwdTop: string | undefined): string | undefined {
  if (cwdTop !== undefined && inside(dir, cwdTop)) {
    let nested = false;
    for (let d = dir; d !== cwdTop && d.length > cwdTop.length; d = dirname(d)) {
      if (existsSync(join(d, '.git'))) {
        nested = true;
        break;
      }
    }
    if (!nested) return cwdTop;
  }
  return gitTopLevel(dir);
}

function commonAncestor(dirs: readonly string[]): string {
  let common = dirs[0];
  for (const d of dirs.slice(1)) while (!inside(d, common)) common = dirname(common);
  return common;
}
