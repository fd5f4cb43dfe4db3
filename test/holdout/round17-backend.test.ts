// Hold-out round 17 for the backend rules (test/holdout/round17-backend/): the five backend rules on 14 customer-style
// files written WITHOUT reading the rules, in styles and code shapes rounds 1–16 lack (a TanStack Start server
// function made with createServerFn().validator().handler(), a NestJS 10 service registering a harmless request
// interceptor on HttpService.axiosRef in its constructor behind a controller-level NestInterceptor, Hono deployed
// through hono/aws-lambda's handle() with hono/jwt, Upstash Workflow's context.call(); enrolments from a SvelteKit
// remote command() taking fetch from getRequestEvent(), an Express 5 service class with new URL(path, this.base);
// retrievals from a functions-framework http function looping over Prisma rows, Hono on Bun spreading the details into
// the browser's answer; callbacks on a Lambda Function URL with a base64 form and in a TanStack Start server route),
// plus 4 lookalikes (Onfido through createServerFn, Veriff on a Lambda Function URL, KYX already in a SvelteKit remote
// command, Paystack through an axiosRef interceptor). Every file runs through the backend rules in-process, in registry
// order (as the CLI runs them). Checked as in round 2 (test/support/backend-holdout-suite.ts).
// First run (at 686e70e, the corpus and judgements committed before it; 30 tests, 29 passed, 1 failed): 13 of 14 files as judged (every file parsed,
// was idempotent, marked each item, the TypeScript outputs added no type error, the 4 lookalikes byte-identical); every
// diff read by hand, no judgement corrected. The one disagreement is a codemod defect, left as a known gap (today's
// output asserted, the judged one it.fails): an enrolment in a SvelteKit remote command() whose fetch is destructured
// from getRequestEvent() — the event's own fetch, migrated when taken from a handler's, load's or form action's event
// parameter — is not migrated, only reported by legacy-endpoint as "not migrated automatically". Fixed in the same
// session (a7139b0): no known gap left.
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round17-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round17-backend'),
  minInputs: 14,
  tmpPrefix: 'nvm-holdout17-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
