// Hold-out round 2 for the backend rules (test/holdout/round2-backend/): initiate (authentication, enrolment),
// retrieval, callback handlers and the legacy-endpoint catch-all, on customer-style files written from
// spec/real-world-legacy-code.md, jumio-api-facts.md and the transition guide WITHOUT reading the rules, in styles the
// first corpus lacks (koa, fastify, Nest controllers, Next API routes, Netlify/Lambda handlers, undici, got with
// new URL(), request-promise in loops, superagent with a host helper, env/config defaults, imported config objects,
// private class fields, polling loops, image downloads, form-encoded callbacks). Every file runs through the five
// backend rules in-process, in registry order (as the CLI runs them); the CLI run gave the same results.
// Checked: no error, the output parses, a second run changes nothing; lookalikes byte-identical; the judged rewrites
// and manual items; flagged files change only by markers; every manual item has its marker; and the TypeScript
// outputs add no type error to what their inputs already had (framework modules that are not installed are `any`).
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, MIGRATED, UNTOUCHED } from './round2-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round2-backend'),
  minInputs: 25,
  tmpPrefix: 'nvm-holdout2-',
  MIGRATED, FLAGGED, UNTOUCHED,
});
