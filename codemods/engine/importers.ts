// Which of the run's files import a module: the reverse of import resolution, for a rule that follows a value a
// module's exported function returns into the files that call it. Built on demand (few modules need it) from the
// run's discovered file list, which every worker thread gets whole: on the first question every file is read once
// and its path-like quoted strings are indexed by the module name they end with (`jumio` for '../services/jumio.js'
// or './jumio/index'); a question then resolves the strings of the few files indexed under the module's name. A
// load by a computed name (`require(dir + name)`, `import.meta.glob`, `require.context`) names no module: any module
// it may load (what its specifier fixes, computed-loads.ts) has unknown importers. The answer depends on the files on
// disk only, never on which thread or in which order files are processed, so --write, --output-patch and every
// --workers give the same edits.
import { statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { ImporterSet, ProjectView } from './types.js';
import { ts } from '#ts-morph';
import { computedPrefix } from './computed-loads.js';

export interface RunFiles {
  /** Absolute paths of the source files the run discovered (read or not), in discovery order. */
  files: readonly string[];
  /** The run covers the whole repository: no file outside `files` (but ignored ones) can import a module. */
  wholeRepository: boolean;
  /** Files the run found but does not read as code (a Marko/MDX page, CoffeeScript, a symlink, a file over 5 MB or
   * not UTF-8): one importing a module makes its importers unknown (its reads are not followed, nor edited). */
  unread?: readonly string[];
}

/** The name a specifier must contain to reach `absPath`: `jumio` for services/jumio.ts, `services` for services/index.ts. */
/** A one-segment alias (`@jumio`, `~services`, `#jumio`): a tsconfig `paths` key may map it to any module. */
const ALIAS = /^[@~#$][\w.-]*$/;
/** A multi-segment alias (`@acme/jumio`, `~/lib/kyc`): a tsconfig `paths` key or a bundler alias may map it to a
 * directory's index module (`"@acme/jumio": ["libs/jumio/src"]`, as `nest g library` writes) or a file of another
 * name, which its last segment does not name. */
const SCOPED = /^[@~#$][\w.-]*\/[\w.$/-]+$/;

/** May the quoted string `spec` in `fromFile` name the module whose stem is `stem` (then it is worth resolving)?
 * `'.'` or `'./index.js'` in an index module's directory name it without spelling it. */
export function mayName(spec: string, stem: string, fromFile: string): boolean {
  return spec.includes(stem) || ALIAS.test(spec) || SCOPED.test(spec) || (spec.startsWith('.') && specifierStem(spec, fromFile) === stem);
}

export function stemOf(absPath: string): string {
  const stem = basename(absPath, extname(absPath));
  return stem === 'index' ? basename(dirname(absPath)) : stem;
}

// `$` only where it cannot start a template substitution: SvelteKit's `$lib/server/jumio` is a specifier.
/** A bare one-segment module name in an import or require: `from 'jumio'`, `require('jumio')`, `import('jumio')`. */
const BARE_IMPORT = /(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([\w.-]+)\1/g;
const QUOTED = /(['"`])((?:[^'"`\n\\$]|\$(?!\{)){1,300})\1/g;
/** A module load by a name that may be computed: `require(…)`, `import(…)`, webpack's `require.context(dir)`, Vite's
 * `import.meta.glob(pattern)` (not a method `x.require(…)`). */
const LOADER = /(?<![\w$.])(?<!function\s+)(require\.context|import\.meta\.glob(?:Eager)?|require|import)\s*\(\s*/g;

interface PackageInfo {
  dir: string;
  /** undefined: a package.json that does not parse. */
  pkg?: Record<string, unknown>;
}

/** The nearest package.json at or above the module's directory, within the repository. */
function packageOf(absPath: string, root: string, view: Pick<ProjectView, 'readFile'>): PackageInfo | undefined {
  for (let dir = dirname(absPath); dir === root || dir.startsWith(root + sep); dir = dirname(dir)) {
    const text = view.readFile(join(dir, 'package.json'));
    if (text !== undefined) {
      try {
        return { dir, pkg: JSON.parse(text) as Record<string, unknown> };
      } catch {
        return { dir };
      }
    }
    if (dir === root || dirname(dir) === dir) break;
  }
  return undefined;
}

/** Is `absPath` an entry point of its package (package.json main/module/exports/bin): code outside the repository
 * may call it, so its importers here are not all of them. An unreadable package.json: assume so. */
function packageEntry(absPath: string, info: PackageInfo, view: Pick<ProjectView, 'resolveModule'>): boolean {
  if (!info.pkg) return true;
  const strings: string[] = [];
  const collect = (v: unknown): void => {
    if (typeof v === 'string') strings.push(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(collect);
  };
  ['main', 'module', 'exports', 'bin', 'browser', 'types', 'typings'].forEach((k) => collect(info.pkg![k]));
  const from = join(info.dir, 'package.json');
  return strings.some((s) => {
    const spec = s.startsWith('.') ? s : `./${s}`;
    const hit = view.resolveModule(spec, from);
    return hit === absPath || (hit === undefined && builtFrom(spec).some((src) => view.resolveModule(src, from) === absPath));
  });
}

/** The sources an entry in a build directory that is not here (`./dist/index.js`, `./lib/esm/index.d.ts`) may be
 * compiled from: `./src/index`, `./index` — a published SDK's package.json names its build, not its source. */
function builtFrom(spec: string): string[] {
  const m = /^\.\/(?:dist|build|lib|out|esm|cjs|types)\/(?:(?:esm|cjs|types)\/)?(.+?)(?:\.d)?\.[cm]?[jt]sx?$/.exec(spec);
  return m ? [`./src/${m[1]}`, `./${m[1]}`] : [];
}

const SCRIPT_EXT = /\.(?:[cm]?[jt]sx?)$/;

/** The module name a specifier ends with: `../services/jumio.js` → `jumio`, `./jumio/index` → `jumio`, `.` → the
 * importing file's directory name. */
function specifierStem(spec: string, fromFile: string): string {
  const bare = spec.replace(/\/index(?:\.[cm]?[jt]sx?)?$/, '').replace(/\/+$/, '');
  const last = bare.slice(bare.lastIndexOf('/') + 1);
  if (last === '' || last === '.' || last === '..') return basename(resolve(dirname(fromFile), bare || '.'));
  return last.replace(SCRIPT_EXT, '');
}

const isRegularFile = (p: string): boolean => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};

/** Can the unresolved string `spec` still be an import of `absPath` by an alias? Not a URL (`https://…/jumio`), nor a
 * root path (a route `'/kyc/jumio'`) unless it names the module from the repository root (Vite's `/src/jumio`). */
function mayBeAlias(spec: string, absPath: string, view: Pick<ProjectView, 'root' | 'resolveModule'>): boolean {
  if (spec.startsWith('.') || !spec.includes('/') || /^[a-z][\w+.-]*:/i.test(spec)) return false;
  return !spec.startsWith('/') || view.resolveModule(`.${spec}`, join(view.root, 'package.json')) === absPath;
}

/** A flat copy of a string cut from a file's text, so the map below does not keep every file's text alive. */
const own = (s: string): string => Buffer.from(s, 'utf8').toString('utf8');

export function importerIndex(run: RunFiles, view: Pick<ProjectView, 'root' | 'readFile' | 'resolveModule'>): (absPath: string) => ImporterSet {
  const cache = new Map<string, ImporterSet>();
  // module name → the files with a quoted string ending in it; one read of every file, on the first question.
  // One-segment aliases are kept apart, by their text: resolved (tsconfig paths) when a module is asked about.
  let byStem: Map<string, Set<string>> | undefined;
  const unread = new Set(run.unread);
  const aliases = new Map<string, Set<string>>();
  // Multi-segment aliases by their text, resolved (per directory of the files using them) when a module is asked about.
  const scoped = new Map<string, Set<string>>();
  const scopedTarget = new Map<string, string | undefined>();
  // module name → the files importing a bare one-segment name (`from 'jumio'`): a tsconfig/jsconfig baseUrl import
  // of a module at its top (src/jumio.ts), which resolveModule does not follow.
  const bare = new Map<string, Set<string>>();
  // The fixed parts of the run's computed loads, by file: a module they may load has importers no index names.
  const computed: { file: string; prefix: string }[] = [];
  const stems = (): Map<string, Set<string>> => {
    if (byStem) return byStem;
    byStem = new Map();
    for (const file of [...run.files, ...(run.unread ?? [])]) {
      const text = unread.has(file) && !isRegularFile(file) ? undefined : view.readFile(file); // never a FIFO's read
      if (text === undefined) continue;
      for (const m of text.matchAll(QUOTED)) {
        const alias = ALIAS.test(m[2]!);
        if (!alias && !m[2]!.includes('/') && !m[2]!.startsWith('.')) continue; // a specifier of a module of the repository
        if (SCOPED.test(m[2]!)) {
          let users = scoped.get(m[2]!);
          if (!users) scoped.set(own(m[2]!), (users = new Set()));
          users.add(file);
        }
        const key = alias ? m[2]! : specifierStem(m[2]!, file);
        const map = alias ? aliases : byStem;
        let files = map.get(key);
        if (!files) map.set(own(key), (files = new Set()));
        files.add(file);
      }
      let sf: ts.SourceFile | undefined;
      const parse = () => (sf ??= SCRIPT_EXT.test(file) ? ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true) : undefined);
      for (const m of text.matchAll(LOADER)) {
        const prefix = computedPrefix(text, m.index + m[0].length, m[1]!, parse);
        if (prefix !== undefined) computed.push({ file, prefix: own(prefix) });
      }
      for (const m of text.matchAll(BARE_IMPORT)) {
        const key = specifierStem(m[2]!, file);
        for (const map of [byStem, bare]) {
          let files = map.get(key);
          if (!files) map.set(own(key), (files = new Set()));
          files.add(file);
        }
      }
    }
    return byStem;
  };
  const aliasTarget = new Map<string, string | undefined>();
  /** The files using a one-segment alias that resolves to `absPath`. */
  const aliasUsers = (absPath: string): Set<string> => {
    const users = new Set<string>();
    for (const [alias, files] of aliases) {
      if (!aliasTarget.has(alias)) aliasTarget.set(alias, view.resolveModule(alias, [...files][0]!));
      if (aliasTarget.get(alias) === absPath) files.forEach((f) => users.add(f));
    }
    for (const [spec, files] of scoped) {
      for (const f of files) {
        const key = `${spec}\0${dirname(f)}`;
        if (!scopedTarget.has(key)) scopedTarget.set(key, view.resolveModule(spec, f));
        if (scopedTarget.get(key) === absPath) users.add(f);
      }
    }
    return users;
  };
  // A workspace package of a monorepo is imported by its name (`@acme/jumio/services`), which no path resolution
  // here follows: any file outside the package naming it makes the package's importers unknown.
  const byName = new Map<string, boolean>();
  const importedByName = (info: PackageInfo): boolean => {
    const name = info.pkg?.name;
    if (typeof name !== 'string' || !name || info.dir === view.root) return false;
    let hit = byName.get(name);
    if (hit === undefined) {
      const quoted = ["'", '"', '`'].flatMap((q) => [`${q}${name}${q}`, `${q}${name}/`]);
      hit = run.files.some((f) => {
        const text = f.startsWith(info.dir + sep) ? undefined : view.readFile(f);
        return text !== undefined && quoted.some((q) => text.includes(q));
      });
      byName.set(name, hit);
    }
    return hit;
  };
  return (target) => {
    const absPath = resolve(target);
    const hit = cache.get(absPath);
    if (hit) return hit;
    const stem = stemOf(absPath);
    const files: string[] = [];
    // A non-relative specifier ending in the module's name that resolves to nothing here (a package.json "imports"
    // alias `#services/jumio`, a bundler alias, another workspace package) may be this module: importers unknown.
    let unknown = false;
    for (const file of new Set([...(stems().get(stem) ?? []), ...aliasUsers(absPath)])) {
      if (file === absPath) continue;
      const text = view.readFile(file) ?? '';
      for (const m of text.matchAll(QUOTED)) {
        if (!mayName(m[2]!, stem, file)) continue;
        const to = view.resolveModule(m[2]!, file);
        if (to === absPath) {
          if (unread.has(file)) unknown = true; // a page the run does not read (Marko, CoffeeScript…), a symlink
          else files.push(file);
          break;
        }
        const bareName = !m[2]!.includes('/') && !m[2]!.startsWith('.') && !!bare.get(stem)?.has(file);
        unknown ||= to === undefined && (bareName || mayBeAlias(m[2]!, absPath, view)) && specifierStem(m[2]!, file) === stem;
      }
    }
    unknown ||= computed.some((c) => mayLoad(c.file, c.prefix, absPath));
    const inside = !relative(view.root, absPath).startsWith('..');
    const info = inside ? packageOf(absPath, view.root, view) : undefined;
    const complete = run.wholeRepository && inside && !unknown && !(info && (packageEntry(absPath, info, view) || importedByName(info)));
    const set: ImporterSet = { files, complete };
    cache.set(absPath, set);
    return set;
  };
}

/** May a load in `file` whose specifier starts with `prefix` load `absPath`? A relative prefix: a module under its
 * directory; any other (a variable, an alias, a package) may be any module. */
function mayLoad(file: string, prefix: string, absPath: string): boolean {
  if (!prefix.startsWith('./') && !prefix.startsWith('../') && prefix !== '.' && prefix !== '..') return true;
  const dir = resolve(dirname(file), prefix.slice(0, prefix.lastIndexOf('/') + 1) || prefix);
  return absPath.startsWith(dir + sep);
}
