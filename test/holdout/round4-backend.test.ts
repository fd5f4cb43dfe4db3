// Hold-out round 4 for the backend rules (test/holdout/round4-backend/): the five backend rules on 55 customer-style
// files written WITHOUT reading the rules, in styles rounds 1–3 lack (NestJS HttpService with lastValueFrom and rxjs
// map, express-async-handler, Next.js app-router route handlers, SvelteKit +server with the event's fetch, Remix
// actions and loaders, tRPC, Apollo resolvers and RESTDataSource, Fastify decorate, Feathers, AdonisJS, BullMQ and
// agenda workers, AWS Lambda with Secrets Manager, Google Cloud and Azure Functions, TypeORM/Prisma persistence, a
// protected base client, axios interceptors, shared config spreads, config helpers, zod response schemas, a Map of
// data centres, cross-fetch / isomorphic-unfetch / node-fetch v2 callbacks, http2, undici Pool, ky, needle, setTimeout
// polling, for-await pagination; callbacks through multer, busboy, koa-body, formData(), URLSearchParams, querystring
// and a Pub/Sub forwarder), plus 15 lookalikes. Every file runs through the backend rules in-process, in registry
// order (as the CLI runs them); the CLI run gave the same results. Checked as in round 2
// (test/support/backend-holdout-suite.ts).
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round4-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round4-backend'),
  minInputs: 50,
  tmpPrefix: 'nvm-holdout4-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
