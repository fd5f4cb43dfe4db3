// The prefilter: each rule names strings one of which must appear in a file for it to run; a file that no rule
// wants is never parsed (nor decoded). One search per file kind, built from all the rules' strings (needles.ts),
// so each file's bytes are read once. The spec is plain data, so a worker thread can apply it without loading the
// rules and the compiler (scan-worker.ts).
import type { FileKind, Rule } from './types.js';
import { containsAnyOf } from './needles.js';

/** Per file kind: the strings (any one lets the file through), true (every file), or false (no rule reads it). */
export type PrefilterSpec = Record<FileKind, readonly string[] | boolean>;

const KINDS: readonly FileKind[] = ['script', 'html', 'vue', 'svelte', 'astro'];

export function prefilterSpec(rules: readonly Pick<Rule, 'kinds' | 'prefilter'>[]): PrefilterSpec {
  const spec = {} as Record<FileKind, readonly string[] | boolean>;
  for (const kind of KINDS) {
    const mine = rules.filter((r) => r.kinds.includes(kind));
    if (mine.length === 0) spec[kind] = false;
    else if (mine.some((r) => r.prefilter.length === 0)) spec[kind] = true;
    else spec[kind] = [...new Set(mine.flatMap((r) => r.prefilter))];
  }
  return spec;
}

/** The prefilter on a file's bytes (UTF-8). */
export function prefilterOf(spec: PrefilterSpec): (kind: FileKind, bytes: Uint8Array) => boolean {
  const byKind = new Map<FileKind, ((bytes: Uint8Array) => boolean) | boolean>();
  for (const kind of KINDS) {
    const s = spec[kind];
    byKind.set(kind, typeof s === 'boolean' ? s : containsAnyOf(s));
  }
  return (kind, bytes) => {
    const m = byKind.get(kind);
    return typeof m === 'function' ? m(bytes) : m === true;
  };
}

