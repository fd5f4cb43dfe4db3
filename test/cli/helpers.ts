// Helpers for the CLI tests: compile the real binary once into a private folder (a lock makes parallel test files
// wait for one build), make throwaway git repositories, and run `node bin/netverify-migrate.js` (that build) in them.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../..');
/** The CLI tests run their own compile of the sources (same tsconfig, same bin launcher) so that an `npm run build`
 * running at the same time elsewhere cannot rewrite dist/ under a spawned CLI. */
export const BUILD = join(REPO, 'node_modules/.cache/netverify-migrate-cli-tests');
export const BIN = join(BUILD, 'bin/netverify-migrate.js');
export const DIST = join(BUILD, 'dist');
export const TEST_RULES = join(REPO, 'test/cli/test-rules.mjs');
const STAMP = join(BUILD, 'built-at');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '__testfixtures__') continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (/\.c?ts$/.test(entry.name)) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

const SOURCE_DIRS = ['codemods', 'cli', 'api', 'shim', 'emulator', 'bench'];

function builtIsFresh(): boolean {
  try {
    const built = Number(readFileSync(STAMP, 'utf8'));
    return SOURCE_DIRS.every((d) => newestMtime(join(REPO, d)) <= built) && statSync(join(REPO, 'package.json')).mtimeMs <= built;
  } catch {
    return false;
  }
}

/** Compile into BUILD unless it is newer than every source. A lock makes parallel test files wait for one build. */
export function ensureBuilt(): void {
  if (builtIsFresh()) return;
  mkdirSync(dirname(BUILD), { recursive: true });
  const lock = `${BUILD}.lock`;
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - started > 180_000) rmSync(lock, { recursive: true, force: true });
      spawnSync('sleep', ['0.5']);
    }
  }
  try {
    if (builtIsFresh()) return;
    const startedAt = Date.now();
    rmSync(BUILD, { recursive: true, force: true });
    mkdirSync(join(BUILD, 'bin'), { recursive: true });
    const r = spawnSync(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', DIST], { cwd: REPO, encoding: 'utf8' });
    if (!existsSync(join(DIST, 'cli/index.js'))) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
    copyFileSync(join(REPO, 'bin/netverify-migrate.js'), BIN);
    // ESM scope for the copy (package scope lookup stops at node_modules) and the package's own "imports"
    // (#ts-morph, relative to the package root, so the same targets hold here); packages resolve from REPO/node_modules.
    const { imports } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { imports: unknown };
    writeFileSync(join(BUILD, 'package.json'), `${JSON.stringify({ type: 'module', imports })}\n`);
    // The build's second step (package.json "build"): the prefilter manifest the early scan reads.
    const m = spawnSync(process.execPath, [join(DIST, 'scripts/write-prefilter-manifest.js')], { encoding: 'utf8' });
    if (m.status !== 0) throw new Error(`prefilter manifest failed:\n${m.stderr}`);
    writeFileSync(STAMP, String(startedAt - 1000));
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** A temporary git repository holding `files`, committed. */
export function makeRepo(files: Record<string, string | Buffer>, opts: { commit?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'nvm-cli-'));
  writeFiles(dir, files);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'test@example.com');
  git(dir, 'config', 'user.name', 'test');
  git(dir, 'config', 'core.autocrlf', 'false');
  if (opts.commit !== false) {
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'initial', '--allow-empty');
  }
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(cwd: string, args: string[], opts: { extraRules?: boolean; env?: Record<string, string>; nodeArgs?: string[] } = {}): CliResult {
  const env: Record<string, string | undefined> = { ...process.env, ...opts.env, NO_COLOR: '1' };
  if (opts.extraRules) env.NETVERIFY_MIGRATE_EXTRA_RULES = TEST_RULES;
  else delete env.NETVERIFY_MIGRATE_EXTRA_RULES;
  const r = spawnSync(process.execPath, [...(opts.nodeArgs ?? []), BIN, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under dir (except .git) → content, for comparing two trees byte for byte. */
export function snapshot(dir: string, base = dir, out: Record<string, string> = {}): Record<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '.git') continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) snapshot(p, base, out);
    else if (entry.isFile()) out[p.slice(base.length + 1)] = readFileSync(p).toString('base64');
  }
  return out;
}
