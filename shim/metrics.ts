// A tiny Prometheus text-format registry (counters and histograms with labels); no dependency needed.

type Labels = Record<string, string | number>;

// Formatted label sets by their raw spelling: the few label combinations repeat on every request, and sorting +
// escaping them each time showed up in the proxy's profile.
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_MAX = 4096;

function labelKey(labels: Labels): string {
  let raw = '';
  for (const k in labels) raw += `${k}\u0000${String(labels[k])}\u0001`;
  const hit = KEY_CACHE.get(raw);
  if (hit !== undefined) return hit;
  const key = formatLabels(labels);
  if (KEY_CACHE.size < KEY_CACHE_MAX) KEY_CACHE.set(raw, key);
  return key;
}

function formatLabels(labels: Labels): string {
  const entries = Object.entries(labels).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return '';
  return `{${entries.map(([k, v]) => `${k}="${String(v).replace(/["\\\n]/g, '_')}"`).join(',')}}`;
}

const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export class Metrics {
  private readonly counters = new Map<string, { help: string; values: Map<string, number> }>();
  private readonly histograms = new Map<string, { help: string; values: Map<string, { buckets: number[]; sum: number; count: number; labels: Labels }> }>();
  private readonly gauges = new Map<string, { help: string; read: () => number | Promise<number> }>();

  inc(name: string, help: string, labels: Labels = {}, by = 1): void {
    let c = this.counters.get(name);
    if (!c) this.counters.set(name, (c = { help, values: new Map() }));
    const k = labelKey(labels);
    c.values.set(k, (c.values.get(k) ?? 0) + by);
  }

  observe(name: string, help: string, seconds: number, labels: Labels = {}): void {
    let h = this.histograms.get(name);
    if (!h) this.histograms.set(name, (h = { help, values: new Map() }));
    const k = labelKey(labels);
    let v = h.values.get(k);
    if (!v) h.values.set(k, (v = { buckets: BUCKETS.map(() => 0), sum: 0, count: 0, labels }));
    BUCKETS.forEach((b, i) => {
      if (seconds <= b) v!.buckets[i]++;
    });
    v.sum += seconds;
    v.count++;
  }

  gauge(name: string, help: string, read: () => number | Promise<number>): void {
    this.gauges.set(name, { help, read });
  }

  counterValue(name: string, labels: Labels = {}): number {
    return this.counters.get(name)?.values.get(labelKey(labels)) ?? 0;
  }

  async render(): Promise<string> {
    const lines: string[] = [];
    for (const [name, c] of this.counters) {
      lines.push(`# HELP ${name} ${c.help}`, `# TYPE ${name} counter`);
      for (const [k, v] of c.values) lines.push(`${name}${k} ${v}`);
    }
    for (const [name, h] of this.histograms) {
      lines.push(`# HELP ${name} ${h.help}`, `# TYPE ${name} histogram`);
      for (const v of h.values.values()) {
        BUCKETS.forEach((b, i) => lines.push(`${name}_bucket${labelKey({ ...v.labels, le: b })} ${v.buckets[i]}`));
        lines.push(`${name}_bucket${labelKey({ ...v.labels, le: '+Inf' })} ${v.count}`);
        lines.push(`${name}_sum${labelKey(v.labels)} ${v.sum}`, `${name}_count${labelKey(v.labels)} ${v.count}`);
      }
    }
    for (const [name, g] of this.gauges) {
      let value: number;
      try {
        value = await g.read();
      } catch {
        continue;
      }
      lines.push(`# HELP ${name} ${g.help}`, `# TYPE ${name} gauge`, `${name} ${value}`);
    }
    return `${lines.join('\n')}\n`;
  }
}
