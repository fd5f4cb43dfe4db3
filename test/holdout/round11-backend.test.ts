// Hold-out round 11 for the backend rules (test/holdout/round11-backend/): the five backend rules on 53 customer-style
// files written WITHOUT reading the rules, in styles and code shapes rounds 1–10 lack (fastify-plugin decorators on
// undici, middy with @middy/ssm credentials on the context, an inversify abstract provider on node-fetch v2 with an
// AbortController, function overloads, `using` resource management, BullMQ with exponential-backoff, Temporal
// activities with needle and axios, GraphQL Yoga resolvers with ofetch, an enum-keyed map checked with satisfies and
// indexed by node-config, a LaunchDarkly-flagged data centre, a method under the customer's own decorator, phin (a
// client the codemod does not know), @koa/router 13 with an axios instance, a top-level-await ESM script with Prisma,
// ky with its own retry option, nconf defaults, an Elysia-decorated class on Bun; enrolments from SST Resource,
// trigger.dev tasks, socket.io acks, Drizzle and MikroORM, a Nitro task, a `satisfies`-checked body; retrievals through
// ky, needle, a Temporal activity, a node-config Record of bases, a Cloud Functions CloudEvent, ofetch with retry, undici
// with satisfies headers, the face image; callbacks through Hono and Azure Functions v4 formData(), Elysia's urlencoded
// parse, an ALB Lambda with querystring, Cloud Functions' parsed body, a class-validator DTO and a BullMQ processor of a
// forwarded form), plus 12 lookalikes (Onfido, Veriff, Sumsub, Plaid, iDenfy, a 3-D Secure initiate on the same path,
// the app's own step-up API, code and a callback already on KYX, a card acquirer's notification, a Kubernetes
// TokenReview, a convict auth schema) and two ID-verification calls (scans, v3 initiateNetverify: reported by
// legacy-endpoint only). Every file runs through the backend rules in-process, in registry order (as the CLI runs
// them). Checked as in round 2 (test/support/backend-holdout-suite.ts).
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round11-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round11-backend'),
  minInputs: 50,
  tmpPrefix: 'nvm-holdout11-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
