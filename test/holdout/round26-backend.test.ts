// Hold-out round 26 for the backend rules (test/holdout/round26-backend/): the five backend rules on 10 customer-style
// files written WITHOUT reading the rules, in shapes no earlier round used: authentications through the global fetch in
// an Express ESM router with the request options built in a const of the handler (`const options = { method: 'POST',
// headers, body: JSON.stringify(body) }`, then `fetch(literal, options)`), axios.post<Interface> on the EU host in a
// TypeScript service whose declared return type (`Promise<{ redirectUrl: string }>`) is its own shape built from reads,
// and axios.post on the SG older path with the call's own `.catch((err) => { throw new HttpError(502, …) })`;
// enrolments through got.post(EU v4 literal, { json, username, password, responseType: 'json' }) in a Fastify route with
// `const { body }` destructured off the response, and the global fetch (US v4, no workflowId) with a Basic credentials
// const and a Content-Length computed from the payload; retrievals through got.get(US template, { responseType: 'json',
// username, password }).then((r) => r.body), and the global fetch in an Express TypeScript route with `status === 404`
// and `!ok` checks and transactionDate read; a callback in a Fastify plugin registered as `fastify.post('/jumio/…',
// { schema: { body: plainJsonSchema } }, namedHandler)`; plus 2 lookalikes (a card issuer's ACS `/api/authentication/v1/
// web/initiate` on its own host through an options const, and a got retrieval already on KYX). Every file runs through
// the backend rules in-process, in registry order (as the CLI runs them). Checked as in round 2
// (test/support/backend-holdout-suite.ts). The corpus and its judgements (round26-backend-judgements.ts) were written
// before the first run of the codemod on them; no file needs a real repository run (no repo-only/).
// First run (at 7922f61, the corpus and judgements committed before it): 22 tests, 19 passed, 3 failed; every diff
// read by hand. One failure was a DEFECT, fixed in the same session: a default-exported Fastify plugin function
// holding the callback handler it registers (`fastify.post(path, { schema: { body } }, onFaceLoginResult)`) was taken
// for the handler — the item went to the plugin and listed no field read; a function that reads no field itself but
// holds a handler that does now leaves the proof to that handler (cb-fastify-json-schema-named-handler;
// callback-handler/handler-proof.ts; fixture callback-handler/fastify-plugin-schema-handler, red without). Two were
// JUDGEMENTS, corrected (see round26-backend-judgements.ts): `retry: { limit: 0 }` was expected on a got enrolment,
// which stays a POST (round 6's option is for the move to PUT), and a `not: 'workflowId'` matched the input's kept
// header comment. No known gap.
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round26-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round26-backend'),
  minInputs: 10,
  tmpPrefix: 'nvm-holdout26-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
