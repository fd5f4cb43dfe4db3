// The legacy app's front end served for the browser test: the files of fixtures/legacy-app/public (or a
// migrated copy) plus a small back end of our own for POST /api/start-authentication that calls the emulator
// for real — the legacy initiate (Basic auth) or the KYX account update (OAuth2 + PUT). It answers what the
// legacy app's back end answers: { iframeUrl, reference }.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import {
  KYX_TOKEN_PATH, LEGACY_AUTH_INITIATE_PATHS, kyxAccountPath, toKyxAuthenticationRequest,
  type KyxAccountResponse, type LegacyAuthInitiateRequest, type LegacyInitiateResponse,
} from '../../../api/index.js';
import { DEFAULT_CLIENT, type Emulator } from '../../../emulator/index.js';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css' };

export interface Enrollment {
  /** legacy: the enrollment transaction reference; kyx: the account's completed workflow-3 execution id. */
  enrollmentReference: string;
  accountId: string;
  idCredentialId: string;
}

export interface AppServer {
  url: string;
  /** References the back end handed to the page, in order. */
  started: string[];
  close(): Promise<void>;
}

function basic(user: string, pass: string): string {
  return 'Basic ' + Buffer.from(`${user}:${pass}`).toString('base64');
}

async function json(res: Response): Promise<unknown> {
  if (!res.ok) throw new Error(`emulator answered ${res.status}: ${await res.text()}`);
  return res.json();
}

async function startAuthentication(emu: Emulator, enrollment: Enrollment, appUrl: string): Promise<{ iframeUrl: string; reference: string }> {
  const legacyBody: LegacyAuthInitiateRequest = {
    enrollmentTransactionReference: enrollment.enrollmentReference,
    callbackUrl: `${appUrl}/callback`,
    successUrl: `${appUrl}/success.html`,
    errorUrl: `${appUrl}/success.html`,
    userReference: 'user-1',
  };
  if (emu.mode === 'legacy') {
    const r = (await json(await fetch(`${emu.url}${LEGACY_AUTH_INITIATE_PATHS[0]}`, {
      method: 'POST',
      headers: { authorization: basic(DEFAULT_CLIENT.clientId, DEFAULT_CLIENT.clientSecret), 'content-type': 'application/json', accept: 'application/json', 'user-agent': 'legacy-app/1.0' },
      body: JSON.stringify(legacyBody),
    }))) as LegacyInitiateResponse;
    return { iframeUrl: r.redirectUrl, reference: r.transactionReference };
  }
  const token = (await json(await fetch(`${emu.url}${KYX_TOKEN_PATH}`, {
    method: 'POST',
    headers: { authorization: basic(DEFAULT_CLIENT.clientId, DEFAULT_CLIENT.clientSecret), 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  }))) as { access_token: string };
  const body = toKyxAuthenticationRequest(legacyBody, { credentialId: enrollment.idCredentialId });
  const r = (await json(await fetch(`${emu.url}${kyxAccountPath(enrollment.accountId)}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json', accept: 'application/json', 'user-agent': 'legacy-app/1.0' },
    body: JSON.stringify(body),
  }))) as KyxAccountResponse;
  if (!r.web?.href) throw new Error('the KYX answer has no web.href');
  return { iframeUrl: r.web.href, reference: r.workflowExecution.id };
}

export async function startAppServer(publicDir: string, emu: Emulator, enrollment: Enrollment): Promise<AppServer> {
  const started: string[] = [];
  let url = '';
  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (req.method === 'POST' && path === '/api/start-authentication') {
      for await (const _ of req) void _;
      const out = await startAuthentication(emu, enrollment, url);
      started.push(out.reference);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(out));
      return;
    }
    if (req.method === 'POST' && path === '/callback') {
      for await (const _ of req) void _;
      res.writeHead(200).end();
      return;
    }
    const rel = normalize(path === '/' ? '/index.html' : path);
    if (rel.includes('..')) return void res.writeHead(400).end();
    try {
      const body = await readFile(join(publicDir, rel));
      res.writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  };
  const server = createServer((req, res) => {
    handler(req, res).catch((err: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err instanceof Error ? err.message : err));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    started,
    close: () => new Promise<void>((resolve, reject) => {
      server.close((e) => (e ? reject(e) : resolve()));
      // The browser keeps connections alive; do not wait for them.
      server.closeAllConnections();
    }),
  };
}
