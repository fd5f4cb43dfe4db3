// Hold-out round 6 for the backend rules (test/holdout/round6-backend/): the five backend rules on 50 customer-style
// files written WITHOUT reading the rules, in styles rounds 1–5 lack (Babel and tsc CommonJS output committed beside
// the source, Egg.js ctx.curl services and controllers, Midway HttpService and @Body controllers, Sails helpers and
// actions with req.allParams(), Moleculer actions and moleculer-web aliases, request-promise-native options and
// resolveWithFullResponse, bent, axios.defaults, axios-retry on an instance, a response interceptor that unwraps the
// body, node-fetch v2 Headers, opossum circuit breakers, fp-ts TaskEither, Effect.tryPromise, class-validator DTOs,
// zod safeParse, convict defaults, Astro endpoints, a SolidStart 'use server' action, Azure Functions v4 app.http,
// @google-cloud/functions-framework, Netlify Functions v2, Mercurius resolvers; callbacks through formidable,
// raw-body + querystring, Fastify's req.body in Nest, formData() and URLSearchParams), plus 12 lookalikes (Onfido,
// Persona, Stripe Identity, iDenfy, Shufti Pro, Trulioo, Okta, Adyen and PSP form notifications, an in-house
// "netverify" service, code and callbacks already on KYX). Every file runs through the backend rules in-process, in
// registry order (as the CLI runs them); the CLI run gave the same results. Checked as in round 2
// (test/support/backend-holdout-suite.ts).
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round6-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round6-backend'),
  minInputs: 50,
  tmpPrefix: 'nvm-holdout6-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
