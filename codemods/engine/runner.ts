// The codemod run: discover → read + prefilter (main thread) → transform candidates (worker threads for big
// sets, in process otherwise) → merge cross-file edits and new files → outcomes sorted by path. Writing, diffs
// and the report are separate steps (apply.ts, diff.ts, report.ts) so a dry run and --write share everything.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Rule } from './types.js';
import type { DiscoveredFile } from './discover.js';
import { runRoot } from './run-root.js';
import { loadAllRules, selectRules } from './load-rules.js';
import { emptyOutcome, type FileOutcome } from './outcome.js';
import type { Candidate } from './process-candidates.js';
import { prefilterSpec } from './prefilter.js';
import { scanFiles, type ScanResult } from './scan-files.js';
import type { RunFiles } from './importers.js';
import { startEarlyScan } from './early-scan.js';
import { consolidateSharedModules } from './shared-modules.js';

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
  /** Source files in other languages (Go, Python, Java …): not read by the run, listed for the caller. */
  otherSources: DiscoveredFile[];
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

/** The run's source files for the importer index (importers.ts), and whether they are the whole repository. */
function filesOfRun(scanned: ScanResult, cwd: string, root: string, opts: RunOptions): RunFiles {
  const files = [...scanned.candidates, ...scanned.unchanged].map((f) => f.absPath).sort();
  const wholeRepository = !opts.ignore?.length && (opts.paths.length ? opts.paths : ['.']).some((p) => resolve(cwd, p) === root);
  const unread = [...scanned.templates, ...scanned.skipped].map((f) => f.absPath).sort();
  return { files, wholeRepository, unread };
}

async function inPool(cands: Candidate[], rules: Rule[], root: string, threads: number, file: string,
  progress: (n: number) => void, runFiles: RunFiles): Promise<FileOutcome[]> {
  const { Piscina } = await import('piscina');
  // The file list goes to each thread once (worker.ts), not with every chunk.
  const pool = new Piscina({ filename: file, minThreads: threads, maxThreads: threads, idleTimeout: 500, workerData: { runFiles } });
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

export async function runCodemod(opts: RunOptions): Promise<RunResult> {
  const startedAt = Date.now();
  const cwd = resolve(opts.cwd);
  const { root, inGit } = runRoot(cwd, opts.paths);
  const scanInput = { cwd, paths: opts.paths, root, ignore: opts.ignore };
  // Discovery, reading and the prefilter start in a worker thread now, while this thread loads the compiler.
  const early = startEarlyScan(scanInput, opts.ruleIds);
  let rules: Rule[];
  // Loaded here, not imported at the top: these load the compiler, which the scan above must not wait for.
  let engine: [typeof import('./process-candidates.js'), typeof import('./merge.js')];
  try {
    engine = await Promise.all([import('./process-candidates.js'), import('./merge.js')]);
    rules = selectRules(await loadAllRules(), opts.ruleIds);
  } catch (err) {
    early?.cancel();
    throw err;
  }
  const [{ forgetProjectViews, processCandidates, projectViewFor }, { mergeExternal, mergeNewFiles }] = engine;
  const spec = prefilterSpec(rules);
  const scanned = (await early?.result(spec)) ?? scanFiles({ ...scanInput, spec });
  const runFiles = filesOfRun(scanned, cwd, root, opts);
  forgetProjectViews(runFiles);
  const templates = scanned.templates;

  const outcomes = new Map<string, FileOutcome>();
  for (const s of scanned.skipped) outcomes.set(s.absPath, { ...emptyOutcome(s.path, s.absPath, 'skipped'), reason: s.reason });
  for (const f of scanned.unchanged) outcomes.set(f.absPath, emptyOutcome(f.path, f.absPath, 'unchanged'));
  const total = scanned.total;
  let done = 0;
  const progress = (n: number): void => {
    done += n;
    opts.onProgress?.(done, total);
  };
  const cands: Candidate[] = scanned.candidates;
  progress(total - cands.length);

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
  if (usePool && next < cands.length) results.push(...(await inPool(cands.slice(next), rules, root, threads, file!, progress, runFiles)));
  for (const r of results) outcomes.set(r.absPath, r);

  mergeExternal(outcomes, rules, projectViewFor(root), cwd, root);
  consolidateSharedModules(outcomes, root);
  mergeNewFiles(outcomes, cwd);
  const sorted = [...outcomes.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { outcomes: sorted, templates, otherSources: scanned.others, rules, root, inGit, threads: usePool ? threads : 0, elapsedMs: Date.now() - startedAt };
}
