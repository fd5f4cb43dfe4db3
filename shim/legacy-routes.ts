// The legacy routes the shim answers, shared by the HTTP proxy and the undici interceptor: match a method + path,
// parse the JSON body safely, call the adapter, and produce a legacy-shaped HTTP answer.
import { classifyLegacyPath } from '../api/index.js';
import type { CallContext, LegacyAdapter } from './adapter.js';
import { LegacyApiError } from './errors.js';
import { toLegacyError } from './upstream-errors.js';

export type LegacyRouteId = 'auth-initiate' | 'v4-initiate' | 'auth-retrieval';
export interface RouteMatch {
  route: LegacyRouteId;
  reference?: string;
}

export interface LegacyAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export const MAX_BODY_BYTES = 64 * 1024;

/** Which legacy route a request is for; undefined for anything the shim must not answer. */
export function matchLegacyRoute(method: string, rawPath: string): RouteMatch | undefined {
  const info = classifyLegacyPath(rawPath);
  if (!info) return undefined;
  const m = method.toUpperCase();
  if (info.route === 'auth-initiate' && m === 'POST') return { route: 'auth-initiate' };
  if (info.route === 'v4-initiate' && m === 'POST') return { route: 'v4-initiate' };
  if (info.route === 'auth-retrieval' && m === 'GET' && !info.rest && info.reference) {
    let reference: string;
    try {
      reference = decodeURIComponent(info.reference);
    } catch {
      return undefined;
    }
    return { route: 'auth-retrieval', reference };
  }
  return undefined;
}

/** JSON.parse that refuses prototype-poisoning keys (as fastify's secure-json-parse does). */
export function parseJsonBody(raw: Buffer | string): unknown {
  const text = typeof raw === 'string' ? raw : raw.toString('utf8');
  if (text.trim() === '') throw new LegacyApiError(400, 'the request body is empty; a JSON object is expected', { field: 'body' });
  let value: unknown;
  try {
    // The reviver makes JSON.parse several times slower; only a body that could spell a forbidden key needs it:
    // literally, or through a \u escape (JSON's only way to escape a letter or an underscore).
    if (!text.includes('__proto__') && !text.includes('constructor') && !text.includes('\\u')) return JSON.parse(text) as unknown;
    value = JSON.parse(text, (key, v: unknown) => {
      if (key === '__proto__' || (key === 'constructor' && typeof v === 'object' && v !== null && Object.hasOwn(v, 'prototype')))
        throw new SyntaxError('forbidden key');
      return v;
    });
  } catch {
    throw new LegacyApiError(400, 'the request body is not valid JSON', { field: 'body' });
  }
  return value;
}

export function jsonAnswer(status: number, body: unknown, extra: Record<string, string> = {}): LegacyAnswer {
  const text = JSON.stringify(body);
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)), ...extra },
    body: text,
  };
}

export function errorAnswer(err: unknown): LegacyAnswer {
  const e = toLegacyError(err);
  return jsonAnswer(e.status, e.body, e.retryAfter !== undefined ? { 'retry-after': String(e.retryAfter) } : {});
}

/** Run a matched legacy route. Never throws: errors become legacy-shaped answers. */
export async function answerLegacyRoute(adapter: LegacyAdapter, match: RouteMatch, body: Buffer | string | undefined,
  ctx: CallContext): Promise<LegacyAnswer> {
  try {
    switch (match.route) {
      case 'auth-initiate':
        return jsonAnswer(200, await adapter.initiateAuthentication(parseJsonBody(body ?? ''), ctx));
      case 'v4-initiate':
        return jsonAnswer(200, await adapter.initiateEnrollment(parseJsonBody(body ?? ''), ctx));
      case 'auth-retrieval':
        return jsonAnswer(200, await adapter.retrieveAuthentication(match.reference ?? '', ctx));
    }
  } catch (err) {
    return errorAnswer(err);
  }
}
