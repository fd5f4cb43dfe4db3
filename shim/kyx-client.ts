// The KYX client: undici.request over a dedicated Agent (never the global dispatcher, which the interceptor may
// have replaced), bounded connections, connect/headers/body timeouts per attempt, and a deadline that bounds retries.
// THE PUT IS NOT IDEMPOTENT (each PUT starts a new workflow execution), so no call is ever re-sent once it may
// have reached the server: only connect failures (nothing left the machine) and 429 with a Retry-After that fits
// the deadline are retried, plus exactly one replay after a 401 (the server refused it, so it did nothing).
import { randomInt } from 'node:crypto';
import { Agent, type Dispatcher } from 'undici';
import {
  kyxAccountPath,
  kyxOrigin,
  kyxTokenUrl,
  kyxWorkflowExecutionPath,
  KYX_ACCOUNTS_PATH,
  type KyxAccountRequest,
  type KyxAccountResponse,
  type KyxRegion,
  type KyxWorkflowDetails,
} from '../api/index.js';
import { silentLogger, type Logger } from './logger.js';
import type { Metrics } from './metrics.js';
import { sleep, TokenManager, type OAuthClient } from './token-manager.js';

/** Where the KYX services are. Defaults come from api/ per region; tests point all three at the emulator. */
export interface KyxEndpoints {
  tokenUrl: string;
  accountOrigin: string;
  retrievalOrigin: string;
}

export function kyxEndpointsFor(region: KyxRegion): KyxEndpoints {
  return { tokenUrl: kyxTokenUrl(region), accountOrigin: kyxOrigin('account', region), retrievalOrigin: kyxOrigin('retrieval', region) };
}

/** One origin serving every KYX route (the emulator). */
export function singleOriginEndpoints(origin: string): KyxEndpoints {
  const o = origin.replace(/\/+$/, '');
  return { tokenUrl: `${o}/oauth2/token`, accountOrigin: o, retrievalOrigin: o };
}

export interface KyxClientOptions {
  endpoints: KyxEndpoints;
  /** `User-Agent` for every KYX call; the vendor requires it to name the business. */
  userAgent: string;
  logger?: Logger;
  metrics?: Metrics;
  /** Upstream sockets per origin (default 32). */
  connections?: number;
  connectTimeoutMs?: number;
  headersTimeoutMs?: number;
  bodyTimeoutMs?: number;
  /** Budget for retries of one call (default 15 s): no retry starts, and no Retry-After is waited out, past it. */
  deadlineMs?: number;
  /** Connect-failure retries (default 2). */
  connectRetries?: number;
  /** 429 retries honouring Retry-After (default 2). */
  rateLimitRetries?: number;
  /** Use this dispatcher instead of creating an Agent (it must not be the global one). */
  dispatcher?: Dispatcher;
}

/** The outcome of a KYX call that did not return 2xx. `maybeProcessed` = the upstream may have acted on it. */
export class KyxCallError extends Error {
  constructor(
    readonly kind: 'http' | 'timeout' | 'network' | 'connect',
    message: string,
    readonly maybeProcessed: boolean,
    readonly status?: number,
    readonly body?: unknown,
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'KyxCallError';
  }
}

const CONNECT_FAILURES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'ENETUNREACH', 'EHOSTUNREACH', 'EADDRNOTAVAIL']);
const TIMEOUTS = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ABORT_ERR', 'UND_ERR_ABORTED']);

/** Retry-After as seconds or an HTTP-date → milliseconds (undefined when absent or unreadable). */
export function retryAfterMs(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) return undefined;
  if (/^\d+$/.test(v.trim())) return Number(v.trim()) * 1000;
  const date = Date.parse(v);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** An endpoint origin as undici's dispatcher wants it: scheme://host[:port], plus any base path it was given with. */
interface Origin {
  origin: string;
  basePath: string;
}

function splitOrigin(url: string): Origin {
  const u = new URL(url);
  return { origin: u.origin, basePath: u.pathname.replace(/\/+$/, '') };
}

export class KyxClient {
  readonly tokens: TokenManager;
  private readonly agent: Dispatcher;
  private readonly ownsAgent: boolean;
  private readonly log: Logger;
  private readonly account: Origin;
  private readonly retrieval: Origin;

  constructor(private readonly opts: KyxClientOptions) {
    this.log = opts.logger ?? silentLogger;
    this.account = splitOrigin(opts.endpoints.accountOrigin);
    this.retrieval = splitOrigin(opts.endpoints.retrievalOrigin);
    this.ownsAgent = !opts.dispatcher;
    this.agent =
      opts.dispatcher ??
      new Agent({
        connections: opts.connections ?? 32,
        pipelining: 1,
        connect: { timeout: opts.connectTimeoutMs ?? 3000 },
        headersTimeout: opts.headersTimeoutMs ?? 10_000,
        bodyTimeout: opts.bodyTimeoutMs ?? 10_000,
        maxResponseSize: 1024 * 1024,
      });
    this.tokens = new TokenManager({
      tokenUrl: opts.endpoints.tokenUrl,
      dispatcher: this.agent,
      userAgent: opts.userAgent,
      logger: this.log,
      metrics: opts.metrics,
    });
  }

  createAccount(client: OAuthClient, body: KyxAccountRequest): Promise<KyxAccountResponse> {
    return this.call('POST', this.account, KYX_ACCOUNTS_PATH, client, body, 'POST /accounts') as Promise<KyxAccountResponse>;
  }

  updateAccount(client: OAuthClient, accountId: string, body: KyxAccountRequest): Promise<KyxAccountResponse> {
    const path = kyxAccountPath(encodeURIComponent(accountId));
    return this.call('PUT', this.account, path, client, body, 'PUT /accounts/:id') as Promise<KyxAccountResponse>;
  }

  getWorkflowDetails(client: OAuthClient, accountId: string, workflowExecutionId: string): Promise<KyxWorkflowDetails> {
    const path = kyxWorkflowExecutionPath(encodeURIComponent(accountId), encodeURIComponent(workflowExecutionId));
    return this.call('GET', this.retrieval, path, client, undefined, 'GET /accounts/:id/workflow-executions/:id') as Promise<KyxWorkflowDetails>;
  }

  async close(): Promise<void> {
    if (this.ownsAgent) await this.agent.close();
  }

  private async call(method: 'GET' | 'POST' | 'PUT', to: Origin, path: string, client: OAuthClient, body: unknown,
    route: string): Promise<unknown> {
    // Each attempt is bounded by the Agent's connect/headers/body timeouts; the deadline bounds the retries.
    const deadline = Date.now() + (this.opts.deadlineMs ?? 15_000);
    const payload = body === undefined ? undefined : JSON.stringify(body);
    let replayedAuth = false;
    let connectRetries = 0;
    let rateRetries = 0;
    for (;;) {
      const token = await this.tokens.getToken(client);
      const started = performance.now();
      let res: Dispatcher.ResponseData;
      try {
        // The dispatcher directly, with origin and path apart: undici.request(url) would parse the URL every call.
        res = await this.agent.request({
          origin: to.origin,
          path: to.basePath + path,
          method,
          headers: {
            accept: 'application/json',
            ...(payload !== undefined ? { 'content-type': 'application/json' } : {}),
            authorization: `Bearer ${token}`,
            'user-agent': this.opts.userAgent,
          },
          body: payload,
        });
      } catch (err) {
        const code = String((err as { code?: string }).code ?? (err as Error).name ?? '');
        this.opts.metrics?.inc('shim_upstream_requests_total', 'KYX requests', { route, outcome: code || 'error' });
        if (CONNECT_FAILURES.has(code)) {
          // Nothing reached the server: safe to try again within the budget.
          if (connectRetries < (this.opts.connectRetries ?? 2) && Date.now() + 200 < deadline) {
            connectRetries++;
            await sleep(Math.min(100 * 2 ** connectRetries + randomInt(100), Math.max(0, deadline - Date.now() - 100)));
            continue;
          }
          this.log.warn('kyx.connect_failed', { route, code });
          throw new KyxCallError('connect', 'the KYX platform could not be reached', false);
        }
        const timeout = TIMEOUTS.has(code) || (err as Error).name === 'TimeoutError' || (err as Error).name === 'AbortError';
        this.log.warn('kyx.request_failed', { route, code, timeout });
        // The request may have been written and acted on: never re-send it.
        if (timeout) throw new KyxCallError('timeout', 'the KYX platform did not answer in time', method !== 'GET');
        throw new KyxCallError('network', 'the connection to the KYX platform failed', method !== 'GET');
      }
      let text: string;
      try {
        text = await res.body.text();
      } catch (err) {
        const code = String((err as { code?: string }).code ?? '');
        throw new KyxCallError(code.includes('TIMEOUT') ? 'timeout' : 'network', 'the KYX response was cut off', method !== 'GET');
      }
      const status = res.statusCode;
      this.opts.metrics?.inc('shim_upstream_requests_total', 'KYX requests', { route, outcome: String(status) });
      this.opts.metrics?.observe('shim_upstream_duration_seconds', 'KYX request duration', (performance.now() - started) / 1000, { route });
      // 401: rejected before processing — refresh (compare-and-set) and replay once. 403 is ambiguous for this
      // vendor (bad headers/parameters, or "without OAuth2"): replay once only when the token used was aging.
      if ((status === 401 || (status === 403 && this.tokens.isAging(client, token))) && !replayedAuth) {
        replayedAuth = true;
        this.tokens.invalidate(client, token);
        this.log.info('kyx.token_rejected_replay', { route });
        continue;
      }
      if (status === 429) {
        const wait = retryAfterMs(res.headers['retry-after']);
        if (wait !== undefined && rateRetries < (this.opts.rateLimitRetries ?? 2) && Date.now() + wait < deadline - 50) {
          rateRetries++;
          this.log.info('kyx.rate_limited_retry', { route, waitMs: wait });
          await sleep(wait);
          continue;
        }
        throw new KyxCallError('http', 'the KYX platform is rate limiting', false, 429, safeJson(text),
          wait === undefined ? undefined : Math.ceil(wait / 1000));
      }
      if (status >= 200 && status < 300) {
        const parsed = safeJson(text);
        if (parsed === undefined) throw new KyxCallError('http', 'the KYX platform answered with invalid JSON', method !== 'GET', status);
        return parsed;
      }
      // 5xx: the server got the request; whether it acted is unknown. 4xx: it refused it.
      throw new KyxCallError('http', `the KYX platform answered ${status}`, status >= 500 && method !== 'GET', status, safeJson(text));
    }
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
