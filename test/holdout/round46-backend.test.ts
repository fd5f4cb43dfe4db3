// Hold-out round 46 for the backend rules (test/holdout/round46-backend/): the five backend rules on 12 customer-style
// files written WITHOUT reading the rules. Round 46 weighs PERSISTENCE OF THE LEGACY IDENTIFIERS AROUND THE CALLS — the
// legacy call in the same file as the data layer that stores and looks up its results — and weighs PRECISION: the
// reads of the answer, the details and the form must move while the customer's own model, column, field and key names
// that merely share the legacy words stay exactly as written (a database column is not the API). Earlier rounds took:
// the whole answer inserted into Mongo and queried by the string path `'jumioResponse.transactionReference'` (the first
// corpus, `auth-stored-whole`); Prisma `create` data whose keys are the legacy names with values read from the answer
// (round 4 `auth-bullmq-prisma-fetch`), Prisma rows and interactive transactions (rounds 8, 11, 16, 17, 37); a TypeORM
// entity assigned field by field under the customer's own names (round 4 `enr-express-typeorm-axios-create`); a
// Mongoose schema METHOD on `this` (round 13), a Sequelize afterCreate HOOK (round 13), Knex inserts of snake-case keys
// (round 14), Drizzle inserts and updates keyed by the app's own `reference` column (rounds 11, 16), an Objection model
// and MikroORM (rounds 11, 14); Redis as a cache or session store of whole answers or derived fields (rounds 14, 16, 32,
// 39: `hmGet(key, ['redirectUrl'])` of a spread copy) and Redis pub/sub (round 42); a DynamoDB item written by a
// CALLBACK Lambda (round 34). No round declared the data model IN THE SAME FILE under the legacy names next to the
// response type that must move (a TypeORM `@Entity` whose properties are `transactionReference` / `redirectUrl` /
// `enrollmentTransactionReference`, a Sequelize `define` with `transactionReference`, `redirectUrl` and
// `customerInternalReference` attributes, a Mongoose `Schema` whose paths are the retrieval fields, a Drizzle `pgTable`
// whose columns are the callback fields), fed Prisma SHORTHAND keys from a renamed destructuring, wrote the answer
// through raw SQL strings (`INSERT INTO auth_sessions (…, transaction_reference, redirect_url, …)`), built Redis keys
// from the reference (`nv:auth:transactionReference:${…}`) or a DynamoDB sort key from the details
// (`FACELOGIN#${details.transactionReference}`) beside an `UpdateExpression` naming `transactionResult` and
// `userReference`, or put look-ups keyed by the legacy-named column (`findOneBy({ transactionReference })`, `where: {
// transactionReference }`, a projection under legacy names answered by a GET route) beside the call. This round:
// Initiate: a NestJS service with its TypeORM entity in the file (EU, TypeScript, axios); a Fastify plugin destructuring
// the answer into Prisma shorthand keys (US, TypeScript, global fetch, a callbackUrl); an Express router keeping the
// reference in Redis keys and a hash (SG, ESM `.mjs`, superagent, top-level await); a Koa router writing the answer
// with a raw pg `INSERT … ON CONFLICT` (US `www.netverify.com`, TypeScript, ky). Enrolment: got in CommonJS with the
// Sequelize model defined beside it (US, workflowId 200, 60 * 24 * 2 minutes, a callbackUrl). Retrieval: undici with a
// Mongoose schema whose paths are the details' names, `updateOne` + `$set` (EU, TypeScript); an SQS-triggered Lambda
// reading a DynamoDB item first and updating it after (SG, ESM `.mjs`, axios, percent-encoded reference). Callback: an
// Express urlencoded receiver behind the US callback IPs writing snake-case columns with Knex, beside a GET route
// projecting them under legacy names (CommonJS); a NestJS controller whose `@Body()` interface lists the fields it reads
// and whose Drizzle table in the same file also declares `enrollmentTransactionReference` and `callbackDate` (the
// latter set to the receipt time). Plus 3 lookalikes in the same shapes: the TypeORM service once on KYX (the entity
// kept its legacy-named properties), the Redis-keyed Express router for a payment gateway's hosted checkout (the same
// `redirectUrl` / `transactionReference` / `tokenLifetimeInMinutes` words, another host), and the Knex receiver for a
// card acquirer's POS settlement. Support modules (store.ts, db.cjs) sit beside the inputs and are never inputs. Every
// file runs through the backend rules in-process, in registry order (as the CLI runs them). Checked as in round 2
// (test/support/backend-holdout-suite.ts). The corpus and its judgements (round46-backend-judgements.ts) were written
// before the first run of the codemod on them; no file needs a real repository run (no repo-only/).
// First run (at the corpus commit b55f04b, after 2b991a7): 26 tests, 26 passed; every diff and item read by hand. No
// defect: every value read from a response moved, and every column, entity property, Prisma key, Redis hash field,
// SQL text, DynamoDB expression and Drizzle column spelled with the legacy words stayed as written; the 3 lookalikes
// byte-identical.
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round46-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round46-backend'),
  minInputs: 12,
  tmpPrefix: 'nvm-holdout46-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
