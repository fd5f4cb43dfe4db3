// The import aliases a framework defines outside the committed tsconfig, for module resolution (project-view.ts).
// SvelteKit: `$lib` is the project's src/lib (or the directory kit.files.lib names) and kit.alias adds others. Nuxt:
// `~` / `@` are the source directory (the project, `srcDir`, or Nuxt 4's app/), `~~` / `@@` the project. Vue CLI: `@` is
// src/. SvelteKit and Nuxt write theirs into a generated .svelte-kit/ or .nuxt/tsconfig.json that a repository does not
// commit, so the root tsconfig's paths never hold them. The project is the nearest directory above the importing file
// (inside the repository) with the framework's config file, or a package.json depending on it. A config is read as
// text, not run: only string literals count (`lib: 'app/lib'`, `srcDir: 'src/'`); anything else keeps the default.
// A project's own aliases come first (config-aliases.ts): Vite's resolve.alias, nuxt.config's alias, and the paths of
// a tsconfig / jsconfig at or above the importing file (a directory with only a tsconfig does not end the search).
import { dirname, join, resolve, sep } from 'node:path';
import { configAliases, REGEX_ALIAS, tsconfigAliases, VITE_CONFIGS, type Aliases } from './config-aliases.js';

const SVELTE_CONFIGS = ['svelte.config.js', 'svelte.config.mjs', 'svelte.config.cjs', 'svelte.config.ts'];
const NUXT_CONFIGS = ['nuxt.config.ts', 'nuxt.config.js', 'nuxt.config.mjs'];

/** One reader per run (ProjectView): answers are kept per project directory. */
export function frameworkAliasResolver(root: string, readFile: (absPath: string) => string | undefined): (specifier: string, fromAbsPath: string) => string | undefined {
  const byDir = new Map<string, { aliases?: Aliases; stop: boolean }>();
  const first = (dir: string, names: readonly string[]): string | undefined => {
    for (const name of names) {
      const text = readFile(join(dir, name));
      if (text !== undefined) return text;
    }
    return undefined;
  };
  /** The aliases a directory defines, and whether it is a project's (the search ends there). */
  const aliasesAt = (dir: string): { aliases?: Aliases; stop: boolean } => {
    const hit = byDir.get(dir);
    if (hit) return hit;
    const svelte = first(dir, SVELTE_CONFIGS);
    const nuxt = svelte === undefined ? first(dir, NUXT_CONFIGS) : undefined;
    const vite = first(dir, VITE_CONFIGS);
    const pkg = readFile(join(dir, 'package.json'));
    let framework: Aliases | undefined;
    if (svelte !== undefined || pkg?.includes('"@sveltejs/kit"')) framework = readAliases(dir, svelte ?? '');
    else if (nuxt !== undefined || /"nuxt3?"\s*:/.test(pkg ?? '')) framework = nuxtAliases(dir, nuxt ?? '', pkg ?? '');
    else if (pkg?.includes('"@vue/cli-service"')) framework = new Map([['@', resolve(dir, 'src')]]);
    // The project's own first (a Nuxt `alias: { '@': … }` overrides the default), then the framework's, then tsconfig's.
    const all: Aliases = new Map();
    for (const source of [configAliases(dir, vite ?? ''), configAliases(dir, nuxt ?? ''), framework ?? [], tsconfigAliases(dir, readFile)]) {
      for (const [key, to] of source) if (!all.has(key)) all.set(key, to);
    }
    const found = { aliases: all.size > 0 ? all : undefined, stop: framework !== undefined || vite !== undefined || pkg !== undefined };
    byDir.set(dir, found);
    return found;
  };
  return (specifier, fromAbsPath) => {
    if (!specifier.startsWith('$') && !/^[@~#\w]/.test(specifier)) return undefined;
    for (let dir = dirname(fromAbsPath); dir === root || dir.startsWith(root + sep); dir = dirname(dir)) {
      const { aliases, stop } = aliasesAt(dir);
      const hit = aliases && target(aliases, specifier);
      if (hit !== undefined || stop || dir === root) return hit;
    }
    return undefined;
  };
}

function target(aliases: Aliases, specifier: string): string | undefined {
  for (const [key, to] of aliases) {
    if (key.startsWith(REGEX_ALIAS)) {
      // Vite's `{ find: /…/, replacement }`: the match is replaced (`$1` and the like too), the rest of the specifier kept.
      const slash = key.indexOf('/', REGEX_ALIAS.length);
      const re = new RegExp(key.slice(slash + 1), key.slice(REGEX_ALIAS.length, slash));
      if (re.test(specifier)) return specifier.replace(re, to);
    } else if (key.endsWith('/*')) {
      const base = key.slice(0, -2);
      if (specifier.startsWith(base + '/')) return join(to.replace(/\/\*$/, ''), specifier.slice(base.length + 1));
    } else if (specifier === key) return to;
    else if (key.endsWith('/') && specifier.startsWith(key)) return join(to, specifier.slice(key.length)); // Vite's '@/': '/src/'
    else if (specifier.startsWith(key + '/')) return join(to, specifier.slice(key.length + 1));
  }
  return undefined;
}

/** A quoted path: 'src/lib', "src/lib" or a template literal without substitutions. */
const PATH = String.raw`(?:'([^'\n]*)'|"([^"\n]*)"|\`([^\`\n$]*)\`)`;
const pathOf = (m: RegExpExecArray | RegExpMatchArray, from: number): string | undefined => m[from] ?? m[from + 1] ?? m[from + 2];

function readAliases(dir: string, config: string): Aliases {
  const aliases: Aliases = new Map();
  const lib = new RegExp(String.raw`\bfiles\s*:\s*\{[^}]*?\blib\s*:\s*` + PATH).exec(config);
  const block = /\balias\s*:\s*\{([^}]*)\}/.exec(config)?.[1] ?? '';
  const entry = new RegExp(String.raw`(?:'([^'\n]+)'|"([^"\n]+)"|([\w$]+))\s*:\s*` + PATH, 'g');
  for (const m of block.matchAll(entry)) aliases.set((m[1] ?? m[2] ?? m[3])!, resolve(dir, pathOf(m, 4)!));
  // $lib last: a kit.alias key of its own wins, as in SvelteKit's generated tsconfig.
  if (!aliases.has('$lib')) aliases.set('$lib', resolve(dir, (lib && pathOf(lib, 1)) ?? 'src/lib'));
  return aliases;
}

/** Nuxt: `~~` / `@@` the project, `~` / `@` its source directory — `srcDir: 'src/'`, else app/ on Nuxt 4 (a nuxt 4.x
 * dependency or `compatibilityVersion: 4`), else the project. */
function nuxtAliases(dir: string, config: string, pkg: string): Aliases {
  const srcDir = new RegExp(String.raw`\bsrcDir\s*:\s*` + PATH).exec(config);
  const four = /"nuxt"\s*:\s*"[~^>=v\s]*4\./.test(pkg) || /\bcompatibilityVersion\s*:\s*4\b/.test(config);
  const src = resolve(dir, (srcDir && pathOf(srcDir, 1)) ?? (four ? 'app' : '.'));
  return new Map([['~~', dir], ['@@', dir], ['~', src], ['@', src]]);
}
