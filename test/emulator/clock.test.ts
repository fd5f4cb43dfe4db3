// Time travel: advanceClock expires access tokens, authorization tokens and the legacy 15-minute window.
import { describe, expect, it } from 'vitest';
import { startEmulator } from '../../emulator/index.js';
import { basic, call, CLIENT, getToken } from './support/helpers.js';

const MIN = 60_000;

describe('advanceClock', () => {
  it('kyx: access tokens expire; an unacquired workflow past its tokenLifetime reads TOKEN_EXPIRED and its page answers 9200', async () => {
    const emu = await startEmulator({ clients: [CLIENT], tokenExpiresIn: 600 });
    try {
      const token = await getToken(emu);
      const seed = await emu.seedAccount();
      const put = await call(`${emu.url}/api/v1/accounts/${seed.accountId}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}` },
        body: { customerInternalReference: 'c', workflowDefinition: { key: 9 }, tokenLifetime: '15m', web: { errorUrl: 'https://shop.example/err' } },
      });
      const wex = put.json.workflowExecution.id;
      const status = async (t: string) => call(`${emu.url}/api/v1/accounts/${seed.accountId}/workflow-executions/${wex}/status`, { headers: { authorization: `Bearer ${t}` } });
      emu.advanceClock(9 * MIN);
      expect((await status(token)).json.workflowExecution.status).toBe('INITIATED');
      emu.advanceClock(2 * MIN);
      expect((await status(token)).status).toBe(401);
      const fresh = await getToken(emu);
      expect((await status(fresh)).json.workflowExecution.status).toBe('INITIATED');
      emu.advanceClock(5 * MIN);
      expect((await status(fresh)).json.workflowExecution.status).toBe('TOKEN_EXPIRED');
      const page = await call(put.json.web.href);
      expect(page.text).toContain('"errorCode":9200');
      expect(page.text).toContain('errorCode=9200');
      await expect(emu.finishWorkflow({ workflowExecutionId: wex }, 'PASSED')).rejects.toThrow(/already finished/);
    } finally {
      await emu.close();
    }
  });

  it('legacy: tokenLifetimeInMinutes expires a transaction; after 15 minutes an earlier authentication can finish', async () => {
    const emu = await startEmulator({ mode: 'legacy', clients: [CLIENT] });
    const auth = { authorization: basic(CLIENT.clientId, CLIENT.clientSecret) };
    try {
      const { enrollmentReference } = await emu.seedAccount();
      const body = { enrollmentTransactionReference: enrollmentReference, callbackUrl: 'https://shop.example/cb', tokenLifetimeInMinutes: 5 };
      const short = await call(`${emu.url}/api/authentication/v1/web/initiate`, { headers: auth, body });
      emu.advanceClock(6 * MIN);
      const r = await call(`${emu.url}/api/netverify/v2/authentications/${short.json.transactionReference}`, { headers: auth });
      expect(r.json.transactionResult).toBe('EXPIRED');

      const first = await call(`${emu.url}/api/authentication/v1/web/initiate`, { headers: auth, body: { ...body, tokenLifetimeInMinutes: 60 } });
      emu.advanceClock(16 * MIN);
      await call(`${emu.url}/api/authentication/v1/web/initiate`, { headers: auth, body: { ...body, tokenLifetimeInMinutes: 60 } });
      await emu.finishWorkflow({ workflowExecutionId: first.json.transactionReference }, 'PASSED');
      const done = await call(`${emu.url}/api/netverify/v2/authentications/${first.json.transactionReference}`, { headers: auth });
      expect(done.json.transactionResult).toBe('PASSED');
    } finally {
      await emu.close();
    }
  });

  it('over HTTP: POST /__control/clock', async () => {
    const emu = await startEmulator({ clients: [CLIENT], tokenExpiresIn: 60 });
    try {
      const token = await getToken(emu);
      expect((await call(`${emu.url}/__control/clock`, { body: { advanceMs: 61_000 } })).status).toBe(204);
      const r = await call(`${emu.url}/api/v1/accounts`, { headers: { authorization: `Bearer ${token}` }, body: { customerInternalReference: 'c', workflowDefinition: { key: 3 } } });
      expect(r.status).toBe(401);
      expect((await call(`${emu.url}/__control/clock`, { body: { advanceMs: -1 } })).status).toBe(400);
      expect((await call(`${emu.url}/__control/clock`, { body: {} })).status).toBe(400);
    } finally {
      await emu.close();
    }
  });
});
