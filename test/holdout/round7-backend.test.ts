// Hold-out round 7 for the backend rules (test/holdout/round7-backend/): the five backend rules on 48 customer-style
// files written WITHOUT reading the rules, in styles rounds 1–6 lack (Hono on Bun with zValidator, type-graphql
// resolvers, @nestjs/config defaults, axios with AbortSignal.timeout, lodash get() paths on a response, superagent
// .timeout().then(({ body })), ky.create / got.extend prefixUrl instances, node:https in a Promise, cross-fetch with
// `as const satisfies` region tables, env-var defaults, a class repository inside p-retry, a logging axios
// interceptor, a Next.js 'use server' module, graphile-worker tasks, AdonisJS 6 and Strapi core controllers, BullMQ
// with undici, tRPC with presets, API Gateway v2 base64 bodies, async-retry, kafkajs consumers; callbacks through
// middy's urlencode parser, a Kafka-forwarded form, a typed Fastify body, celebrate/Joi, AdonisJS request.only and
// SQS records), plus 12 lookalikes (Sumsub, Veriff, Onfido, code and callbacks already on KYX, an in-house
// "netverify" service, a card acquirer's form notification, 3-D Secure on the same path words, OAuth, JWT config,
// MQTT, Jumio URLs in comments only). Every file runs through the backend rules in-process, in registry order (as the
// CLI runs them). Checked as in round 2 (test/support/backend-holdout-suite.ts).
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round7-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round7-backend'),
  minInputs: 48,
  tmpPrefix: 'nvm-holdout7-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
