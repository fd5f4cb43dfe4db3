// Structured JSON logs, one object per line, to a configurable sink. They never hold a secret, a token or a URL
// query string: keys that name secrets are dropped to "[redacted]", and every URL-looking string loses its query
// (KYX web.href carries authorizationToken in it). Callers still log identifiers only, never bodies.
import { jsonString, jsonValue } from './json-text.js';

export type LogSink = (line: string) => void;
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const SECRET_KEY = /secret|password|passwd|token|authorization|cookie|credential|apikey|api_key|href|signature/i;
const URL_QUERY = /(\b[a-z][a-z0-9+.-]*:\/\/[^\s?#"'<>]*)\?[^\s#"'<>]*/gi;

/** Remove query strings from every URL inside a string (also path-only `?a=b` after a path). */
export function stripQueries(text: string): string {
  // Both patterns need a '?': most logged strings (ids, routes, events) have none and skip the regexes.
  if (!text.includes('?')) return text;
  return text.replace(URL_QUERY, '$1?[redacted]').replace(/(^|\s)(\/[^\s?]*)\?\S*/g, '$1$2?[redacted]');
}

// Field names repeat on every line: whether a name is secret-like is remembered (bounded).
const SECRET_NAMES = new Map<string, boolean>();
function isSecretKey(key: string): boolean {
  let secret = SECRET_NAMES.get(key);
  if (secret === undefined) {
    secret = SECRET_KEY.test(key) && !/^(tokenUrl|tokenFetches|tokenRequests)$/.test(key);
    if (SECRET_NAMES.size < 1024) SECRET_NAMES.set(key, secret);
  }
  return secret;
}

export function sanitize(value: unknown, key = '', depth = 0): unknown {
  if (key && isSecretKey(key)) return '[redacted]';
  if (typeof value === 'string') return stripQueries(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return value;
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return { name: value.name, message: stripQueries(value.message), ...(code ? { code: String(code) } : {}) };
  }
  if (depth > 4) return '[deep]';
  if (Array.isArray(value)) return value.slice(0, 20).map((v) => sanitize(v, '', depth + 1));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = sanitize(v, k, depth + 1);
    return out;
  }
  return String(value);
}

/** A sink that gathers lines and writes them in one chunk at most every `delayMs` (or at once past maxBytes):
 *  per-line file writes, each an async fs request handed to the thread pool, cost ~9 % of the proxy's CPU under
 *  load. A line reaches `write` within delayMs; call flush() before closing what `write` writes to. */
export function batchedSink(write: (text: string) => void, delayMs = 20, maxBytes = 64 * 1024): LogSink & { flush(): void } {
  let buffer = '';
  let timer: NodeJS.Timeout | undefined;
  const flush = (): void => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (buffer === '') return;
    const text = buffer;
    buffer = '';
    write(text);
  };
  const sink = (line: string): void => {
    buffer += `${line}\n`;
    if (buffer.length >= maxBytes) flush();
    else if (!timer) timer = setTimeout(flush, delayMs);
  };
  return Object.assign(sink, { flush });
}

export function stderrSink(line: string): void {
  process.stderr.write(`${line}\n`);
}

// The time string changes once per millisecond; lines written within the same one share it.
let lastMs = 0;
let lastIso = '';
function isoNow(): string {
  const now = Date.now();
  if (now !== lastMs) {
    lastMs = now;
    lastIso = new Date(now).toISOString();
  }
  return lastIso;
}

const RESERVED = new Set(['time', 'level', 'event']);

// Field names repeat on every line: their quoted form is remembered (bounded).
const QUOTED_KEYS = new Map<string, string>();
function quotedKey(k: string): string {
  let q = QUOTED_KEYS.get(k);
  if (q === undefined) {
    q = jsonString(k);
    if (QUOTED_KEYS.size < 1024) QUOTED_KEYS.set(k, q);
  }
  return q;
}

/** `{"time":…,"level":…,"event":…,…fields}` with every field sanitized — the same text as
 *  JSON.stringify({ time, level, event, ...sanitize({ ...base, ...fields }) }), built without the copies. */
export function formatLine(level: LogLevel, event: string, base: LogFields, fields: LogFields | undefined): string {
  let line = `{"time":"${isoNow()}","level":"${level}","event":${jsonString(event)}`;
  for (const src of [base, fields]) {
    if (!src) continue;
    for (const k in src) {
      if (!Object.hasOwn(src, k)) continue;
      // A field that repeats a reserved or base name: take the generic path, which keeps JSON.stringify's order.
      // Integer-like names too (JSON.stringify puts them first).
      const c = k.charCodeAt(0);
      if (RESERVED.has(k) || (c >= 48 && c <= 57) || (src === fields && Object.hasOwn(base, k))) return slowLine(level, event, base, fields);
      const text = jsonValue(sanitize(src[k], k, 1));
      if (text !== undefined) line += `,${quotedKey(k)}:${text}`;
    }
  }
  return `${line}}`;
}

function slowLine(level: LogLevel, event: string, base: LogFields, fields: LogFields | undefined): string {
  return JSON.stringify({ time: isoNow(), level, event, ...(sanitize({ ...base, ...fields }) as LogFields) });
}

export function createLogger(opts: { sink?: LogSink; level?: LogLevel; base?: LogFields } = {}): Logger {
  const sink = opts.sink ?? stderrSink;
  const min = LEVELS[opts.level ?? 'info'];
  const base = opts.base ?? {};
  const write = (level: LogLevel, event: string, fields?: LogFields): void => {
    if (LEVELS[level] < min) return;
    try {
      sink(formatLine(level, event, base, fields));
    } catch {
      // A failing sink must never break a request.
    }
  };
  return {
    debug: (e, f) => write('debug', e, f),
    info: (e, f) => write('info', e, f),
    warn: (e, f) => write('warn', e, f),
    error: (e, f) => write('error', e, f),
    child: (fields) => createLogger({ sink, level: opts.level, base: { ...base, ...fields } }),
  };
}

export const silentLogger: Logger = createLogger({ sink: () => undefined, level: 'error' });
