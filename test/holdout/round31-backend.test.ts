// Hold-out round 31 for the backend rules (test/holdout/round31-backend/): the five backend rules on 8 customer-style
// files written WITHOUT reading the rules. Where round 30 weighed a repository at the end of a migration, round 31
// weighs VALIDATION-HEAVY backends: authentication callbacks validated before anything is stored — a NestJS controller
// whose `@UsePipes(new ValidationPipe({ whitelist: true }))` method takes a class-validator DTO of the same file (the
// callback type pinned by `@Equals('NETVERIFY_AUTHENTICATION')`, the body destructured), an Express router (TypeScript)
// awaiting a yup schema's `validate(req.body)` in a try/catch before reading `req.body.x`, and a Koa router handler
// destructuring valibot's `v.safeParse(Schema, ctx.request.body).output`; retrievals whose `transactionResult` is mapped
// onto the app's own statuses — got's `got(url, { username, password }).json<T>()` on the SG host followed by a `switch`
// with a default, and node-fetch in CommonJS on a base const with a percent-encoded reference, the result indexed into
// an `Object.freeze` lookup object; and an axios v4 enrolment on the EU host whose preset's document type comes from a
// `Record<Country, …>` config map by the applicant's country (workflowId 200, a one-day lifetime). Plus 2 lookalikes:
// a card acquirer's settlement webhook in the Nest DTO shape, and the switch / lookup mapping already on KYX. Every file
// runs through the backend rules in-process, in registry order (as the CLI runs them). Checked as in round 2
// (test/support/backend-holdout-suite.ts). The corpus and its judgements (round31-backend-judgements.ts) were written
// before the first run of the codemod on them; no file needs a real repository run (no repo-only/).
// First run (at 1018660, the corpus and judgements committed before it): 18 tests, 18 passed; every diff read by
// hand. No defect, no judgement corrected, no known gap.
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round31-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round31-backend'),
  minInputs: 8,
  tmpPrefix: 'nvm-holdout31-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
