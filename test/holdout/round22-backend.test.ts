// Hold-out round 22 for the backend rules (test/holdout/round22-backend/): the five backend rules on 15 customer-style
// files written WITHOUT reading the rules, weighted to the most common shapes of the real-world catalogue written in
// fresh ways: authentications through undici's request() in a Fastify 4 route with a typed Body generic answering with
// reply.send (a JSON.stringify body variable, lower-case header names with a computed content-length), a superagent
// chain with .auth() in a Hono 4 app on Node reading c.req.json(), the global fetch in an AWS Lambda (API Gateway
// REST) whose URL (SG, the older /api/auth/v1/initiate path), return page and link lifetime are properties of one
// settings object of the file, and a class whose body literal is built by a private method (flagged); enrolments
// through got.post<T> with responseType 'json' in a GraphQL Yoga resolver (preset, reportingCriteria, callbackUrl), the
// global fetch in an Express ESM router on a map of the three data centres indexed by an imported setting with the
// link lifetime an imported setting too (kyc-settings.mjs), and a TypeScript class holding an axios.create() instance
// (SG base URL, Basic auth) in a private field called with a relative path; retrievals through the global fetch in a
// BullMQ worker's processor on a host const + the job's reference, fetch inside p-retry in an Express ESM route (SG),
// and axios.get<T> in a Next.js App Router GET handler with the data centre picked per tenant from a settings record;
// callbacks in an Express CommonJS named handler behind express.urlencoded reading JSON.parse(livenessImages) and
// scanSource, and a Fastify route with @fastify/formbody, a typed Body generic and the SG callback IPs; plus 3
// lookalikes (a pay-later provider's hosted-page "web initiate" session through undici in Fastify with the legacy
// body's field names, a Hono + superagent face login already on KYX, a card acquirer's capture notification on
// Express with a lower-case-b callbackType). Every file runs through the backend rules in-process, in registry order
// (as the CLI runs them). Checked as in round 2 (test/support/backend-holdout-suite.ts). The corpus and its judgements
// (round22-backend-judgements.ts) were written before the first run of the codemod on them; no file needs a real
// repository run (no repo-only/).
// First run (at 63062f4, the corpus and judgements committed before it): 32 tests, 32 passed; all 15 files as judged,
// every diff read by hand, no judgement corrected. No known gap.
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round22-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round22-backend'),
  minInputs: 15,
  tmpPrefix: 'nvm-holdout22-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
