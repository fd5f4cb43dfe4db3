// Hold-out round 40 for the backend rules (test/holdout/round40-backend/): the five backend rules on 10 customer-style
// files written WITHOUT reading the rules. Round 40 weighs SEVERAL INTEGRATIONS IN ONE FILE — precision inside a file:
// each legacy file holds the legacy call or handler AND neighbouring code that looks alike and must stay exactly as it
// is (pinned line by line with `has`, what must go with `not`). Earlier rounds took: the ID-verification scans as files
// of their own (rounds 8, 10–14, 16: `idv-scans-*`), a got.extend() instance serving an authentication initiate and a
// scan status (round 16, AdonisJS), scans and Document Verification documents beside a KYX retrieval (round 30,
// legacy-endpoint only), an enrolment subclass whose base axios instance also reads a scan status (round 38); the
// NETVERIFYID callback only as whole-file lookalikes (rounds 3, 9, 10, 12–16) and a KYX JSON callback ROUTE beside the
// legacy form route in one router (round 30); Onfido / Veriff / Sumsub as lookalike files of their own in nearly every
// round, and Jumio beside Onfido in one function once (round 13, an axios `switch (provider)`); card 3-D Secure
// `/authentications/{id}` lookups only as whole-file lookalikes (rounds 2, 34, 38 — Paysafe behind a const enum); KYX
// code beside legacy code in half-migrated files that reuse a previous run's kyx-auth.ts (round 30). None put the
// neighbour's shared state in play: a class field, a Basic helper, an instance, a settings object, return-URL consts
// or a region key read by both. This round: Initiate: a Netverify client CLASS whose face-login initiate and
// ID-verification scan status/data share the private `origin` and Basic `authorization` fields (EU, TypeScript, global
// fetch); a step-up module whose Jumio face login (superagent `.auth()`, SG, CommonJS) and Sumsub WebSDK link (HMAC
// headers, `redirect: { successUrl, rejectUrl }`) share the return-URL and User-Agent consts. Enrolment: a settings
// object holding the legacy `…/api/v4` base beside the KYX token and retrieval addresses, read by a v4 initiate and by
// the team's own KYX token request (axios `auth` with the OAuth2 client) and KYX retrieval (EU, ESM, axios); two region
// maps with the same keys, the legacy v4 initiate URLs and Onfido's bases, with a headers const spread into both got
// calls (US/EU, TypeScript). Retrieval: a card's Paysafe 3-D Secure `/authentications/{id}` and the Jumio one in one
// function through ky, both with one local Basic helper (EU, TypeScript); one axios instance on
// `…/api/netverify/v2` serving scan status, scan verification data, the scan's GDPR DELETE and the authentication
// result (US, CommonJS). Callback: one Fastify form route `switch`ing on `callBackType` between NETVERIFYID and
// NETVERIFY_AUTHENTICATION behind one IP allowlist Set (ESM). Plus 3 lookalikes in the same shapes: the step-up with
// Veriff in the Jumio half beside the same Sumsub code, the Fastify route of a card acquirer switching on `eventType`
// between a payment result and a 3-D Secure authentication, and the settings module once migrated to KYX by hand.
// Every file runs through the backend rules in-process, in registry order (as the CLI runs them). Checked as in round 2
// (test/support/backend-holdout-suite.ts). The corpus and its judgements (round40-backend-judgements.ts) were written
// before the first run of the codemod on them; no file needs a real repository run (no repo-only/).
// First run (at e24d4c4, the corpus committed before it): 22 tests, 22 passed; the 3 lookalikes
// byte-identical; every diff read by hand (the neighbours — scans, Sumsub, Paysafe, Onfido, the team's KYX token call —
// unchanged, the shared fields, helpers and instance kept). No defect.
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round40-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round40-backend'),
  minInputs: 10,
  tmpPrefix: 'nvm-holdout40-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
