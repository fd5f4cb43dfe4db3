// Hold-out round 3 for the backend rules (test/holdout/round3-backend/): the five backend rules on 45 customer-style
// files written WITHOUT reading the rules, in styles rounds 1 and 2 lack (typed axios generics, `handlers` objects of
// async arrows, tsoa / inversify / routing-controllers decorators, hapi, restify, h3, Hono, Express Router middleware
// chains, Deno `fetch(new Request(…))`, ky, ofetch/$fetch, needle, `axios.request`, config built by a helper, spread
// defaults, optional chaining, `res.json({...})` mappings, p-retry / async-retry / Promise.race wrappers, a request
// inside `new Promise`, JSDoc types, .mts/.cts, Cloudflare/Vercel/h3 callbacks, `switch` over callback fields,
// `Object.fromEntries(new URLSearchParams(body))`, `@BodyParam`), plus 10 lookalikes. Every file runs through the
// backend rules in-process, in registry order (as the CLI runs them); the CLI run gave the same results.
// Checked as in round 2 (test/support/backend-holdout-suite.ts).
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round3-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round3-backend'),
  minInputs: 35,
  tmpPrefix: 'nvm-holdout3-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
