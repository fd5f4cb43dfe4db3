// Durable delivery of relayed legacy callbacks: items live in the store's outbox (so a restart loses nothing),
// are leased (several instances never deliver one item at once), POSTed form-encoded with a dedicated Agent
// that carries no credentials, retried with exponential backoff, and given up ("dead") after maxAttempts.
// SSRF guard: the target's *resolved* address is checked at connect time (covers DNS rebinding); loopback,
// private, link-local and metadata ranges are refused unless allowPrivateTargets is set.
import dns from 'node:dns';
import net from 'node:net';
import { Agent, request, type Dispatcher } from 'undici';
import { silentLogger, type Logger } from './logger.js';
import type { Metrics } from './metrics.js';
import type { Store } from './store/types.js';

export interface OutboxOptions {
  store: Store;
  logger?: Logger;
  metrics?: Metrics;
  /** Origin rewrites, e.g. {"https://merchant.example": "http://127.0.0.1:9000"}. */
  rewrite?: Record<string, string>;
  allowPrivateTargets?: boolean;
  pollIntervalMs?: number;
  maxAttempts?: number;
  /** Base backoff (default 1 s, doubled per attempt, capped at 10 min). */
  backoffMs?: number;
  timeoutMs?: number;
  userAgent?: string;
}

const blocked = new net.BlockList();
for (const [net4, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4]] as const) blocked.addSubnet(net4, prefix, 'ipv4');
for (const [net6, prefix] of [['::1', 128], ['::', 128], ['fc00::', 7], ['fe80::', 10]] as const) blocked.addSubnet(net6, prefix, 'ipv6');

export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return blocked.check(mapped[1], 'ipv4');
  return blocked.check(address, net.isIPv6(address) ? 'ipv6' : 'ipv4');
}

type LookupCb = (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

function guardedLookup(hostname: string, options: dns.LookupOptions, cb: LookupCb): void {
  dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return cb(err, '');
    const list = addresses as dns.LookupAddress[];
    const bad = list.find((a) => isPrivateAddress(a.address));
    if (bad) return cb(Object.assign(new Error('callback target resolves to a private address'), { code: 'ESHIMPRIVATE' }), '');
    if (options.all) return cb(null, list);
    cb(null, list[0].address, list[0].family);
  });
}

export class OutboxWorker {
  private readonly agent: Dispatcher;
  private readonly log: Logger;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(private readonly opts: OutboxOptions) {
    this.log = opts.logger ?? silentLogger;
    this.agent = new Agent({
      connections: 8,
      headersTimeout: opts.timeoutMs ?? 5000,
      bodyTimeout: opts.timeoutMs ?? 5000,
      connect: { timeout: 3000, ...(opts.allowPrivateTargets ? {} : { lookup: guardedLookup as unknown as typeof dns.lookup }) },
    });
  }

  start(): void {
    this.stopped = false;
    const tick = () => {
      this.kick();
      this.timer = setTimeout(tick, this.opts.pollIntervalMs ?? 1000);
      this.timer.unref();
    };
    tick();
  }

  /** Deliver what is due now (coalesces concurrent kicks). */
  kick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.drainOnce().catch((err) => this.log.error('outbox.drain_failed', { err }));
      } while (this.again && !this.stopped);
    })().finally(() => (this.running = undefined));
    return this.running;
  }

  async drainOnce(): Promise<number> {
    const items = await this.opts.store.leaseOutbox(Date.now(), 20, 30_000);
    await Promise.all(items.map((item) => this.deliver(item.id, item.targetUrl, item.body, item.attempts)));
    return items.length;
  }

  private target(url: string): string {
    const u = new URL(url);
    const to = this.opts.rewrite?.[u.origin];
    return to ? `${to.replace(/\/+$/, '')}${u.pathname}${u.search}` : url;
  }

  private async deliver(id: number, targetUrl: string, body: string, attempts: number): Promise<void> {
    let error: string;
    try {
      const res = await request(this.target(targetUrl), {
        method: 'POST',
        dispatcher: this.agent,
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': this.opts.userAgent ?? 'netverify-migrate-shim callback relay' },
        body,
      });
      await res.body.dump();
      if (res.statusCode >= 200 && res.statusCode < 300) {
        await this.opts.store.markOutboxSent(id);
        this.opts.metrics?.inc('shim_callbacks_delivered_total', 'Legacy callbacks delivered');
        this.log.info('outbox.delivered', { id, status: res.statusCode, target: new URL(targetUrl).origin });
        return;
      }
      error = `HTTP ${res.statusCode}`;
    } catch (err) {
      error = String((err as { code?: string }).code ?? (err as Error).name);
    }
    const max = this.opts.maxAttempts ?? 8;
    const dead = attempts + 1 >= max;
    const delay = Math.min((this.opts.backoffMs ?? 1000) * 2 ** attempts, 600_000);
    await this.opts.store.markOutboxFailed(id, error, Date.now() + delay, dead);
    this.opts.metrics?.inc('shim_callbacks_failed_total', 'Legacy callback delivery failures', { dead: String(dead) });
    this.log.warn('outbox.delivery_failed', { id, error, attempt: attempts + 1, dead, target: new URL(targetUrl).origin });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    await this.agent.close();
  }
}
