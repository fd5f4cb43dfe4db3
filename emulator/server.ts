// The HTTP front: routes a request, applies faults before/after the handler, writes the answer, journals it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Ctx, Route, Settings } from './context.js';
import { matchRoute } from './context.js';
import type { FaultRegistry } from './faults.js';
import { BodyTooLarge, errorReply, readBody, type ParsedBody, type Reply } from './http-util.js';
import { pathOnly, type Journal } from './journal.js';
import type { TokenStore } from './tokens.js';
import type { Fault, FaultKind } from './types.js';

export const CONTROL_PREFIX = '/__control';

export interface Dispatcher {
  routes: Route[];
  settings: Settings;
  faults: FaultRegistry;
  journal: Journal;
  tokens: TokenStore;
  control(req: IncomingMessage, res: ServerResponse, body: ParsedBody, path: string): Promise<void>;
}

export function writeReply(res: ServerResponse, r: Reply): void {
  const headers: Record<string, string> = { ...r.headers };
  let payload: string | Buffer | undefined;
  if (r.body !== undefined) {
    if (typeof r.body === 'string' || Buffer.isBuffer(r.body)) payload = r.body;
    else {
      payload = JSON.stringify(r.body);
      headers['content-type'] ??= 'application/json; charset=utf-8';
    }
    headers['content-length'] = String(Buffer.byteLength(payload));
  }
  res.writeHead(r.status, headers);
  res.end(payload);
}

function faultReply(f: Fault): Reply {
  if (f.kind === 'rate-limit') {
    return { ...errorReply(429, 'too many requests (injected fault)'), headers: { 'retry-after': String(f.retryAfter) } };
  }
  if (f.kind === 'status') {
    const r = errorReply(f.status, `injected fault: HTTP ${f.status}`);
    return f.retryAfter !== undefined ? { ...r, headers: { 'retry-after': String(f.retryAfter) } } : r;
  }
  throw new Error(`not a reply fault: ${f.kind}`);
}

function reset(req: IncomingMessage): void {
  // RST instead of FIN, like WireMock's CONNECTION_RESET_BY_PEER.
  req.socket.resetAndDestroy();
}

export async function handle(d: Dispatcher, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const time = d.settings.clock.iso();
  const method = req.method ?? 'GET';
  const path = pathOnly(req.url);
  let body: ParsedBody;
  try {
    body = await readBody(req);
  } catch (err) {
    if (err instanceof BodyTooLarge) {
      writeReply(res, errorReply(413, 'request body too large'));
      req.socket.destroySoon?.();
      return;
    }
    throw err;
  }
  if (path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`)) return d.control(req, res, body, path);

  const journal = (route: Route['id'] | null, status: number, fault?: FaultKind) =>
    d.journal.record({ route, method, url: req.url, headers: req.headers, body: body.value, status, fault, time });

  const m = matchRoute(d.routes, method, path);
  if (!('route' in m)) {
    const r = m.methodMismatch ? errorReply(405, `${method} is not allowed here`) : errorReply(404, 'no such route');
    writeReply(res, r);
    journal(null, r.status);
    return;
  }
  const { route, params } = m;
  let applied: FaultKind | undefined;

  const before = d.faults.take(route.id, 'before');
  if (before) {
    applied = before.kind;
    if (before.kind === 'reset') {
      journal(route.id, 0, 'reset');
      return reset(req);
    }
    if (before.kind === 'status' || before.kind === 'rate-limit') {
      const r = faultReply(before);
      writeReply(res, r);
      journal(route.id, r.status, before.kind);
      return;
    }
    if (before.kind === 'latency') await sleep(before.ms);
    if (before.kind === 'token-expiry') d.tokens.invalidateAll();
  }

  if (d.settings.requireUserAgent && !req.headers['user-agent'] && route.id !== 'webClient' && route.id !== 'webClientReport') {
    const r = errorReply(403, 'a User-Agent header naming your business is required');
    writeReply(res, r);
    journal(route.id, r.status, applied);
    return;
  }
  const url = new URL(req.url ?? '/', d.settings.origin);
  const ctx: Ctx = { req, url, body, params, settings: d.settings };
  let reply: Reply;
  try {
    reply = await route.handler(ctx);
  } catch (err) {
    reply = errorReply(500, `emulator error: ${err instanceof Error ? err.message : String(err)}`);
  }

  const after = d.faults.take(route.id, 'after');
  if (after) {
    applied = after.kind;
    if (after.kind === 'reset') {
      journal(route.id, 0, 'reset');
      return reset(req);
    }
    if (after.kind === 'status' || after.kind === 'rate-limit') reply = faultReply(after);
    if (after.kind === 'latency') await sleep(after.ms);
  }
  if (res.destroyed) return;
  writeReply(res, reply);
  journal(route.id, reply.status, applied);
}
