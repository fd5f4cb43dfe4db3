// Proof by execution, per HTTP client style (global fetch, undici.request, axios, got, superagent, request): the
// customer's legacy
// functions run against the legacy Netverify emulator; the real codemod engine migrates a copy; the migrated
// functions run against the KYX emulator. The caller must see the same result shape, and the KYX emulator's
// journal must show the OAuth2 token call, the account PUT with the mapped body and a Bearer token, and the
// retrieval GET. The code keeps its real Jumio URLs: a preload routes those hostnames to the emulator over TLS.
// axios, got, superagent and request send over node:http(s), which the preload routes at tls.connect.
// The `request` style's retrieval sits inside a Promise executor, which the retrieval rule leaves to a manual
// marker (it does not make that function async): that style proves the initiate call only, plus the marker.
// Every style also proves that a failed account lookup rejects the caller's promise and sends nothing.
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { toKyxAuthenticationRequest, type LegacyAuthInitiateRequest } from '../../api/index.js';
import { makeTestCerts, type TestCerts } from './support/certs.js';
import { lastJson, runRouted } from './support/child.js';
import { copyProject, migrate, REPO_ROOT, type Report } from './support/migrate.js';
import { writeSeams } from './support/seams.js';

const CALL = join(REPO_ROOT, 'test/execution/support/call.mjs');
const API_USER = { clientId: 'shop-api-token', clientSecret: 'shop-api-secret' };
const OAUTH = { clientId: 'shop-oauth-client', clientSecret: 'shop-oauth-secret' };
const ENV = {
  JUMIO_API_TOKEN: API_USER.clientId,
  JUMIO_API_SECRET: API_USER.clientSecret,
  JUMIO_BASIC_AUTH: Buffer.from(`${API_USER.clientId}:${API_USER.clientSecret}`).toString('base64'),
  KYX_CLIENT_ID: OAUTH.clientId,
  KYX_CLIENT_SECRET: OAUTH.clientSecret,
};

interface Called<T> {
  ok?: T;
  error?: string;
}
type Start = { url: string; reference: string };
type User = { reference: string; user: string };

let certs: TestCerts;
beforeAll(() => {
  certs = makeTestCerts();
});
afterAll(() => {
  if (certs) rmSync(certs.dir, { recursive: true, force: true });
});

async function emulator(mode: 'legacy' | 'kyx'): Promise<Emulator> {
  return startEmulator({ mode, region: 'emea-1', links: 'vendor', tls: { key: certs.keyPem, cert: certs.certPem }, clients: [mode === 'legacy' ? API_USER : OAUTH] });
}

function shapeOf(v: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, typeof x]));
}

const STYLES = [
  { name: 'global fetch', dir: 'fetch-client', file: 'jumio.mjs', lifetime: '1h', extraBody: { web: { successUrl: 'https://shop.example/jumio/done', errorUrl: 'https://shop.example/jumio/failed', locale: 'de' }, callbackUrl: 'https://shop.example/jumio/callback' } },
  { name: 'global fetch, CommonJS, pre-encoded credentials', dir: 'fetch-commonjs', file: 'jumio.cjs', lifetime: '90m', extraBody: { callbackUrl: 'https://shop.example/jumio/callback' } },
  { name: 'undici.request', dir: 'undici-client', file: 'jumio.mjs', lifetime: '1d', extraBody: { web: { successUrl: 'https://shop.example/jumio/done' }, callbackUrl: 'https://shop.example/jumio/callback' } },
  { name: 'axios (request config + shorthand, auth option)', dir: 'axios-client', file: 'jumio.mjs', lifetime: '30m', extraBody: { web: { successUrl: 'https://shop.example/jumio/done', errorUrl: 'https://shop.example/jumio/failed' }, callbackUrl: 'https://shop.example/jumio/callback' } },
  { name: 'got (json option, username/password, .json())', dir: 'got-client', file: 'jumio.mjs', lifetime: '2h', extraBody: { web: { locale: 'fr' }, callbackUrl: 'https://shop.example/jumio/callback' } },
  { name: 'axios shorthands (post(url, body, { headers: { ...headers }, auth }), destructured data, no lifetime)', dir: 'axios-shorthand', file: 'jumio.mjs', lifetime: undefined, extraBody: { web: { errorUrl: 'https://shop.example/jumio/failed', locale: 'en-GB' }, callbackUrl: 'https://shop.example/jumio/callback' } },
  { name: "got (responseType: 'json', destructured body, quoted keys)", dir: 'got-response-body', file: 'jumio.mjs', lifetime: '5m', extraBody: { callbackUrl: 'https://shop.example/jumio/callback' } },
  { name: 'superagent, CommonJS (.auth().send())', dir: 'superagent-client', file: 'jumio.cjs', lifetime: '45m', extraBody: { web: { successUrl: 'https://shop.example/jumio/done' }, callbackUrl: 'https://shop.example/jumio/callback' } },
  { name: 'superagent .then() chains in non-async functions, pre-built Basic header', dir: 'superagent-then', file: 'jumio.mjs', lifetime: '1d', extraBody: { callbackUrl: 'https://shop.example/jumio/callback' } },
  { name: 'request, CommonJS (request.post({ json, body, auth }, cb) in a Promise)', dir: 'request-client', file: 'jumio.cjs', lifetime: '3d', extraBody: { callbackUrl: 'https://shop.example/jumio/callback' }, promiseExecutor: true },
] as const;

for (const style of STYLES) {
  describe(`client style: ${style.name}`, () => {
    let legacyResult: { start: Start; user: User };
    let legacyBody: LegacyAuthInitiateRequest;
    let migratedDir: string;
    let report: Report;
    // request's calls sit in Promise executors: since the executor hoist of 4b02d40 the retrieval there is migrated
    // like the initiate (it was left manual before), so every style migrates both calls.
    const promiseExecutor = 'promiseExecutor' in style && style.promiseExecutor;

    afterAll(() => {
      if (migratedDir) rmSync(migratedDir, { recursive: true, force: true });
    });

    it('runs the legacy functions against the legacy emulator', async () => {
      const jumio = await emulator('legacy');
      try {
        const seed = await jumio.seedAccount({ userReference: 'user-7' });
        const mod = join(REPO_ROOT, 'test/execution/fixtures', style.dir, style.file);
        const route = { port: jumio.port, caFile: certs.caFile };
        const start = lastJson<Called<Start>>(await runRouted([CALL, mod, 'startAuthentication', seed.enrollmentReference, 'user-7'], route, ENV));
        expect(start.error).toBeUndefined();
        const user = lastJson<Called<User>>(await runRouted([CALL, mod, 'authenticationUser', start.ok!.reference], route, ENV));
        expect(user.error).toBeUndefined();
        legacyResult = { start: start.ok!, user: user.ok! };
        expect(legacyResult.start.url).toMatch(/^https:\/\/acme\.netverify\.com\//);
        expect(legacyResult.user).toEqual({ reference: legacyResult.start.reference, user: 'user-7' });
        const routes = jumio.journal().map((e) => `${e.method} ${e.route} ${e.headers.authorization ?? '-'} ${e.status}`);
        expect(routes).toEqual(['POST legacyInitiate Basic 200', 'GET legacyRetrieval Basic 200']);
        legacyBody = jumio.journal()[0]!.body as LegacyAuthInitiateRequest;
      } finally {
        await jumio.close();
      }
    });

    it('migrates a copy with the real codemod engine', async () => {
      migratedDir = copyProject(join(REPO_ROOT, 'test/execution/fixtures', style.dir), 'nvm-exec-style-');
      report = await migrate(migratedDir);
      expect(report.summary.errors).toBe(0);
      const file = report.files.find((f) => f.path === style.file)!;
      expect(file.status).toBe('changed');
      const rules = ['initiate-authentication', 'retrieval-authentication'];
      expect(new Set(file.edits.map((e) => e.rule))).toEqual(new Set(rules));
      const text = readFileSync(join(migratedDir, style.file), 'utf8');
      expect(text).toContain('https://account.emea-1.jumio.ai/api/v1/accounts/');
      if (promiseExecutor) {
        // The calls sit in Promise executors: the account lookup and the token are awaited above the
        // `return new Promise(…)`, in the function made async, so a failure rejects the caller's promise (checked
        // by execution below) and the executor stays synchronous. Nothing to flag about it.
        expect(text).toMatch(/async function startAuthentication\([^)]*\) \{\n\s*const kyxAccount = await resolveKyxAccount\(enrollmentReference\);\n\s*const kyxToken = await kyxAccessToken\('emea-1'\);\n\s*return new Promise\(\(resolve, reject\) => \{/);
        expect(text).toMatch(/async function authenticationUser\(reference\) \{\n(\s*\/\/ .*\n)*\s*const \{ accountId \} = await resolveKyxWorkflowAccount\(reference\);\n\s*const kyxToken = await kyxAccessToken\('emea-1'\);\n\s*return new Promise\(\(resolve, reject\) => \{/);
        expect(file.manual.some((m) => /made async/.test(m.message))).toBe(false);
      }
      expect(text).toContain('https://retrieval.emea-1.jumio.ai/api/v1/accounts/');
      // Every migrated call now sends the KYX bearer token; none sends the Basic credentials any more.
      // (Inline, or through the token awaited above a Promise executor: `const kyxToken = await kyxAccessToken(…)`.)
      const hoisted = /const kyxToken = await kyxAccessToken\('emea-1'\);/.test(text);
      expect(text.match(hoisted ? /`Bearer \$\{(await kyxAccessToken\('emea-1'\)|kyxToken)\}`/g : /`Bearer \$\{await kyxAccessToken\('emea-1'\)\}`/g)).toHaveLength(rules.length);
      expect(text).not.toMatch(/authorization: `Basic|Authorization: (basic\(\)|AUTH_HEADER)/i);
    });

    it('runs the migrated functions against the KYX emulator: same result shape, PUT with mapped body and Bearer', async () => {
      expect(migratedDir, 'migration step ran').toBeDefined();
      const jumio = await emulator('kyx');
      try {
        const seed = await jumio.seedAccount({ userReference: 'user-7' });
        const seams = writeSeams(migratedDir, { accountId: seed.accountId, credentialId: seed.idCredentialId }, { workflowSeam: true });
        const mod = join(migratedDir, style.file);
        const route = { port: jumio.port, caFile: certs.caFile };
        const env = { ...ENV, TEST_ENROLLMENT_REFERENCE: seed.enrollmentReference };
        jumio.clearJournal();
        const start = lastJson<Called<Start>>(await runRouted(['--import', seams, CALL, mod, 'startAuthentication', seed.enrollmentReference, 'user-7'], route, env));
        expect(start.error).toBeUndefined();
        // The caller sees the same shape as before the migration.
        expect(shapeOf(start.ok!)).toEqual(shapeOf(legacyResult.start));
        expect(start.ok!.url).toMatch(/^https:\/\/acme\.web\.emea-1\.jumio\.ai\//);
        const expectedCalls = ['POST token Basic 200', 'PUT updateAccount Bearer 200'];
        const user = lastJson<Called<User>>(await runRouted(['--import', seams, CALL, mod, 'authenticationUser', start.ok!.reference], route, env));
        expect(user.error).toBeUndefined();
        expect(shapeOf(user.ok!)).toEqual(shapeOf(legacyResult.user));
        expect(user.ok).toEqual({ reference: start.ok!.reference, user: 'user-7' });
        expectedCalls.push('POST token Basic 200', 'GET workflowDetails Bearer 200');

        const journal = jumio.journal();
        const calls = journal.map((e) => `${e.method} ${e.route} ${e.headers.authorization ?? '-'} ${e.status}`);
        expect(calls).toEqual(expectedCalls);
        const put = journal.find((e) => e.route === 'updateAccount')!;
        expect(put.path).toBe(`/api/v1/accounts/${seed.accountId}`);
        expect(put.body).toEqual({
          customerInternalReference: 'user-7',
          userReference: 'user-7',
          workflowDefinition: { key: 9, credentials: [{ id: seed.idCredentialId, category: 'ID' }, { category: 'FACEMAP' }] },
          // No tokenLifetimeInMinutes in the legacy body: no tokenLifetime in the KYX body (KYX applies its default).
          ...(style.lifetime ? { tokenLifetime: style.lifetime } : {}),
          ...style.extraBody,
        });
        // …which is exactly the api/ mapping of the body the legacy function sent.
        expect(put.body).toEqual(toKyxAuthenticationRequest(legacyBody, { credentialId: seed.idCredentialId }));

        // A failed account lookup (an enrolment the customer's mapping does not know) rejects the caller's promise —
        // it must not hang in a Promise executor nor surface as an unhandled rejection — and nothing is sent.
        jumio.clearJournal();
        const unknown = lastJson<Called<Start>>(await runRouted(['--import', seams, CALL, mod, 'startAuthentication', 'no-such-enrollment', 'user-7'], route, env));
        expect(unknown).toEqual({ error: 'unknown enrollment no-such-enrollment' });
        expect(jumio.journal().filter((e) => e.route === 'updateAccount')).toEqual([]);
        const details = journal.find((e) => e.route === 'workflowDetails')!;
        expect(details.path).toBe(`/api/v1/accounts/${seed.accountId}/workflow-executions/${start.ok!.reference}`);
      } finally {
        await jumio.close();
      }
    });
  });
}
