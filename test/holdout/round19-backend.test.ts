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
// First run (at d112c81, the corpus and judgements committed before it; in process 40 tests, 35 passed, 5 failed; and
// through the CLI's dry run on a git copy of the corpus, whose figures are the ones below): 15 of 19 files as judged
// (every file parsed with no error, the TypeScript outputs added no type error, the 4 lookalikes stayed
// byte-identical). Every diff read by hand; no judgement corrected on form. The four disagreements:
// - auth-express-imported-axios-instance and ret-imported-axios-instance (the axios.create() instance of
//   jumio-http.ts): flagged in process, migrated exactly as judged by the CLI. Not a defect: the suite's runner knows
//   no importers of the instance's module, and MIGRATION.md says the fixture harness keeps such calls flagged. They
//   are FLAGGED for the in-process suite and judged MIGRATED on a real run over the whole corpus (REPO_RUN, below).
// - two codemod DEFECTS, left as known gaps (today's output asserted, the judged one it.fails; the judgements kept
//   verbatim beside them):
//   - enr-fetch-url-header-helpers: a v4 initiate whose URL comes from a local builder function with a literal path
//     argument (fetch(jumioUrl('/v4/initiate'), …), jumioUrl returning `${JUMIO_API}${path}`) is not migrated and gets
//     no item at the call, only legacy-endpoint's generic marker on the base const;
//   - auth-express-helmet-csp-fetch (kept in rerun/ while the defect stood, because the suite requires every file of
//     its directory to be idempotent): migrated as judged, but the white-label web-client host the helmet CSP's
//     frame-src allows (const JUMIO_WEB_CLIENT = 'https://acme.netverify.com') got no item on the first run, and a
//     second run (scan / --check after --write) added legacy-endpoint's white-label web-client marker: not idempotent.
// Both fixed in session 19 and judged MIGRATED with the judgements written before the run: a local function's
// parameters are bound to the call's arguments when its returned URL is evaluated (analysis/static-strings.ts;
// fixture initiate-enrollment/url-builder-arguments), and a deletion that ends where a statement starts is not work on
// that statement (legacy-endpoint; codemods/rules/legacy-endpoint/with-all-rules.test.ts). Round 19 backend has no
// known gap left.
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { repoRunTests } from '../support/repo-run-judgements.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, REPO_RUN, UNTOUCHED } from './round19-backend-judgements.js';

const ROOT = resolve(import.meta.dirname, '../..');
const DIR = join(ROOT, 'test/holdout/round19-backend');

backendHoldoutSuite({
  dir: DIR,
  minInputs: 19,
  tmpPrefix: 'nvm-holdout19-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});

// The whole corpus as one repository, as a user's run over it.
repoRunTests('the cross-file shapes, judged on a real run over the whole corpus', [DIR], 'nvm-holdout19-repo-', REPO_RUN);
