// The CLI end to end, as an operator runs it: `netverify-migrate emulator`, `shim import`, `shim serve`, a legacy
// initiate with curl (examples/curl-initiate.sh), the emulator journal, SIGTERM, and the logs checked for secrets.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './helpers/build.js';

const run = promisify(execFile);
const CLIENT_SECRET = 'acme-oauth2-secret-4Rj9';
const API_TOKEN = 'acme-legacy-api-token';
const API_SECRET = 'acme-legacy-api-secret';

function startCli(bin: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string; stderr: () => string; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed; stderr: ${err}`)), 20_000);
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1], stderr: () => err, exited });
      }
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${err}`)));
  });
}

describe.skipIf(!existsSync('/usr/bin/curl'))('netverify-migrate shim (CLI)', () => {
  let bin: string;
  let dir: string;
  beforeAll(() => {
    bin = ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'shim-cli-'));
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('curl → shim serve → emulator: legacy shape back, token call and mapped PUT in the journal; SIGTERM drains', async () => {
    const emu = await startCli(bin, ['emulator', '--port', '0', '--client', `acme-oauth2-client:${CLIENT_SECRET}`], {});
    try {
      const seed = (await (await fetch(`${emu.url}/__control/seed`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as
        { accountId: string; idCredentialId: string; enrollmentReference: string };
      const config = JSON.parse(readFileSync(join(ROOT, 'test/shim/examples/shim.config.json'), 'utf8')) as Record<string, unknown>;
      config.kyxOrigin = emu.url;
      writeFileSync(join(dir, 'shim.json'), JSON.stringify(config));
      const store = `sqlite:${join(dir, 'shim.db')}`;
      writeFileSync(join(dir, 'map.csv'), `enrollmentReference,accountId,credentialId,region\n${seed.enrollmentReference},${seed.accountId},${seed.idCredentialId},emea-1\nbad,not-a-uuid,,\n`);

      const imp = await run(process.execPath, [bin, 'shim', 'import', join(dir, 'map.csv'), '--store', store]).catch((e: { stdout: string; stderr: string; code: number }) => e);
      expect(imp.stdout).toBe('imported 1, rejected 1\n');
      expect(imp.stderr).toContain('map.csv:3: rejected: accountId must be a UUID');
      expect((imp as { code?: number }).code).toBe(1);

      const shim = await startCli(bin, ['shim', 'serve', '--port', '0', '--config', join(dir, 'shim.json'), '--store', store, '--log-file', join(dir, 'shim.log')], { KYX_CLIENT_SECRET: CLIENT_SECRET });
      const { stdout } = await run('sh', [join(ROOT, 'test/shim/examples/curl-initiate.sh')], {
        env: { ...process.env, SHIM_URL: shim.url, JUMIO_API_TOKEN: API_TOKEN, JUMIO_API_SECRET: API_SECRET, ENROLLMENT_REFERENCE: seed.enrollmentReference },
      });
      const legacy = JSON.parse(stdout) as Record<string, string>;
      expect(Object.keys(legacy).sort()).toEqual(['redirectUrl', 'timestamp', 'transactionReference']);

      const journal = (await (await fetch(`${emu.url}/__control/journal`)).json()) as { route: string; method: string; body?: Record<string, unknown> }[];
      const routes = journal.filter((j) => j.route === 'token' || j.route === 'updateAccount');
      expect(routes.map((j) => `${j.method} ${j.route}`)).toEqual(['POST token', 'PUT updateAccount']);
      expect(routes[1].body).toMatchObject({
        web: { successUrl: 'https://acme.example/auth/done' },
        tokenLifetime: '1h',
        workflowDefinition: { key: 9, credentials: [{ id: seed.idCredentialId, category: 'ID' }, { category: 'FACEMAP' }] },
        callbackUrl: 'https://shim.acme.example/callbacks/kyx',
      });

      shim.child.kill('SIGTERM');
      expect(await shim.exited).toBe(0);
      const logs = readFileSync(join(dir, 'shim.log'), 'utf8');
      expect(logs).toContain('"event":"proxy.request"');
      expect(logs).toContain('"event":"proxy.stopped"');
      for (const line of logs.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
      for (const secret of [CLIENT_SECRET, API_SECRET, API_TOKEN, new URL(legacy.redirectUrl).searchParams.get('authorizationToken')!])
        expect(logs.includes(secret)).toBe(false);
    } finally {
      emu.child.kill('SIGTERM');
      await emu.exited;
    }
  }, 60_000);

  it('hash-secret prints a hash the config accepts; serve refuses a config without callers', async () => {
    const child = spawn(process.execPath, [bin, 'shim', 'hash-secret', '--kind', 'sha256'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stdin.end('my-secret\n');
    await new Promise((r) => child.on('exit', r));
    expect(out).toMatch(/^sha256\$[0-9a-f]{32}\$[0-9a-f]{64}\n$/);
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ clients: { main: { clientId: 'a', clientSecret: 'b' } }, callers: [] }));
    const res = await run(process.execPath, [bin, 'shim', 'serve', '--config', join(dir, 'bad.json')]).catch((e: { code: number; stderr: string }) => e);
    expect((res as { code: number }).code).toBe(2);
    expect((res as { stderr: string }).stderr).toContain('configure at least one caller');
  });
});
