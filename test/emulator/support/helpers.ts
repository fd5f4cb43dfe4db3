// Helpers for emulator tests: real loopback HTTP with undici, and a real callback receiver.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';
import type { Emulator } from '../../../emulator/index.js';

export const CLIENT = { clientId: 'test-client', clientSecret: 'test-secret-value-123' };

export function basic(id: string, secret: string): string {
  return `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
}

export interface Res {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export async function call(url: string, opts: { method?: string; headers?: Record<string, string>; body?: unknown; form?: Record<string, string> } = {}): Promise<Res> {
  const headers: Record<string, string> = { ...opts.headers };
  let body: string | undefined;
  if (opts.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(opts.form).toString();
  } else if (opts.body !== undefined) {
    headers['content-type'] ??= 'application/json';
    body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
  }
  const r = await request(url, { method: (opts.method ?? (body === undefined ? 'GET' : 'POST')) as 'GET', headers, body });
  const text = await r.body.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: r.statusCode, headers: r.headers, text, json };
}

export async function getToken(emu: Emulator, client = CLIENT): Promise<string> {
  const r = await call(`${emu.url}/oauth2/token`, {
    headers: { authorization: basic(client.clientId, client.clientSecret) },
    form: { grant_type: 'client_credentials' },
  });
  if (r.status !== 200) throw new Error(`token: ${r.status} ${r.text}`);
  return r.json.access_token as string;
}

export interface Received {
  method: string;
  path: string;
  contentType: string;
  raw: string;
}

/** A real HTTP server that records callbacks and answers `status`. */
export async function startReceiver(status = 200): Promise<{ url: string; received: Received[]; next(): Promise<Received>; close(): Promise<void> }> {
  const received: Received[] = [];
  const waiters: ((r: Received) => void)[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r = { method: req.method ?? '', path: req.url ?? '', contentType: String(req.headers['content-type'] ?? ''), raw: Buffer.concat(chunks).toString('utf8') };
      received.push(r);
      waiters.shift()?.(r);
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    next: () => (received.length > 0 ? Promise.resolve(received[received.length - 1]) : new Promise((resolve) => waiters.push(resolve))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
