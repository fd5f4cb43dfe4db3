// Hold-out round 12 for the backend rules (test/holdout/round12-backend/): the five backend rules on 54 customer-style
// files written WITHOUT reading the rules, in styles and code shapes rounds 1–11 lack (an AdonisJS 6 @inject service
// with #start/env, Feathers 5 class services and a before-create hook, Moleculer actions in CommonJS and ESM schemas,
// tRPC mutations and queries with ky, ofetch and fetch, a Hapi server method and route config objects with
// options.handler, NestJS microservices (@MessagePattern with lastValueFrom, @EventPattern with firstValueFrom), a
// TypeScript mixin's class expression, a higher-order withTimeout wrapper, the `retry` package's operation.attempt
// around request callbacks, static class fields joined with + on the older /api/auth/v1/initiate path, Fastify 5 with
// TypeBox, tinyhttp, redux-saga's call(axios.post, …), Deno-style modules (Deno KV, jsr:@std/encoding), Lambda
// Powertools getSecret, Effect.retry with a Schedule, a UMD factory, node-fetch v3 with a keep-alive agent in .mts,
// Infisical credentials with ts-retry-promise; enrolments with a preset, a run-time preset and an abstract vendor's
// subclass; retrievals through Feathers get(id), got in Moleculer, a concatenated URL, an AdonisJS controller, a
// node:timers/promises poll, a private URL-builder method, the liveness image; callbacks through hapi's payload,
// milliparsec, AdonisJS request.all(), a Kafka-forwarded form, an Express 5 route chain, Deno.serve formData, a TypeBox
// schema), plus 13 lookalikes (Onfido, Veriff, Sumsub,
// Persona, a 3-D Secure ACS initiate on the same path, the app's own /api/auth/v1/initiate, code and a callback already
// on KYX, wallet and gateway v4 initiates, a card acquirer's notification, two ID-verification callbacks (one behind a
// v4 callbackUrl of the corpus: its item needs a real run over both files), an OAuth
// broker's web initiate) and one ID-verification scans read (reported by legacy-endpoint only). Every file runs
// through the backend rules in-process, in registry order (as the CLI runs them). Checked as in round 2
// (test/support/backend-holdout-suite.ts).
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round12-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round12-backend'),
  minInputs: 50,
  tmpPrefix: 'nvm-holdout12-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
