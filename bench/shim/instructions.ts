// `npm run bench:shim:instructions`: instructions per request of the proxy process, counted by valgrind's callgrind
// — the same count whatever else the machine is doing, so two builds (or the shim and the bare pass-through) can
// be compared on a shared, noisy machine where req/s and CPU time swing by ±20 %. The proxy process (the same
// servers.js the load benchmark uses) runs under callgrind with instrumentation off; each path is warmed up
// (WARM requests, so V8 has optimized the hot code), then WINDOWS windows of N requests are counted. User-space instructions only:
// system calls (socket writes, SQLite's WAL writes and locks) are not in the count — `strace -c` counts those.
// Needs valgrind (Debian package `valgrind`). Takes about 4 minutes with the defaults.
import { execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Pool } from 'undici';
import { toKyxAuthenticationRequest } from '../../api/index.js';
import { mutatorInstructions, parseCallgrind } from './callgrind-parse.js';
import { BENCH_CALLER, BENCH_CLIENT } from './fixtures.js';
import { startChild } from './start-child.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '../../..');
const N = Number(process.env.BENCH_IR_REQUESTS ?? 2000);
const WARM = Number(process.env.BENCH_IR_WARMUP ?? 20000);
const C = Number(process.env.BENCH_IR_CONNECTIONS ?? 4);
const WINDOWS = Math.max(1, Number(process.env.BENCH_IR_WINDOWS ?? 2));


interface Target {
  name: string;
  origin: string;
  request: () => { path: string; method: 'GET' | 'POST' | 'PUT'; headers: Record<string, string>; body?: string };
}

/** n requests, C at a time over keep-alive; throws on any non-2xx (a failing path would count error pages). */
async function drive(t: Target, n: number): Promise<void> {
  const pool = new Pool(t.origin, { connections: C });
  let left = n;
  try {
    await Promise.all(Array.from({ length: C }, async () => {
      while (left-- > 0) {
        const res = await pool.request(t.request());
        await res.body.dump();
        if (res.statusCode >= 300) throw new Error(`${t.name}: HTTP ${res.statusCode}`);
      }
    }));
  } finally {
    await pool.close();
  }
}

async function main(): Promise<void> {
  try {
    execFileSync('valgrind', ['--version'], { stdio: 'ignore' });
  } catch {
    process.stderr.write('valgrind is not installed (Debian: apt-get install valgrind); nothing measured\n');
    process.exit(2);
  }
  const out = mkdtempSync(join(tmpdir(), 'shim-ir-'));
  const children: ChildProcess[] = [];
  try {
    const emu = await startChild(process.execPath, [join(ROOT, 'bin/netverify-migrate.js'), 'emulator', '--port', '0', '--client', `${BENCH_CLIENT.clientId}:${BENCH_CLIENT.clientSecret}`], /(http:\/\/127\.0\.0\.1:\d+)/);
    children.push(emu.child);
    const emulator = emu.match[1];
    const seed = await (await fetch(`${emulator}/__control/seed`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json() as
      { accountId: string; idCredentialId: string; enrollmentReference: string };
    const servers = await startChild('valgrind', ['-q', '--tool=callgrind', '--instr-atstart=no', `--callgrind-out-file=${join(out, 'cg.%p')}`, '--smc-check=all-non-file',
      process.execPath, join(HERE, 'servers.js'), emulator, seed.enrollmentReference, seed.accountId, seed.idCredentialId], /(\{.*\})\n/);
    children.unshift(servers.child);
    const { shim, passThrough } = JSON.parse(servers.match[1]) as { shim: string; passThrough: string };
    const token = ((await (await fetch(`${emulator}/oauth2/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${BENCH_CLIENT.clientId}:${BENCH_CLIENT.clientSecret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    })).json()) as { access_token: string }).access_token;
    const basic = `Basic ${Buffer.from(`${BENCH_CALLER.apiToken}:${BENCH_CALLER.apiSecret}`).toString('base64')}`;
    let n = 0;
    const legacy = () => ({ enrollmentTransactionReference: seed.enrollmentReference, callbackUrl: 'https://bench.example/cb',
      successUrl: 'https://bench.example/ok', userReference: `ir-${++n}`, tokenLifetimeInMinutes: 30 });
    const bearer = { authorization: `Bearer ${token}`, accept: 'application/json' };
    const json = { 'content-type': 'application/json' };
    const first = await (await fetch(`${shim}/api/authentication/v1/web/initiate`, { method: 'POST', headers: { authorization: basic, ...json }, body: JSON.stringify(legacy()) })).json() as { transactionReference: string };
    const ref = first.transactionReference;
    const targets: Target[] = [
      { name: 'pass-through/retrieval', origin: passThrough, request: () => ({ path: `/api/v1/accounts/${seed.accountId}/workflow-executions/${ref}`, method: 'GET', headers: bearer }) },
      { name: 'shim/retrieval', origin: shim, request: () => ({ path: `/api/netverify/v2/authentications/${ref}`, method: 'GET', headers: { authorization: basic } }) },
      { name: 'pass-through/initiate', origin: passThrough, request: () => ({ path: `/api/v1/accounts/${seed.accountId}`, method: 'PUT', headers: { ...bearer, ...json },
        body: JSON.stringify(toKyxAuthenticationRequest(legacy(), { credentialId: seed.idCredentialId })) }) },
      { name: 'shim/initiate', origin: shim, request: () => ({ path: '/api/authentication/v1/web/initiate', method: 'POST', headers: { authorization: basic, ...json }, body: JSON.stringify(legacy()) }) },
    ];
    const pid = String(servers.child.pid);
    for (const t of targets) {
      process.stderr.write(`  ${t.name}: warm-up ${WARM}, then ${N} counted\n`);
      await drive(t, WARM);
      execFileSync('callgrind_control', ['--instr=on', pid], { stdio: 'ignore' });
      for (let w = 0; w < WINDOWS; w++) {
        await drive(t, N);
        execFileSync('callgrind_control', ['--dump', pid], { stdio: 'ignore' });
      }
      execFileSync('callgrind_control', ['--instr=off', pid], { stdio: 'ignore' });
    }
    // One dump file per counted window, numbered in order (cg.<pid>.1 …).
    const parts = readdirSync(out).filter((f) => /\.\d+$/.test(f) && !f.endsWith(`.${pid}`))
      .sort((a, b) => Number(a.split('.').pop()) - Number(b.split('.').pop()));
    if (parts.length !== targets.length * WINDOWS) throw new Error(`expected ${targets.length * WINDOWS} callgrind dumps, found ${parts.length}`);
    const rows = targets.map((t, i) => {
      const windows = parts.slice(i * WINDOWS, (i + 1) * WINDOWS).map((f) => parseCallgrind(join(out, f)));
      const all = windows.map((c) => c.total / N);
      const path = windows.map((c) => mutatorInstructions(c) / N);
      // A window can catch V8 deoptimizing and re-optimizing a hot function (slower code for a while): the
      // steady-state cost is the lowest window's.
      return { name: t.name, all, path, mutator: Math.min(...path) };
    });
    const k = (x: number) => `${(x / 1000).toFixed(0)}k`;
    const lines = [`shim instruction counts ${new Date().toISOString()} — Node ${process.version}, ${WINDOWS} windows of ${N} requests per path after ${WARM} warm-up, ${C} at a time`, '',
      '| path | instructions per request, per window | of which request path (no JIT/GC) | steady state (lowest window) |', '|---|---|---|---|',
      ...rows.map((r) => `| ${r.name} | ${r.all.map(k).join(' / ')} | ${r.path.map(k).join(' / ')} | ${k(r.mutator)} |`), ''];
    for (const route of ['retrieval', 'initiate']) {
      const pt = rows.find((r) => r.name === `pass-through/${route}`)!;
      const sh = rows.find((r) => r.name === `shim/${route}`)!;
      lines.push(`${route}: the shim runs ${(sh.mutator / pt.mutator).toFixed(2)}× the pass-through's instructions per request (request path)`);
    }
    process.stdout.write(`\n${lines.join('\n')}\n`);
  } finally {
    // callgrind writes its last dump on exit: wait for it before removing the directory.
    await Promise.all(children.map((c) => new Promise<void>((resolve) => {
      if (c.exitCode !== null || c.signalCode !== null) return resolve();
      c.once('exit', () => resolve());
      c.kill('SIGTERM');
    })));
    rmSync(out, { recursive: true, force: true });
  }
}

await main();
