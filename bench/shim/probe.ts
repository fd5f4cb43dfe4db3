// High-resolution sequential latency probe (c=1): autocannon records latency in whole milliseconds, too coarse for
// a sub-millisecond hop, so the added latency is also measured here with performance.now() over keep-alive.
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

export async function probeTimes(target: ProbeTarget, durationMs: number): Promise<{ times: number[]; errors: number }> {
  const pool = new Pool(target.origin, { connections: 1 });
  const times: number[] = [];
  let errors = 0;
  const end = performance.now() + durationMs;
  const warmEnd = performance.now() + Math.min(500, durationMs / 5);
  try {
    while (performance.now() < end) {
      const started = performance.now();
      const res = await pool.request({ path: target.path, method: target.method, headers: target.headers, body: target.body?.() });
      await res.body.dump();
      const took = performance.now() - started;
      if (res.statusCode >= 300) errors++;
      if (started >= warmEnd) times.push(took);
    }
  } finally {
    await pool.close();
  }
  return { times, errors };
}

export function summarize(all: number[], errors: number): ProbeResult {
  const times = [...all].sort((a, b) => a - b);
  return { count: times.length, p50: pct(times, 50), p99: pct(times, 99), mean: times.reduce((a, b) => a + b, 0) / Math.max(1, times.length), errors };
}
