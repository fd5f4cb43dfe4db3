// Hold-out round 58 for the backend rules (test/holdout/round58-backend/): the five backend rules on 12 customer-style
// files written WITHOUT reading the rules. Round 58 weighs THE ENROLMENT IN DEPTH: the v4 ID-verification initiate used
// to enrol (jumio-v4-initiate-facts.md §1, MIGRATION.md's initiate-enrollment) with its request body in the forms real
// code writes — every workflowId the guide lists and one it does not, presets with country and ID type, a userConsent
// object, callbackUrl per request, reportingCriteria, a customerInternalReference that can exceed KYX's 100 characters
// or holds an e-mail, tokenLifetimeInMinutes at the bounds and beyond, locales of the v4 list and one KYX's lacks, the
// body assembled in steps, and the answer's transactionReference kept as the enrolment reference later face logins use
// (where the KYX answer has the account id and the credential ids instead). Earlier rounds took (greps over the inputs
// of test/holdout, round 58 excluded): workflowId literals 100 (35 files), 101 (13), 102 (4), 200 (62), 201 (25), 202
// (15); an unlisted id only as 999 (round 1, twice) and as a run-time value (round 37's `?? 200`, round 47's env read);
// a numeric-string workflowId 0, a workflowId assigned after the literal 0 (the only after-literal assignments are round
// 1's authentication `body.locale =` / `body.tokenLifetimeInMinutes =`); presets with USA 14, DEU 10, SGP 6, GBR 5, AUT
// 2, SWE / NLD / IRL 1 — XKX, IDN, KEN, JPN, CZE 0; a conditional spread setting presets once (round 8, `...(country &&
// docType ? { presets: […] } : {})`), a conditional of two preset consts as the value once (round 11), a spread of preset
// consts `...(c ? A : B)` 0; `userConsent` only in round 47's KYX lookalike, in a v4 body 0; reportingCriteria in 11
// enrolment files, callbackUrl in 39; an e-mail as customerInternalReference 0 (as userReference rounds 9, 14, 15, 17,
// 47), a customerInternalReference of three ids 0 (two-id composites rounds 23, 37, 47, 50, 51, 53); an enrolment
// lifetime of 5 minutes 0 (8 authentications), 86400 as a literal 0 (only zod's `.max(86400)`, round 45), a literal over
// the maximum 0 (round 47's `60 * 24 * 90` arithmetic, and `kiosk ? 3 : 20` below the minimum), 720 / 20160 0; the
// locales sw, pl, id, ja, vi, pt-BR as values 0 (`cs` once, round 57's ternary); the guide's trailing slash on an
// enrolment 0 (authentications: rounds 1, 3, 13, 43); jumio-js 0 (the npm `jumio` SDK: round 2); an enrolment storing
// its answer's reference under an enrolment-reference name 0, and an enrolment and an authentication in one module once
// (round 1's `auth-two-rules-shared`, a shared Basic const only). This round — Enrolment: a US Express handler
// (TypeScript, axios) with workflowId 201, presets as `...(sender.residence === 'XK' ? KOSOVO_PRESET : US_PRESET)` and 5
// minutes, storing the reference as the sender's enrolment reference; an EU Express router (CommonJS, superagent) whose
// payload gets `workflowId = 201` and `locale = … 'pt-BR' : 'pt'` after the literal (101); a US `www` KYB call (ESM, ky)
// on the guide's trailing slash with `workflowId: '102'`, a three-UUID customerInternalReference, reportingCriteria,
// `es-MX` / `en` and 20160 minutes; an SG got call (TypeScript) with 202, an IDN passport preset, a callbackUrl, `id`
// and 720 minutes; a US undici job (ESM) with 100, reportingCriteria, `vi` / `en` and 86400 minutes; a US Fastify plugin
// (TypeScript, fetch) with 200, a userConsent object, an e-mail as customerInternalReference, a callbackUrl per
// application and 45 minutes; an EU node-fetch call (CommonJS) with the unlisted 203, a KEN ID-card preset, `sw` and
// 100800 minutes; an SG NestJS service (TypeScript, HttpService) whose enrolment (200, JPN driving licence, `ja`) keeps
// the reference that its face login (the authentication initiate, same module) sends as enrollmentTransactionReference.
// Flagged only: Purple Technology's jumio-js `getNetVerifyLink({ …, workflowId: jumio.getWorkflowId(…), presets: {
// country: 'CZE', type: 'ID_CARD' } })` (CommonJS) — an SDK call, "flagged for replacement by a KYX account request".
// Plus 3 lookalikes in the same shapes: the conditional preset spread for another identity vendor's `/api/v4/initiate`,
// the stepwise superagent payload for a payment provider's `/v4/initiate`, and the userConsent plugin once on KYX's
// account create (account id and ID credential id stored, its own OAuth2 module). Support modules (db.ts, db.mjs,
// db.cjs, letters.mjs, kyx-oauth-client.ts) sit beside the inputs and are never inputs. Every file runs through the
// backend rules in-process, in registry order (as the CLI runs them). Checked as in round 2
// (test/support/backend-holdout-suite.ts): no error, parses, idempotent, every manual item marked, lookalikes
// byte-identical, flagged files changed by markers only, the judged rewrites and items (round58-backend-judgements.ts,
// each quoting MIGRATION.md, every JUDGEMENT CALL said so — five in its preamble: the lifetime bounds are inclusive and
// a value beyond keeps its minutes with the range item; a workflowId assigned after the literal moves to
// `workflowDefinition.key`; values the code cannot check — a long or e-mail customerInternalReference, the locale `sw` —
// are kept with no item judged; `userConsent` stays at the top level as written; the lost capture method is not judged),
// TypeScript outputs adding no type error. The corpus and its judgements were written before the first run of the
// codemod on them; no file needs a real repository run (no repo-only/).
// First run (at the corpus commit): 26 tests, 23 passed; every diff and item read by hand. Presets, userConsent,
// callbackUrl, the lifetimes at and beyond the bounds, the unlisted workflowId, the jumio-js SDK call, the Nest service
// with both calls and the lookalikes as judged. One defect: `if (applicant.plan === 'premium') payload.workflowId =
// 201` after the literal was only reported ("move it into the literal …") while the literal's 101 became `{ key: 2 }` —
// premium applicants enrolled without the selfie until someone mapped it. FIXED: an enrolment's workflowId set after
// the literal to a value with a known key becomes `payload.workflowDefinition.key = 3` (a value computed at run time is
// still reported) (`analysis/body-uses.ts`; fixture `workflow-id-set-after-literal`). Two judgement slips, corrected
// with a note at each: the conditional spread of two preset consts is written out in place and the consts removed, as
// MIGRATION.md's "a const no longer read is removed" says; and a `not: 'tokenLifetimeInMinutes'` also matched the range
// item's own marker text. Now 26/26.
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round58-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round58-backend'),
  minInputs: 12,
  tmpPrefix: 'nvm-holdout58-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
