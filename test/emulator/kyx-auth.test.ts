// OAuth2 client credentials and the bearer requirement of every other KYX route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { basic, call, CLIENT, getToken } from './support/helpers.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ clients: [CLIENT] });
});
afterAll(() => emu.close());

const body = { customerInternalReference: 'ref-1', workflowDefinition: { key: 3 } };

describe('POST /oauth2/token', () => {
  it('issues a bearer token for a configured client', async () => {
    const r = await call(`${emu.url}/oauth2/token`, {
      headers: { authorization: basic(CLIENT.clientId, CLIENT.clientSecret), accept: 'application/json' },
      form: { grant_type: 'client_credentials' },
    });
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ access_token: expect.any(String), expires_in: 3600, token_type: 'Bearer' });
    const [, payload, signature] = r.json.access_token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    expect(claims.sub).toBe(CLIENT.clientId);
    expect(claims.exp - claims.iat).toBe(3600);
    expect(signature.length).toBeGreaterThan(20);
  });

  it('accepts credentials form-urlencoded before Basic (RFC 6749 §2.3.1) and raw ones', async () => {
    const odd = { clientId: 'client:one', clientSecret: 'p@ss word+%/:' };
    const e = await startEmulator({ clients: [odd] });
    try {
      const encoded = basic(encodeURIComponent(odd.clientId), encodeURIComponent(odd.clientSecret));
      const formEncoded = basic(encodeURIComponent(odd.clientId), new URLSearchParams({ s: odd.clientSecret }).toString().slice(2));
      for (const authorization of [encoded, formEncoded]) {
        const r = await call(`${e.url}/oauth2/token`, { headers: { authorization }, form: { grant_type: 'client_credentials' } });
        expect(r.status).toBe(200);
      }
      const raw = await startEmulator({ clients: [{ clientId: 'plain', clientSecret: 'a%zz+b' }] });
      try {
        const r = await call(`${raw.url}/oauth2/token`, { headers: { authorization: basic('plain', 'a%zz+b') }, form: { grant_type: 'client_credentials' } });
        expect(r.status).toBe(200);
      } finally {
        await raw.close();
      }
    } finally {
      await e.close();
    }
  });

  it('answers 401 for a wrong secret, an unknown client and no credentials', async () => {
    for (const authorization of [basic(CLIENT.clientId, 'wrong'), basic('nobody', CLIENT.clientSecret), undefined]) {
      const r = await call(`${emu.url}/oauth2/token`, { headers: authorization ? { authorization } : {}, form: { grant_type: 'client_credentials' } });
      expect(r.status).toBe(401);
      expect(r.json.error).toBe('invalid_client');
    }
  });

  it('answers 400 for another grant type or a JSON body', async () => {
    const auth = { authorization: basic(CLIENT.clientId, CLIENT.clientSecret) };
    expect((await call(`${emu.url}/oauth2/token`, { headers: auth, form: { grant_type: 'password' } })).json.error).toBe('unsupported_grant_type');
    const j = await call(`${emu.url}/oauth2/token`, { headers: auth, body: { grant_type: 'client_credentials' } });
    expect(j.status).toBe(400);
  });

  it('the default client is used when none is configured', async () => {
    const other = await startEmulator();
    try {
      const r = await call(`${other.url}/oauth2/token`, { headers: { authorization: basic('emulator-client', 'emulator-secret') }, form: { grant_type: 'client_credentials' } });
      expect(r.status).toBe(200);
    } finally {
      await other.close();
    }
  });
});

describe('bearer requirement', () => {
  it('401 without Authorization, 401 with an unknown token, 403 with Basic', async () => {
    const none = await call(`${emu.url}/api/v1/accounts`, { body });
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    const bad = await call(`${emu.url}/api/v1/accounts`, { body, headers: { authorization: 'Bearer not-a-token' } });
    expect(bad.status).toBe(401);
    const basicAuth = await call(`${emu.url}/api/v1/accounts`, { body, headers: { authorization: basic(CLIENT.clientId, CLIENT.clientSecret) } });
    expect(basicAuth.status).toBe(403);
  });

  it('guards retrieval routes too', async () => {
    const r = await call(`${emu.url}/api/v1/accounts/a/workflow-executions/w/status`);
    expect(r.status).toBe(401);
  });

  it('accepts a valid token', async () => {
    const token = await getToken(emu);
    const r = await call(`${emu.url}/api/v1/accounts`, { body, headers: { authorization: `Bearer ${token}` } });
    expect(r.status).toBe(200);
    const [h, p] = token.split('.');
    const forged = `${h}.${p}.${'A'.repeat(43)}`;
    expect((await call(`${emu.url}/api/v1/accounts`, { body, headers: { authorization: `Bearer ${forged}` } })).status).toBe(401);
  });

  it('a token stops working after expires_in', async () => {
    const short = await startEmulator({ clients: [CLIENT], tokenExpiresIn: 1 });
    try {
      const token = await getToken(short);
      const tr = await call(`${short.url}/oauth2/token`, { headers: { authorization: basic(CLIENT.clientId, CLIENT.clientSecret) }, form: { grant_type: 'client_credentials' } });
      expect(tr.json.expires_in).toBe(1);
      expect((await call(`${short.url}/api/v1/accounts`, { body, headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
      await sleep(1100);
      expect((await call(`${short.url}/api/v1/accounts`, { body, headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
    } finally {
      await short.close();
    }
  });
});

describe('switchable strictness', () => {
  it('invalidTokenStatus: 403 answers a missing or unknown token with 403', async () => {
    const strict = await startEmulator({ clients: [CLIENT], invalidTokenStatus: 403 });
    try {
      expect((await call(`${strict.url}/api/v1/accounts`, { body })).status).toBe(403);
      expect((await call(`${strict.url}/api/v1/accounts`, { body, headers: { authorization: 'Bearer nope' } })).status).toBe(403);
      const token = await getToken(strict);
      expect((await call(`${strict.url}/api/v1/accounts`, { body, headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    } finally {
      await strict.close();
    }
  });

  it('requireUserAgent: 403 without a User-Agent (journaled), 200 with one', async () => {
    const strict = await startEmulator({ clients: [CLIENT], requireUserAgent: true });
    try {
      const token = await getToken(strict).catch(() => undefined);
      expect(token).toBeUndefined();
      const ua = { 'user-agent': 'Acme Onboarding/3.2' };
      const t = await call(`${strict.url}/oauth2/token`, { headers: { ...ua, authorization: basic(CLIENT.clientId, CLIENT.clientSecret) }, form: { grant_type: 'client_credentials' } });
      expect(t.status).toBe(200);
      const noUa = await call(`${strict.url}/api/v1/accounts`, { body, headers: { authorization: `Bearer ${t.json.access_token}` } });
      expect(noUa.status).toBe(403);
      expect(noUa.json.message).toMatch(/User-Agent/);
      expect((await call(`${strict.url}/api/v1/accounts`, { body, headers: { ...ua, authorization: `Bearer ${t.json.access_token}` } })).status).toBe(200);
      expect(strict.journal().map((e) => e.status)).toEqual([403, 200, 403, 200]);
    } finally {
      await strict.close();
    }
  });
});
