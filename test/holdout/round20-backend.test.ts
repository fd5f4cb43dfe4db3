// Hold-out round 20 for the backend rules (test/holdout/round20-backend/): the five backend rules on 19 customer-style
// files written WITHOUT reading the rules, weighted to the most common shapes of the real-world catalogue written in
// fresh ways: authentications through got on Hono 4 on Node with the response type imported from a shared types
// module (identity-types.ts) and a conditional token lifetime, a TypeScript class over undici whose endpoint and
// credentials are #private fields and whose response is read with optional chaining, an Express 5 handler calling
// axios(config) with a computed Content-Length, btoa and a destructuring with renames and a default, a Koa route with
// node-fetch adding page fields after the body literal (an assignment and Object.assign) and a pre-encoded Basic env
// var, a Hapi 21 plugin (CommonJS) with request-promise-native inside a session-authenticated route's options;
// enrolments through a JS client class with #private credentials decorated onto a Fastify instance, the global fetch
// raced against a deadline with Promise.race and an imported cast type, an AWS Lambda picking the data centre by an
// environment ternary of two literals, and an ESM router importing a CommonJS settings module (jumio-settings.cjs)
// with superagent; retrievals through got in Fastify with an imported details type, axios in a CommonJS Express route
// with a two-level destructuring with defaults, and a class with #private base and Basic fields over fetch with
// AbortSignal.timeout; callbacks in Koa + koa-body destructured with renames and defaults, a Fastify plugin's
// fastify.route({ url, handler }) behind @fastify/formbody, and an Express route wrapped by express-async-handler with
// the US callback IPs in a Set; plus 4 lookalikes (a bank's hosted-payment-page "web initiate" API with Basic
// credentials and redirectUrl/transactionReference, a face login already on KYX in a class with a cached token,
// Signicat's Authentication REST API, a card switch's form notification on Hono). Every file runs through the backend
// rules in-process, in registry order (as the CLI runs them). Checked as in round 2
// (test/support/backend-holdout-suite.ts). The corpus and its judgements (round20-backend-judgements.ts) were written
// before the first run of the codemod on them.
// First run (at 7e3247d, the corpus and judgements committed before it): 40 tests, 37 passed, 3 failed; every diff
// read by hand. All three failures were my judgements' form, not defects: a `not` string ('Basic', 'JUMIO_BASIC_AUTH')
// that the input's own header comment holds, which the codemod rightly keeps (auth-koa-node-fetch-assign-after-literal,
// enr-lambda-env-region-ternary-axios, ret-class-private-fields-fetch-timeout) — narrowed to the code
// ('process.env.JUMIO_BASIC_AUTH', 'Basic $', "'Basic '"). 19 of 19 files as judged; no known gap.
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round20-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round20-backend'),
  minInputs: 19,
  tmpPrefix: 'nvm-holdout20-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
