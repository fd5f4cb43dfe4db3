// Tables and PASS/MISS verdicts of the shim benchmark (markdown, so a run can be pasted into docs/shim.md).
import type { ProbeResult } from './probe.js';

export interface LoadRow {
  scenario: 'direct' | 'pass-through' | 'shim';
  route: 'retrieval' | 'initiate' | 'replay';
  c: number;
  seconds: number;
  /** 2xx answers per second over the measured seconds (warm-up excluded). */
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** CPU time (user + system) per answered request of the proxy process (shim + pass-through) and the emulator. */
  proxyCpuUs: number;
  emulatorCpuUs: number;
}

export const TARGET_ADDED_P99_MS = 1;
export const TARGET_RPS_RATIO = 0.8;

const f = (n: number, d = 2): string => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');
const verdict = (ok: boolean): string => (ok ? 'PASS' : 'MISS');

export function renderReport(rows: LoadRow[], probes: Map<string, ProbeResult>, c: number): { text: string; verdicts: string[] } {
  const lines: string[] = [];
  lines.push(`| path | route | c | req/s | p50 ms | p99 ms | proxy CPU µs/req | emulator CPU µs/req | errors/non-2xx |`, '|---|---|---|---|---|---|---|---|---|');
  for (const r of rows)
    lines.push(`| ${r.scenario} | ${r.route} | ${r.c} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${r.scenario === 'direct' ? '—' : f(r.proxyCpuUs, 0)} | ${f(r.emulatorCpuUs, 0)} | ${r.errors}/${r.non2xx} |`);
  lines.push('', '| c=1 probe (hi-res, paths interleaved) | p50 ms | p99 ms | mean ms | n | non-2xx |', '|---|---|---|---|---|---|');
  for (const [k, p] of probes) lines.push(`| ${k} | ${f(p.p50, 3)} | ${f(p.p99, 3)} | ${f(p.mean, 3)} | ${p.count} | ${p.errors} |`);

  const row = (scenario: LoadRow['scenario'], route: LoadRow['route']) => rows.find((r) => r.scenario === scenario && r.route === route);
  lines.push('', `| route | hop | added p50 ms (c=1) | added p99 ms (c=1) | added p99 ms (c=${c}) | req/s ratio (c=${c}) |`, '|---|---|---|---|---|---|');
  const verdicts: string[] = [];
  for (const route of ['retrieval', 'initiate'] as const) {
    const d = probes.get(`direct/${route}`), pt = probes.get(`pass-through/${route}`), s = probes.get(`shim/${route}`);
    const dr = row('direct', route), pr = row('pass-through', route), sr = row('shim', route);
    if (!d || !pt || !s || !dr || !pr || !sr) continue;
    lines.push(`| ${route} | pass-through vs direct | ${f(pt.p50 - d.p50, 3)} | ${f(pt.p99 - d.p99, 3)} | ${pr.p99 - dr.p99} | ${f(pr.rps / dr.rps)} |`);
    lines.push(`| ${route} | shim vs direct | ${f(s.p50 - d.p50, 3)} | ${f(s.p99 - d.p99, 3)} | ${sr.p99 - dr.p99} | ${f(sr.rps / dr.rps)} |`);
    lines.push(`| ${route} | shim vs pass-through | ${f(s.p50 - pt.p50, 3)} | ${f(s.p99 - pt.p99, 3)} | ${sr.p99 - pr.p99} | **${f(sr.rps / pr.rps)}** |`);
    const added1 = s.p99 - d.p99;
    const addedC = sr.p99 - dr.p99;
    const ratio = sr.rps / pr.rps;
    const cpuRatio = pr.proxyCpuUs / sr.proxyCpuUs;
    lines.push(`| ${route} | proxy CPU per request: pass-through ÷ shim (the req/s ratio a CPU-bound proxy would reach) | | | | ${f(cpuRatio)} |`);
    verdicts.push(
      `${verdict(added1 < TARGET_ADDED_P99_MS)} ${route}: added p99 vs direct at c=1 (hi-res probe) ${f(added1, 3)} ms (target < ${TARGET_ADDED_P99_MS} ms; the bare pass-through hop: ${f(pt.p99 - d.p99, 3)} ms)`,
      `${verdict(addedC < TARGET_ADDED_P99_MS)} ${route}: added p99 vs direct at c=${c} (autocannon, 1 ms steps, includes queueing) ${addedC} ms (target < ${TARGET_ADDED_P99_MS} ms; the bare pass-through hop: ${pr.p99 - dr.p99} ms)`,
      `${verdict(ratio >= TARGET_RPS_RATIO)} ${route}: shim req/s ${f(ratio * 100, 0)} % of the pass-through's at c=${c} (target ≥ ${TARGET_RPS_RATIO * 100} %)`,
    );
  }
  verdicts.push('(a p99 difference is only meaningful when the bare pass-through hop itself stays well under the target: otherwise it measures',
    'the machine\'s scheduling noise, and a negative or tiny value is no better evidence than a large one)');
  const replay = row('shim', 'replay');
  if (replay) lines.push('', `replay (a caller's retry answered from the store, no upstream call): ${Math.round(replay.rps)} req/s, p99 ${replay.p99} ms`);
  return { text: lines.join('\n'), verdicts };
}
