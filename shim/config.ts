// The proxy's configuration file (JSON). Secrets: give OAuth2 client secrets through `clientSecretEnv` (the name
// of an environment variable) rather than inline; caller secrets are stored only as hashes (see caller-auth.ts).
import { readFileSync } from 'node:fs';
import { isKyxRegion, type AuthWorkflowStyle, type KyxRegion } from '../api/index.js';
import type { CallerEntry } from './caller-auth.js';
import { singleOriginEndpoints, type KyxEndpoints } from './kyx-client.js';
import type { OAuthClient } from './token-manager.js';

export interface ShimConfigFile {
  region?: string;
  /** One origin serving every KYX route (the emulator); otherwise the api/ hosts of the region. */
  kyxOrigin?: string;
  userAgent?: string;
  clients: Record<string, { clientId: string; clientSecret?: string; clientSecretEnv?: string; scope?: string }>;
  callers: { name?: string; apiToken: string; secretHash: string; client: string }[];
  /** Authentication workflow: key 9 (default) / 16 / 10014 and credentials 'id-and-facemap' (default) or 'none'. */
  workflow?: { key?: number; credentials?: 'id-and-facemap' | 'none' };
  /** How KYX reaches this shim, e.g. https://shim.example.com. When set, KYX callbacks come to /callbacks/kyx and
   * are relayed as legacy form callbacks to the caller's callbackUrl. When absent, callbackUrl is passed through. */
  publicUrl?: string;
  /** OAuth2 client used for the retrieval behind a relayed callback (default: the first client). */
  callbackClient?: string;
  /** Origin rewrites for callback delivery, e.g. {"https://merchant.example": "http://127.0.0.1:9000"} (staging). */
  callbackRewrite?: Record<string, string>;
  /** Allow callback delivery to loopback/private addresses (off by default: SSRF guard). */
  allowPrivateCallbackTargets?: boolean;
  idempotency?: { fingerprintTtlMs?: number; keyTtlMs?: number };
  timeouts?: { connectMs?: number; headersMs?: number; bodyMs?: number; deadlineMs?: number };
  upstreamConnections?: number;
  /** Legacy requests in flight before the proxy sheds load with 503 (default 256). */
  maxInflight?: number;
  logLevel?: 'debug' | 'info' | 'warn' | 'error';
}

export interface ShimConfig {
  region: KyxRegion;
  endpoints?: KyxEndpoints;
  userAgent: string;
  clients: Map<string, OAuthClient>;
  callers: CallerEntry[];
  workflow?: AuthWorkflowStyle;
  publicUrl?: string;
  callbackClient: OAuthClient;
  callbackRewrite: Record<string, string>;
  allowPrivateCallbackTargets: boolean;
  idempotency: { fingerprintTtlMs?: number; keyTtlMs?: number };
  timeouts: NonNullable<ShimConfigFile['timeouts']>;
  upstreamConnections?: number;
  maxInflight?: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

export class ConfigError extends Error {}

export function parseShimConfig(raw: ShimConfigFile, env: NodeJS.ProcessEnv = process.env, regionOverride?: string): ShimConfig {
  const regionName = regionOverride ?? raw.region ?? 'amer-1';
  if (!isKyxRegion(regionName)) throw new ConfigError(`region must be amer-1, emea-1 or apac-1 (got ${regionName})`);
  const clients = new Map<string, OAuthClient>();
  for (const [name, c] of Object.entries(raw.clients ?? {})) {
    const secret = c.clientSecret ?? (c.clientSecretEnv ? env[c.clientSecretEnv] : undefined);
    if (!c.clientId || !secret) throw new ConfigError(`client ${name} needs clientId and clientSecret (or clientSecretEnv set in the environment)`);
    clients.set(name, { clientId: c.clientId, clientSecret: secret, ...(c.scope ? { scope: c.scope } : {}) });
  }
  if (clients.size === 0) throw new ConfigError('configure at least one OAuth2 client under "clients"');
  const callers: CallerEntry[] = (raw.callers ?? []).map((c, i) => {
    const client = clients.get(c.client);
    if (!client) throw new ConfigError(`caller ${c.name ?? i} maps to unknown client ${c.client}`);
    if (!c.apiToken || !/^(scrypt|sha256)\$/.test(c.secretHash ?? '')) throw new ConfigError(`caller ${c.name ?? i} needs apiToken and a scrypt$… or sha256$… secretHash`);
    return { name: c.name ?? `caller${i + 1}`, apiToken: c.apiToken, secretHash: c.secretHash, client };
  });
  if (callers.length === 0) throw new ConfigError('configure at least one caller under "callers" (no caller, no upstream call)');
  let workflow: AuthWorkflowStyle | undefined;
  if (raw.workflow) {
    const key = raw.workflow.key ?? 9;
    if (![9, 16, 10014].includes(key)) throw new ConfigError('workflow.key must be 9, 16 or 10014');
    workflow = { key, credentials: raw.workflow.credentials ?? (key === 9 ? 'id-and-facemap' : 'none') } as AuthWorkflowStyle;
  }
  const callbackClient = raw.callbackClient ? clients.get(raw.callbackClient) : clients.values().next().value;
  if (!callbackClient) throw new ConfigError(`callbackClient ${raw.callbackClient} is not a configured client`);
  return {
    region: regionName,
    endpoints: raw.kyxOrigin ? singleOriginEndpoints(raw.kyxOrigin) : undefined,
    userAgent: raw.userAgent ?? 'netverify-migrate-shim/0.1',
    clients,
    callers,
    workflow,
    publicUrl: raw.publicUrl?.replace(/\/+$/, ''),
    callbackClient,
    callbackRewrite: raw.callbackRewrite ?? {},
    allowPrivateCallbackTargets: raw.allowPrivateCallbackTargets ?? false,
    idempotency: raw.idempotency ?? {},
    timeouts: raw.timeouts ?? {},
    upstreamConnections: raw.upstreamConnections,
    maxInflight: raw.maxInflight,
    logLevel: raw.logLevel ?? 'info',
  };
}

export function loadShimConfig(file: string, regionOverride?: string): ShimConfig {
  let raw: ShimConfigFile;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8')) as ShimConfigFile;
  } catch (err) {
    throw new ConfigError(`cannot read config ${file}: ${(err as Error).message}`);
  }
  return parseShimConfig(raw, process.env, regionOverride);
}
