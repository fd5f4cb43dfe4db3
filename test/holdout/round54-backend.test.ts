// Hold-out round 54 for the backend rules (test/holdout/round54-backend/): the five backend rules on 12 customer-style
// files written WITHOUT reading the rules. Round 54 weighs THE ANSWER IN OBSERVABILITY, AUDIT AND ANALYTICS SINKS:
// after the initiate or the retrieval, the answer's values — or the whole answer — go to a structured logger (winston
// meta, a pino child logger's bindings, Fastify's `request.log`), the active OpenTelemetry span (`setAttribute`,
// `setAttributes`, `addEvent` timed by the answer's own `timestamp`), Sentry's scope (`setContext`, `addBreadcrumb`),
// Segment's `analytics.track`, PostHog's `capture`, a prom-client label, an audit table's jsonb column; and the round
// asks which of these are reads that move and which are the answer leaving whole. Round 32 weighed observability
// WRAPPERS AROUND the calls (`tracer.startActiveSpan` / Sentry `startSpan` callbacks holding the call, a histogram
// timer, p-retry's counter); this round is about the answer going INTO sinks after the call. Earlier rounds took (greps
// over the backend inputs of test/holdout, round 54 excluded): `winston` 0; a logger given the whole answer once (round
// 32 `enr-pino-child-redact-got`: `kycLog.info(response, …)`, judged "leaves whole", agreed by its first run) and the
// retrieval details whole in a log line 0 (`jumio: data` / `jumio: details` 0; round 48 logs a callback FORM whole, `{
// form }`); `.child(` 2 files, both round 32's, with static bindings — a child bound with an answer's value 0;
// `req.log` / `request.log` / `ctx.log` given an answer's field 5 files (rounds 4, 15, 18, 39 ×2); `getActiveSpan` 0,
// `addEvent(` 0 (backend), `setAttribute(` 2 and `setAttributes(` 1, all round 32 inside the span callbacks; `@sentry/`
// 3 files (round 32: a retrieval's `startSpan`, a callback Lambda's `addBreadcrumb` and its KYX lookalike) —
// `setContext(` 0; Segment (`@segment/analytics-node`, `analytics.track`) 0; PostHog (`posthog-node`, `capture(`) 0;
// prom-client 3 files (round 32 histograms and counters without an answer's value) — `.labels(` 0; the whole answer
// through `JSON.stringify` 3 (round 14's details and round 32's initiate `res.body` into Redis, round 42's details in a
// WebSocket `send`), into a SQL row 0, a jsonb column 0; the details spread into an object (`...details`) 3 (round 17 a
// browser answer, round 39 a stored document and its lookalike), into an analytics event 0; a ky retrieval 4 files
// (rounds 3, 11, 23, 40), none in a Fastify plugin. This round: Initiate: an EU Express router (ESM, axios) logging the
// answer whole as winston meta `{ …, jumio: data }` before a 303; a US Fastify plugin (TypeScript, undici) whose pino
// child logger is bound to the reference; an SG Koa route (TypeScript, got) setting span attributes and an `addEvent`
// at `new Date(started.timestamp)`; a US `www` Next.js app-router route (TypeScript, the global fetch) putting the
// answer whole on the Sentry scope with `setContext` and its reference in a breadcrumb; an EU Express route (CommonJS,
// superagent) on the older guide's `/api/auth/v1/initiate`, tracking the reference in Segment. Enrolment: a US v4 call
// (TypeScript, node-fetch, pg, workflowId 202, 10080 minutes) writing `JSON.stringify(started)` into an audit table's
// jsonb column. Retrieval: an EU axios lookup (TypeScript) labelling a prom-client counter with the result and
// spreading the details into a PostHog event; an SG ky lookup in a Fastify plugin (ESM) setting span attributes and
// logging the details whole in `request.log`. Callback: a Hono form receiver (TypeScript) putting the form's values on
// the span and in Segment and the whole form on the Sentry scope — flagged only. Plus 3 lookalikes in the same shapes:
// the winston route for another face-authentication vendor, the prom-client / PostHog retrieval once on KYX (with its
// own token cache), and the jsonb audit for a payment provider's `/v4/initiate` payment links. Support modules (db.ts,
// db.mjs, db.cjs, kyx-token-cache.ts) sit beside the inputs and are never inputs. Every file runs through the backend
// rules in-process, in registry order (as the CLI runs them). Checked as in round 2
// (test/support/backend-holdout-suite.ts): no error, parses, idempotent, every manual item marked, lookalikes
// byte-identical, flagged files changed by markers only, the judged rewrites and items (round54-backend-judgements.ts,
// each quoting MIGRATION.md, every JUDGEMENT CALL said so — two in its preamble: the retrieval details whole in a log
// line or an analytics event are "sent" and get the "leave here whole" item; whether the callback item names the fields
// only the Sentry context carries is not judged), TypeScript outputs adding no type error — which, in the pino, span,
// Sentry and PostHog files, is also what a read left legacy under the moved interface would break. The corpus and its
// judgements were written before the first run of the codemod on them; no file needs a real repository run (no
// repo-only/).
// First run (at the corpus commit): 26 tests, 26 passed; every diff and item read by hand. The values handed to pino
// bindings, OpenTelemetry attributes and events, Sentry breadcrumbs, Segment properties and prom-client labels moved
// with the sinks' keys kept; the whole answer into winston meta, `Sentry.setContext`, a jsonb audit row, a request
// log and a PostHog spread got the "leaves here whole" item; the callback flagged; the lookalikes untouched. No defect.
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round54-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round54-backend'),
  minInputs: 12,
  tmpPrefix: 'nvm-holdout54-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
