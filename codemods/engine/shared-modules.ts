// One copy of a module that several migrated files of a package import. A rule plans its new module (the KYX auth
// helper, the retrieval seam) for one file at a time, beside that file; two files in sibling directories would get
// two identical copies, each with its own token cache and its own seam to implement. After the run, identical new
// modules of one package (same file name, same text) that the run writes in different directories become one, in
// the directories' nearest common ancestor, and each importer's specifier is rewritten to it (same extension style).
// A package ends at a package.json, tsconfig.json, jsconfig.json or deno.json (a TypeScript project's rootDir).
// A module one of them already finds on disk is left as planned (a previous run, or the user, put it there).
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import type { FileOutcome } from './outcome.js';

type Planned = { outcome: FileOutcome; file: FileOutcome['newFiles'][number] };

/** Is `dir` `ancestor` or below it? */
const within = (dir: string, ancestor: string): boolean => dir === ancestor || dir.startsWith(ancestor.endsWith(sep) ? ancestor : ancestor + sep);

/** What bounds a project: a module above one would be outside a TypeScript rootDir / include, or another package. */
const PROJECT_FILES = ['package.json', 'tsconfig.json', 'jsconfig.json', 'deno.json', 'deno.jsonc'];

/** The nearest directory at or above `dir` holding a project file, not above the run's root (the root when none). */
function packageDir(dir: string, root: string, cache: Map<string, string>): string {
  const hit = cache.get(dir);
  if (hit !== undefined) return hit;
  const parent = dirname(dir);
  const own = PROJECT_FILES.some((f) => existsSync(join(dir, f)));
  const found = own || dir === root || parent === dir || !within(parent, root) ? dir : packageDir(parent, root, cache);
  cache.set(dir, found);
  return found;
}

function commonAncestor(dirs: string[]): string {
  let common = dirs[0]!;
  for (const d of dirs.slice(1)) while (!within(d, common)) common = dirname(common);
  return common;
}

/** `importedAs` re-pointed from `importer` to `target`, keeping its extension style (`./x`, `./x.js` for x.ts…). */
function respecify(importedAs: string, oldAbs: string, target: string, importer: string): string {
  const stem = basename(oldAbs, extname(oldAbs));
  const at = importedAs.lastIndexOf(stem);
  const suffix = at < 0 ? extname(oldAbs) : importedAs.slice(at + stem.length);
  let rel = relative(dirname(importer), join(dirname(target), stem)).split(sep).join('/');
  if (!rel.startsWith('.')) rel = `./${rel}`;
  return rel + suffix;
}

function replaceSpecifier(text: string, from: string, to: string): string {
  return ["'", '"', '`'].reduce((t, q) => t.split(`${q}${from}${q}`).join(`${q}${to}${q}`), text);
}

export function consolidateSharedModules(outcomes: Map<string, FileOutcome>, root: string): void {
  const groups = new Map<string, Planned[]>();
  const pkgCache = new Map<string, string>();
  for (const outcome of outcomes.values()) {
    if (outcome.status !== 'changed' || outcome.output === undefined) continue;
    for (const file of outcome.newFiles) {
      if (!file.importedAs) continue;
      const key = [packageDir(dirname(outcome.absPath), root, pkgCache), basename(file.absPath), file.text].join('\0');
      groups.set(key, [...(groups.get(key) ?? []), { outcome, file }]);
    }
  }
  for (const members of groups.values()) {
    const dirs = [...new Set(members.map((m) => dirname(m.file.absPath)))];
    if (dirs.length < 2 || members.some((m) => existsSync(m.file.absPath))) continue;
    const home = commonAncestor(dirs);
    if (!within(home, packageDir(dirname(members[0]!.outcome.absPath), root, pkgCache))) continue;
    const target = join(home, basename(members[0]!.file.absPath));
    for (const { outcome, file } of members) {
      const spec = respecify(file.importedAs!, file.absPath, target, outcome.absPath);
      outcome.output = replaceSpecifier(outcome.output!, file.importedAs!, spec);
      file.absPath = target;
      file.importedAs = spec;
    }
  }
}
