// Mode (c): the legacy-compatible HTTP proxy (node:http). Secure by default: binds 127.0.0.1, answers only the
// legacy routes of DESIGN.md, authenticates callers by their legacy Basic credentials before anything goes
// upstream, accepts JSON bodies only (415) up to 64 KiB (413), sets server timeouts, drains gracefully.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatcher } from 'undici';
import { createLegacyAdapter, type LegacyAdapter } from '../adapter.js';
import { relayKyxCallback } from '../callback-relay.js';
import { CallerAuthenticator } from '../caller-auth.js';
import type { ShimConfig } from '../config.js';
import { LegacyApiError } from '../errors.js';
import { IDEMPOTENCY_HEADER } from '../idempotency.js';
import { answerLegacyRoute, errorAnswer, jsonAnswer, matchLegacyRoute, MAX_BODY_BYTES, parseJsonBody, type LegacyAnswer, type RouteMatch } from '../legacy-routes.js';
import { createLogger, type Logger } from '../logger.js';
import { Metrics } from '../metrics.js';
import { OutboxWorker, type OutboxOptions } from '../outbox.js';
import type { Store } from '../store/types.js';
import { readBody, requireJson } from './body.js';

export const CALLBACK_PATH = '/callbacks/kyx';

export interface ShimProxyOptions {
  config: ShimConfig;
  store: Store;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0 (pick one). */
  port?: number;
  logger?: Logger;
  outbox?: Partial<Omit<OutboxOptions, 'store'>>;
  server?: { headersTimeoutMs?: number; requestTimeoutMs?: number; keepAliveTimeoutMs?: number };
  /** Bulkhead: legacy-route requests in flight beyond this get 503 + Retry-After (undici queues without limit). Default 256. */
  maxInflight?: number;
  /** A dispatcher for KYX calls instead of the shim's own Agent (custom TLS, tests). Never the global one. */
  kyxDispatcher?: Dispatcher;
}

export interface ShimProxy {
  url: string;
  port: number;
  server: Server;
  adapter: LegacyAdapter;
  outbox: OutboxWorker;
  metrics: Metrics;
  /** Stop accepting, let in-flight requests finish within graceMs, then close everything but the store. */
  close(graceMs?: number): Promise<void>;
}

function send(res: ServerResponse, answer: LegacyAnswer, closeConnection = false): void {
  if (res.headersSent) return;
  res.writeHead(answer.status, { ...answer.headers, ...(closeConnection ? { connection: 'close' } : {}) });
  res.end(answer.body);
}

export async function startShimProxy(opts: ShimProxyOptions): Promise<ShimProxy> {
  const { config, store } = opts;
  const log = opts.logger ?? createLogger({ level: config.logLevel });
  const metrics = new Metrics();
  const host = opts.host ?? '127.0.0.1';
  const callers = new CallerAuthenticator(config.callers);
  const adapter = createLegacyAdapter({
    store,
    client: config.callbackClient,
    region: config.region,
    endpoints: config.endpoints,
    userAgent: config.userAgent,
    workflow: config.workflow,
    callbackRelayUrl: config.publicUrl ? `${config.publicUrl}${CALLBACK_PATH}` : undefined,
    idempotency: config.idempotency,
    kyxClient: {
      connectTimeoutMs: config.timeouts.connectMs,
      headersTimeoutMs: config.timeouts.headersMs,
      bodyTimeoutMs: config.timeouts.bodyMs,
      deadlineMs: config.timeouts.deadlineMs,
      connections: config.upstreamConnections,
      dispatcher: opts.kyxDispatcher,
    },
    logger: log,
    metrics,
  });
  const outbox = new OutboxWorker({
    store,
    logger: log,
    metrics,
    rewrite: config.callbackRewrite,
    allowPrivateTargets: config.allowPrivateCallbackTargets,
    ...opts.outbox,
  });
  metrics.gauge('shim_outbox_pending', 'Legacy callbacks waiting for delivery', () => store.countOutbox('pending'));
  metrics.gauge('shim_outbox_dead', 'Legacy callbacks given up', () => store.countOutbox('dead'));

  let closing = false;
  let inflight = 0;
  let legacyInflight = 0;
  let drained: (() => void) | undefined;

  async function route(req: IncomingMessage, res: ServerResponse): Promise<string> {
    const url = req.url ?? '/';
    if (!url.startsWith('/')) {
      send(res, jsonAnswer(400, new LegacyApiError(400, 'absolute-form request targets are not accepted').body), true);
      return 'rejected';
    }
    const path = url.split('?')[0];
    const method = req.method ?? 'GET';
    if (path === '/healthz' && method === 'GET') {
      // Ready only while the store answers (a cheap indexed read).
      const ok = await store.getEnrollment('__shim_healthz__').then(() => true, () => false);
      send(res, jsonAnswer(ok ? 200 : 503, { status: ok ? 'ok' : 'store unavailable', store: store.kind }));
      return 'healthz';
    }
    if (path === '/metrics' && method === 'GET') {
      const text = await metrics.render();
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8', 'content-length': Buffer.byteLength(text) });
      res.end(text);
      return 'metrics';
    }
    if (path === CALLBACK_PATH && method === 'POST') {
      try {
        requireJson(req);
        const body = parseJsonBody(await readBody(req, MAX_BODY_BYTES));
        send(res, await relayKyxCallback({ adapter, store, outbox, client: config.callbackClient, log }, body));
      } catch (err) {
        send(res, errorAnswer(err), true);
      }
      return 'callback';
    }
    const match = matchLegacyRoute(method, path);
    if (!match) {
      send(res, jsonAnswer(404, new LegacyApiError(404, `no legacy route ${method} ${path}`).body));
      return 'unknown';
    }
    if (legacyInflight >= (opts.maxInflight ?? config.maxInflight ?? 256)) {
      send(res, jsonAnswer(503, new LegacyApiError(503, 'the shim is at capacity; retry shortly').body, { 'retry-after': '1' }), true);
      req.resume();
      return 'shed';
    }
    legacyInflight++;
    try {
      return await legacyRoute(req, res, match);
    } finally {
      legacyInflight--;
    }
  }

  async function legacyRoute(req: IncomingMessage, res: ServerResponse, match: RouteMatch): Promise<string> {
    // No valid caller credentials: 401, and nothing goes upstream.
    const caller = callers.authenticate(req.headers.authorization);
    if (!caller) {
      const answer = jsonAnswer(401, new LegacyApiError(401, 'valid legacy Basic credentials (API token and secret) are required').body, {
        'www-authenticate': 'Basic realm="netverify-migrate shim", charset="UTF-8"',
      });
      send(res, answer);
      req.resume();
      return match.route;
    }
    let body: Buffer | undefined;
    if (match.route !== 'auth-retrieval') {
      try {
        requireJson(req);
        body = await readBody(req, MAX_BODY_BYTES);
      } catch (err) {
        send(res, errorAnswer(err), true);
        return match.route;
      }
    }
    const idem = req.headers[IDEMPOTENCY_HEADER];
    const answer = await answerLegacyRoute(adapter, match, body, {
      caller: `basic:${caller.name}`,
      idempotencyKey: typeof idem === 'string' && idem.length > 0 && idem.length <= 255 ? idem : undefined,
      client: caller.client,
    });
    send(res, answer);
    (res as ServerResponse & { callerName?: string }).callerName = caller.name;
    return match.route;
  }

  const server = createServer((req, res) => {
    const started = performance.now();
    if (closing) {
      send(res, jsonAnswer(503, new LegacyApiError(503, 'the shim is shutting down').body, { 'retry-after': '1' }), true);
      req.resume();
      return;
    }
    inflight++;
    route(req, res)
      .catch((err: unknown) => {
        log.error('proxy.internal_error', { err });
        send(res, errorAnswer(err), true);
        return 'error';
      })
      .then((name) => {
        const seconds = (performance.now() - started) / 1000;
        metrics.inc('shim_http_requests_total', 'Requests served by the shim proxy', { route: name, status: res.statusCode });
        metrics.observe('shim_http_request_duration_seconds', 'Shim proxy request duration', seconds, { route: name });
        if (name !== 'healthz' && name !== 'metrics')
          log.info('proxy.request', { method: req.method, route: name, path: (req.url ?? '').split('?')[0], status: res.statusCode,
            ms: Math.round(seconds * 10000) / 10, caller: (res as ServerResponse & { callerName?: string }).callerName });
      })
      .finally(() => {
        inflight--;
        if (inflight === 0) drained?.();
      });
  });
  server.headersTimeout = opts.server?.headersTimeoutMs ?? 15_000;
  server.requestTimeout = opts.server?.requestTimeoutMs ?? 30_000;
  // Longer than common load-balancer idle timeouts (60 s), so the LB never reuses a socket the shim just closed.
  server.keepAliveTimeout = opts.server?.keepAliveTimeoutMs ?? 65_000;
  server.on('connect', (_req, socket) => socket.destroy()); // no CONNECT tunnelling: not an open relay
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  outbox.start();
  const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  log.info('proxy.listening', { host, port, region: config.region, store: store.kind, callbackRelay: Boolean(config.publicUrl) });

  let closed: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    server,
    adapter,
    outbox,
    metrics,
    close(graceMs = 10_000) {
      closed ??= (async () => {
        closing = true;
        const stopped = new Promise<void>((r) => server.close(() => r()));
        server.closeIdleConnections();
        if (inflight > 0) {
          await Promise.race([new Promise<void>((r) => (drained = r)), new Promise<void>((r) => setTimeout(r, graceMs).unref())]);
        }
        server.closeAllConnections();
        await stopped;
        await outbox.stop();
        await adapter.close();
        log.info('proxy.stopped', {});
      })();
      return closed;
    },
  };
}
