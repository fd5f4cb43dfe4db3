// High-resolution sequential latency probe (c=1): autocannon records latency in whole milliseconds, too coarse for
// a sub-millisecond hop, so the added latency is also measured here with performance.now() over keep-alive.
// The paths are interleaved request by request (direct, pass-through, shim, direct, …, the starting path rotating
// every cycle): on a shared 2-vCPU machine a scheduling stall lasts milliseconds to seconds, and with one path
// probed after another a stall lands on whichever path ran then, so a p99 *difference* measured the stall, not the hop.
import { Pool } from 'undici';

export interface ProbeTarget {
  origin: string;
  path: string;
  method: 'GET' | 'POST' | 'PUT';
  headers: Record<string, string>;
  /** A fresh body per request (initiates must not be identical, or the shim answers them from its store). */
  body?: () => string;
}

export interface ProbeResult {
  count: number;
  p50: number;
  p99: number;
  mean: number;
  errors: number;
}

const pct = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** One request per path per cycle, each path on its own keep-alive connection, for `durationMs` in all; the first
 * `warmUpMs` are not recorded. */
export async function probeInterleaved(targets: readonly ProbeTarget[], durationMs: number, warmUpMs: number):
  Promise<{ times: number[]; errors: number }[]> {
  const pools = targets.map((t) => new Pool(t.origin, { connections: 1 }));
  const out = targets.map(() => ({ times: [] as number[], errors: 0 }));
  const begin = performance.now();
  try {
    for (let cycle = 0; performance.now() - begin < durationMs; cycle++) {
      for (let k = 0; k < targets.length; k++) {
        const i = (cycle + k) % targets.length;
        const t = targets[i];
        const started = performance.now();
        const res = await pools[i].request({ path: t.path, method: t.method, headers: t.headers, body: t.body?.() });
        await res.body.dump();
        const took = performance.now() - started;
        if (res.statusCode >= 300) out[i].errors++;
        if (started - begin >= warmUpMs) out[i].times.push(took);
      }
    }
  } finally {
    await Promise.all(pools.map((p) => p.close()));
  }
  return out;
}

export function summarize(all: number[], errors: number): ProbeResult {
  const times = [...all].sort((a, b) => a - b);
  return { count: times.length, p50: pct(times, 50), p99: pct(times, 99), mean: times.reduce((a, b) => a + b, 0) / Math.max(1, times.length), errors };
}
