// File discovery the way the repository sees it: nested .gitignore files (plus .git/info/exclude) with git's
// precedence (a deeper file overrides a shallower one), the default excludes, --ignore globs, and no symlinks
// ever followed (pnpm's node_modules cycles). Paths named on the command line that do not exist are a usage error.
// As in git, a .gitignore pattern does not hide a file the repository tracks (an Angular environment.ts committed
// before it was listed): such files are read (trackedIgnored).
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

export const SKIP_DIRS = new Set(['node_modules', 'dist', 'build', 'coverage', '.next', '.git', '.hg', '.svn']);
const SKIP_FILE_RE = /(\.min\.js|\.d\.ts|\.d\.mts|\.d\.cts)$/i;

export class UsageError extends Error {}

export interface DiscoveredFile {
  absPath: string;
  /** Relative to cwd, forward slashes (the report's path). */
  path: string;
}

export interface DiscoverOptions {
  cwd: string;
  /** Files or directories, relative to cwd or absolute. */
  paths: readonly string[];
  /** The repository root: .gitignore files from here down apply. */
  root: string;
  /** Extra gitignore-style patterns, relative to cwd. */
  ignore?: readonly string[];
  /** Which file names to pick up (by the walk; a file named explicitly is always returned). */
  accept(name: string): boolean;
  /** File names picked up even when a .gitignore matches them (scan reads ignored `.env` files). */
  evenIfIgnored?(name: string): boolean;
}

export interface Discovery {
  files: DiscoveredFile[];
  /** Named explicitly but not processable (a symlink, a directory that is not one, …). */
  skipped: { path: string; absPath: string; reason: string }[];
}

interface Level {
  dir: string;
  ig: Ignore;
}

const toPosix = (p: string): string => (sep === '/' ? p : p.split(sep).join('/'));

function loadIgnore(dir: string, names: readonly string[]): Ignore | undefined {
  let ig: Ignore | undefined;
  for (const name of names) {
    const file = join(dir, name);
    try {
      const text = readFileSync(file, 'utf8');
      ig ??= ignore();
      ig.add(text);
    } catch {
      /* no such file */
    }
  }
  return ig;
}

/** `abs` relative to `dir` with forward slashes, or '' when it is not below it (a slice for the walk's own paths). */
function below(dir: string, abs: string): string {
  if (abs.length > dir.length + 1 && abs.startsWith(dir) && abs[dir.length] === sep) return toPosix(abs.slice(dir.length + 1));
  const rel = toPosix(relative(dir, abs));
  return rel.startsWith('..') ? '' : rel;
}

function ignoredBy(levels: readonly Level[], abs: string, isDir: boolean): boolean {
  let state = false;
  for (const { dir, ig } of levels) {
    const rel = below(dir, abs);
    if (!rel) continue;
    const r = ig.test(isDir ? `${rel}/` : rel);
    if (r.ignored) state = true;
    else if (r.unignored) state = false;
  }
  return state;
}

/** The tracked files under `root` that a .gitignore pattern matches (`git ls-files --cached --ignored`), with their
 * folders; empty outside a git work tree. */
function trackedIgnored(root: string): { files: Set<string>; dirs: Set<string> } {
  const files = new Set<string>();
  const dirs = new Set<string>();
  const r = spawnSync('git', ['ls-files', '-z', '--cached', '--ignored', '--exclude-standard'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0 || !r.stdout) return { files, dirs };
  for (const rel of r.stdout.split('\0')) {
    if (!rel) continue;
    const abs = resolve(root, rel);
    files.add(abs);
    for (let d = dirname(abs); d.length > root.length && !dirs.has(d); d = dirname(d)) dirs.add(d);
  }
  return { files, dirs };
}

/** The .gitignore levels from the root down to (not including) `dir`'s own, so a subtree run honours them. */
function ancestorLevels(root: string, dir: string): Level[] {
  const levels: Level[] = [];
  const rootIg = loadIgnore(root, ['.git/info/exclude', '.gitignore']);
  if (rootIg) levels.push({ dir: root, ig: rootIg });
  const rel = relative(root, dir);
  if (!rel || rel.startsWith('..')) return levels;
  let cur = root;
  for (const part of rel.split(sep)) {
    cur = join(cur, part);
    if (cur === dir) break;
    const ig = loadIgnore(cur, ['.gitignore']);
    if (ig) levels.push({ dir: cur, ig });
  }
  return levels;
}

export function discover(opts: DiscoverOptions): Discovery {
  const files: DiscoveredFile[] = [];
  const skipped: Discovery['skipped'] = [];
  const seen = new Set<string>();
  const root = resolve(opts.root);
  // --ignore patterns are anchored at the current directory; at the run's root when the command runs from outside the
  // repository it migrates (`codemod ../other-repo --ignore generated/`), where no file is below the current directory.
  const cwd = resolve(opts.cwd);
  const ignoreBase = below(root, cwd) || cwd === root ? cwd : root;
  const extra = opts.ignore?.length ? { dir: ignoreBase, ig: ignore().add([...opts.ignore]) } : undefined;
  // Asked of git once, and only when a .gitignore pattern matched something the walk met.
  let tracked: ReturnType<typeof trackedIgnored> | undefined;
  /** Hidden: by a .gitignore (unless git tracks it) or by --ignore (always). */
  const hidden = (levels: readonly Level[], abs: string, isDir: boolean): boolean => {
    if (extra && ignoredBy([extra], abs, isDir)) return true;
    if (!ignoredBy(levels, abs, isDir)) return false;
    tracked ??= trackedIgnored(root);
    return !(isDir ? tracked.dirs : tracked.files).has(abs);
  };
  const add = (abs: string): void => {
    if (seen.has(abs)) return;
    seen.add(abs);
    files.push({ absPath: abs, path: below(cwd, abs) || toPosix(relative(cwd, abs)) || '.' });
  };

  const walk = (dir: string, levels: Level[]): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const hasIgnoreFile = dir !== root && entries.some((e) => e.name === '.gitignore');
    const own = hasIgnoreFile ? loadIgnore(dir, ['.gitignore']) : undefined;
    const here = own ? [...levels, { dir, ig: own }] : levels;
    const all = extra ? [...here, extra] : here;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const abs = join(dir, entry.name);
      if (entry.isSymbolicLink() || (!entry.isDirectory() && !entry.isFile())) {
        // Never followed; a link or a FIFO/socket with a source-file name is reported, so nothing is silently missed.
        if (!SKIP_FILE_RE.test(entry.name) && opts.accept(entry.name) && !ignoredBy(all, abs, false)) {
          const reason = entry.isSymbolicLink() ? 'symbolic link (never followed)' : 'not a regular file';
          skipped.push({ path: toPosix(relative(opts.cwd, abs)), absPath: abs, reason });
        }
        continue;
      }
      if (entry.isDirectory()) {
        if (SKIP_DIRS.has(entry.name) || hidden(all, abs, true)) continue;
        walk(abs, here);
      } else if (entry.isFile()) {
        if (SKIP_FILE_RE.test(entry.name) || !opts.accept(entry.name)) continue;
        // --ignore patterns still apply to files read in spite of .gitignore
        const levelsForFile = opts.evenIfIgnored?.(entry.name) ? (extra ? [extra] : []) : all;
        if (hidden(levelsForFile, abs, false)) continue;
        add(abs);
      }
    }
  };

  for (const p of opts.paths.length ? opts.paths : ['.']) {
    const abs = resolve(opts.cwd, p);
    let st;
    try {
      st = lstatSync(abs);
    } catch {
      throw new UsageError(`path not found: ${p}`);
    }
    if (st.isSymbolicLink()) {
      skipped.push({ path: toPosix(relative(opts.cwd, abs)), absPath: abs, reason: 'symbolic link (never followed)' });
    } else if (st.isDirectory()) {
      walk(abs, ancestorLevels(root, abs));
    } else if (st.isFile()) {
      add(abs);
    } else {
      skipped.push({ path: toPosix(relative(opts.cwd, abs)), absPath: abs, reason: 'not a regular file' });
    }
  }
  return { files, skipped };
}

export function pathExists(p: string): boolean {
  return existsSync(p);
}
