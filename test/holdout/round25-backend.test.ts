// Hold-out round 25 for the backend rules (test/holdout/round25-backend/): the five backend rules on 10 customer-style
// files written WITHOUT reading the rules, in shapes no earlier round used: authentications through axios.post(URL
// const, inline body, { auth, headers }) as one element of `Promise.all([…])` destructured beside another call, its
// response read through optional chaining (`res.data?.redirectUrl ?? null`); the global fetch in an Express ESM router
// with the lifetime given by a module const (`tokenLifetimeInMinutes: ttl`, `const ttl = 45`, still read elsewhere)
// and the response destructured; axios's config form in a CommonJS router on the SG host const, with a conditional
// lifetime and `body.errorUrl` assigned after the literal; enrolments through ky.post(EU literal, { json, headers })
// .json() with the presets in a module const, and node-fetch inside a `for…of` batch with a callbackUrl; retrievals
// through axios.get(EU literal template) inside a `for…of` loop over references, and ofetch on an SG base const with
// transactionDate read; a callback registered as `app.post(path, express.urlencoded(…), handler)` with the handler
// declared below; plus 2 lookalikes (a card processor's own `/api/v1/web/initiate` on its own host with the legacy
// body's field names, and code already on KYX). Every file runs through the backend rules in-process, in registry
// order (as the CLI runs them). Checked as in round 2 (test/support/backend-holdout-suite.ts). The corpus and its
// judgements (round25-backend-judgements.ts) were written before the first run of the codemod on them; no file needs
// a real repository run (no repo-only/).
// First run (at ffae32b, the corpus and judgements committed before it): 22 tests, 22 passed; all 10 files as judged,
// every diff read by hand, no judgement corrected. No known gap.
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round25-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round25-backend'),
  minInputs: 10,
  tmpPrefix: 'nvm-holdout25-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
