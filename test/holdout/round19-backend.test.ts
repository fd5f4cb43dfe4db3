// Hold-out round 19 for the backend rules (test/holdout/round19-backend/): the five backend rules on 19 customer-style
// files written WITHOUT reading the rules, weighted to the most common shapes of the real-world catalogue written in
// fresh ways: an axios.create() instance exported by one module (jumio-http.ts) and used by an Express router (face
// login) and a polling function (retrieval), with the response types in a third module (jumio-types.ts); a Next.js App
// Router route on the www host and the older /api/auth/v1/initiate path; an Express ESM portal whose helmet CSP
// frame-src names the white-label web client host; a CommonJS data-centre map picked by an environment key; a NestJS
// service reading its host from an injected registerAs() config namespace; a Koa route with an environment host
// defaulting to the SG data centre; enrolments through a CommonJS settings object (config.js), a got class service with
// constructor-injected credentials, a Medusa v2 API route, fetch with URL- and header-building helpers; retrievals
// through the shared instance and Express + node-fetch v3 on the SG host with downstream reads; callbacks through
// body-parser on a router, multer().none() and Encore.ts api.raw(); plus 4 lookalikes (a Monnify checkout with Basic
// login and transactionReference/redirectUrl, Shufti Pro KYC, a face login already on KYX, a card acquirer's multer
// notification). Every file runs through the backend rules in-process, in registry order (as the CLI runs them).
// Checked as in round 2 (test/support/backend-holdout-suite.ts).
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round19-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round19-backend'),
  minInputs: 19,
  tmpPrefix: 'nvm-holdout19-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
