// The test network itself: real hostnames, real TLS with certificate verification, routed to loopback.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { makeTestCerts, type TestCerts } from './support/certs.js';
import { startTlsFront, type TlsFront } from './support/tls-front.js';
import { lastJson, runRouted } from './support/child.js';

const UNDICI = new URL('../../node_modules/undici/index.js', import.meta.url).href;
const REPO_PACKAGE = new URL('../../package.json', import.meta.url).href;

describe('test network routing', () => {
  let certs: TestCerts;
  let front: TlsFront;
  let server: http.Server;
  const seen: string[] = [];

  beforeAll(async () => {
    certs = makeTestCerts();
    server = http.createServer((req, res) => {
      seen.push(`${req.method} ${req.headers.host}${req.url}`);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ host: req.headers.host }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    front = await startTlsFront({ certPem: certs.certPem, keyPem: certs.keyPem, targetPort: (server.address() as AddressInfo).port });
    writeFileSync(join(certs.dir, 'probe.mjs'), `
      import { request } from ${JSON.stringify(UNDICI)};
      const out = {};
      try { out.fetch = await (await fetch('https://lon.netverify.com/api/x')).json(); } catch (e) { out.fetch = String(e.cause?.code ?? e.message); }
      try { out.undici = await (await request('https://retrieval.emea-1.jumio.ai/api/y')).body.json(); } catch (e) { out.undici = String(e.code ?? e.message); }
      try { await fetch('https://example.org/'); out.other = 'reached'; } catch (e) { out.other = 'refused'; }
      console.log(JSON.stringify(out));
    `);
    // The customer clients that send over node:http(s) (the preload's tls.connect patch must cover their agents,
    // and NODE_EXTRA_CA_CERTS must be what makes them trust the front).
    writeFileSync(join(certs.dir, 'probe-node-clients.mjs'), `
      import { createRequire } from 'node:module';
      import { pathToFileURL } from 'node:url';
      const require = createRequire(${JSON.stringify(REPO_PACKAGE)});
      const axios = require('axios');
      const superagent = require('superagent');
      const request = require('request');
      const { default: got } = await import(pathToFileURL(require.resolve('got')).href);
      const code = (e) => String(e?.code ?? e?.cause?.code ?? e?.message ?? e);
      const out = {};
      try { out.axios = (await axios.get('https://lon.netverify.com/api/axios')).data; } catch (e) { out.axios = code(e); }
      try { out.got = await got.get('https://account.emea-1.jumio.ai/api/got').json(); } catch (e) { out.got = code(e); }
      try { out.superagent = (await superagent.get('https://core-sgp.jumio.com/api/superagent')).body; } catch (e) { out.superagent = code(e); }
      out.request = await new Promise((resolve) => request.get({ uri: 'https://retrieval.amer-1.jumio.ai/api/request', json: true },
        (err, _res, body) => resolve(err ? code(err) : body)));
      try { await axios.get('https://example.org/'); out.other = 'reached'; } catch (e) { out.other = 'refused'; }
      console.log(JSON.stringify(out));
    `);
  });
  afterAll(async () => {
    await front?.close();
    await new Promise<void>((r) => server?.close(() => r()));
    if (certs) rmSync(certs.dir, { recursive: true, force: true });
  });

  it('routes fetch and undici to loopback with the real Host header when the CA is trusted', async () => {
    const r = await runRouted([join(certs.dir, 'probe.mjs')], { port: front.port, caFile: certs.caFile });
    const out = lastJson<Record<string, unknown>>(r);
    expect(out.fetch).toEqual({ host: 'lon.netverify.com' });
    expect(out.undici).toEqual({ host: 'retrieval.emea-1.jumio.ai' });
    expect(out.other).toBe('refused');
    expect(seen).toContain('GET lon.netverify.com/api/x');
  });

  it('routes axios, got, superagent and request (node:https agents) the same way', async () => {
    const r = await runRouted([join(certs.dir, 'probe-node-clients.mjs')], { port: front.port, caFile: certs.caFile });
    const out = lastJson<Record<string, unknown>>(r);
    expect(out).toEqual({
      axios: { host: 'lon.netverify.com' },
      got: { host: 'account.emea-1.jumio.ai' },
      superagent: { host: 'core-sgp.jumio.com' },
      request: { host: 'retrieval.amer-1.jumio.ai' },
      other: 'refused',
    });
    expect(seen).toEqual(expect.arrayContaining(['GET lon.netverify.com/api/axios', 'GET account.emea-1.jumio.ai/api/got',
      'GET core-sgp.jumio.com/api/superagent', 'GET retrieval.amer-1.jumio.ai/api/request']));
  });

  it('node:https clients also fail certificate verification without the test CA', async () => {
    const r = await runRouted([join(certs.dir, 'probe-node-clients.mjs')], { port: front.port });
    const out = lastJson<Record<string, unknown>>(r);
    for (const client of ['axios', 'got', 'superagent', 'request']) expect(String(out[client]), client).toMatch(/CERT|SELF_SIGNED|UNABLE/);
  });

  it('fails certificate verification without the test CA (the TLS is real)', async () => {
    const r = await runRouted([join(certs.dir, 'probe.mjs')], { port: front.port });
    const out = lastJson<Record<string, unknown>>(r);
    expect(String(out.fetch)).toMatch(/CERT|SELF_SIGNED|UNABLE/);
  });
});
