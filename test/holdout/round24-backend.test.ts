// Hold-out round 24 for the backend rules (test/holdout/round24-backend/): the five backend rules on 13 customer-style
// files written WITHOUT reading the rules, weighted to the most common shapes of the real-world catalogue written in
// fresh ways: authentications through a NestJS 10 service calling `this.http.axiosRef.post<T>(EU literal, body,
// { auth, headers, timeout })` on a body const whose locale is a conditional spread, axios.post<T> in an Express 4
// TypeScript router on a URL const with the body a `const payload: LegacyInitiateRequest` typed by a same-file
// interface and the credentials passed as a shorthand `{ auth }`, and got.post(SG literal on the older
// /api/auth/v1/initiate path, { json, username, password, headers, timeout }).json() in a Fastify 4 route;
// enrolments through undici's fetch (imported from 'undici') with a literal preset and a callbackUrl, the global fetch
// in an Express ESM router whose data centre is a local ternary on process.env.JUMIO_DC with the body a const sent
// through JSON.stringify(payload), and request-promise-native's options form (uri on a www-host const, json: true,
// auth { user, pass, sendImmediately }) in a CommonJS Express router with try/catch + next(err); retrievals through
// axios.get(US literal template).then(({ data }) => ({ … })) returned by an exported function that is not async, and
// got(EU literal template, { username, password }).json<T>() in a Koa router; callbacks in a Koa router behind
// koa-body guarding on `ctx.request.body.callBackType !== 'NETVERIFY_AUTHENTICATION'`, and an Express CommonJS app
// switching on `req.body.callBackType` with a `case 'NETVERIFY_AUTHENTICATION':`; plus 3 lookalikes (the NestJS
// service already on KYX through axiosRef, a payment provider's own /api/v4/initiate through got in Fastify with the
// legacy body's field names and the same Basic options, a card acquirer's form notification switching on its own
// notificationType). Every file runs through the backend rules in-process, in registry order (as the CLI runs them).
// Checked as in round 2 (test/support/backend-holdout-suite.ts). The corpus and its judgements
// (round24-backend-judgements.ts) were written before the first run of the codemod on them; no file needs a real
// repository run (no repo-only/).
// First run (at 18ec50c, the corpus and judgements committed before it): 28 tests, 28 passed; all 13 files as judged,
// every diff read by hand, no judgement corrected. No known gap.
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round24-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round24-backend'),
  minInputs: 13,
  tmpPrefix: 'nvm-holdout24-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
