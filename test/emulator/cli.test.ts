// The `emulator` command: option parsing, start/print/close on a signal, and (when dist/ is built) the real
// binary: prints the URL, serves, exits 0 on SIGTERM.
import { afterAll, describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CLIENTS_ENV, serveEmulator, toOptions, UsageError, type EmulatorArgs } from '../../cli/commands/emulator.js';
import { basic, call } from './support/helpers.js';

const base: EmulatorArgs = { port: 0, host: '127.0.0.1', legacy: false, region: 'amer-1', 'token-expires-in': 3600, prefix: 'acme', links: 'emulator' };

describe('emulator command options', () => {
  it('maps flags to library options; clients from --client and the environment', () => {
    const o = toOptions({ ...base, legacy: true, region: 'emea-1', client: ['a:s1'], 'token-expires-in': 60, links: 'vendor' }, { [CLIENTS_ENV]: 'b:s:2, c:s3' });
    expect(o).toMatchObject({ mode: 'legacy', region: 'emea-1', tokenExpiresIn: 60, links: 'vendor', port: 0, host: '127.0.0.1' });
    expect(o.clients).toEqual([
      { clientId: 'a', clientSecret: 's1' },
      { clientId: 'b', clientSecret: 's:2' },
      { clientId: 'c', clientSecret: 's3' },
    ]);
    expect(toOptions(base, {}).clients).toBeUndefined();
  });

  it('rejects bad usage', () => {
    expect(() => toOptions({ ...base, region: 'us' }, {})).toThrow(UsageError);
    expect(() => toOptions({ ...base, client: ['nocolon'] }, {})).toThrow(/clientId>:<clientSecret/);
    expect(() => toOptions({ ...base, port: 70000 }, {})).toThrow(/port/);
    expect(() => toOptions({ ...base, 'tls-key': 'k.pem' }, {})).toThrow(/together/);
    expect(() => toOptions({ ...base, links: 'x' }, {})).toThrow(/links/);
    expect(() => toOptions({ ...base, 'journal-limit': -1 }, {})).toThrow(/journal-limit/);
    expect(toOptions({ ...base, 'journal-limit': 0 }, {}).journalLimit).toBe(0);
  });
});

describe('close', () => {
  it('lets an in-flight request finish, refuses new connections, and cuts a stuck one after the grace period', async () => {
    const { startEmulator } = await import('../../emulator/index.js');
    const emu = await startEmulator();
    emu.injectFault({ route: 'token', kind: 'latency', ms: 300, times: 1 });
    const inflight = call(`${emu.url}/oauth2/token`, { headers: { authorization: basic('emulator-client', 'emulator-secret') }, form: { grant_type: 'client_credentials' } });
    await new Promise((r) => setTimeout(r, 50));
    const closed = emu.close();
    expect((await inflight).status).toBe(200);
    await closed;
    await expect(call(`${emu.url}/oauth2/token`)).rejects.toMatchObject({ code: 'ECONNREFUSED' });

    const stuck = await startEmulator();
    stuck.injectFault({ route: 'token', kind: 'latency', ms: 5000, times: 1 });
    const hanging = call(`${stuck.url}/oauth2/token`, { form: { grant_type: 'client_credentials' } }).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));
    const t0 = Date.now();
    await stuck.close();
    expect(Date.now() - t0).toBeLessThan(2500);
    expect(await hanging).toBeInstanceOf(Error);
  });
});

describe('serveEmulator', () => {
  it('prints the URL first, never a secret, and closes on SIGTERM', async () => {
    const lines: string[] = [];
    const signals = new EventEmitter();
    const emu = await serveEmulator(toOptions({ ...base, client: ['cli-client:cli-secret-xyz'] }, {}), (l) => lines.push(l), signals);
    expect(lines[0]).toBe(`${emu.url}\n`);
    expect(lines.join('')).toContain('cli-client');
    expect(lines.join('')).not.toContain('cli-secret-xyz');
    const r = await call(`${emu.url}/oauth2/token`, { headers: { authorization: basic('cli-client', 'cli-secret-xyz') }, form: { grant_type: 'client_credentials' } });
    expect(r.status).toBe(200);
    signals.emit('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lines[lines.length - 1]).toContain('closed');
    await expect(call(`${emu.url}/oauth2/token`)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});

const BIN = fileURLToPath(new URL('../../bin/netverify-migrate.js', import.meta.url));
const BUILT = existsSync(fileURLToPath(new URL('../../dist/cli/commands/emulator.js', import.meta.url)));

describe.skipIf(!BUILT)('the built binary (npm run build)', () => {
  const children: ReturnType<typeof spawn>[] = [];
  afterAll(() => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  });

  it('netverify-migrate emulator --legacy --port 0: prints the URL, serves, exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, 'emulator', '--legacy', '--port', '0'], { env: { ...process.env, [CLIENTS_ENV]: 'api-user:api-secret' }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout?.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /^(http:\/\/127\.0\.0\.1:\d+)\n/.exec(out);
        if (m) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    const seeded = await call(`${url}/__control/seed`, { body: {} });
    const r = await call(`${url}/api/authentication/v1/web/initiate`, {
      headers: { authorization: basic('api-user', 'api-secret') },
      body: { enrollmentTransactionReference: seeded.json.enrollmentReference, callbackUrl: 'https://shop.example/cb' },
    });
    expect(r.status).toBe(200);
    const code = await new Promise<number | null>((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
    expect(out).not.toContain('api-secret');
  });
});
