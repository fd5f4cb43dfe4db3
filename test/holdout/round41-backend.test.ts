// Hold-out round 41 for the backend rules (test/holdout/round41-backend/): the five backend rules on 10 customer-style
// files written WITHOUT reading the rules. Round 41 weighs THE SERVICE CODE NEXT TO ITS TESTS: service modules whose
// own in-file seams are what their tests use, and test files themselves (named `*.test.*` / `*.spec.*` before
// `.input.`). Earlier rounds took: nock of the legacy initiate once, in the first corpus (`neg-nock-mock`, a bare vitest
// `.post(path).reply(200, …)`, run through the two initiate rules only), nock of the KYX hosts (round 4
// `neg-jest-nock-kyx`), and one vitest + nock spec mocking KYX in one case and a legacy EU retrieval GET in another
// (round 30 `mock-face-login-nock.spec`); msw only as an exported ARRAY of handlers, legacy (round 3
// `mock-msw-legacy-handlers`) or KYX (round 30 `neg-msw-kyx-handlers`); `jest.mock` of the client module with
// legacy-shaped resolved values (round 3 `neg-jest-mock-client`); a JUMIO_BASE_URL setting with a legacy default as a
// module const or a config read, for the initiate (rounds 2, 4, 7, 10, 16, 19) and once for a retrieval (round 2
// `ret-nest-typed-switch`, Nest `config.get(key, default)`); an instance handed to a PRIVATE constructor by a static
// factory (round 13, migrated). No round had supertest, an msw `setupServer` / `server.use()` override, header or body
// matchers on a legacy mock, a client given to a PUBLIC constructor with `fetch` as its default, a `__setBaseUrl`
// seam over a module `let`, an env override read by a local function on every call, an initiate URL const exported
// for the tests, or a test's fixture data holding the legacy image URLs. This round: Test files: Jest + nock of the US
// initiate with `matchHeader('authorization', 'Basic …')` and a body-matcher function reading the legacy fields (the
// test-mock item; the matcher is no callback handler); Vitest + msw in ESM JavaScript with a default `setupServer`
// handler whose `({ request })` resolver reads the initiate body, and per-case `server.use()` overrides (a 403, a
// dropped connection `{ once: true }`) on the EU initiate URL; Jest + supertest posting the legacy authentication
// callback form (from a form-builder function, with Jumio's EU callback IP in X-Forwarded-For and the legacy face and
// liveness image URLs as fixture data) to the customer's own route. Services: a gateway class whose fetch and clock are
// public constructor parameters with defaults (SG, TypeScript: not proven, flagged); a CommonJS module whose
// `__setBaseUrl(url)` overwrites a module `let` host (US www, axios: flagged); a retrieval whose origin is
// `process.env.JUMIO_BASE_URL || DEFAULT_ORIGIN` from a local function (US, ESM, got: flagged); and the one migration,
// an initiate whose URL const is exported for the contract tests (EU, TypeScript, got: the call migrated, the const
// kept and reported as left over). Plus 3 lookalikes in the same shapes: the nock contract test for a card acquirer's
// 3-D Secure start (`redirectUrl` / `transactionReference` in the reply), the supertest route test once on KYX (JSON
// callback, nock of the KYX token and retrieval hosts), and the injected-fetch gateway once on KYX. Every file runs
// through the backend rules in-process, in registry order (as the CLI runs them). Checked as in round 2
// (test/support/backend-holdout-suite.ts). The corpus and its judgements (round41-backend-judgements.ts) were written
// before the first run of the codemod on them; no file needs a real repository run (no repo-only/).
// First run (at the corpus commit, after 1acc241): 22 tests, 22 passed; the 3 lookalikes byte-identical; every diff and
// item read by hand (nock and msw mocks reported as test mocks with the KYX hosts to mock, the injected-fetch and
// test-seam services flagged, the exported contract-test URL left over after its call migrated). No defect.
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round41-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round41-backend'),
  minInputs: 10,
  tmpPrefix: 'nvm-holdout41-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
