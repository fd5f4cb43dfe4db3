// `netverify-migrate scan`: an inventory of every legacy usage. Code goes through the rules in detect mode (the
// same run as a dry-run codemod, nothing written): each edit is listed as `automatic`, each manual item as
// `manual`. Configuration files (.env*, JSON, YAML, XML, .properties, .ini, TOML, Terraform, Dockerfiles …), page
// templates the codemod does not parse (.cshtml, .astro, …) and source files in other languages (.py, .go, .java, …)
// are read line by line for legacy Jumio hosts (api/'s recognition) and listed as `manual`: no rule edits them.
import { resolve } from 'node:path';
import { runCodemod } from './runner.js';
import { discover, UsageError } from './discover.js';
import { gitTopLevel } from './git.js';
import { readSourceFile } from './read-file.js';
import { progressPrinter } from './progress.js';
import { isConfigName, isUnparsedTemplateName, otherLanguageOf, scanConfigText } from './text-scan.js';

export { isConfigName, isUnparsedTemplateName, scanConfigText };
const isTextScanned = (name: string): boolean => isConfigName(name) || isUnparsedTemplateName(name) || otherLanguageOf(name) !== undefined;

export interface ScanArgs {
  paths: string[];
  json: boolean;
  quiet: boolean;
  rules?: string[];
  ignore?: string[];
  workers?: number;
  cwd?: string;
}

export interface ScanItem {
  path: string;
  line: number;
  rule: string;
  kind: 'automatic' | 'manual';
  message: string;
}

export interface ScanReport {
  version: 1;
  summary: { files: number; automatic: number; manual: number; skipped: number; errors: number };
  items: ScanItem[];
  skipped: { path: string; reason: string }[];
  errors: { path: string; error: string }[];
}

export async function buildScan(args: ScanArgs): Promise<ScanReport> {
  const cwd = args.cwd ?? process.cwd();
  const progress = args.quiet ? undefined : progressPrinter();
  const run = await runCodemod({ cwd, paths: args.paths, ruleIds: args.rules, ignore: args.ignore, workers: args.workers, onProgress: progress?.update });
  progress?.done();
  const report: ScanReport = { version: 1, summary: { files: 0, automatic: 0, manual: 0, skipped: 0, errors: 0 }, items: [], skipped: [], errors: [] };
  for (const o of run.outcomes) {
    report.summary.files++;
    for (const e of o.edits) report.items.push({ path: o.path, line: e.line, rule: e.rule, kind: 'automatic', message: e.message });
    for (const m of o.manual) report.items.push({ path: o.path, line: m.line, rule: m.rule, kind: 'manual', message: m.message });
    if (o.status === 'skipped') report.skipped.push({ path: o.path, reason: o.reason ?? 'skipped' });
    if (o.status === 'error') report.errors.push({ path: o.path, error: o.error ?? 'error' });
  }
  if (!args.rules || args.rules.includes('legacy-endpoint')) {
    const root = gitTopLevel(resolve(cwd)) ?? resolve(cwd);
    // `.env` files are usually git-ignored yet hold the legacy URL: read them anyway (they are only reported).
    const configs = discover({
      cwd: resolve(cwd), paths: args.paths, root, ignore: args.ignore, accept: isTextScanned, evenIfIgnored: (n) => /^\.env(\..+)?$/.test(n),
    });
    for (const f of configs.files) {
      if (!isTextScanned(f.path.slice(f.path.lastIndexOf('/') + 1))) continue;
      report.summary.files++;
      const read = readSourceFile(f.absPath);
      if (!read.ok) {
        report.skipped.push({ path: f.path, reason: read.reason });
        continue;
      }
      report.items.push(...scanConfigText(f.path, read.text));
    }
  }
  report.items.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
  report.summary.automatic = report.items.filter((i) => i.kind === 'automatic').length;
  report.summary.manual = report.items.filter((i) => i.kind === 'manual').length;
  report.summary.skipped = report.skipped.length;
  report.summary.errors = report.errors.length;
  return report;
}

export async function runScanCli(args: ScanArgs): Promise<number> {
  let report: ScanReport;
  try {
    report = await buildScan(args);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`netverify-migrate: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  if (args.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else {
    const out = report.items.map((i) => `${i.path}:${i.line}\t${i.kind}\t${i.rule}: ${i.message}`);
    if (out.length) process.stdout.write(out.join('\n') + '\n');
  }
  if (!args.quiet) {
    const s = report.summary;
    const lines = [`netverify-migrate scan: ${s.files} file(s); ${s.automatic} automatic, ${s.manual} manual; ${s.skipped} skipped, ${s.errors} error(s)`];
    for (const k of report.skipped.slice(0, 20)) lines.push(`  skipped ${k.path}: ${k.reason}`);
    for (const e of report.errors.slice(0, 20)) lines.push(`  error   ${e.path}: ${e.error}`);
    if (s.automatic) lines.push('Run `netverify-migrate codemod` to see the automatic changes as a diff.');
    process.stderr.write(lines.join('\n') + '\n');
  }
  return report.summary.errors > 0 ? 1 : 0;
}

export async function runRulesCli(json: boolean): Promise<number> {
  const { loadAllRules } = await import('./load-rules.js');
  const rules = await loadAllRules();
  if (json) process.stdout.write(JSON.stringify(rules.map((r) => ({ id: r.id, title: r.title })), null, 2) + '\n');
  else {
    const width = Math.max(...rules.map((r) => r.id.length), 2);
    process.stdout.write(rules.map((r) => `${r.id.padEnd(width)}  ${r.title}`).join('\n') + '\n');
  }
  return 0;
}
