// `npm run bench:codemod`: generates a deterministic 10,000-file JS/TS repository (~1 % legacy Jumio files) and
// measures, in the same run and on the same files:
//   • our dry run (the real CLI, spawned: `netverify-migrate codemod --quiet`, diffs to /dev/null),
//   • jscodeshift's runner with a transform that only parses each file (the least any jscodeshift transform does),
//     and with a transform that does nothing at all (the runner alone),
//   • `git grep -l netverify` (one string search, no parsing),
//   • the floor under any TypeScript-based rewrite with our prefilter (floor.ts: no rules, one parse per candidate).
// Wall time, files/s and peak RSS (GNU time's "Maximum resident set size") for each, then the ratios.
// BENCH_FILES=<n> generates a smaller repository for a quick check.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateRepo } from './generate.js';

const REPO = resolve(import.meta.dirname, '../../..');
const BIN = join(REPO, 'bin/netverify-migrate.js');
const JSCS = join(REPO, 'node_modules/.bin/jscodeshift');
const TIME = '/usr/bin/time';

interface Measure {
  name: string;
  wallS: number;
  rssMb: number | undefined;
  code: number | null;
}

function measure(name: string, cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Measure {
  const stats = join(tmpdir(), `nvm-bench-time-${process.pid}.txt`);
  const hasTime = existsSync(TIME);
  const t0 = process.hrtime.bigint();
  const r = hasTime
    ? spawnSync(TIME, ['-v', '-o', stats, cmd, ...args], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 })
    : spawnSync(cmd, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
  let rssMb: number | undefined;
  if (hasTime) {
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(stats, 'utf8'));
    if (m) rssMb = Number(m[1]) / 1024;
    rmSync(stats, { force: true });
  }
  if (r.status !== 0 && name !== 'git grep -l netverify') process.stderr.write(`${name} exited ${r.status}: ${r.stderr?.toString().slice(-2000)}\n`);
  return { name, wallS, rssMb, code: r.status };
}

function best(runs: Measure[]): Measure {
  return runs.reduce((a, b) => (b.wallS < a.wallS ? b : a));
}

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync('git', ['-c', 'user.email=bench@example.com', '-c', 'user.name=bench', ...args], { cwd, stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`git ${args[0]} failed`);
}

const count = Number(process.env.BENCH_FILES ?? 10_000);
const dir = mkdtempSync(join(tmpdir(), 'nvm-bench-'));
const started = Date.now();
try {
  process.stderr.write(`generating ${count} files in ${dir} …\n`);
  const gen = generateRepo(dir, count);
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'bench');
  process.stderr.write(`${gen.files} files, ${(gen.bytes / 1e6).toFixed(1)} MB, ${gen.legacy} legacy; measuring …\n`);

  // correctness check first (and it warms the page cache): every legacy file is found
  const check = spawnSync(process.execPath, [BIN, 'codemod', '--json', '--quiet'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  const report = JSON.parse(check.stdout) as { summary: { files: number; changed: number; manual: number }; files: { path: string; edits: unknown[]; manual: unknown[] }[] };
  // generated files (not the helper modules the codemod creates) that got an edit or a manual item
  const legacyFound = report.files.filter((f) => /\/file\d+\.\w+$/.test(f.path) && (f.edits.length > 0 || f.manual.length > 0)).length;
  const grepRuns = [1, 2, 3].map(() => measure('git grep -l netverify', 'git', ['grep', '-l', 'netverify'], dir));
  const oursRuns = [1, 2].map(() => measure('netverify-migrate codemod (dry run)', process.execPath, [BIN, 'codemod', '--quiet'], dir));
  // the engine with its cheapest rule: what discovery, reading, prefiltering and parsing cost without the heavy rules
  const engineRuns = [1, 2].map(() => measure('  … only the legacy-endpoint rule', process.execPath, [BIN, 'codemod', '--quiet', '--rules', 'legacy-endpoint'], dir));
  // the floor: Node + discovery + prefilter + the compiler loaded + each candidate parsed once, no rules
  const floorRuns = [1, 2].map(() => measure('  … floor: no rules, one parse per file', process.execPath, [join(REPO, 'dist/bench/codemod/floor.js')], dir));
  const jscsArgs = (t: string) => ['--no-babel', '-t', join(REPO, `dist/bench/codemod/${t}.js`), '--extensions=ts,tsx,js,jsx', '--parser=tsx', '--dry', '--silent', '--cpus=2', '.'];
  const jscsBare = measure('jscodeshift, transform does nothing', JSCS, jscsArgs('bare-transform'), dir);
  const jscsParse = measure('jscodeshift, transform parses (no-op)', JSCS, jscsArgs('noop-transform'), dir);

  const ours = best(oursRuns);
  const engine = best(engineRuns);
  const floor = best(floorRuns);
  const grep = best(grepRuns);
  const rows = [ours, engine, floor, jscsParse, jscsBare, grep];
  const fmt = (m: Measure) =>
    `| ${m.name.padEnd(40)} | ${m.wallS.toFixed(2).padStart(7)} s | ${Math.round(gen.files / m.wallS).toString().padStart(7)} | ${m.rssMb === undefined ? '   n/a' : m.rssMb.toFixed(0).padStart(6)} MB |`;
  const out: string[] = [];
  out.push(`Codemod benchmark: ${gen.files} files (${(gen.bytes / 1e6).toFixed(1)} MB), ${gen.legacy} legacy Jumio files; ` +
    `our dry run found ${legacyFound} of them (${report.summary.changed} files changed incl. created helper modules, ${report.summary.manual} manual items).`);
  out.push(`Machine: ${spawnSync('nproc', { encoding: 'utf8' }).stdout.trim()} CPUs, load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}; best of 2 (ours) / 3 (git grep), 1 run each for jscodeshift.`);
  out.push('');
  out.push(`| ${'tool'.padEnd(40)} | wall time | files/s | peak RSS |`);
  out.push(`|${'-'.repeat(42)}|-----------|---------|----------|`);
  for (const m of rows) out.push(fmt(m));
  out.push('');
  const vsJscs = jscsParse.wallS / ours.wallS;
  const vsGrep = ours.wallS / grep.wallS;
  out.push(`jscodeshift (parsing no-op) / ours: ${vsJscs.toFixed(1)}×   (target ≥ 10×: ${vsJscs >= 10 ? 'met' : 'NOT met'})`);
  out.push(`jscodeshift (bare runner) / ours:   ${(jscsBare.wallS / ours.wallS).toFixed(1)}×`);
  out.push(`ours / git grep:                    ${vsGrep.toFixed(1)}×   (target ≤ 3×: ${vsGrep <= 3 ? 'met' : 'NOT met'})`);
  out.push(`legacy-endpoint only: jscodeshift (parsing) / ours ${(jscsParse.wallS / engine.wallS).toFixed(1)}×, ours / git grep ${(engine.wallS / grep.wallS).toFixed(1)}×, ${engine.rssMb?.toFixed(0) ?? 'n/a'} MB`);
  out.push(`floor (no rules: start, prefilter, compiler, one parse per candidate) / git grep: ${(floor.wallS / grep.wallS).toFixed(1)}×`);
  out.push(`our peak RSS:                       ${ours.rssMb?.toFixed(0) ?? 'n/a'} MB (target < 300 MB: ${ours.rssMb !== undefined && ours.rssMb < 300 ? 'met' : 'NOT met'})`);
  out.push(`total benchmark time: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  process.stdout.write(out.join('\n') + '\n');
  if (legacyFound < gen.legacy) {
    process.stderr.write(`error: expected ${gen.legacy} legacy files to be found, got ${legacyFound}\n`);
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
