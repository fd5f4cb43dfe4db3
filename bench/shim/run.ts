// `npm run bench:shim`: the emulator called directly, through a bare undici pass-through proxy and through the
// shim proxy, in one run, on loopback, bounded in time (about 90 s). Scenarios run one after another, never
// concurrently (the machine may have 2 cores shared by emulator, proxies and load generator), each with a warm-up,
// the same connection count (BENCH_CONNECTIONS, 10) and the same measured time (BENCH_DURATION, 8 s, split into
// BENCH_ROUNDS (4) interleaved rounds so drifting machine load hits the compared paths alike). A c=1 probe with
// performance.now(), the paths interleaved request by request (probe.ts), gives sub-millisecond added latency
// (autocannon's histogram has 1 ms steps).
// Prints PASS/MISS per target and always exits 0 when it could measure (a miss is a result, not a crash).
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon, { type Result } from 'autocannon';
import { toKyxAuthenticationRequest } from '../../api/index.js';
import { BENCH_CALLER, BENCH_CLIENT } from './fixtures.js';
import { probeInterleaved, summarize, type ProbeResult, type ProbeTarget } from './probe.js';
import { renderReport, type LoadRow } from './report.js';
import { startChild } from './start-child.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '../../..');
const DURATION = Number(process.env.BENCH_DURATION ?? 8);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 4));
const C = Number(process.env.BENCH_CONNECTIONS ?? 10);
const WARMUP_S = Number(process.env.BENCH_WARMUP ?? 1);
/** c=1 probe time per path (the paths are interleaved, so the probe takes this × the number of paths). */
const PROBE_MS = Number(process.env.BENCH_PROBE_MS ?? 2500);

/** CPU seconds (user + system, all threads) a process has used so far, from /proc (Linux); NaN elsewhere. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return Number.NaN;
  }
}
let proxyPid: number | undefined;
let emulatorPid: number | undefined;

const start = (args: string[], pattern: RegExp) => startChild(process.execPath, args, pattern);

async function json<T>(url: string, init: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${url} → ${res.status}`);
  return (await res.json()) as T;
}

interface Scenario {
  scenario: LoadRow['scenario'];
  route: LoadRow['route'];
  url: string;
  method?: string;
  headers: Record<string, string>;
  body?: string;
  /** A fresh body per request: initiates must differ, or the shim answers them from its store. */
  uniqueBody?: (id: string) => string;
}

let unique = 0;
function load(s: Scenario, seconds: number): Promise<Result> {
  // autocannon's idReplacement miscounts Content-Length with this hyperid version; build each body instead.
  const requests = s.uniqueBody ? [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, body: s.uniqueBody!(`ac-${++unique}`) }) }] : undefined;
  return autocannon({
    url: s.url, connections: C, duration: seconds, headers: s.headers,
    ...(s.method ? { method: s.method } : {}), ...(s.body !== undefined ? { body: s.body } : {}),
    ...(requests ? { requests } : {}),
  } as Parameters<typeof autocannon>[0]);
}

/** Rounds A B C A B C …; req/s = 2xx over measured seconds, p50/p99 = the worst round's (conservative). */
async function measure(list: Scenario[]): Promise<LoadRow[]> {
  const per = DURATION / ROUNDS;
  const results = list.map(() => [] as Result[]);
  const cpu = list.map(() => ({ proxy: 0, emulator: 0 }));
  for (let round = 0; round < ROUNDS; round++)
    for (const [i, s] of list.entries()) {
      process.stderr.write(`  ${s.route} ${s.scenario} round ${round + 1}/${ROUNDS}\n`);
      if (round === 0 && WARMUP_S > 0) await load(s, WARMUP_S); // warm-up: not counted
      const p0 = cpuSeconds(proxyPid), e0 = cpuSeconds(emulatorPid);
      results[i].push(await load(s, per));
      cpu[i].proxy += cpuSeconds(proxyPid) - p0;
      cpu[i].emulator += cpuSeconds(emulatorPid) - e0;
    }
  return list.map((s, i) => {
    const rs = results[i];
    const seconds = rs.reduce((a, r) => a + r.duration, 0);
    const answered = rs.reduce((a, r) => a + r['2xx'], 0);
    return {
      scenario: s.scenario, route: s.route, c: C, seconds,
      proxyCpuUs: (cpu[i].proxy / answered) * 1e6, emulatorCpuUs: (cpu[i].emulator / answered) * 1e6,
      rps: rs.reduce((a, r) => a + r['2xx'], 0) / seconds,
      p50: Math.max(...rs.map((r) => r.latency.p50)), p99: Math.max(...rs.map((r) => r.latency.p99)),
      errors: rs.reduce((a, r) => a + r.errors + r.timeouts, 0), non2xx: rs.reduce((a, r) => a + r.non2xx, 0),
    };
  });
}

const load1 = (): string => loadavg().map((l) => l.toFixed(2)).join(' / ');

async function main(): Promise<void> {
  const began = Date.now();
  const header = `shim benchmark ${new Date().toISOString()} — ${cpus().length} CPUs, Node ${process.version}, load average at start ${load1()} (1/5/15 min)`;
  process.stderr.write(`${header}\n  c=${C}, ${DURATION}s per scenario in ${ROUNDS} round(s), ${WARMUP_S}s warm-up, c=1 probe ${PROBE_MS}ms per path, interleaved\n`);
  const bin = join(ROOT, 'bin/netverify-migrate.js');
  const emu = await start([bin, 'emulator', '--port', '0', '--client', `${BENCH_CLIENT.clientId}:${BENCH_CLIENT.clientSecret}`], /(http:\/\/127\.0\.0\.1:\d+)/);
  const children: ChildProcess[] = [emu.child];
  emulatorPid = emu.child.pid;
  try {
    const emulator = emu.match[1];
    const seed = await json<{ accountId: string; idCredentialId: string; enrollmentReference: string }>(`${emulator}/__control/seed`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}',
    });
    const servers = await start([join(HERE, 'servers.js'), emulator, seed.enrollmentReference, seed.accountId, seed.idCredentialId], /(\{.*\})\n/);
    children.unshift(servers.child);
    proxyPid = servers.child.pid;
    const { shim, passThrough } = JSON.parse(servers.match[1]) as { shim: string; passThrough: string };
    const basic = `Basic ${Buffer.from(`${BENCH_CALLER.apiToken}:${BENCH_CALLER.apiSecret}`).toString('base64')}`;
    const token = (await json<{ access_token: string }>(`${emulator}/oauth2/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${BENCH_CLIENT.clientId}:${BENCH_CLIENT.clientSecret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    })).access_token;
    const legacyBody = (userReference: string) => JSON.stringify({
      enrollmentTransactionReference: seed.enrollmentReference, callbackUrl: 'https://bench.example/cb', successUrl: 'https://bench.example/ok',
      userReference, tokenLifetimeInMinutes: 30,
    });
    const kyxBody = (userReference: string) => JSON.stringify(toKyxAuthenticationRequest(JSON.parse(legacyBody(userReference)), { credentialId: seed.idCredentialId }));
    const initiatePath = '/api/authentication/v1/web/initiate';
    const first = await json<{ transactionReference: string }>(`${shim}${initiatePath}`, {
      method: 'POST', headers: { authorization: basic, 'content-type': 'application/json' }, body: legacyBody('bench-first'),
    });
    const ref = first.transactionReference;
    const bearer = { authorization: `Bearer ${token}`, accept: 'application/json' };
    const jsonType = { 'content-type': 'application/json' };
    const kyxGet = `/api/v1/accounts/${seed.accountId}/workflow-executions/${ref}`;
    const legacyGet = `/api/netverify/v2/authentications/${ref}`;
    const kyxPut = `/api/v1/accounts/${seed.accountId}`;

    const rows: LoadRow[] = [];
    rows.push(...(await measure([
      { scenario: 'direct', route: 'retrieval', url: `${emulator}${kyxGet}`, headers: bearer },
      { scenario: 'pass-through', route: 'retrieval', url: `${passThrough}${kyxGet}`, headers: bearer },
      { scenario: 'shim', route: 'retrieval', url: `${shim}${legacyGet}`, headers: { authorization: basic } },
    ])));
    rows.push(...(await measure([
      { scenario: 'direct', route: 'initiate', url: `${emulator}${kyxPut}`, method: 'PUT', headers: { ...bearer, ...jsonType }, uniqueBody: kyxBody },
      { scenario: 'pass-through', route: 'initiate', url: `${passThrough}${kyxPut}`, method: 'PUT', headers: { ...bearer, ...jsonType }, uniqueBody: kyxBody },
      { scenario: 'shim', route: 'initiate', url: `${shim}${initiatePath}`, method: 'POST', headers: { authorization: basic, ...jsonType }, uniqueBody: legacyBody },
    ])));
    // A caller's retry (same Idempotency-Key): answered from the store, nothing sent upstream. Informative only.
    rows.push(...(await measureOnce({ scenario: 'shim', route: 'replay', url: `${shim}${initiatePath}`, method: 'POST',
      headers: { authorization: basic, ...jsonType, 'idempotency-key': 'bench-replay' }, body: legacyBody('bench-first') })));

    let n = 0;
    const targets: [string, ProbeTarget][] = [
      ['direct/retrieval', { origin: emulator, path: kyxGet, method: 'GET', headers: bearer }],
      ['pass-through/retrieval', { origin: passThrough, path: kyxGet, method: 'GET', headers: bearer }],
      ['shim/retrieval', { origin: shim, path: legacyGet, method: 'GET', headers: { authorization: basic } }],
      ['direct/initiate', { origin: emulator, path: kyxPut, method: 'PUT', headers: { ...bearer, ...jsonType }, body: () => kyxBody(`p-${n++}`) }],
      ['pass-through/initiate', { origin: passThrough, path: kyxPut, method: 'PUT', headers: { ...bearer, ...jsonType }, body: () => kyxBody(`p-${n++}`) }],
      ['shim/initiate', { origin: shim, path: initiatePath, method: 'POST', headers: { authorization: basic, ...jsonType }, body: () => legacyBody(`p-${n++}`) }],
    ];
    process.stderr.write('  c=1 probes (interleaved)\n');
    const samples = await probeInterleaved(targets.map(([, t]) => t), PROBE_MS * targets.length, 1000);
    const probes = new Map<string, ProbeResult>(targets.map(([k], i) => [k, summarize(samples[i].times, samples[i].errors)]));

    const { text, verdicts } = renderReport(rows, probes, C);
    const footer = `load average at end ${load1()}; total ${Math.round((Date.now() - began) / 1000)} s`;
    process.stdout.write(`\n${header}\n\n${text}\n\n${verdicts.join('\n')}\n\n${footer}\n`);
  } finally {
    for (const c of children) c.kill('SIGTERM');
  }
}

/** One scenario, one round of DURATION/ROUNDS seconds (the replay needs no comparison). */
async function measureOnce(s: Scenario): Promise<LoadRow[]> {
  process.stderr.write(`  ${s.route} ${s.scenario}\n`);
  if (WARMUP_S > 0) await load(s, WARMUP_S);
  const p0 = cpuSeconds(proxyPid), e0 = cpuSeconds(emulatorPid);
  const r = await load(s, DURATION / ROUNDS);
  const answered = r['2xx'];
  return [{ scenario: s.scenario, route: s.route, c: C, seconds: r.duration, rps: answered / r.duration, p50: r.latency.p50, p99: r.latency.p99,
    errors: r.errors + r.timeouts, non2xx: r.non2xx,
    proxyCpuUs: ((cpuSeconds(proxyPid) - p0) / answered) * 1e6, emulatorCpuUs: ((cpuSeconds(emulatorPid) - e0) / answered) * 1e6 }];
}

await main();
