// Mode (b): an undici 7 interceptor for `Agent#compose`. Requests to a legacy Netverify API host
// (netverify.com, lon.netverify.com, core-sgp.jumio.com) on a legacy route are answered in process by the
// adapter (short-circuit, as undici's cache interceptor does in sendCachedValue); every other request goes
// down the chain untouched. Upstream calls use the adapter's own Agent, never the global dispatcher, so
// `setGlobalDispatcher(new Agent().compose(interceptor))` cannot loop back into the shim.
import type { Dispatcher } from 'undici';
import { classifyLegacyHost } from '../api/index.js';
import { createLegacyAdapter, type LegacyAdapter, type LegacyAdapterOptions } from './adapter.js';
import { LegacyApiError } from './errors.js';
import { IDEMPOTENCY_HEADER } from './idempotency.js';
import { errorAnswer, matchLegacyRoute, answerLegacyRoute, MAX_BODY_BYTES, type LegacyAnswer } from './legacy-routes.js';
import type { OAuthClient } from './token-manager.js';

export interface LegacyInterceptorOptions {
  /** An adapter to use, or the options to create one. */
  adapter: LegacyAdapter | LegacyAdapterOptions;
  /** Map a legacy API token (the Basic user name the legacy code sends) to its OAuth2 client; default: the adapter's. */
  clientsByApiToken?: Record<string, OAuthClient>;
}

type AnyHeaders = Dispatcher.DispatchOptions['headers'];

/** Normalise undici's header shapes (object, flat array, iterable of pairs) into lower-case name → value. */
export function normaliseHeaders(headers: AnyHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  if (Array.isArray(headers)) {
    for (let i = 0; i + 1 < headers.length; i += 2) out[String(headers[i]).toLowerCase()] = String(headers[i + 1]);
    return out;
  }
  if (typeof (headers as Iterable<unknown>)[Symbol.iterator] === 'function') {
    for (const pair of headers as Iterable<[string, string | string[]]>) out[String(pair[0]).toLowerCase()] = String(pair[1]);
    return out;
  }
  for (const [k, v] of Object.entries(headers as Record<string, unknown>)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
  return out;
}

/** Buffer a dispatch body (string, Buffer, Uint8Array, Readable, async iterable — Node's fetch sends the last) with a cap. */
export async function readDispatchBody(body: unknown, cap = MAX_BODY_BYTES): Promise<Buffer> {
  if (body === null || body === undefined) return Buffer.alloc(0);
  if (typeof body === 'string') return Buffer.from(body);
  if (body instanceof Uint8Array) return Buffer.from(body);
  if (typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function' || typeof (body as Iterable<unknown>)[Symbol.iterator] === 'function') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of body as AsyncIterable<unknown>) {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
      size += b.length;
      if (size > cap) throw new LegacyApiError(413, `the request body exceeds ${cap} bytes`, { field: 'body' });
      chunks.push(b);
    }
    return Buffer.concat(chunks);
  }
  throw new LegacyApiError(400, 'unsupported request body type', { field: 'body' });
}

function basicUser(authorization: string | undefined): string | undefined {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization ?? '');
  if (!m) return undefined;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  return i < 0 ? undefined : decodeURIComponent(decoded.slice(0, i));
}

/** Drive a new-API handler with a complete in-memory answer. */
function respond(handler: Dispatcher.DispatchHandler, answer: LegacyAnswer, method: string): void {
  let aborted = false;
  let reason: Error | null = null;
  const controller = {
    abort(r?: Error) {
      aborted = true;
      reason = r ?? new Error('aborted');
    },
    pause() {},
    resume() {},
    get paused() {
      return false;
    },
    get aborted() {
      return aborted;
    },
    get reason() {
      return reason;
    },
  };
  try {
    handler.onRequestStart?.(controller as unknown as Dispatcher.DispatchController, {});
    if (aborted) return void handler.onResponseError?.(controller as unknown as Dispatcher.DispatchController, reason ?? new Error('aborted'));
    handler.onResponseStart?.(controller as unknown as Dispatcher.DispatchController, answer.status, answer.headers, answer.status === 200 ? 'OK' : '');
    if (method !== 'HEAD' && answer.body.length > 0 && !aborted) handler.onResponseData?.(controller as unknown as Dispatcher.DispatchController, Buffer.from(answer.body));
    if (aborted) return void handler.onResponseError?.(controller as unknown as Dispatcher.DispatchController, reason ?? new Error('aborted'));
    handler.onResponseEnd?.(controller as unknown as Dispatcher.DispatchController, {});
  } catch (err) {
    handler.onResponseError?.(controller as unknown as Dispatcher.DispatchController, err as Error);
  }
}

export function legacyNetverifyInterceptor(options: LegacyInterceptorOptions): Dispatcher.DispatcherComposeInterceptor {
  const adapter: LegacyAdapter = 'initiateAuthentication' in options.adapter ? options.adapter : createLegacyAdapter(options.adapter);
  return (dispatch) => (opts, handler) => {
    const origin = typeof opts.origin === 'string' ? opts.origin : opts.origin?.toString();
    let hostname: string | undefined;
    try {
      hostname = origin ? new URL(origin).hostname : undefined;
    } catch {
      hostname = undefined;
    }
    const host = hostname ? classifyLegacyHost(hostname) : undefined;
    const match = host?.kind === 'api' ? matchLegacyRoute(opts.method, opts.path) : undefined;
    if (!match) return dispatch(opts, handler);

    const headers = normaliseHeaders(opts.headers);
    const apiToken = basicUser(headers.authorization);
    const client = apiToken ? options.clientsByApiToken?.[apiToken] : undefined;
    void (async () => {
      let answer: LegacyAnswer;
      try {
        const body = match.route === 'auth-retrieval' ? undefined : await readDispatchBody(opts.body);
        answer = await answerLegacyRoute(adapter, match, body, {
          caller: apiToken ? `basic:${apiToken}` : 'in-process',
          idempotencyKey: headers[IDEMPOTENCY_HEADER],
          client,
        });
      } catch (err) {
        answer = errorAnswer(err);
      }
      respond(handler, answer, opts.method);
    })();
    return true;
  };
}
