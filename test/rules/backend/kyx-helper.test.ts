// The KYX helper module the rules write into the customer's repo, run for real: ESM and CommonJS variants,
// client-credentials token fetch against a loopback token endpoint, caching, single flight, failures not cached,
// and the resolveKyxAccount seam.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { helperSource } from '../../../codemods/analysis/kyx-helper.js';

interface Helper {
  kyxAccessToken(region: string): Promise<string>;
  resolveKyxAccount(ref: string): Promise<{ accountId: string; credentialId: string }>;
  setKyxAccountResolver(fn: (ref: string) => { accountId: string; credentialId: string }): void;
}

let server: Server;
let tokenUrl: string;
const seen: { auth?: string; body: string; type?: string }[] = [];
let answer: { status: number; expiresIn: number } = { status: 200, expiresIn: 3600 };
const dir = mkdtempSync(join(tmpdir(), 'kyx-helper-'));

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((res) => {
    let b = '';
    req.on('data', (c) => (b += c));
    req.on('end', () => res(b));
  });
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = await readBody(req);
    seen.push({ auth: req.headers.authorization, body, type: req.headers['content-type'] });
    await new Promise((r) => setTimeout(r, 20));
    res.writeHead(answer.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ access_token: `tok-${seen.length}`, expires_in: answer.expiresIn, token_type: 'Bearer' }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  tokenUrl = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/oauth2/token`;
  writeFileSync(join(dir, 'kyx-auth.mjs'), helperSource(false, true));
  writeFileSync(join(dir, 'kyx-auth.cjs'), helperSource(false, false));
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  seen.length = 0;
  answer = { status: 200, expiresIn: 3600 };
  delete process.env.KYX_CLIENT_ID;
  delete process.env.KYX_CLIENT_SECRET;
  delete process.env.KYX_TOKEN_URL;
});

function configure(id = 'client-a', secret = 's3cret'): void {
  process.env.KYX_CLIENT_ID = id;
  process.env.KYX_CLIENT_SECRET = secret;
  process.env.KYX_TOKEN_URL = tokenUrl;
}

const variants: [string, () => Promise<Helper>][] = [
  ['ESM', async () => (await import(`${pathToFileURL(join(dir, 'kyx-auth.mjs')).href}?v=${Math.random()}`)) as Helper],
  ['CommonJS', async () => {
    const req = createRequire(import.meta.url);
    const p = join(dir, 'kyx-auth.cjs');
    delete req.cache[p];
    return req(p) as Helper;
  }],
];

for (const [name, load] of variants) {
  describe(`helper module (${name})`, () => {
    it('fetches a token with client credentials (Basic client id:secret, form body) and caches it', async () => {
      const h = await load();
      configure();
      const [a, b] = await Promise.all([h.kyxAccessToken('emea-1'), h.kyxAccessToken('emea-1')]);
      const c = await h.kyxAccessToken('https://account.emea-1.jumio.ai/api/v1/accounts/x');
      expect([a, b, c]).toEqual(['tok-1', 'tok-1', 'tok-1']);
      expect(seen).toHaveLength(1);
      expect(seen[0]!.auth).toBe(`Basic ${Buffer.from('client-a:s3cret').toString('base64')}`);
      expect(seen[0]!.body).toBe('grant_type=client_credentials');
      expect(seen[0]!.type).toBe('application/x-www-form-urlencoded');
    });

    it('keys the cache by the credentials and refreshes tokens that are about to expire', async () => {
      const h = await load();
      configure('client-b');
      answer.expiresIn = 30; // inside the 60 s refresh margin: never reused
      await h.kyxAccessToken('amer-1');
      await h.kyxAccessToken('amer-1');
      expect(seen).toHaveLength(2);
      configure('client-c');
      answer.expiresIn = 3600;
      await h.kyxAccessToken('amer-1');
      expect(seen).toHaveLength(3);
    });

    it('does not cache failures and names the status', async () => {
      const h = await load();
      configure('client-d');
      answer.status = 401;
      await expect(h.kyxAccessToken('apac-1')).rejects.toThrow(/HTTP 401/);
      answer.status = 200;
      await expect(h.kyxAccessToken('apac-1')).resolves.toBe('tok-2');
    });

    it('refuses to run without the OAuth2 client pair', async () => {
      const h = await load();
      await expect(h.kyxAccessToken('emea-1')).rejects.toThrow(/KYX_CLIENT_ID and KYX_CLIENT_SECRET must be set/);
      expect(seen).toHaveLength(0);
    });

    it('resolveKyxAccount throws a clear error until implemented, then uses the installed resolver', async () => {
      const h = await load();
      await expect(h.resolveKyxAccount('enr-1')).rejects.toThrow(/resolveKyxAccount is not implemented/);
      await expect(h.resolveKyxAccount('')).rejects.toThrow(/an enrollment reference is required/);
      h.setKyxAccountResolver((ref) => ({ accountId: `acc-${ref}`, credentialId: 'cred-1' }));
      await expect(h.resolveKyxAccount('enr-1')).resolves.toEqual({ accountId: 'acc-enr-1', credentialId: 'cred-1' });
    });
  });
}
