// What every route handler receives, and the route table shape.
import type { IncomingMessage } from 'node:http';
import type { ParsedBody, Reply } from './http-util.js';
import type { Clock } from './clock.js';
import type { EmulatorClient, EmulatorRegion, RouteId } from './types.js';

export interface Settings {
  /** Origin the emulator is reachable at (no trailing slash). */
  origin: string;
  region: EmulatorRegion;
  clients: EmulatorClient[];
  webClientPrefix: string;
  requireUserConsent: boolean;
  /** Origins of the hrefs handed out: retrieval/API links and the web-client page (see EmulatorOptions.links). */
  links: { api: string; web: string };
  clock: Clock;
  invalidTokenStatus: 401 | 403;
  requireUserAgent: boolean;
}

export interface Ctx {
  req: IncomingMessage;
  url: URL;
  body: ParsedBody;
  params: Record<string, string>;
  settings: Settings;
}

export interface Route {
  id: RouteId;
  method: string;
  /** Matched against the path (no query). Named groups become params. */
  pattern: RegExp;
  handler: (ctx: Ctx) => Reply | Promise<Reply>;
}

export function matchRoute(routes: Route[], method: string, path: string): { route: Route; params: Record<string, string> } | { methodMismatch: boolean } {
  let methodMismatch = false;
  for (const route of routes) {
    const m = route.pattern.exec(path);
    if (!m) continue;
    if (route.method !== method) {
      methodMismatch = true;
      continue;
    }
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(m.groups ?? {})) if (v !== undefined) params[k] = decodeURIComponent(v);
    return { route, params };
  }
  return { methodMismatch };
}

export function clientMatches(clients: EmulatorClient[], user: string, password: string): EmulatorClient | undefined {
  return clients.find((c) => c.clientId === user && c.clientSecret === password);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `^<path>/?$` for a literal path from api/. */
export function exactPath(path: string): RegExp {
  return new RegExp(`^${escapeRe(path)}/?$`);
}

/** `^<literal prefix><regex tail>`: a literal path from api/ followed by a pattern with named groups. */
export function prefixPattern(prefix: string, tail: string): RegExp {
  return new RegExp(`^${escapeRe(prefix)}${tail}`);
}
