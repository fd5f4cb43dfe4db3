// Hold-out round 49 for the backend rules (test/holdout/round49-backend/): the five backend rules on 13 customer-style
// files written WITHOUT reading the rules. Round 49 weighs OBJECT-ORIENTED MODELS AND MAPPERS OF THE LEGACY RESPONSES —
// after the call, the initiate answer (`redirectUrl`, `transactionReference`, `timestamp`), the retrieval details and
// the callback form become domain objects the way OO code bases do it — and weighs where the value's flow ends: the
// reads a same-file, non-exported factory, constructor or private method makes of the value it is given once must move
// (MIGRATION.md's "handler of that file given it once", read for classes: JUDGEMENT CALL), while a library, an exported
// class, an imported model or a model that STORES the value whole gets the "leaves here whole" item at the hand-over and
// stays as written, and the model's own members, getters, `toJSON()` and frozen value objects keep their names.
// Earlier rounds took (greps over test/holdout, round 48 excluded): class-transformer's `plainToInstance` of the answer
// returned whole into a DTO whose `@Expose()` properties ARE the legacy names (round 15 `auth-class-transformer-whole`)
// and into a class-validator DTO (round 6 `auth-class-validator-dto`) — `@Expose(` with a `name` option: none; a class
// built from single reads `new VerificationSession(json.redirectUrl, json.transactionReference)` (round 7
// `enr-isomorphic-fetch-class`); private constructors with static factories only for the HTTP CLIENT (rounds 10 and 13
// `auth-static-factory-*`: the Basic header, not the answer); a same-file mapper FUNCTION with a destructured parameter
// (round 39); ports and adapters mapping the details inline in a repository method (round 35
// `ret-typedi-repository-port-fetch`); entities, schemas and tables declaring the legacy names (round 46); io-ts and
// fp-ts `Either` (rounds 6, 45); getters only of URL settings (round 8, round 14's object-literal getters). No hits for
// `static from…(` on a response, `toJSON()`, `get redirectUrl` / `get transactionReference`, `#raw`, `WeakMap`,
// `automapper` / `AutoMapper`, `Mapper`, `Object.freeze(this)`, `Result.ok` / `Result.fail`, a private `to…()` mapping
// method. This round: Initiate: a NestJS service (EU, TypeScript, axios without a type argument) handing the answer to
// class-transformer's `plainToInstance` of a same-file exported model whose `@Expose({ name: 'redirectUrl' })` /
// `@Expose({ name: 'transactionReference' })` rename the fields to the bank's `launchUrl` / `reference`; a Fastify plugin
// (US, TypeScript, global fetch, a cast) whose non-exported `FaceLoginLink` reads the answer only in `static
// fromJson(json)` over a private constructor, frozen, with an `expiresAt` getter and `toJSON()`; an Express router (SG,
// ESM `.mjs`, got) whose non-exported `FaceLoginTicket` constructor copies the answer's fields into a WeakMap entry and
// freezes itself, wrapped in a hand-written `Result.ok` / `Result.fail`; a Koa router (US `www`, TypeScript, superagent)
// handing `response.body` to the static factory of a model IMPORTED from face-login-session.ts (a support module whose
// `get redirectUrl()` / `get transactionReference()` read a private `#raw`). Enrolment: a NestJS service (EU,
// HttpService through firstValueFrom) mapping the v4 answer with an AutoMapper (pojos) profile of the same file; a
// CommonJS undici service handing the answer to the static factory of an EXPORTED frozen class whose parameter
// destructures the legacy fields (a backfill builds it from archived answers). Retrieval: a repository port (EU,
// TypeScript, global fetch, a private `#authorization` field) returning a non-exported frozen value object whose
// constructor reads the details; an Express console route (US, ESM, axios, percent-encoded reference) returning a model
// that keeps the details in a private `#raw` read by getters; a got repository (SG, TypeScript) mapping the details in a
// private `toAudit()` into a frozen record wrapped in a support module's `Result`. Callback: a Koa router (CommonJS)
// handing the form to a model's `static fromForm(form)` that checks the callback type, keeps the form in `#form` and
// exposes getters named after the legacy fields. Plus 3 lookalikes in the same shapes: the Fastify static-factory plugin
// already on KYX (its model's getters kept the app's v1 names `redirectUrl` / `transactionReference` over a private
// `#raw` of the KYX answer), the class-transformer service for a payment provider's hosted checkout (the same `@Expose({
// name })` strings), and the `#raw`-getter console route for another face-authentication provider. Support modules
// (store.ts, face-login-session.ts, result.ts, db.mjs, db.cjs) sit beside the inputs and are never inputs. Every file
// runs through the backend rules in-process, in registry order (as the CLI runs them). Checked as in round 2
// (test/support/backend-holdout-suite.ts). The corpus and its judgements (round49-backend-judgements.ts) were written
// before the first run of the codemod on them; no file needs a real repository run (no repo-only/).
// First run (at the corpus commit): 28 tests, 22 passed; every diff and item read by hand. Three DEFECTS, all fixed:
// (1) the answer handed to a member of a class of the file — `FaceLoginLink.fromJson(json)`, `new FaceLoginOutcome(
// details)`, `this.toAudit(details)`, `new FaceLoginTicket(answer)` — was not followed: the response or details type
// moved while the reads inside the member stayed legacy (four type errors in the TypeScript outputs), and in the
// JavaScript file the answer passed into `new …(answer)` SILENTLY (no "leaves whole" item). Such a member is now
// followed like a function of the file when nothing else can call it (the class not exported or the method private,
// called once; analysis/member-handlers.ts), and a `new X(value)` it cannot follow is where the value leaves (item);
// a constructor keeping the value whole (`this.#raw = raw`) is not followed, the item stays at the call. (2) The
// callback model's `static fromForm(form)` comparing its parameter's callBackType with NETVERIFY_AUTHENTICATION was not
// proven (a processor needed a second field), so the receiver passed silently (handler-proof.ts). Fixtures
// response-into-class-members, response-into-model-kept-whole, details-into-class-members,
// callback-model-static-factory, neg-type-literal-other-value. 28/28 now.
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round49-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round49-backend'),
  minInputs: 13,
  tmpPrefix: 'nvm-holdout49-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
