// `netverify-migrate codemod`: run, then print diffs / the JSON report / the summary, write when asked, and
// choose the exit status (0 done; 1 --check found work or a file could not be processed; 2 bad usage).
// --json and --quiet change what is printed, never the exit status.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runCodemod } from './runner.js';
import { writeChanges } from './apply.js';
import { buildPatch, patchBase, colourPatch } from './diff.js';
import { buildReport, humanSummary } from './report.js';
import { UsageError } from './discover.js';
import { progressPrinter } from './progress.js';
import { unparsedTemplateOutcomes } from './unparsed-templates.js';

export interface CodemodArgs {
  paths: string[];
  write: boolean;
  json: boolean;
  check: boolean;
  quiet: boolean;
  rules?: string[];
  ignore?: string[];
  workers?: number;
  allowDirty: boolean;
  outputPatch?: string;
  cwd?: string;
}

export function parseRuleList(values: readonly (string | number)[] | string | undefined): string[] | undefined {
  if (values === undefined) return undefined;
  const list = (Array.isArray(values) ? values : [values]).flatMap((v) => String(v).split(',')).map((s) => s.trim()).filter(Boolean);
  return list.length ? list : undefined;
}

export function parseWorkers(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--workers must be a positive integer, got ${String(value)}`);
  return n;
}

export async function runCodemodCli(args: CodemodArgs): Promise<number> {
  const cwd = args.cwd ?? process.cwd();
  const progress = args.quiet ? undefined : progressPrinter();
  let result;
  try {
    result = await runCodemod({
      cwd, paths: args.paths, ruleIds: args.rules, ignore: args.ignore, workers: args.workers, onProgress: progress?.update,
    });
  } catch (err) {
    progress?.done();
    if (err instanceof UsageError) {
      process.stderr.write(`netverify-migrate: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  progress?.done();
  // Legacy URLs in templates no rule parses and in other languages' code: listed (skipped, manual items), so --check
  // does not pass over them.
  if (!args.rules || args.rules.includes('legacy-endpoint'))
  {
    const templates = unparsedTemplateOutcomes([...result.templates, ...result.otherSources]);
    if (templates.length > 0) result.outcomes = [...result.outcomes, ...templates].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
  let written: number | undefined;
  let warnings: string[] = [];
  if (args.write) {
    const w = writeChanges(result.outcomes, { allowDirty: args.allowDirty, root: result.root, inGit: result.inGit });
    written = w.written;
    warnings = w.warnings;
  }
  const report = buildReport(result.outcomes);
  const base = patchBase(result.outcomes, resolve(cwd), result.root);
  const patch = buildPatch(result.outcomes, base);
  if (args.outputPatch) writeFileSync(resolve(cwd, args.outputPatch), patch);
  if (base !== undefined && patch && !args.quiet && (args.outputPatch || (!args.json && !args.write))) {
    process.stderr.write(`netverify-migrate: files outside the current directory changed: the diff's paths are relative to ${base}` +
      (args.outputPatch ? ` (apply it with: git -C ${base} apply ${resolve(cwd, args.outputPatch)})` : '') + '\n');
  }
  if (args.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else if (!args.write && patch) process.stdout.write(process.stdout.isTTY ? colourPatch(patch) : patch);
  if (process.env.NETVERIFY_MIGRATE_PROFILE) {
    const { ruleTimings } = await import('./run-on-text.js');
    const rows = [...ruleTimings].sort((a, b) => b[1].ms - a[1].ms);
    process.stderr.write('rule time in the main thread (worker threads not included):\n' +
      rows.map(([id, t]) => `  ${id.padEnd(28)} ${(t.ms / 1000).toFixed(2).padStart(7)} s  ${String(t.files).padStart(6)} files  ${(t.ms / Math.max(1, t.files)).toFixed(1)} ms/file`).join('\n') + '\n');
  }
  if (!args.quiet) process.stderr.write(humanSummary(report, { write: args.write, written, paths: args.paths, warnings, threads: result.threads, elapsedMs: result.elapsedMs }));
  const s = report.summary;
  if (s.errors > 0) return 1;
  if (args.check && (s.changed > 0 || s.manual > 0)) return 1;
  return 0;
}
