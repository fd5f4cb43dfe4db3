// Hold-out round 59 for the backend rules (test/holdout/round59-backend/): the five backend rules on 12 customer-style
// files written WITHOUT reading the rules. Round 59 weighs THE RETRIEVAL's FIELDS WITHOUT A SIMPLE KYX COUNTERPART:
// code that uses the authentication details beyond the reference and the user reference — the `images` array of `{
// classifier, href }` objects (a typed details interface with a nested image interface) and the face's `href`
// downloaded with the lookup's Basic credentials, the `livenessImages` URLs downloaded one by one with them,
// `scanSource` in a case note, `enrollmentTransactionReference` compared with the enrolment the app stored,
// `transactionDate` parsed with `Date.parse` for a ten-minute freshness window, `transactionResult` mapped through a
// `Map` and through an exhaustive `switch` with a `never` check, the retrieval's status codes in a `switch
// (res.status)` (404 unknown or purged, 401/403 refused), and a DELETE of the authentication by retention jobs (beside
// a migrated GET, and alone). It asks which reads move, which are flagged and with which item (MIGRATION.md's table:
// transactionResult, transactionDate, enrollmentTransactionReference, scanSource, images, livenessImages), what becomes
// of Basic credentials another call of the file still reads, and of a DELETE on the collection. Earlier rounds took
// (greps over the backend inputs of test/holdout, round 59 excluded): `.images` read from details once (round 2's
// `ret-request-callback`, flagged as a callback client, so never judged as a migrated read), `classifier` 0,
// `livenessImages` read from retrieval details 0 (only callback forms and round 41's test fixture); the image routes
// proven by their URL 4 (rounds 2, 7, 11, 12), an image `href` taken from the details and downloaded 0, `arrayBuffer()`
// once (round 7's image route); `scanSource` read in retrievals 5 (rounds 2 ×2, 38, 53, 56);
// `enrollmentTransactionReference` of retrieval details 3 (round 2 sent it and declared it, round 5 declared it) —
// compared with a stored enrolment 0; `Date.parse` 3, none on a retrieval date (round 52 completed a zone-less date
// with `new Date(…)`); `new Map([` once (round 4, env), a result looked up in one 0 (round 31 indexed a frozen object);
// `: never` once (round 23, an initiate) — an exhaustive result switch 0 (switches on `transactionResult` in retrievals
// 6: rounds 2, 3, 5, 31, 48, 50); `switch (res.status)` / `switch (statusCode)` 0 (404 tested with `===` in 50 files);
// `method: 'DELETE'` 0, `simple: false` 0, a DELETE of an authentication once (round 2's `axios.delete`, alone and
// flagged), a DELETE beside a migrated GET 0. This round: Retrieval, migrated: a US dispute evidence builder
// (TypeScript, the global fetch) reading `images?.find(…classifier === 'face')` and downloading its `href` with the
// same Basic const; an EU fraud case service (ESM, undici) downloading `livenessImages` and noting `scanSource`; an SG
// device re-binding (TypeScript, axios) comparing `enrollmentTransactionReference` with the stored enrolment; an EU
// withdrawal gate (TypeScript, got, through a `/api/netverify/v2` base const) with `Date.parse( transactionDate)` and a
// freshness window; a US `www` Express route (CommonJS, superagent) mapping the result through a `Map`; an EU e-signing
// step (TypeScript, node-fetch) with an exhaustive `switch` and a `never` check over a union alias; an SG Fastify
// plugin (ESM, the global fetch) switching on `res.status` before reading the body; a US retention job (CommonJS,
// request-promise-native) archiving the GET's outcome and then DELETE-ing with the same base const and `auth` object.
// Flagged only: an EU retention CronJob (ESM, top-level await, undici, pg) that only DELETEs. Plus 3 lookalikes in the
// same shapes: the evidence builder for another face-authentication vendor, the withdrawal gate once on KYX
// (`completedAt ?? createdAt`, its own token cache), and the retention job for a 3-D Secure server's
// `/api/v2/authentications/`. Support modules (db.ts, db.mjs, db.cjs, kyx-token-cache.ts) sit beside the inputs and are
// never inputs. Every file runs through the backend rules in-process, in registry order (as the CLI runs them). Checked
// as in round 2 (test/support/backend-holdout-suite.ts): no error, parses, idempotent, every manual item marked,
// lookalikes byte-identical, flagged files changed by markers only, the judged rewrites and items
// (round59-backend-judgements.ts, each quoting MIGRATION.md, every JUDGEMENT CALL said so — four in its preamble: an
// image URL from the details keeps its download and the Basic const it reads; a DELETE is not rewritten and gets
// legacy-endpoint's item naming the KYX retrieval host and DELETE; result tables and switches stay with the item at the
// read; a status-code switch gets no item), TypeScript outputs adding no type error — which, in the evidence builder,
// is also what removing the Basic const the image download still reads would break. The corpus and its judgements were
// written before the first run of the codemod on them; no file needs a real repository run (no repo-only/).
// First run (at the corpus commit): 26 tests, 26 passed; every diff and item read by hand. The image and liveness
// downloads, scanSource, the enrolment comparison, the date freshness check, the result tables and switches, the
// status-code switch and the DELETEs (left with legacy-endpoint's item naming the KYX retrieval host) as judged; the
// lookalikes untouched. No defect.
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round59-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round59-backend'),
  minInputs: 12,
  tmpPrefix: 'nvm-holdout59-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
