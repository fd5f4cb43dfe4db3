// OAuth2 client-credentials tokens: cached per client (the key covers every credential and scope value, the
// Duende CVE-2025-26620 lesson), refreshed ahead of expiry (serve the current token while one background
// refresh runs), one refresh in flight per key, compare-and-set invalidation for the one replay after a 401,
// and no refresh storm when the server reissues a token that is already inside its refresh window.
import { createHash, randomInt } from 'node:crypto';
import { request, type Dispatcher } from 'undici';
import type { KyxTokenResponse } from '../api/index.js';
import { LegacyApiError } from './errors.js';
import { silentLogger, type Logger } from './logger.js';
import type { Metrics } from './metrics.js';

export interface OAuthClient {
  clientId: string;
  clientSecret: string;
  scope?: string;
}

interface CachedToken {
  token: string;
  expiresAt: number;
  refreshAt: number;
}

export interface TokenManagerOptions {
  tokenUrl: string;
  dispatcher: Dispatcher;
  userAgent: string;
  logger?: Logger;
  metrics?: Metrics;
  /** Never refresh in the background more often than this (default 5 s). */
  minRefreshIntervalMs?: number;
  /** When the token response lacks expires_in: cache for this long (default 60 s). */
  defaultLifetimeMs?: number;
  now?: () => number;
}

const CONNECT_FAILURES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'ENETUNREACH', 'EHOSTUNREACH']);

export class TokenManager {
  private readonly cache = new Map<string, CachedToken>();
  private readonly inflight = new Map<string, Promise<CachedToken>>();
  private readonly lastRefresh = new Map<string, number>();
  private readonly keys = new WeakMap<OAuthClient, { raw: string; key: string }>();
  private readonly log: Logger;
  private readonly now: () => number;

  constructor(private readonly opts: TokenManagerOptions) {
    this.log = opts.logger ?? silentLogger;
    this.now = opts.now ?? Date.now;
  }

  /** The cache key: token URL, client id, a hash of the secret, and the scope. */
  keyOf(client: OAuthClient): string {
    const raw = [this.opts.tokenUrl, client.clientId, client.clientSecret, client.scope ?? ''].join('\u0000');
    // The hash is memoised per client object, and recomputed if any of its values changed.
    const memo = this.keys.get(client);
    if (memo?.raw === raw) return memo.key;
    const key = createHash('sha256').update(raw).digest('hex');
    this.keys.set(client, { raw, key });
    return key;
  }

  async getToken(client: OAuthClient): Promise<string> {
    const key = this.keyOf(client);
    const cached = this.cache.get(key);
    const now = this.now();
    if (cached && now < cached.expiresAt) {
      if (now >= cached.refreshAt && now - (this.lastRefresh.get(key) ?? 0) >= (this.opts.minRefreshIntervalMs ?? 5000)) {
        // Refresh ahead: keep serving the valid token, refresh once in the background.
        this.refresh(key, client).catch((err) => this.log.warn('token.refresh_failed', { err }));
      }
      return cached.token;
    }
    return (await this.refresh(key, client)).token;
  }

  /** Is `token` old enough to be suspect — inside its refresh window, expired, or no longer the cached one?
   * (The vendor may answer 403 instead of 401 for a token problem; only such a token earns a 403 replay.) */
  isAging(client: OAuthClient, token: string): boolean {
    const cached = this.cache.get(this.keyOf(client));
    return !cached || cached.token !== token || this.now() >= cached.refreshAt;
  }

  /** Forget `token` if it is still the cached one (a 401 said it is no longer good). */
  invalidate(client: OAuthClient, token: string): void {
    const key = this.keyOf(client);
    if (this.cache.get(key)?.token === token) this.cache.delete(key);
  }

  private refresh(key: string, client: OAuthClient): Promise<CachedToken> {
    const running = this.inflight.get(key);
    if (running) return running;
    this.lastRefresh.set(key, this.now());
    const p = this.fetchToken(client)
      .then((t) => {
        this.cache.set(key, t);
        return t;
      })
      .finally(() => this.inflight.delete(key));
    this.inflight.set(key, p);
    return p;
  }

  private async fetchToken(client: OAuthClient): Promise<CachedToken> {
    const form = new URLSearchParams({ grant_type: 'client_credentials' });
    if (client.scope) form.set('scope', client.scope);
    const basic = Buffer.from(`${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.clientSecret)}`).toString('base64');
    const started = this.now();
    for (let attempt = 1; ; attempt++) {
      let res: Dispatcher.ResponseData;
      try {
        res = await request(this.opts.tokenUrl, {
          method: 'POST',
          dispatcher: this.opts.dispatcher,
          headers: {
            accept: 'application/json',
            'content-type': 'application/x-www-form-urlencoded',
            authorization: `Basic ${basic}`,
            'user-agent': this.opts.userAgent,
          },
          body: form.toString(),
        });
      } catch (err) {
        // The token POST is safe to repeat (it creates nothing); retry connect failures with jitter.
        const code = (err as { code?: string }).code ?? '';
        this.opts.metrics?.inc('shim_token_requests_total', 'OAuth2 token requests', { outcome: 'network' });
        if (attempt < 3 && (CONNECT_FAILURES.has(code) || code === 'ECONNRESET' || code === 'UND_ERR_SOCKET')) {
          await sleep(100 * attempt + randomInt(100));
          continue;
        }
        this.log.error('token.request_failed', { code, attempt });
        throw code.includes('TIMEOUT')
          ? new LegacyApiError(504, 'the KYX token endpoint did not answer in time')
          : new LegacyApiError(502, 'the KYX token endpoint could not be reached');
      }
      const text = await res.body.text();
      this.opts.metrics?.inc('shim_token_requests_total', 'OAuth2 token requests', { outcome: String(res.statusCode) });
      if (res.statusCode === 200) {
        let parsed: Partial<KyxTokenResponse>;
        try {
          parsed = JSON.parse(text) as Partial<KyxTokenResponse>;
        } catch {
          throw new LegacyApiError(502, 'the KYX token endpoint answered with invalid JSON');
        }
        if (typeof parsed.access_token !== 'string') throw new LegacyApiError(502, 'the KYX token response has no access_token');
        // expires_in is relative seconds; count from the local receive time, never the server Date.
        const receivedAt = this.now();
        const lifetime =
          typeof parsed.expires_in === 'number' && parsed.expires_in > 0 ? parsed.expires_in * 1000 : (this.opts.defaultLifetimeMs ?? 60_000);
        const ahead = Math.min(60_000, lifetime / 2);
        const jitter = randomInt(Math.max(1, Math.floor(Math.min(5000, lifetime / 20))));
        this.log.info('token.fetched', { clientId: client.clientId, expiresInS: lifetime / 1000, ms: receivedAt - started });
        return { token: parsed.access_token, expiresAt: receivedAt + lifetime, refreshAt: receivedAt + lifetime - ahead - jitter };
      }
      if ((res.statusCode >= 500 || res.statusCode === 429) && attempt < 3) {
        await sleep(200 * attempt + randomInt(200));
        continue;
      }
      this.log.error('token.rejected', { status: res.statusCode, clientId: client.clientId });
      if (res.statusCode === 400 || res.statusCode === 401 || res.statusCode === 403)
        throw new LegacyApiError(403, 'the KYX platform rejected the configured OAuth2 client credentials');
      throw new LegacyApiError(502, `the KYX token endpoint answered ${res.statusCode}`);
    }
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
