// The JSON report (contract, version 1) and the short human summary printed on stderr.
import type { FileOutcome, FileStatus } from './outcome.js';
import { MARKER_TAG } from './marker-tag.js';

export interface ReportItemV1 {
  rule: string;
  line: number;
  message: string;
}

export interface ReportFileV1 {
  path: string;
  status: FileStatus;
  edits: ReportItemV1[];
  manual: ReportItemV1[];
  /** Only when status is error. */
  error?: string;
  /** Only when status is skipped: why (binary, not UTF-8, over 5 MB, symlink, …). Additive to the v1 contract. */
  reason?: string;
  /** Only when a rule left information that needs no action (e.g. "accountId is now in event.data"). Additive. */
  notes?: ReportItemV1[];
}

export interface ReportV1 {
  version: 1;
  summary: { files: number; changed: number; unchanged: number; skipped: number; errors: number; edits: number; manual: number };
  files: ReportFileV1[];
}

const item = (i: ReportItemV1): ReportItemV1 => ({ rule: i.rule, line: i.line, message: i.message });

export function buildReport(outcomes: readonly FileOutcome[]): ReportV1 {
  const files: ReportFileV1[] = outcomes.map((o) => {
    const f: ReportFileV1 = { path: o.path, status: o.status, edits: o.edits.map(item), manual: o.manual.map(item) };
    if (o.status === 'error') f.error = o.error ?? 'unknown error';
    if (o.status === 'skipped') f.reason = o.reason ?? 'skipped';
    if (o.notes.length > 0 && o.status !== 'error') f.notes = o.notes.map(item);
    return f;
  });
  const count = (s: FileStatus): number => files.filter((f) => f.status === s).length;
  return {
    version: 1,
    summary: {
      files: files.length,
      changed: count('changed'),
      unchanged: count('unchanged'),
      skipped: count('skipped'),
      errors: count('error'),
      edits: files.reduce((n, f) => n + f.edits.length, 0),
      manual: files.reduce((n, f) => n + f.manual.length, 0),
    },
    files,
  };
}

function byRule(items: readonly ReportItemV1[]): string {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(i.rule, (counts.get(i.rule) ?? 0) + 1);
  return [...counts].map(([r, n]) => `${r} ${n}`).join(', ');
}

const MAX_LISTED = 20;
const MAX_MANUAL_LISTED = 10;

export function humanSummary(report: ReportV1, opts: { write: boolean; written?: number; paths: readonly string[]; warnings?: string[]; threads?: number; elapsedMs?: number }): string {
  const s = report.summary;
  const lines: string[] = [];
  lines.push(`netverify-migrate: ${s.files} file(s): ${s.changed} changed, ${s.unchanged} unchanged, ${s.skipped} skipped, ` +
    `${s.errors} error(s); ${s.edits} edit(s), ${s.manual} manual item(s)` +
    (opts.elapsedMs === undefined ? '' : ` (${(opts.elapsedMs / 1000).toFixed(1)} s, ${opts.threads ? `on ${opts.threads} threads` : 'in process'})`));
  const edits = report.files.flatMap((f) => f.edits);
  const manual = report.files.flatMap((f) => f.manual);
  if (edits.length) lines.push(`  edits by rule:  ${byRule(edits)}`);
  if (manual.length) {
    lines.push(`  manual by rule: ${byRule(manual)}`);
    const listed = report.files.flatMap((f) => f.manual.map((m) => `    ${f.path}:${m.line}  ${m.rule}: ${m.message}`));
    lines.push(...listed.slice(0, MAX_MANUAL_LISTED));
    if (listed.length > MAX_MANUAL_LISTED) lines.push(`    … and ${listed.length - MAX_MANUAL_LISTED} more (netverify-migrate scan lists them all)`);
  }
  const notes = report.files.flatMap((f) => (f.notes ?? []).map((n) => `    ${f.path}:${n.line}  ${n.rule}: ${n.message}`));
  if (notes.length) {
    lines.push(`  notes (no action needed): ${notes.length}`);
    lines.push(...notes.slice(0, MAX_MANUAL_LISTED));
    if (notes.length > MAX_MANUAL_LISTED) lines.push(`    … and ${notes.length - MAX_MANUAL_LISTED} more (see --json)`);
  }
  const skipped = report.files.filter((f) => f.status === 'skipped');
  for (const f of skipped.slice(0, MAX_LISTED)) lines.push(`  skipped ${f.path}: ${f.reason}`);
  if (skipped.length > MAX_LISTED) lines.push(`  … and ${skipped.length - MAX_LISTED} more skipped (see --json)`);
  const errors = report.files.filter((f) => f.status === 'error');
  for (const f of errors.slice(0, MAX_LISTED)) lines.push(`  error   ${f.path}: ${f.error}`);
  if (errors.length > MAX_LISTED) lines.push(`  … and ${errors.length - MAX_LISTED} more errors (see --json)`);
  for (const w of opts.warnings ?? []) lines.push(`  warning: ${w}`);
  const where = opts.paths.length ? opts.paths.join(' ') : '.';
  // Manual items of skipped files (page templates no rule parses, other languages' code) have no marker in the file: say so with the grep.
  const unmarked = skipped.reduce((n, f) => n + f.manual.length, 0);
  const marked = s.manual - unmarked;
  const besides = unmarked ? ` (plus ${unmarked} item(s) in skipped files (page templates, other languages' code), which get no marker: listed above)` : '';
  if (opts.write) {
    lines.push(`Wrote ${opts.written ?? 0} file(s).`);
    if (marked) lines.push(`Find what is left to do by hand: grep -rn "${MARKER_TAG}" ${where}${besides}`);
  } else {
    if (marked) lines.push(`After --write, find what is left to do by hand: grep -rn "${MARKER_TAG}" ${where}${besides}`);
    lines.push('Dry run: nothing was written. Apply with --write, or save a patch with --output-patch FILE.');
  }
  return lines.join('\n') + '\n';
}
