// Hold-out round 32 for the backend rules (test/holdout/round32-backend/): the five backend rules on 11 customer-style
// files written WITHOUT reading the rules. Where round 31 weighed validation-heavy backends, round 32 weighs
// OBSERVABILITY AND RESILIENCE WRAPPERS around the legacy calls: an authentication initiate (axios, SG) inside an
// OpenTelemetry `tracer.startActiveSpan(name, async (span) => { … span.end() })` whose span attributes are set from the
// response; an authentication initiate (node-fetch, US) as the action of an opossum `new CircuitBreaker(action, opts)`
// with `on('open')` / `on('halfOpen')` listeners, fired by an Express route that reads the result; an authentication
// initiate (superagent, EU, CommonJS) whose response is cached whole in Redis (ioredis `set(key, JSON.stringify(body),
// 'EX', ttl)`) and destructured back from the cache on a hit; an enrolment (global fetch, US, workflowId 200, presets, a
// callbackUrl, two days) timed by a prom-client histogram (`const end = histogram.startTimer(…)`, `end({ status })` in a
// `finally`); an enrolment (got, EU, no workflowId) whose response is logged whole by a pino child logger that redacts
// the legacy field names; a retrieval (undici `request`, US, lower-case shorthand `authorization` header) inside p-retry
// with an `AbortError` on 404 and an `onFailedAttempt` counter; a retrieval (axios, EU) inside Sentry's
// `startSpan(options, async (span) => …)` putting `transactionResult` on the span; and a callback Lambda behind
// `Sentry.wrapHandler` that counts the result with Powertools metrics and leaves a Sentry breadcrumb before storing it
// (the form read with `new URLSearchParams` of a possibly base64-encoded body). Plus 3 lookalikes in the same wrapper
// shapes: a card acquirer's `/api/v4/initiate` on its own host behind an opossum breaker with a pino redact list naming
// `redirectUrl`, a KYX retrieval inside p-retry timed by a histogram, and the callback Lambda already on KYX (JSON,
// `definitionKey`). Every file runs through the backend rules in-process, in registry order (as the CLI runs them).
// Checked as in round 2 (test/support/backend-holdout-suite.ts). The corpus and its judgements
// (round32-backend-judgements.ts) were written before the first run of the codemod on them; no file needs a real
// repository run (no repo-only/).
// First run (at 3d081be, the corpus and judgements committed before it): 24 tests, 24 passed; every diff read by
// hand. No defect, no judgement corrected, no known gap.
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round32-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round32-backend'),
  minInputs: 11,
  tmpPrefix: 'nvm-holdout32-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
