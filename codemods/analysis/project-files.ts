// Reading the customer's project files the rules need (package.json, tsconfig.json) through the ProjectView.
import * as path from 'node:path';
import type { ProjectView } from '../engine/types.js';

/** A JSON file parsed leniently (tsconfig allows comments and trailing commas); undefined when absent or broken. */
export function readJson(project: ProjectView, abs: string): Record<string, unknown> | undefined {
  const text = project.readFile(abs);
  if (!text) return undefined;
  try {
    return JSON.parse(text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '').replace(/,(\s*[}\]])/g, '$1')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** The nearest `name` in `fromDir` or a directory above it, up to the project root. */
export function nearest(project: ProjectView, fromDir: string, name: string): string | undefined {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, name);
    if (project.fileExists(candidate)) return candidate;
    if (dir === project.root || path.dirname(dir) === dir || !dir.startsWith(project.root)) return undefined;
  }
}

/** The package names the nearest package.json depends on (dependencies and devDependencies). */
export function dependenciesNear(project: ProjectView, fromDir: string): Set<string> {
  const pkg = nearest(project, fromDir, 'package.json');
  const json = pkg ? readJson(project, pkg) : undefined;
  const names = new Set<string>();
  for (const key of ['dependencies', 'devDependencies']) {
    const deps = json?.[key];
    if (deps && typeof deps === 'object') for (const n of Object.keys(deps)) names.add(n);
  }
  return names;
}

/** Does `deps` hold one of `packages` (a name ending in `/` stands for every package of that scope)? */
export function dependsOnAny(deps: ReadonlySet<string>, packages: readonly string[]): boolean {
  return packages.some((p) => (p.endsWith('/') ? [...deps].some((d) => d.startsWith(p)) : deps.has(p)));
}

const BUNDLERS = ['nuxt', 'nitropack', 'nitro', 'next', 'astro', 'vite', '@sveltejs/kit', '@remix-run/', '@react-router/'];

/** Does the project build its server code with a bundler that resolves extensionless relative imports? */
export function isBundledFramework(deps: Set<string>): boolean {
  return dependsOnAny(deps, BUNDLERS);
}
