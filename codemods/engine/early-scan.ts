// The run's first step in a worker thread: scanFiles() (discover, read, prefilter) starts before the rules are
// loaded, so it overlaps with loading them and the compiler (~0.5 s each on the 10,000-file benchmark repository,
// on two cores). It needs the prefilter strings before the rules exist: the build writes them next to the rules
// (scripts/write-prefilter-manifest.ts). The worker's result is used only when the loaded rules turn out to have
// exactly that prefilter; otherwise (a stale build, in-house rules from NETVERIFY_MIGRATE_EXTRA_RULES) the run
// scans in process as it would without it.
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UsageError } from './discover.js';
import { EXTRA_RULES_ENV } from './load-rules.js';
import { prefilterSpec, type PrefilterSpec } from './prefilter.js';
import type { ScanInput, ScanResult } from './scan-files.js';
import type { Rule } from './types.js';

/** Written by the build: every registry rule's id, kinds and prefilter strings, in registry order. */
export const PREFILTER_MANIFEST = fileURLToPath(new URL('../rules/prefilter-manifest.json', import.meta.url));

export interface EarlyScan {
  /** The scan, if it was made with `spec`; undefined when the run must scan in process. */
  result(spec: PrefilterSpec): Promise<ScanResult | undefined>;
  cancel(): void;
}

type Reply = { ok: true; result: ScanResult } | { ok: false; usage: boolean; message: string };

function manifestSpec(ruleIds: readonly string[] | undefined): PrefilterSpec | undefined {
  try {
    const all = JSON.parse(readFileSync(PREFILTER_MANIFEST, 'utf8')) as Pick<Rule, 'id' | 'kinds' | 'prefilter'>[];
    const chosen = ruleIds?.length ? all.filter((r) => ruleIds.includes(r.id)) : all;
    // An unknown id is the runner's usage error to report, after loading the rules.
    return ruleIds?.length && chosen.length !== new Set(ruleIds).size ? undefined : prefilterSpec(chosen);
  } catch {
    return undefined;
  }
}

/** Same strings per kind (their order does not change what the prefilter lets through). */
function sameSpec(a: PrefilterSpec, b: PrefilterSpec): boolean {
  const norm = (s: PrefilterSpec): string =>
    JSON.stringify(Object.entries(s).sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, v]) => [k, typeof v === 'boolean' ? v : [...v].sort()]));
  return norm(a) === norm(b);
}

export function startEarlyScan(input: Omit<ScanInput, 'spec'>, ruleIds?: readonly string[]): EarlyScan | undefined {
  const file = fileURLToPath(new URL('./scan-worker.js', import.meta.url));
  // Only the build has scan-worker.js (vitest runs the sources in process); one core gains nothing from a thread.
  if (!existsSync(file) || process.env[EXTRA_RULES_ENV] || availableParallelism() < 2) return undefined;
  const spec = manifestSpec(ruleIds);
  if (!spec) return undefined;
  const worker = new Worker(file, { workerData: { ...input, spec } });
  const reply = new Promise<Reply>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the scan worker stopped (exit code ${code})`)));
  });
  reply.catch(() => undefined); // without this, a rejection after cancel() would go unhandled
  return {
    async result(actual) {
      if (!sameSpec(actual, spec)) {
        void worker.terminate();
        return undefined;
      }
      try {
        // A worker that failed for any other reason than a usage error: the run scans in process, which reports
        // whatever it was as a run without the worker would.
        const r = await reply.catch(() => undefined);
        if (r?.ok) return r.result;
        if (r?.usage) throw new UsageError(r.message);
        return undefined;
      } finally {
        void worker.terminate();
      }
    },
    cancel() {
      void worker.terminate();
    },
  };
}
