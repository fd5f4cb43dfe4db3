// Hold-out round 27 for the backend rules (test/holdout/round27-backend/): the five backend rules on 10 customer-style
// files written WITHOUT reading the rules, in shapes no earlier round used: authentications through a NestJS 10 service
// awaiting `firstValueFrom(this.http.post<T>(`${this.host}/api/auth/v1/initiate`, body, { headers }).pipe(map((res) =>
// res.data)))` with the SG host and a hand-built Basic value in private readonly fields, and superagent
// `.post(US literal).auth(token, secret).set(…).send({…})` inside a CommonJS AWS Lambda behind API Gateway (the app's
// own ids parsed from event.body, a callbackUrl kept); enrolments through node-fetch 2 required in a CommonJS Express 4
// router on a module URL const, a `.then(…).then(…).catch(next)` chain in a handler that is not async (made async for the
// token: the try/catch item), and a module-level `axios.create({ baseURL: 'https://www.netverify.com/api/v4', auth,
// timeout, headers })` instance called with the relative `'/initiate'` from a Koa 2 router (literal preset); retrievals
// through the global fetch in a TypeScript API Gateway Lambda reading `event.pathParameters?.reference` with a 404
// branch, and node-fetch 2 in a hapi 21 CommonJS route on a collection-prefix const `+ encodeURIComponent(reference)`
// (transactionResult and transactionDate read); callbacks in a hapi 21 `server.route([...])` array whose callback object
// names a handler of the file destructuring `request.payload` with renames and a default, and a TypeScript API Gateway
// HTTP API Lambda decoding a base64 form read with URLSearchParams behind a Set of the EU callback IPs; plus 2
// lookalikes in the very shapes of legacy files (a card issuer's ACS `/api/auth/v1/initiate` through the same NestJS
// firstValueFrom service, and a card acquirer's notification in the same hapi route array). Every file runs through
// the backend rules in-process, in registry order (as the CLI runs them). Checked as in round 2
// (test/support/backend-holdout-suite.ts). The corpus and its judgements (round27-backend-judgements.ts) were written
// before the first run of the codemod on them; no file needs a real repository run (no repo-only/).
// First run (at 0f1b909, the corpus and judgements committed before it): 22 tests, 22 passed; every diff read by
// hand. No defect, no judgement corrected, no known gap.
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round27-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round27-backend'),
  minInputs: 10,
  tmpPrefix: 'nvm-holdout27-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
