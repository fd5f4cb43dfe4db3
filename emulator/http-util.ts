// Request-body reading and the Reply type every route handler returns (handlers never write to the socket
// themselves, so faults can replace or delay any answer after the handler ran).
import type { IncomingMessage } from 'node:http';
import type { EmulatorErrorBody } from './types.js';

export const MAX_BODY_BYTES = 1024 * 1024;

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string or Buffer is sent as-is (set content-type in headers). */
  body?: unknown;
}

export interface ParsedBody {
  /** Parsed JSON or form object; undefined when the body is empty or not parseable. */
  value: unknown;
  /** Raw text (for error messages only; never journaled). */
  raw: string;
  kind: 'empty' | 'json' | 'form' | 'text' | 'invalid-json';
}

export class BodyTooLarge extends Error {}

export async function readBody(req: IncomingMessage): Promise<ParsedBody> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge('request body over 1 MiB');
    chunks.push(chunk);
  }
  const raw = Buffer.concat(chunks).toString('utf8');
  if (raw.length === 0) return { value: undefined, raw, kind: 'empty' };
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (type.includes('application/x-www-form-urlencoded')) {
    return { value: Object.fromEntries(new URLSearchParams(raw)), raw, kind: 'form' };
  }
  if (type.includes('json') || type === '') {
    try {
      return { value: JSON.parse(raw) as unknown, raw, kind: 'json' };
    } catch {
      return { value: undefined, raw, kind: type === '' ? 'text' : 'invalid-json' };
    }
  }
  return { value: undefined, raw, kind: 'text' };
}

export function errorReply(status: number, message: string, field?: string, errors?: { field: string; message: string }[]): Reply {
  const body: EmulatorErrorBody = { httpStatus: status, message };
  if (field !== undefined) body.field = field;
  if (errors !== undefined && errors.length > 0) body.errors = errors;
  return { status, body };
}

export function jsonReply(body: unknown, status = 200): Reply {
  return { status, body };
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Decode an `Authorization: Basic` value; null when absent or malformed. */
export function parseBasic(header: string | undefined): { user: string; password: string } | null {
  if (!header) return null;
  const m = /^Basic\s+(\S+)\s*$/i.exec(header);
  if (!m) return null;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  if (i < 0) return null;
  return { user: decoded.slice(0, i), password: decoded.slice(i + 1) };
}

export function authScheme(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const m = /^\s*(\S+)/.exec(header);
  return m ? m[1] : undefined;
}

/** Escape JSON for embedding inside an HTML <script> element. */
export function scriptJson(v: unknown): string {
  return JSON.stringify(v)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function htmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}
