// Hold-out round 56 for the backend rules (test/holdout/round56-backend/): the five backend rules on 12 customer-style
// files written WITHOUT reading the rules. Round 56 weighs THE ANSWER RESHAPED BY UTILITY CODE: after the initiate or
// the retrieval the answer is copied or reshaped before it is read — a spread copy stamped with the app's own keys
// (`{ ...data, wireId, memberId, requestedAt }`), `structuredClone(started)` taken before the answer goes to other
// teams' listeners, the rest element of a destructuring (`const { timestamp, ...faceLogin } = nv.body`) read and then
// sent whole, `Object.assign({}, details, { officer, reviewedAt })`, immer's `produce(state, (draft) => {
// draft.faceLogin = data })`, Ramda's `R.applySpec({ url: R.prop('redirectUrl'), … })`, `snakecaseKeys(started)` spread
// into a knex row, `Object.fromEntries(Object.entries(details).filter(…))` by a list of the vendor's field names, and a
// callback's `JSON.parse(JSON.stringify(req.body))` stored through lodash's `mapKeys(omit(form, ['livenessImages']),
// …)`. It asks which reshapes are followed (the copy's reads move), which are where the answer leaves (item), and what
// becomes of string keys naming the vendor's fields. MIGRATION.md decides the backend reads ("variables and
// reassignments, destructuring with renames and defaults, …", lodash `get`'s literal path), where the answer leaves
// ("`res.json(data)`, stored in a record, passed to another function …"; "**The response is not reshaped.**"), and
// "string key paths that query a stored response"; it decides copies only for the front end's event
// (`structuredClone(data)`, the stamped spread copy of round 39) — so the backend copies are JUDGEMENT CALLs
// (round56-backend-judgements.ts's preamble: (a) a copy that keeps every field under its name is the answer, (b) a
// reshape that renames or selects by name is where it leaves, (c) string keys are not rewritten into dotted keys, (d) a
// callback's deep copy of its form is the form). Earlier rounds took (greps over the backend inputs of test/holdout,
// round 56 excluded): lodash `pick(` once (round 39, `res.json(pick(data, [...]))` of retrieval details, judged "leave
// here whole"), `omit(` 0, `mapKeys` 0, lodash `get` on an answer twice (rounds 7 and 39); `structuredClone` 0 (the
// front end's round 15 only); `Object.assign(` 2 (round 20's web fields onto a body, round 39's answer into
// `req.session.faceLogin`) — `Object.assign({}, …)` 0; an answer spread into an object 7 (`...started` in round 39's
// Redis hash and its lookalike, `...details` in rounds 17, 39 ×2 and 54 ×2), every one straight into a sink — a spread
// copy read afterwards 0; a rest element destructured from an answer 0; `Object.entries(` once (round 48, secrets into
// env, no answer), `Object.fromEntries` 4 (callback forms of rounds 3, 17, 23 and round 23's lookalike) — over an
// answer 0; camelcase-keys / snakecase-keys 0, Ramda 0, immer 0 (the only grep hit is round 5's "Glimmer"),
// `JSON.parse(JSON.stringify` 0; knex 5 files. This round: Initiate: a US Express handler (TypeScript, axios) whose
// answer is stamped into a spread copy and read only there; an EU got service (TypeScript) cloning the answer with
// `structuredClone` before handing it to an imported fan-out; an SG Express route (CommonJS, superagent) reading the
// rest element of `{ timestamp, ...faceLogin }` and sending it whole; a US `www` chat-banking step (ESM, ky) writing
// the answer into an immer draft it saves; an EU Express route (ESM, node-fetch) giving the answer to a Ramda
// `applySpec` of `R.prop('redirectUrl')` / `R.prop('transactionReference')`. Enrolment: a US v4 call (CommonJS,
// request-promise-native, workflowId 200, 2880 minutes) spreading `snakecaseKeys(started)` into a knex row, with a
// lookup by the `transaction_reference` column. Retrieval: an SG fetch lookup (TypeScript) read through
// `Object.assign({}, details, { officer, reviewedAt })`; an EU undici lookup (ESM) in an Express console route sending
// `Object.fromEntries(Object.entries(details).filter(…))` by a list of the vendor's names. Callback: an Express form
// receiver (CommonJS, no Jumio name in the route) deep-copying its form with `JSON.parse(JSON.stringify(req.body))` and
// storing it through lodash `mapKeys(omit(…))` — flagged only. Plus 3 lookalikes in the same shapes: the stamped spread
// copy for another face-authentication vendor, the Ramda spec once on KYX (`R.path(['web', 'href'])`, with its own
// token cache), and the snakecase-keys row of a payment provider's `/v4/initiate`. Support modules (db.ts, db.mjs,
// db.cjs, kyx-token-cache.mjs) sit beside the inputs and are never inputs. Every file runs through the backend rules
// in-process, in registry order (as the CLI runs them). Checked as in round 2 (test/support/backend-holdout-suite.ts):
// no error, parses, idempotent, every manual item marked, lookalikes byte-identical, flagged files changed by markers
// only, the judged rewrites and items (round56-backend-judgements.ts, each quoting MIGRATION.md, every JUDGEMENT CALL
// said so), TypeScript outputs adding no type error — which, in the spread-copy, clone and assign-copy files, is also
// what a copy's read left legacy under the moved interface would break. The corpus and its judgements were written
// before the first run of the codemod on them; no file needs a real repository run (no repo-only/).
// First run (at the corpus commit): 26 tests, 20 passed; every diff and item read by hand. The reshapes that rename or
// pick fields (snakecase-keys, Ramda applySpec, Object.entries, the immer draft) got their "leaves whole" item and
// stayed as written; the lookalikes untouched. Five defects, one family: a copy that keeps every field under its own
// name was taken for the answer leaving — `{ ...data, wireId, requestedAt }` held in a const, `structuredClone(started)`,
// `const { timestamp, ...faceLogin } = res.body`, the retrieval's `Object.assign({}, details, { reviewer })` — so the
// copy's reads stayed legacy under a moved type (type errors in TypeScript, a "leaves" item instead of the rewrite);
// and the callback handler reading its form through `JSON.parse(JSON.stringify(req.body))` had an item that named none
// of the fields it reads. FIXED: such copies (also a JSON round trip) are the value, when what is written after the
// value adds only the app's keys (`analysis/copies.ts`, in the initiate and retrieval flows; a rest element is bound
// like the object); a JSON round trip or structuredClone of the form is the form (`callback-handler/handler-proof.ts`).
// Fixtures `response-copies-followed`, `response-copy-overriding-field`, `details-copies-followed`,
// `json-deep-copy-form`. Now 26/26.
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round56-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round56-backend'),
  minInputs: 12,
  tmpPrefix: 'nvm-holdout56-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
