// Proxy callers authenticate with their legacy Basic credentials (portal "API Users": API token : API secret).
// The shim stores only a hash of each secret — `scrypt$N$r$p$salt$hash` (recommended) or `sha256$salt$hash`
// (salted SHA-256, for secrets that are long random strings) — compares in constant time, and maps the caller to
// a configured OAuth2 client. Verified credentials are remembered (by a SHA-256 of the presented pair, in memory,
// bounded) so scrypt runs once per caller, not once per request.
import { createHash, hash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { OAuthClient } from './token-manager.js';

export interface CallerEntry {
  /** A label for logs (the API token itself is never logged). */
  name: string;
  apiToken: string;
  secretHash: string;
  client: OAuthClient;
}

export interface Caller {
  name: string;
  apiToken: string;
  client: OAuthClient;
}

export function hashSecret(secret: string, kind: 'scrypt' | 'sha256' = 'scrypt'): string {
  const salt = randomBytes(16);
  if (kind === 'sha256') return `sha256$${salt.toString('hex')}$${createHash('sha256').update(salt).update(secret).digest('hex')}`;
  const N = 16384, r = 8, p = 1;
  const hash = scryptSync(secret, salt, 32, { N, r, p });
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export function verifySecret(secret: string, stored: string): boolean {
  const parts = stored.split('$');
  if (parts[0] === 'sha256' && parts.length === 3) {
    const expected = Buffer.from(parts[2], 'hex');
    const actual = createHash('sha256').update(Buffer.from(parts[1], 'hex')).update(secret).digest();
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  }
  if (parts[0] === 'scrypt' && parts.length === 6) {
    const [, n, r, p, salt, hash] = parts;
    const expected = Buffer.from(hash, 'base64');
    const actual = scryptSync(secret, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p), maxmem: 256 * 1024 * 1024 });
    return timingSafeEqual(expected, actual);
  }
  throw new Error('unsupported secret hash (use scrypt$N$r$p$salt$hash or sha256$salt$hash)');
}

/** Parse `Authorization: Basic …` into user and password; undefined when absent or malformed. */
export function parseBasic(header: string | undefined): { user: string; password: string } | undefined {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!m) return undefined;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  if (i < 0) return undefined;
  return { user: decoded.slice(0, i), password: decoded.slice(i + 1) };
}

export class CallerAuthenticator {
  private readonly byToken = new Map<string, CallerEntry>();
  private readonly verified = new Map<string, Caller>();

  constructor(entries: CallerEntry[], private readonly cacheSize = 1000) {
    for (const e of entries) this.byToken.set(e.apiToken, e);
  }

  /** The caller behind an Authorization header, or undefined (→ 401, and no upstream call). */
  authenticate(header: string | undefined): Caller | undefined {
    const basic = parseBasic(header);
    if (!basic) return undefined;
    const fast = hash('sha256', `${basic.user}\u0000${basic.password}`, 'hex');
    const hit = this.verified.get(fast);
    if (hit) return hit;
    const entry = this.byToken.get(basic.user);
    if (!entry || !verifySecret(basic.password, entry.secretHash)) return undefined;
    const caller: Caller = { name: entry.name, apiToken: entry.apiToken, client: entry.client };
    if (this.verified.size >= this.cacheSize) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(fast, caller);
    return caller;
  }
}
