// `npm run bench:shim`: the emulator called directly, through the shim proxy, and through a bare undici
// pass-through proxy, in one run, on loopback, bounded in time (BENCH_DURATION seconds per scenario, default 10).
// Prints added p50/p99 latency and req/s ratios. Targets: < 1 ms added p99, ≥ 80 % of the pass-through's req/s.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { toKyxAuthenticationRequest } from '../../api/index.js';
import { BENCH_CALLER, BENCH_CLIENT } from './fixtures.js';
import { probeTimes, summarize, type ProbeResult, type ProbeTarget } from './probe.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '../../..');
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);

function start(args: string[], pattern: RegExp): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d;
      const m = pattern.exec(out);
      if (m) resolve({ child, match: m });
    });
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited ${code}`)));
  });
}

async function json<T>(url: string, init: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${url} → ${res.status}`);
  return (await res.json()) as T;
}

interface Row {
  scenario: string;
  path: string;
  c: number;
  result: Result;
}

let unique = 0;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

interface Spec {
  scenario: string;
  path: string;
  url: string;
  c: number;
  opts?: { method?: string; headers?: Record<string, string>; body?: string; uniqueBody?: (id: string) => string };
}

async function once(spec: Spec, seconds: number, warm: boolean): Promise<Result> {
  const { uniqueBody, ...rest } = spec.opts ?? {};
  // autocannon's idReplacement miscounts Content-Length with this hyperid version; build each body instead.
  const requests = uniqueBody ? [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, body: uniqueBody(`ac-${++unique}`) }) }] : undefined;
  return autocannon({
    url: spec.url, connections: spec.c, duration: seconds, ...(warm ? { warmup: { connections: spec.c, duration: 1 } } : {}),
    ...rest, ...(requests ? { requests } : {}),
  } as Parameters<typeof autocannon>[0]);
}

/** The machine is shared and its load drifts: run the compared scenarios in interleaved rounds (A B C A B C …)
 * of DURATION/ROUNDS seconds, so drift hits each alike. req/s = total requests / total time; p50/p99 = median
 * over rounds. */
async function interleaved(specs: Spec[]): Promise<Row[]> {
  const per = Math.max(1, Math.round(DURATION / ROUNDS));
  const results = specs.map(() => [] as Result[]);
  for (let round = 0; round < ROUNDS; round++)
    for (const [i, spec] of specs.entries()) results[i].push(await once(spec, per, round === 0));
  return specs.map((spec, i) => {
    const rs = results[i];
    const median = (f: (r: Result) => number) => rs.map(f).sort((a, b) => a - b)[Math.floor(rs.length / 2)];
    const total = rs.reduce((a, r) => a + r.requests.average * per, 0);
    const errors = rs.reduce((a, r) => a + r.errors, 0);
    const non2xx = rs.reduce((a, r) => a + r.non2xx, 0);
    if (errors || non2xx) process.stderr.write(`warning: ${spec.scenario}/${spec.path} c=${spec.c}: ${errors} errors, ${non2xx} non-2xx\n`);
    const merged = { ...rs[0], requests: { ...rs[0].requests, average: total / (per * rs.length) },
      latency: { ...rs[0].latency, p50: median((r) => r.latency.p50), p99: median((r) => r.latency.p99) }, errors, non2xx };
    return { scenario: spec.scenario, path: spec.path, c: spec.c, result: merged };
  });
}

const fmt = (n: number, d = 2) => n.toFixed(d);

async function main(): Promise<void> {
  const bin = join(ROOT, 'bin/netverify-migrate.js');
  const emu = await start([bin, 'emulator', '--port', '0', '--client', `${BENCH_CLIENT.clientId}:${BENCH_CLIENT.clientSecret}`], /(http:\/\/127\.0\.0\.1:\d+)/);
  const emulator = emu.match[1];
  const seed = await json<{ accountId: string; idCredentialId: string; enrollmentReference: string }>(`${emulator}/__control/seed`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}',
  });
  const servers = await start([join(HERE, 'servers.js'), emulator, seed.enrollmentReference, seed.accountId, seed.idCredentialId], /(\{.*\})\n/);
  const { shim, passThrough } = JSON.parse(servers.match[1]) as { shim: string; passThrough: string };
  const children = [servers.child, emu.child];
  try {
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
    const first = await json<{ transactionReference: string }>(`${shim}/api/authentication/v1/web/initiate`, {
      method: 'POST', headers: { authorization: basic, 'content-type': 'application/json' }, body: legacyBody('bench-first'),
    });
    const ref = first.transactionReference;
    const bearer = { authorization: `Bearer ${token}`, accept: 'application/json' };
    const kyxGet = `/api/v1/accounts/${seed.accountId}/workflow-executions/${ref}`;
    const legacyGet = `/api/netverify/v2/authentications/${ref}`;
    const kyxPut = `/api/v1/accounts/${seed.accountId}`;
    const jsonHeaders = { 'content-type': 'application/json' };

    const rows: Row[] = [];
    process.stderr.write(`shim benchmark: ${DURATION}s per scenario in ${ROUNDS} interleaved rounds, c=1 and c=${CONNECTIONS}, loopback\n`);
    for (const c of [1, CONNECTIONS]) {
      rows.push(...(await interleaved([
        { scenario: 'direct', path: 'retrieval', url: `${emulator}${kyxGet}`, c, opts: { headers: bearer } },
        { scenario: 'pass-through', path: 'retrieval', url: `${passThrough}${kyxGet}`, c, opts: { headers: bearer } },
        { scenario: 'shim', path: 'retrieval', url: `${shim}${legacyGet}`, c, opts: { headers: { authorization: basic } } },
      ])));
    }
    // Initiates: every request a new workflow execution (each body unique, so the shim replays nothing), and a
    // caller's retry: the same request again with its Idempotency-Key, answered from the store (no upstream call).
    rows.push(...(await interleaved([
      { scenario: 'direct', path: 'initiate', url: `${emulator}${kyxPut}`, c: CONNECTIONS, opts: { method: 'PUT', headers: { ...bearer, ...jsonHeaders }, uniqueBody: kyxBody } },
      { scenario: 'pass-through', path: 'initiate', url: `${passThrough}${kyxPut}`, c: CONNECTIONS, opts: { method: 'PUT', headers: { ...bearer, ...jsonHeaders }, uniqueBody: kyxBody } },
      { scenario: 'shim', path: 'initiate', url: `${shim}/api/authentication/v1/web/initiate`, c: CONNECTIONS, opts: { method: 'POST', headers: { authorization: basic, ...jsonHeaders }, uniqueBody: legacyBody } },
      { scenario: 'shim', path: 'replay', url: `${shim}/api/authentication/v1/web/initiate`, c: CONNECTIONS, opts: { method: 'POST', headers: { authorization: basic, ...jsonHeaders, 'idempotency-key': 'bench-replay' }, body: legacyBody('bench-first') } },
    ])));

    // Hi-res c=1 latency (autocannon's histogram has 1 ms resolution).
    let n = 0;
    const probeMs = Math.max(2000, DURATION * 300);
    const targets: [string, string, ProbeTarget][] = [
      ['direct', 'retrieval', { origin: emulator, path: kyxGet, method: 'GET', headers: bearer }],
      ['pass-through', 'retrieval', { origin: passThrough, path: kyxGet, method: 'GET', headers: bearer }],
      ['shim', 'retrieval', { origin: shim, path: legacyGet, method: 'GET', headers: { authorization: basic } }],
      ['direct', 'initiate', { origin: emulator, path: kyxPut, method: 'PUT', headers: { ...bearer, ...jsonHeaders }, body: () => kyxBody(`p-${n++}`) }],
      ['pass-through', 'initiate', { origin: passThrough, path: kyxPut, method: 'PUT', headers: { ...bearer, ...jsonHeaders }, body: () => kyxBody(`p-${n++}`) }],
      ['shim', 'initiate', { origin: shim, path: '/api/authentication/v1/web/initiate', method: 'POST', headers: { authorization: basic, ...jsonHeaders }, body: () => legacyBody(`p-${n++}`) }],
    ];
    const samples = targets.map(() => ({ times: [] as number[], errors: 0 }));
    for (let round = 0; round < ROUNDS; round++)
      for (const [i, [, , t]] of targets.entries()) {
        const r = await probeTimes(t, probeMs / ROUNDS);
        samples[i].times.push(...r.times);
        samples[i].errors += r.errors;
      }
    const probes: Record<string, ProbeResult> = {};
    targets.forEach(([scenario, path], i) => (probes[`${scenario}/${path}`] = summarize(samples[i].times, samples[i].errors)));

    report(rows, probes);
  } finally {
    for (const c of children) c.kill('SIGTERM');
  }
}

function report(rows: Row[], probes: Record<string, ProbeResult>): void {
  const get = (scenario: string, path: string, c: number) => rows.find((r) => r.scenario === scenario && r.path === path && r.c === c)?.result;
  const lines: string[] = ['', '| path | route | c | req/s | p50 ms | p99 ms | errors/non-2xx |', '|---|---|---|---|---|---|---|'];
  for (const r of rows)
    lines.push(`| ${r.scenario} | ${r.path} | ${r.c} | ${Math.round(r.result.requests.average)} | ${r.result.latency.p50} | ${r.result.latency.p99} | ${r.result.errors}/${r.result.non2xx} |`);
  lines.push('', '| c=1, hi-res probe | p50 ms | p99 ms | mean ms | n |', '|---|---|---|---|---|');
  for (const [k, p] of Object.entries(probes)) lines.push(`| ${k} | ${fmt(p.p50, 3)} | ${fmt(p.p99, 3)} | ${fmt(p.mean, 3)} | ${p.count} |`);
  lines.push('', '| comparison | added p50 ms | added p99 ms | req/s ratio (c=' + CONNECTIONS + ') |', '|---|---|---|---|');
  const verdicts: string[] = [];
  for (const path of ['retrieval', 'initiate']) {
    const d = probes[`direct/${path}`], pt = probes[`pass-through/${path}`], s = probes[`shim/${path}`];
    const dr = get('direct', path, CONNECTIONS)!, pr = get('pass-through', path, CONNECTIONS)!, sr = get('shim', path, CONNECTIONS)!;
    lines.push(`| ${path}: pass-through vs direct | ${fmt(pt.p50 - d.p50, 3)} | ${fmt(pt.p99 - d.p99, 3)} | ${fmt(pr.requests.average / dr.requests.average)} |`);
    lines.push(`| ${path}: shim vs direct | ${fmt(s.p50 - d.p50, 3)} | ${fmt(s.p99 - d.p99, 3)} | ${fmt(sr.requests.average / dr.requests.average)} |`);
    const ratio = sr.requests.average / pr.requests.average;
    const added = s.p99 - d.p99;
    lines.push(`| ${path}: shim vs pass-through | ${fmt(s.p50 - pt.p50, 3)} | ${fmt(s.p99 - pt.p99, 3)} | ${fmt(ratio)} |`);
    verdicts.push(`${path}: added p99 vs direct ${fmt(added, 3)} ms (${added < 1 ? 'meets' : 'MISSES'} < 1 ms); req/s ${fmt(ratio * 100, 0)} % of pass-through (${ratio >= 0.8 ? 'meets' : 'MISSES'} ≥ 80 %)`);
  }
  const replay = get('shim', 'replay', CONNECTIONS);
  if (replay) lines.push('', `replay (answered from the store): ${Math.round(replay.requests.average)} req/s, p99 ${replay.latency.p99} ms`);
  lines.push('', ...verdicts, '', `machine: ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min), Node ${process.version}`, '');
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
