// The codemod run: discover → read + prefilter (main thread) → transform candidates (worker threads for big
// sets, in process otherwise) → merge cross-file edits and new files → outcomes sorted by path. Writing, diffs
// and the report are separate steps (apply.ts, diff.ts, report.ts) so a dry run and --write share everything.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileKind, Rule } from './types.js';
import { discover, type DiscoveredFile } from './discover.js';
import { isUnparsedTemplateName, kindOf } from './file-kinds.js';
import { gitTopLevel } from './git.js';
import { loadAllRules, selectRules } from './load-rules.js';
import { readSourceFile } from './read-file.js';
import { emptyOutcome, type FileOutcome } from './outcome.js';
import { forgetProjectViews, processCandidates, projectViewFor, type Candidate } from './process-candidates.js';
import { mergeExternal, mergeNewFiles } from './merge.js';
import { anyOf } from './needles.js';

export interface RunOptions {
  cwd: string;
  paths: readonly string[];
  ruleIds?: readonly string[];
  ignore?: readonly string[];
  /** Threads; default os.availableParallelism(). 1 = in process. */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface RunResult {
  outcomes: FileOutcome[];
  /** Page templates in a language no rule parses (Svelte, Razor, …): not read by the run, listed for the caller. */
  templates: DiscoveredFile[];
  rules: Rule[];
  /** git work-tree root, or cwd outside git. */
  root: string;
  inGit: boolean;
  /** Worker threads used (0 = in process). */
  threads: number;
  elapsedMs: number;
}

/** With --workers given: below this many candidate files per thread, the pool is not started. */
export const FILES_PER_THREAD_MIN = 8;
/** Without --workers the run starts in process and times the first files; the pool (each thread loads the compiler
 * and the rules: ~0.5 s and ~100 MB more each) starts only when the rest would take longer than this in process.
 * Measured on a busy 2-CPU machine, two threads were slower than one for a 25 s job, hence the high bar. */
export const POOL_WORTH_MS = 60_000;
const SAMPLE_FILES = 12;
const MAX_CHUNK = 50;

function workerFile(): string | undefined {
  // Only the compiled build has worker.js next to this module (vitest runs the .ts sources in process).
  const file = fileURLToPath(new URL('./worker.js', import.meta.url));
  return existsSync(file) ? file : undefined;
}

async function inPool(cands: Candidate[], rules: Rule[], root: string, threads: number, file: string,
  progress: (n: number) => void): Promise<FileOutcome[]> {
  const { Piscina } = await import('piscina');
  const pool = new Piscina({ filename: file, minThreads: threads, maxThreads: threads, idleTimeout: 500 });
  // Dynamic chunks: small enough that a slow file does not hold the others back, big enough to amortise messages.
  const size = Math.max(1, Math.min(MAX_CHUNK, Math.ceil(cands.length / (threads * 4))));
  const chunks: Candidate[][] = [];
  for (let i = 0; i < cands.length; i += size) chunks.push(cands.slice(i, i + size));
  try {
    const results = await Promise.all(chunks.map(async (files) => {
      const out = (await pool.run({ files, ruleIds: rules.map((r) => r.id), root })) as FileOutcome[];
      progress(files.length);
      return out;
    }));
    return results.flat();
  } finally {
    await pool.destroy();
  }
}

/** One regular expression per file kind holding every prefilter string of the rules for that kind: a single
 * scan per file (about twice as fast as a `includes` per string on 10,000 files). */
export function prefilterFor(rules: readonly Rule[]): (kind: FileKind, text: string) => boolean {
  const byKind = new Map<FileKind, RegExp | true | false>();
  for (const kind of ['script', 'html', 'vue', 'svelte'] as const) {
    const mine = rules.filter((r) => r.kinds.includes(kind));
    if (mine.length === 0) byKind.set(kind, false);
    else if (mine.some((r) => r.prefilter.length === 0)) byKind.set(kind, true);
    else {
      byKind.set(kind, anyOf([...new Set(mine.flatMap((r) => r.prefilter))]));
    }
  }
  return (kind, text) => {
    const m = byKind.get(kind);
    return m === true || (m instanceof RegExp && m.test(text));
  };
}

export async function runCodemod(opts: RunOptions): Promise<RunResult> {
  const startedAt = Date.now();
  forgetProjectViews();
  const cwd = resolve(opts.cwd);
  const gitRoot = gitTopLevel(cwd);
  const root = gitRoot ?? cwd;
  const rules = selectRules(await loadAllRules(), opts.ruleIds);
  // Page templates no rule parses are found in the same walk (unparsed-templates.ts reports their legacy URLs).
  const found = discover({ cwd, paths: opts.paths, root, ignore: opts.ignore, accept: (n) => kindOf(n) !== undefined || isUnparsedTemplateName(n) });
  const templates = found.files.filter((f) => kindOf(f.path) === undefined && isUnparsedTemplateName(f.path));
  if (templates.length > 0) found.files = found.files.filter((f) => !templates.includes(f));

  const outcomes = new Map<string, FileOutcome>();
  for (const s of found.skipped) outcomes.set(s.absPath, { ...emptyOutcome(s.path, s.absPath, 'skipped'), reason: s.reason });
  const total = found.files.length;
  let done = 0;
  const progress = (n: number): void => {
    done += n;
    opts.onProgress?.(done, total);
  };

  const wanted = prefilterFor(rules);
  const cands: Candidate[] = [];
  for (const f of found.files) {
    const kind = kindOf(f.path)!;
    const read = readSourceFile(f.absPath);
    if (!read.ok) {
      outcomes.set(f.absPath, { ...emptyOutcome(f.path, f.absPath, 'skipped'), reason: read.reason });
      progress(1);
      continue;
    }
    if (wanted(kind, read.text)) cands.push({ ...f, text: read.text });
    else {
      outcomes.set(f.absPath, emptyOutcome(f.path, f.absPath, 'unchanged'));
      progress(1);
    }
  }

  const threads = Math.max(1, Math.floor(opts.workers ?? availableParallelism()));
  const file = workerFile();
  const results: FileOutcome[] = [];
  let usePool = threads > 1 && file !== undefined && opts.workers !== undefined && cands.length > FILES_PER_THREAD_MIN * threads;
  let next = 0;
  if (!usePool) {
    const sampleStart = Date.now();
    for (; next < cands.length; next++) {
      if (next === SAMPLE_FILES && threads > 1 && file && opts.workers === undefined) {
        const perFile = (Date.now() - sampleStart) / SAMPLE_FILES;
        if (perFile * (cands.length - next) > POOL_WORTH_MS) {
          usePool = true;
          break;
        }
      }
      results.push(...processCandidates([cands[next]], rules, root));
      progress(1);
    }
  }
  if (usePool && next < cands.length) results.push(...(await inPool(cands.slice(next), rules, root, threads, file!, progress)));
  for (const r of results) outcomes.set(r.absPath, r);

  mergeExternal(outcomes, rules, projectViewFor(root), cwd, root);
  mergeNewFiles(outcomes, cwd);
  const sorted = [...outcomes.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { outcomes: sorted, templates, rules, root, inGit: gitRoot !== undefined, threads: usePool ? threads : 0, elapsedMs: Date.now() - startedAt };
}
