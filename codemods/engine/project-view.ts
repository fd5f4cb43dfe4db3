// Read-only access to the rest of the repository for rules that follow imports (a constants module, an
// interface in another file). Files are read as rules see text (no BOM, LF when the file is CRLF throughout),
// parsed on demand into their own Project and kept in a small LRU cache.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Project, SourceFile } from '#ts-morph';
import type { ProjectView } from './types.js';
import { importerIndex, type RunFiles } from './importers.js';
import { createProject, parseProblems, parseText, releaseSourceFile } from './parse.js';
import { maskFlowTypes } from './flow-mask.js';
import { extensionOf, flavourOfExtension } from './file-kinds.js';
import { decodeForRules } from './text-format.js';
import { frameworkAliasResolver } from './framework-aliases.js';

const RESOLVE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const JS_TO_TS: Record<string, string[]> = {
  '.js': ['.ts', '.tsx'],
  '.jsx': ['.tsx'],
  '.mjs': ['.mts'],
  '.cjs': ['.cts'],
};
const MAX_CACHED = 16;

interface TsPaths {
  baseUrl: string;
  paths: Record<string, string[]>;
}

/** `run`: the run's file list, for importersOf (absent: the view cannot say who imports a module). */
export function createProjectView(root: string, run?: RunFiles): ProjectView {
  const absRoot = resolve(root);
  let project: Project | undefined;
  const cache = new Map<string, SourceFile | null>();
  let tsPaths: TsPaths | null | undefined;

  // A view lives for one run, during which nothing is written: answers are kept (the helper placement asks for
  // the same directories' files for every legacy file).
  const known = new Map<string, boolean>();
  const isFile = (p: string): boolean => {
    let yes = known.get(p);
    if (yes === undefined) {
      try {
        yes = statSync(p).isFile();
      } catch {
        yes = false;
      }
      known.set(p, yes);
    }
    return yes;
  };

  const readFile = (absPath: string): string | undefined => {
    try {
      return decodeForRules(readFileSync(absPath, 'utf8')).text;
    } catch {
      return undefined;
    }
  };

  const tryFile = (base: string): string | undefined => {
    if (isFile(base)) return base;
    const ext = RESOLVE_EXTENSIONS.find((e) => base.endsWith(e));
    if (ext && JS_TO_TS[ext]) {
      for (const alt of JS_TO_TS[ext]) {
        const candidate = base.slice(0, -ext.length) + alt;
        if (isFile(candidate)) return candidate;
      }
    }
    for (const e of RESOLVE_EXTENSIONS) if (isFile(base + e)) return base + e;
    for (const e of RESOLVE_EXTENSIONS) if (isFile(join(base, 'index' + e))) return join(base, 'index' + e);
    return undefined;
  };

  const loadPaths = (): TsPaths | null => {
    if (tsPaths !== undefined) return tsPaths;
    tsPaths = null;
    for (const name of ['tsconfig.json', 'jsconfig.json']) {
      const file = join(absRoot, name);
      if (!existsSync(file)) continue;
      try {
        // tsconfig allows comments and trailing commas; strip the simple cases and give up quietly otherwise.
        const json = JSON.parse(readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '').replace(/,(\s*[}\]])/g, '$1'));
        const opts = json.compilerOptions ?? {};
        if (opts.paths) tsPaths = { baseUrl: resolve(absRoot, opts.baseUrl ?? '.'), paths: opts.paths };
      } catch {
        /* unreadable tsconfig: no paths mapping */
      }
      break;
    }
    return tsPaths;
  };

  const frameworkAlias = frameworkAliasResolver(absRoot, readFile);
  const view: ProjectView = {
    root: absRoot,
    fileExists: (absPath) => isFile(absPath),
    readFile,
    getSourceFile(absPath) {
      const key = resolve(absPath);
      if (cache.has(key)) {
        const hit = cache.get(key)!;
        cache.delete(key);
        cache.set(key, hit);
        return hit ?? undefined;
      }
      const flavour = flavourOfExtension(extensionOf(key));
      const text = flavour ? readFile(key) : undefined;
      let sf: SourceFile | null = null;
      if (flavour && text !== undefined) {
        project ??= createProject();
        sf = parseText(project, key, text, flavour);
        // A Flow-typed module is read with its types blanked, as the file itself is when its own rules run.
        const flow = flavour.language === 'js' && parseProblems(sf).length > 0 ? maskFlowTypes(text) : undefined;
        if (flow) {
          releaseSourceFile(sf);
          sf = parseText(project, key, flow.masked, flavour);
        }
      }
      cache.set(key, sf);
      if (cache.size > MAX_CACHED) {
        const [oldKey, old] = cache.entries().next().value as [string, SourceFile | null];
        cache.delete(oldKey);
        if (old) releaseSourceFile(old);
      }
      return sf ?? undefined;
    },
    resolveModule(specifier, fromAbsPath) {
      if (specifier.startsWith('.') || isAbsolute(specifier)) {
        return tryFile(resolve(dirname(fromAbsPath), specifier));
      }
      const mapping = loadPaths();
      for (const [pattern, targets] of Object.entries(mapping?.paths ?? {})) {
        const star = pattern.indexOf('*');
        let captured: string | undefined;
        if (star === -1) captured = pattern === specifier ? '' : undefined;
        else if (specifier.startsWith(pattern.slice(0, star)) && specifier.endsWith(pattern.slice(star + 1))) {
          captured = specifier.slice(star, specifier.length - (pattern.length - star - 1));
        }
        if (captured === undefined) continue;
        for (const target of targets) {
          const hit = tryFile(resolve(mapping!.baseUrl, target.replace('*', captured)));
          if (hit) return hit;
        }
      }
      const kit = frameworkAlias(specifier, fromAbsPath); // SvelteKit's $lib, Nuxt's ~ and @ (framework-aliases.ts)
      return kit === undefined ? undefined : tryFile(kit);
    },
  };
  if (run) {
    view.importersOf = importerIndex(run, view);
    view.runFiles = () => run.files;
  }
  return view;
}
