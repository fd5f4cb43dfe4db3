// Hold-out round 33 for the backend rules (test/holdout/round33-backend/): the five backend rules on 11 customer-style
// files written WITHOUT reading the rules. Where round 31 weighed validation-heavy backends, round 33 weighs OLDER AND
// NON-STANDARD NODE CODE still in production: callback-style clients, ES5 classes, Express 3-era handlers, async.js
// control flow and the promise adapters of that time. Authentications: an ES5 constructor whose prototype method calls
// request's URL-first form `request.post(url, { json: true, body, auth }, function (err, res, body) { … })` on the US
// host (a module `var` URL, the result handed to a node-style `done`), and an Express 4 route calling Node's https module
// on the EU host with `host`/`port: 443`/`path` options, a `Content-Length`, a Basic header built once with `new Buffer`,
// `res.on('data')` chunks and a parsed body held in a `var` assigned inside a try. Enrolments: a Sails v0.12 controller
// action on the SG host with superagent's `.auth(u, p).set(…).send({…}).end((err, response) => …)` (workflowId 202 and a
// preset, the reads also inside a nested Waterline `.exec` callback), and an EU v4 initiate through
// `util.promisify(request.post)` (a wrapper the rules do not know as a client: flagged where the URL is written).
// Retrievals: a TypeScript 2-era class method wrapping request's callback in a returned `new Promise<T>` on the EU host;
// a Bluebird `Promise.promisifyAll(require('request'), { multiArgs: true })` client read with `.spread` (not a known
// client: flagged); and a request callback in a task of `async.retry` inside `async.series` on the SG host (no async
// function to await in: flagged). Callback: an Express 4 route behind `bodyParser.urlencoded` reading `req.body.x` and
// `req.param('transactionReference')`, answering `res.send(status)`, with the US callback IP list. Plus 3 lookalikes in
// the same old shapes: the ES5 request client for a card acquirer's `/api/v4/initiate` on its own host, the https route
// already on KYX (with its own client-credentials token from the KYX auth host), and the Express 3-era handler for a card
// acquirer's form notification. Every file runs through the backend rules in-process, in registry order (as the CLI
// runs them). Checked as in round 2 (test/support/backend-holdout-suite.ts). The corpus and its judgements
// (round33-backend-judgements.ts) were written before the first run of the codemod on them; no file needs a real
// repository run (no repo-only/).
// First run (at fe1c280, the corpus and judgements committed before it): 24 tests, 24 passed; every diff read by
// hand. No defect, no judgement corrected, no known gap.
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round33-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round33-backend'),
  minInputs: 11,
  tmpPrefix: 'nvm-holdout33-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
