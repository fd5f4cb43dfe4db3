// Hold-out round 53 for the backend rules (test/holdout/round53-backend/): the five backend rules on 12 customer-style
// files written WITHOUT reading the rules. Round 53 weighs BATCH AND CONCURRENCY MACHINERY AROUND THE LEGACY CALLS:
// the initiates and retrievals run many at a time, and the round asks where the value is followed — through `await`,
// through wrappers that settle with their callback's value (p-limit, Bottleneck, p-queue), through `Promise.all` /
// `Promise.allSettled` arrays built by `.map`, through an async generator's `yield`, through a stream's callback — and
// where it leaves whole (a piscina task's return, a Transform's `callback(null, details)`). Earlier rounds took (greps
// over the backend inputs of test/holdout, round 53 excluded): `pLimit(` 5 files — round 15 `enr-p-limit-got` and
// round 36 `ret-p-limit-batches-undici-record-satisfies` read the answer INSIDE `limit(async () => …)`, round 43
// `limit(() => backfillOne(row))` a named function reading inside; never the call itself as the limited arrow's
// expression, nor its answers read after `Promise.all`; p-queue 1 (round 15 `auth-p-queue-add`, an awaited `add` read
// after) and its lookalike — `onIdle` 0, `lpop` 0; Bottleneck 1 (round 9 `enr-bottleneck-limiter`,
// `limiter.schedule(() => got…json())`) — `schedule({` (job options first) 0, `Batcher` 0; `allSettled` 10 files, every
// one reading inside the mapped callback or only counting statuses (`status === 'fulfilled'` twice, round 43 reads
// `outcome.reason`) — a fulfilled `outcome.value` 0 in backend inputs (2 front-end files); async generators 5 backend
// files (rounds 4, 8, 15, 36), each yielding the app's own objects or an update — `yield data` / `yield details` 0;
// `new Transform` 1 (round 14 `auth-transform-stream`: an initiate in a synchronous transform settling through `.then(…
// callback(null, { app names }))`) — `Readable.from` 0, `node:stream/promises` 0, a retrieval in a stream 0;
// worker_threads 3 (round 13 a `parentPort` listener and its lookalike, round 15 a Bree worker) — `piscina` 0; lodash
// `chunk` 0 (lodash in backends only as `get` / `pick`); `Promise.all(` over a `.map` whose callback returns the answer
// itself 0 (round 2's and round 33's maps return app objects or a named method's value). This round: Initiate: an EU
// axios call as the expression of p-limit's `limit(() => …)` inside `Promise.all(members.map(…))`, the answers read by
// the awaited array's `.map(({ data }, i) => …)` (ESM); a US `www` got call in an expression-bodied arrow given to
// Bottleneck's `schedule({ id, expiration }, fn)`, read after the awaited job (TypeScript); an SG piscina task module
// whose default export posts with `axios.post<T>` and returns the answer to the pool (TypeScript). Retrieval: a US named
// fetch function under `Promise.allSettled(open.map(…))`, the fulfilled `outcome.value` read (TypeScript); an EU async
// generator yielding each `axios.get<T>` details whole to the file's `for await`, which breaks at a time budget
// (TypeScript); an SG `pipeline(Readable.from(refs), new Transform({ objectMode, async transform }), csv-stringify,
// file)` whose transform hands the got details on with `callback(null, details)` to CSV columns named after the legacy
// fields (ESM). Enrolment: US v4 batches of lodash `chunk(applicants, 20)` under `Promise.all(group.map(async …))` with
// the global fetch, workflowId 200, a preset and `60 * 24 * 14` minutes (TypeScript). Callback: an EU consumer draining
// parked forms from a Redis list (`lpop(key, 50)`), pinned to NETVERIFY_AUTHENTICATION, one undici retrieval per form
// on p-queue (`queue.add`, `onIdle`) — migrated for its retrieval, flagged for its form (ESM); and the flagged-only
// Express urlencoded route handing each form to Bottleneck's Batcher, whose batch listener writes them (CommonJS). Plus
// 3 lookalikes in the same shapes: the p-limit round for another face-authentication vendor, the allSettled run once on
// KYX (with its own token cache), and the chunked batches for a payment provider's `/v4/initiate` payment links. Support
// modules (db.ts, db.mjs, db.cjs, kyx-token-cache.ts) sit beside the inputs and are never inputs. Every file runs
// through the backend rules in-process, in registry order (as the CLI runs them). Checked as in round 2
// (test/support/backend-holdout-suite.ts): no error, parses, idempotent, every manual item marked, lookalikes
// byte-identical, flagged files changed by markers only, the judged rewrites and items (round53-backend-judgements.ts,
// each quoting MIGRATION.md, every JUDGEMENT CALL said so — three in its preamble: an array built by `.map`, a fulfilled
// `outcome.value`, a generator's `yield` to the file's `for await`), TypeScript outputs adding no type error — which,
// in the allSettled and async generator files, is also what reads of the moved details type left legacy would break.
// The corpus and its judgements were written before the first run of the codemod on them; no file needs a real
// repository run (no repo-only/).
// First run (at the corpus commit): 26 tests, 21 passed; every diff and item read by hand. The p-queue drain, the
// stream Transform, the chunked enrolment batch, the callbacks and the lookalikes as judged. Four defects, each a
// value followed up to a batch combinator and then only flagged as leaving (the TypeScript ones also type errors):
// (1) `await Promise.all(members.map((m) => limit(() => axios.post(…))))` read as `responses.map(({ data }, i) => …)`;
// (2) bottleneck's `limiter.schedule({ id, expiration }, () => got…json())` — the job's options first; (3) a named
// retrieval under `Promise.allSettled(refs.map(…))`, read as `outcome.value` in a `for (const [i, outcome] of
// outcomes.entries())`; (4) details `yield`ed by an async generator of the file to its own `for await` (the initiate
// rule dropped a yielded answer with NO item at all). FIXED: an array made by `.map` of a callback returning the value
// holds it in every element, through `Promise.all` / `Promise.allSettled` (an outcome's `value`), index reads, `.at` /
// `.find`, `.filter` / `.slice`, element callbacks and `for…of` (also over `.entries()`), and leaves anywhere else
// (`combined-values.ts` `throughMappedArray`); a `yield` hands the value to the generator's calls iterated by a `for
// (await) …of` of the run, and leaves where the generator is exported or iterated otherwise (`throughYield`);
// bottleneck's `schedule(options, fn)` settles like `schedule(fn)` (`settling-wrappers.ts` `isRetryTask`); fixtures
// `response-through-mapped-promise-all`, `response-yielded-to-for-await`, `response-yielded-from-exported-generator`,
// `response-mapped-array-returned`, `details-through-allsettled`. Now 26/26.
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round53-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round53-backend'),
  minInputs: 12,
  tmpPrefix: 'nvm-holdout53-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
