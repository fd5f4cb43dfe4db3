// Fault registry: faults are matched per route in injection order and consumed after `times` matches.
import type { Fault, RouteId } from './types.js';

interface Armed {
  fault: Fault;
  remaining: number;
}

const KINDS = new Set(['latency', 'status', 'rate-limit', 'reset', 'token-expiry']);

/** Validate a fault coming from the control API or a caller; returns an error message or null. */
export function faultError(f: unknown): string | null {
  if (typeof f !== 'object' || f === null) return 'fault must be an object';
  const x = f as Record<string, unknown>;
  if (typeof x.kind !== 'string' || !KINDS.has(x.kind)) return `kind must be one of ${[...KINDS].join(', ')}`;
  if (x.times !== undefined && !(typeof x.times === 'number' && Number.isInteger(x.times) && x.times > 0)) {
    return 'times must be a positive integer';
  }
  if (x.when !== undefined && x.when !== 'before' && x.when !== 'after') return "when must be 'before' or 'after'";
  if (x.route !== undefined && typeof x.route !== 'string') return 'route must be a route id or *';
  if (x.kind === 'latency' && !(typeof x.ms === 'number' && x.ms >= 0)) return 'latency needs ms >= 0';
  if (x.kind === 'status' && !(typeof x.status === 'number' && x.status >= 400 && x.status <= 599)) {
    return 'status needs a status between 400 and 599';
  }
  if (x.kind === 'rate-limit' && typeof x.retryAfter !== 'number' && typeof x.retryAfter !== 'string') {
    return 'rate-limit needs retryAfter (seconds or an HTTP-date)';
  }
  return null;
}

export class FaultRegistry {
  private armed: Armed[] = [];

  add(f: Fault): void {
    const err = faultError(f);
    if (err) throw new TypeError(`invalid fault: ${err}`);
    this.armed.push({ fault: { ...f }, remaining: f.times ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.armed = [];
  }

  list(): Fault[] {
    return this.armed.map((a) => ({ ...a.fault, ...(Number.isFinite(a.remaining) ? { times: a.remaining } : {}) }));
  }

  /** Take the first fault matching this route and phase (decrementing its count). */
  take(route: RouteId, phase: 'before' | 'after'): Fault | undefined {
    for (let i = 0; i < this.armed.length; i++) {
      const a = this.armed[i];
      const f = a.fault;
      const r = f.route ?? '*';
      if (r !== '*' && r !== route) continue;
      const when = f.kind === 'token-expiry' ? 'before' : (f.when ?? 'before');
      if (when !== phase) continue;
      a.remaining -= 1;
      if (a.remaining <= 0) this.armed.splice(i, 1);
      return f;
    }
    return undefined;
  }
}
