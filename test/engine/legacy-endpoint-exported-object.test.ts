// A legacy initiate URL held by a property of an exported settings object (`export const JUMIO = { api: '…' }`, also
// `as const`) is sent by the modules reading JUMIO.api. The item there said the URL 'was not migrated automatically
// (no call using it was proven here)' while the importer's call had just been migrated (found by running the CLI on a
// hand-written Koa + Vue app: server/src/config.js, server/src/services/jumio.js). legacy-endpoint/exported-constants.ts.
import { describe, expect, it } from 'vitest';
import { tempRepoRunner } from '../support/temp-repo-run.js';

const CONFIG = (suffix = '') => `export const JUMIO = {
  api: 'https://lon.netverify.com/api/authentication/v1/web/initiate',
  user: process.env.JUMIO_TOKEN,
  password: process.env.JUMIO_SECRET,
}${suffix};
`;
const SERVICE = `import got from 'got';
import { JUMIO } from '../config.js';

export async function initiate(enrollmentTransactionReference) {
  const { body } = await got.post(JUMIO.api, {
    username: JUMIO.user,
    password: JUMIO.password,
    json: { enrollmentTransactionReference, successUrl: 'https://app.example/kyc/result' },
    responseType: 'json',
  });
  return body.redirectUrl;
}
`;
const NOT_MIGRATED = 'was not migrated automatically (no call using it was proven here)';
const run = tempRepoRunner('nvm-exported-object-');

describe('a legacy initiate URL in a property of an exported settings object', () => {
  it('names the importer that makes the call (also with `as const`)', async () => {
    for (const suffix of ['', ' as const']) {
      const out = await run({ 'package.json': '{ "type": "module" }', 'src/config.js': CONFIG(suffix), 'src/services/jumio.js': SERVICE });
      expect(out('src/services/jumio.js')).toContain('account.emea-1.jumio.ai');
      expect(out('src/config.js'), suffix).toContain('is exported to services/jumio.js, where the calls are made');
      expect(out('src/config.js')).not.toContain(NOT_MIGRATED);
    }
  });

  it('an object that is not exported, or passed through a call, keeps the plain item', async () => {
    for (const config of [CONFIG().replace('export const', 'const'), CONFIG().replace('= {', '= Object.freeze({').replace('};', '});')]) {
      const out = await run({ 'package.json': '{ "type": "module" }', 'src/config.js': config, 'src/other.js': "import './config.js';\n" });
      expect(out('src/config.js')).toContain(NOT_MIGRATED);
    }
  });
});
