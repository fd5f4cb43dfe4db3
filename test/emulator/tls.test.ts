// HTTPS: the emulator serves TLS when given a key and certificate, and delivers callbacks to an https receiver
// it trusts through callbackTls.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'undici';
import { startEmulator } from '../../emulator/index.js';
import { basic, CLIENT, getToken } from './support/helpers.js';

let dir: string;
let key: string;
let cert: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'emu-tls-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'k.pem', '-out', 'c.pem', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { cwd: dir, stdio: 'ignore' });
  key = readFileSync(join(dir, 'k.pem'), 'utf8');
  cert = readFileSync(join(dir, 'c.pem'), 'utf8');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tls', () => {
  it('serves https with the given certificate, and sends callbacks to an https receiver it trusts', async () => {
    const received: string[] = [];
    const receiver = createServer({ key, cert }, (req, res) => {
      let b = '';
      req.on('data', (c) => (b += c));
      req.on('end', () => {
        received.push(b);
        res.writeHead(202).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const emu = await startEmulator({ clients: [CLIENT], tls: { key, cert }, callbackTls: { ca: cert } });
    const agent = new Agent({ connect: { ca: cert } });
    try {
      expect(emu.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const t = await request(`${emu.url}/oauth2/token`, {
        method: 'POST',
        dispatcher: agent,
        headers: { authorization: basic(CLIENT.clientId, CLIENT.clientSecret), 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials',
      });
      expect(t.statusCode).toBe(200);
      const token = ((await t.body.json()) as { access_token: string }).access_token;
      const seed = await emu.seedAccount();
      const put = await request(`${emu.url}/api/v1/accounts/${seed.accountId}`, {
        method: 'PUT',
        dispatcher: agent,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ customerInternalReference: 'c', workflowDefinition: { key: 9 }, callbackUrl: `https://127.0.0.1:${(receiver.address() as AddressInfo).port}/cb` }),
      });
      const acc = (await put.body.json()) as { web: { href: string }; workflowExecution: { id: string } };
      expect(acc.web.href.startsWith(`${emu.url}/web/v4/app?`)).toBe(true);
      expect(await emu.finishWorkflow({ workflowExecutionId: acc.workflowExecution.id }, 'PASSED')).toEqual({ callbackStatus: 202 });
      expect(JSON.parse(received[0]).workflowExecution.id).toBe(acc.workflowExecution.id);
    } finally {
      await agent.close();
      await emu.close();
      await new Promise<void>((r) => receiver.close(() => r()));
    }
  });

  it('refuses an https receiver it does not trust (no callbackTls)', async () => {
    const receiver = createServer({ key, cert }, (_req, res) => res.writeHead(200).end());
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const emu = await startEmulator({ clients: [CLIENT] });
    try {
      const { accountId } = await emu.seedAccount();
      const token = await getToken(emu);
      const put = await request(`${emu.url}/api/v1/accounts/${accountId}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ customerInternalReference: 'c', workflowDefinition: { key: 9 }, callbackUrl: `https://127.0.0.1:${(receiver.address() as AddressInfo).port}/cb` }),
      });
      const acc = (await put.body.json()) as { workflowExecution: { id: string } };
      const res = await emu.finishWorkflow({ workflowExecutionId: acc.workflowExecution.id }, 'PASSED');
      expect(res.callbackStatus).toBeUndefined();
      expect(res.callbackError).toMatch(/self[- ]signed|certificate/i);
    } finally {
      await emu.close();
      await new Promise<void>((r) => receiver.close(() => r()));
    }
  });
});
