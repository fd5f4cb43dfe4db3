// A legacy initiate or retrieval sent through a client instance that another module of the repository creates
// (`export const jumioHttp = axios.create({ baseURL, auth })` in jumio-http.ts; `jumioHttp.post('/authentication/v1/web/initiate', …)`
// elsewhere) is migrated like a call through an instance of the file's own when everything the instance adds is proven:
// its config holds plain options only, and every use of it in the run's files is a request call
// (analysis/imported-instance-proof.ts). Anything that may change its requests from elsewhere — an interceptor, axios-retry,
// its defaults written, the instance handed on or re-exported, a transform in its config — keeps the call flagged.
// Real runs of the codemod over project trees on disk (in process).
import { describe, expect, it } from 'vitest';
import { tempRepoRunner } from '../support/temp-repo-run.js';

const INSTANCE = (extra = '', config = '') => `import axios from 'axios';

export const jumioHttp = axios.create({
  baseURL: 'https://lon.netverify.com/api',
  auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
  headers: { 'User-Agent': 'Acme Shop/1.0' },
  timeout: 10_000,${config}
});
${extra}`;

const FACE_LOGIN = `import { jumioHttp } from './jumio-http';

interface Started { redirectUrl: string; transactionReference: string }

export async function startFaceLogin(enrollmentReference: string, userId: string) {
  const { data } = await jumioHttp.post<Started>('/authentication/v1/web/initiate', {
    enrollmentTransactionReference: enrollmentReference,
    userReference: userId,
    successUrl: 'https://shop.example/face/ok',
    tokenLifetimeInMinutes: 30,
  });
  return { url: data.redirectUrl, ref: data.transactionReference };
}
`;

const RESULT = `import { jumioHttp as http } from './jumio-http';

export async function faceResult(ref: string) {
  const res = await http.get(\`/netverify/v2/authentications/\${ref}\`);
  return res.data;
}
`;

const FLAGGED = 'The codemod does not migrate a call whose instance is configured in another module';
const ITEM = 'this axios instance still carries the legacy Basic credentials';

const run = tempRepoRunner('nvm-imported-instance-');

describe('a call through a client instance imported from another module', () => {
  it('axios: the initiate and the retrieval are migrated with an absolute KYX URL and auth: null; the instance gets the item', async () => {
    const out = await run({ 'src/jumio-http.ts': INSTANCE(), 'src/face-login.ts': FACE_LOGIN, 'src/result.ts': RESULT });
    const login = out('src/face-login.ts');
    expect(login).toContain('await jumioHttp.put<Started>(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {');
    expect(login).toContain("{ headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` }, auth: null as never });");
    expect(login).toContain('return { url: data.web.href, ref: data.workflowExecution.id };');
    expect(login).toContain('interface Started { web: { href: string }; workflowExecution: { id: string } }');
    expect(login).not.toContain(FLAGGED);
    const result = out('src/result.ts');
    expect(result).toContain('await http.get(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, { headers: { Authorization: `Bearer ${await kyxAccessToken(\'emea-1\')}` }, auth: null as never });');
    expect(result).not.toContain(FLAGGED);
    // The instance itself is not edited (it may serve other calls); it is marked.
    const instance = out('src/jumio-http.ts');
    expect(instance).toContain(ITEM);
    expect(instance).toContain("baseURL: 'https://lon.netverify.com/api',");
  });

  it('CommonJS: module.exports = axios.create(…) required whole', async () => {
    const instance = "const axios = require('axios');\n\nmodule.exports = axios.create({\n  baseURL: 'https://netverify.com/api',\n  auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET },\n});\n";
    const caller = "const jumio = require('./jumio-http');\n\nexports.start = async function start(ref) {\n  const res = await jumio.post('/authentication/v1/web/initiate', { enrollmentTransactionReference: ref });\n  return res.data.redirectUrl;\n};\n";
    const out = await run({ 'lib/jumio-http.js': instance, 'lib/start.js': caller });
    expect(out('lib/start.js')).toContain('await jumio.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {');
    expect(out('lib/start.js')).toContain('auth: null });');
    expect(out('lib/start.js')).toContain('return res.data.web.href;');
    expect(out('lib/jumio-http.js')).toContain(ITEM);
  });

  it('got.extend(): the call overrides prefixUrl, username and password, and is never retried', async () => {
    const instance = "import got from 'got';\n\nexport default got.extend({\n  prefixUrl: 'https://netverify.com/api',\n  username: process.env.JUMIO_API_TOKEN,\n  password: process.env.JUMIO_API_SECRET,\n  responseType: 'json',\n});\n";
    const caller = "import jumio from './jumio-got';\n\nexport async function start(ref: string): Promise<string> {\n  const { body } = await jumio.post<{ redirectUrl: string }>('authentication/v1/web/initiate', { json: { enrollmentTransactionReference: ref } });\n  return body.redirectUrl;\n}\n";
    const out = await run({ 'src/jumio-got.ts': instance, 'src/start.ts': caller });
    const start = out('src/start.ts');
    expect(start).toContain('await jumio.put<{ web: { href: string } }>(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`');
    expect(start).toMatch(/prefixUrl: '', username: '', password: ''.*retry: \{ limit: 0 \}/s);
    expect(start).toContain('return body.web.href;');
    expect(out('src/jumio-got.ts')).toContain('this got.extend() instance still carries the legacy Basic credentials');
  });

  const flaggedWhen: [string, Record<string, string>][] = [
    ['a request interceptor in its module', { 'src/jumio-http.ts': INSTANCE('\njumioHttp.interceptors.request.use((c) => c);\n') }],
    ['axios-retry applied in another module', { 'src/jumio-http.ts': INSTANCE(), 'src/retry.ts': "import axiosRetry from 'axios-retry';\nimport { jumioHttp } from './jumio-http';\n\naxiosRetry(jumioHttp, { retries: 3 });\n" }],
    ['its defaults written in another module', { 'src/jumio-http.ts': INSTANCE(), 'src/setup.ts': "import { jumioHttp } from './jumio-http';\n\njumioHttp.defaults.headers.common['X-Tenant'] = 'acme';\n" }],
    ['a method taken off it', { 'src/jumio-http.ts': INSTANCE(), 'src/setup.ts': "import { jumioHttp } from './jumio-http';\n\nexport const { get } = jumioHttp;\n" }],
    ['a transformResponse in its config', { 'src/jumio-http.ts': INSTANCE('', '\n  transformResponse: [(d) => JSON.parse(d).data],') }],
    ['a barrel re-exporting it', { 'src/jumio-http.ts': INSTANCE(), 'src/index.ts': "export { jumioHttp } from './jumio-http';\n" }],
    ['its config spread from another object', { 'src/jumio-http.ts': INSTANCE('', '\n  ...shared,').replace("import axios from 'axios';", "import axios from 'axios';\nimport { shared } from './shared';"), 'src/shared.ts': 'export const shared = {};\n' }],
  ];
  for (const [why, files] of flaggedWhen) {
    it(`stays flagged at the call, the instance untouched but for its base URL's marker: ${why}`, async () => {
      const out = await run({ ...files, 'src/face-login.ts': FACE_LOGIN, 'src/result.ts': RESULT });
      expect(out('src/face-login.ts'), why).toContain(FLAGGED);
      expect(out('src/face-login.ts'), why).toContain("jumioHttp.post<Started>('/authentication/v1/web/initiate'");
      expect(out('src/result.ts'), why).toContain(FLAGGED);
      expect(out('src/jumio-http.ts'), why).not.toContain(ITEM);
    });
  }
});
