// The request journal. Redaction happens when an entry is recorded, so nothing secret is ever held:
// Authorization is cut to its scheme, the query string is dropped, secret body fields are masked.
import type { IncomingHttpHeaders } from 'node:http';
import { authScheme, isPlainObject } from './http-util.js';
import type { FaultKind, JournalEntry, RouteId } from './types.js';

const KEPT_HEADERS = ['content-type', 'accept', 'user-agent', 'content-length', 'idempotency-key', 'x-request-id'];
const SECRET_KEYS = new Set([
  'client_secret',
  'password',
  'access_token',
  'refresh_token',
  'authorizationtoken',
  'token',
  'apisecret',
  'secret',
]);
export const REDACTED = '[redacted]';


export function redactBody(v: unknown, depth = 0): unknown {
  if (depth > 20) return REDACTED;
  if (Array.isArray(v)) return v.map((x) => redactBody(x, depth + 1));
  if (isPlainObject(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      out[k] = SECRET_KEYS.has(k.toLowerCase()) ? REDACTED : redactBody(x, depth + 1);
    }
    return out;
  }
  return v;
}

export function pathOnly(url: string | undefined): string {
  const u = url ?? '/';
  const q = u.search(/[?#]/);
  return q < 0 ? u : u.slice(0, q);
}

export class Journal {
  private entries: JournalEntry[] = [];

  /** Keeps the newest `limit` entries (0 = record nothing). Trimmed in batches so a long run stays O(1) per request. */
  constructor(private readonly limit: number) {}

  record(e: {
    route: RouteId | null;
    method: string;
    url: string | undefined;
    headers: IncomingHttpHeaders;
    body: unknown;
    status: number;
    fault?: FaultKind;
    time: string;
  }): void {
    if (this.limit <= 0) return;
    const headers: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const v = e.headers[name];
      if (typeof v === 'string') headers[name] = v;
    }
    const scheme = authScheme(typeof e.headers.authorization === 'string' ? e.headers.authorization : undefined);
    if (scheme !== undefined) headers.authorization = scheme;
    const entry: JournalEntry = {
      route: e.route,
      method: e.method,
      path: pathOnly(e.url),
      headers,
      status: e.status,
      time: e.time,
    };
    if (e.body !== undefined) entry.body = redactBody(e.body);
    if (e.fault !== undefined) entry.fault = e.fault;
    this.entries.push(entry);
    if (this.entries.length > this.limit + Math.ceil(this.limit / 10)) this.entries.splice(0, this.entries.length - this.limit);
  }

  list(): JournalEntry[] {
    return structuredClone(this.entries);
  }

  clear(): void {
    this.entries = [];
  }
}
