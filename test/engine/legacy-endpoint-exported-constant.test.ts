// A legacy initiate URL held by a constant a configuration module exports is sent by the modules importing it. When
// the run migrates the importer's call, the item in the configuration module must not say the URL "was not migrated"
// (found on a hand-written Electron app: main/config.js exports JUMIO_API, main/jumio.js posts to it). Real runs.
import { describe, expect, it } from 'vitest';
import { tempRepoRunner } from '../support/temp-repo-run.js';

const CONFIG_CJS = `module.exports = {
  JUMIO_API: 'https://netverify.com/api/authentication/v1/web/initiate',
  SUCCESS_URL: 'https://desk.example.com/jumio/success',
};
`;
const CONFIG_ESM = `export const JUMIO_API = 'https://netverify.com/api/authentication/v1/web/initiate';
export const SUCCESS_URL = 'https://desk.example.com/jumio/success';
`;
const CALLER = (load: string) => `${load}

async function startFaceCheck(enrollmentReference, tellerId) {
  const response = await axios.post(JUMIO_API, {
    enrollmentTransactionReference: enrollmentReference,
    userReference: tellerId,
    successUrl: SUCCESS_URL,
  }, {
    auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
    headers: { 'User-Agent': 'Desk/1.0' },
  });
  return response.data.redirectUrl;
}
module.exports = { startFaceCheck };
`;
const NOT_MIGRATED = 'was not migrated automatically (no call using it was proven here)';

const run = tempRepoRunner('nvm-exported-const-');

describe('a legacy initiate URL exported by a configuration module', () => {
  it('names the importer that makes the call instead of saying the URL was not migrated', async () => {
    const out = await run({ 'src/config.js': CONFIG_CJS, 'src/jumio.js': CALLER("const axios = require('axios');\nconst { JUMIO_API, SUCCESS_URL } = require('./config');") });
    expect(out('src/jumio.js')).toContain('account.amer-1.jumio.ai'); // the call is migrated
    expect(out('src/config.js')).toContain('is exported to jumio.js, where the calls are made');
    expect(out('src/config.js')).not.toContain(NOT_MIGRATED);
  });

  it('also for `export const` read through an ES import', async () => {
    const out = await run({ 'src/config.mjs': CONFIG_ESM, 'src/jumio.mjs': CALLER("import axios from 'axios';\nimport { JUMIO_API, SUCCESS_URL } from './config.mjs';").replace('module.exports = { startFaceCheck };', 'export { startFaceCheck };') });
    expect(out('src/config.mjs')).toContain('is exported to jumio.mjs, where the calls are made');
  });

  it('a constant no module of the repository reads (a --write run already migrated its caller) is to be removed', async () => {
    const out = await run({ 'src/config.js': CONFIG_CJS, 'src/other.js': "const { SUCCESS_URL } = require('./config');\nconsole.log(SUCCESS_URL);\n" });
    expect(out('src/config.js')).toContain('is exported, but no module of the repository reads it: remove it');
  });

  it('a URL that is not an exported constant keeps the plain item', async () => {
    const out = await run({ 'src/config.js': CONFIG_CJS.replace('module.exports = {', 'const settings = {') + 'module.exports = settings;\n', 'src/other.js': "require('./config');\n" });
    expect(out('src/config.js')).toContain(NOT_MIGRATED);
  });
});
