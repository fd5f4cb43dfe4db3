// Hold-out round 44 for the backend rules (test/holdout/round44-backend/): the five backend rules on 11 customer-style
// files written WITHOUT reading the rules. Round 44 weighs CROSS-MODULE BACKENDS — one integration spread over the
// modules of one service or monorepo package: the legacy base URL / data-centre host and the credentials in config
// modules imported by name, by default import, through a namespace import or through a barrel; the request body built
// by a function of another module; the response and details types declared in a shared types module; a client class in
// one module read by a route of another; the callback form's class in a DTO module. Earlier rounds took: an object map
// and a path named-imported from a settings module (round 2 `auth-fastify-axios-imported-config`); URL builders, a
// generic request<T> helper and a base client imported from other modules (round 10); host and path constants through a
// barrel's `export * from` (round 16 `auth-barrel-reexported-hosts`, migrated after a fix) and a `#config/jumio` subpath
// default import the run cannot resolve (round 16, flagged as an unseen host); an `axios.create()` instance imported from
// another module (round 19, flagged in process, migrated on a repository run); `require('./config')` of a nested
// settings object (round 19) and an ES default import of a CommonJS settings object (round 20); an imported setting
// indexing a map (round 22); a settings module's credentials and the customer's own HTTP helper module (round 28); the
// response and details types in a shared or sibling types module, one interface per input (rounds 20, 28); bodies built
// out of sight by a private method, a template method or a builder class — always of the SAME file (rounds 22, 35, 38);
// a controller and its service in one module (round 21); callback DTO classes and interfaces of the SAME file (rounds 2,
// 11, 16, 31). No round had a namespace import of a settings module, `export { default as x } from` re-exporting a
// config object, a default-exported `Object.freeze`d config, a CommonJS barrel whose property is a required module, a
// destructured `require` of `exports.X` constants feeding a retrieval, a body built by a function of ANOTHER module, one
// response interface read by two migrated inputs, a client class whose caller is a route of another module, a callback
// DTO class in its own module, or a CommonJS receiver whose allowlist and callback type are required from another module
// and whose form is a JSDoc `import()` type. This round: Initiate: the online bank's Express step-up route (EU,
// TypeScript, axios) on `jumioConfig` re-exported by config/index.ts as `export { default as jumioConfig } from
// './jumio.js'`, the answer typed by identity-types.ts's `FaceLoginStarted`; the branch counters' exported
// `CounterFaceLoginClient` (SG, TypeScript, undici) on `import * as netverify from './netverify-settings.js'` with a
// `#authorization` field, returning the same `FaceLoginStarted` whole to routes/counter-face-login.ts; the member app's
// re-authentication worker (US, CommonJS, got) on a CommonJS barrel (`module.exports = { netverify: require(…) }`)
// sending the body a function of face-login-request.cjs builds (flagged). Enrolment: the SG onboarding route (ESM
// `.mjs`, global fetch) on a default import of `export default Object.freeze({ … })` (workflowId 200, a preset, a
// callbackUrl, 4320 minutes). Retrieval: a Fastify route (EU, TypeScript, got) importing `{ NETVERIFY_EU, jumioConfig }`
// from the barrel (`export *` and `default as`), the details typed by identity-types.ts; the support console's Express
// route (US, CommonJS, axios) on a destructured require of the endpoints module. Callback: a NestJS controller whose
// `@Body()` class is in face-login-callback.dto.ts; a CommonJS Express receiver whose IP list and callback type are
// required from the endpoints module, the form typed by a JSDoc `@typedef {import('./identity-types')…}`. Plus 3
// lookalikes in the same shapes: the step-up route once on KYX on the same barrel, the client class for a card issuer's
// 3-D Secure ACS on a namespace import, and the Nest controller with a DTO module for a card acquirer's settlement
// notification. Support modules (store.ts, identity-types.ts, the settings and DTO modules, config/, routes/) sit beside
// the inputs and are never inputs: the suite edits them only through the rules' external edits and type-checks the
// top-level TypeScript ones with the outputs; no `has` string is judged in them. Every file runs through the backend
// rules in-process, in registry order (as the CLI runs them). Checked as in round 2
// (test/support/backend-holdout-suite.ts). The corpus and its judgements (round44-backend-judgements.ts) were written
// before the first run of the codemod on them; no file needs a real repository run (no repo-only/).
// First run (at the corpus commit): 24 tests, 23 passed; every diff and item read by hand. One DEFECT:
// ret-cjs-destructured-require-endpoints-axios kept `API_TOKEN, API_SECRET` in `const { …, USER_AGENT } =
// require('./netverify-endpoints.cjs')` although only the replaced Basic `auth` read them, while the URL's names left the
// same destructuring — the retrieval rule removed dead credentials only from local consts (an imported or required name
// was kept; the same held for an ES `import { API_TOKEN } from …`). They now leave with the URL's names in one list edit
// (retrieval-authentication/dead-declarations.ts; fixtures credentials-beside-url-required, credentials-beside-url-imported).
// 24/24 now.
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round44-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round44-backend'),
  minInputs: 11,
  tmpPrefix: 'nvm-holdout44-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
