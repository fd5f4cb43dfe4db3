// Hold-out round 43 for the backend rules (test/holdout/round43-backend/): the five backend rules on 11 customer-style
// files written WITHOUT reading the rules. Round 43 weighs SCRIPTS AND ODD MODULE SHAPES — the legacy calls where
// operations teams put them. Earlier rounds took: a zx script with `#!/usr/bin/env zx`, zx's `argv._` and top-level
// await (round 15 `auth-zx-script`, with its KYX twin); a CSV batch script destructuring `process.argv` into a `main()`
// (round 23 `enr-csv-batch-script-fetch-argv`); top-level await reading Vault credentials at load (round 10
// `auth-vault-top-level-await`) and a Prisma loop of initiates at the top level (round 11 `auth-prisma-tla-script`);
// TypeScript CommonJS only as `import axios = require('axios')` with `axios.default.post` in an exported function
// (round 3 `auth-axios-cjs-typed.cts`), never `export =`; one UMD wrapper with no require of its own, flagged in this
// ES-module package (round 12 `auth-umd-module`); node-cron around an initiate (round 9 `auth-cron-allsettled`) and
// around retrievals (round 9 `ret-cron-sweeper`, round 36 `ret-node-cron-sweep-axios-instance`), never an enrolment;
// p-limit around a got enrolment (round 15 `enr-p-limit-got`) and around undici retrievals in Promise.all batches (round
// 36 `ret-p-limit-batches-undici-record-satisfies`); compiled output as Babel's and tsc's CommonJS (round 6
// `auth-babel-compiled-cjs`, `ret-tsc-compiled-awaiter`; round 15 `auth-tsc-compiled-cjs`) and a source-mapped
// service in the first corpus (`neg-compiled-bundle`), never a compiled CLI. No round had commander, yargs, node:util
// `parseArgs`, `export =` (let alone of a class merged with a namespace of types), an AMD `define(function (require)`
// module loaded through amdefine, a node-cron job re-issuing ENROLMENTS, ofetch in a scheduled job, an AWS Cognito
// trigger, a top-level await whose secret is still read after the migration, a dead-letter replay script, or a shebang
// kept by tsc above `"use strict"` and `__esModule`. This round: Initiate: a `#!/usr/bin/env node` commander CLI
// (EU, `.cjs`, axios) whose `--ttl` option is the lifetime and whose `--json` prints the whole response for jq; a
// `.cts` module `export =`-ing a class merged with a namespace whose interface types the request-promise-native
// response (SG, `import rp = require(…)`, the URL in a private static); a Cognito "create auth challenge" Lambda in an
// `.mjs` file reading its secret by top-level await and posting the older guide's v4 form to `/api/v4/initiate/` (US);
// and tsc's compiled output of a yargs CLI (EU: shebang, `__esModule`, `//# sourceMappingURL=`), judged byte-identical.
// Retrieval: a one-off backfill (US, TypeScript ESM, parseArgs, pg keyset pages at the top level, p-limit, fetch with
// `AbortSignal.timeout`); an AMD module with a require of its own, made async and migrated in the require form (EU,
// superagent). Enrolment: a node-cron job re-issuing expired v4 links with ofetch (SG, workflowId 200, callbackUrl).
// Callback: a shebang DLQ replay script whose parameterless function parses queued legacy forms with URLSearchParams
// (flagged). Plus 3 lookalikes in the same shapes: the commander CLI for a payment provider's hosted page
// (`redirectUrl` / `transactionReference` words, another host), the Cognito Lambda once on KYX, and the backfill for
// Sumsub. Every file runs through the backend rules in-process, in registry order (as the CLI runs them). Checked as in
// round 2 (test/support/backend-holdout-suite.ts). The corpus and its judgements (round43-backend-judgements.ts) were
// written before the first run of the codemod on them; no file needs a real repository run (no repo-only/).
// First run (at the corpus commit, after 11b544f): 24 tests, 24 passed; the 3 lookalikes and the compiled tsc output
// byte-identical; every diff and item read by hand. No defect.
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round43-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round43-backend'),
  minInputs: 11,
  tmpPrefix: 'nvm-holdout43-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
