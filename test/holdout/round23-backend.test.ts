// Hold-out round 23 for the backend rules (test/holdout/round23-backend/): the five backend rules on 15 customer-style
// files written WITHOUT reading the rules, weighted to the most common shapes of the real-world catalogue written in
// fresh ways: authentications through axios's config-object form inside a method of an exported service object literal
// whose parsed body an Express 5 router of the same module reads (res.status(201).json, credentials destructured from
// process.env beside a name still read), the global fetch in a Koa 2 route with the link lifetime an environment
// setting parsed with Number() and the response destructured with renames from a cast, the global fetch on the www
// host inside a hand-written retry loop (for + try/catch + timers/promises) of an Express handler, and undici's
// request() in a plain node:http server on the SG v4 initiate with enrollmentTransactionReference and a shorthand
// authorization header; enrolments through the global fetch in a Node batch script (process.argv, a CSV read and
// written, one call per row, the lifetime 60 * 24 * 7), needle.post with json: true in a CommonJS Koa router (preset,
// reportingCriteria, callbackUrl), and ky in a Fastify route on a TypeScript string enum of the three data centres
// indexed by the tenant's setting; retrievals through the global fetch behind an in-flight promise memo (a Map keyed by
// reference), axios.get with validateStatus and a 404 branch in an Express 5 CommonJS router destructuring with a
// rename, and ky in an EventBridge-scheduled Lambda polling a list (transactionResult and transactionDate read);
// callbacks in an Express Router behind express.urlencoded that queues the form on BullMQ, and a Next.js App Router
// route handler reading Object.fromEntries(await request.formData()) pinned to NETVERIFY_AUTHENTICATION; plus 3
// lookalikes (a payment provider's own /api/v4/initiate with the legacy body's page fields and lifetime through axios
// in Koa, the Express 5 service object already on KYX, an open-banking transfer status hook reading the same
// Object.fromEntries form). Every file runs through the backend rules in-process, in registry order (as the CLI runs
// them). Checked as in round 2 (test/support/backend-holdout-suite.ts). The corpus and its judgements
// (round23-backend-judgements.ts) were written before the first run of the codemod on them; no file needs a real
// repository run (no repo-only/).
// First run (at 224b9e2, the corpus and judgements committed before it): 32 tests, 31 passed, 1 failed; 14 of the 15
// files as judged, every diff read by hand, no judgement corrected. The failure was a DEFECT, fixed in the same
// session: the route of the same module calling a method of an exported service object literal
// (`faceLoginService.start(req.user)`) kept reading redirectUrl / transactionReference — only class methods and named
// functions had their same-file callers followed (auth-express5-service-object-axios-config; local-callers.ts
// objectMemberCallers; fixtures initiate-authentication/object-service-same-file, red without, and
// object-service-handed-on). No known gap.
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round23-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round23-backend'),
  minInputs: 15,
  tmpPrefix: 'nvm-holdout23-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
