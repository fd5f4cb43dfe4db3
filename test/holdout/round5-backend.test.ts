// Hold-out round 5 for the backend rules (test/holdout/round5-backend/): the five backend rules on 51 customer-style
// files written WITHOUT reading the rules, in styles rounds 1–4 lack (Elysia on Bun, Bun.serve, Deno.serve with npm:
// and jsr: specifiers, Cloudflare Workers with env bindings, Vercel Edge, Nuxt/Nitro server routes with $fetch and
// readFormData, wretch, got beforeRequest hooks, @hapi/wreck, restify with superagent .retry(), LoopBack 4 services
// and controllers, Strapi services, RedwoodJS services, Meteor methods and WebApp handlers, Temporal activities,
// Inngest step.run, Firebase Functions v2 onCall/onRequest, Next pages routes behind iron-session, TypeDI services,
// TS enums and `as const` data-centre tables, #private methods and static fields, koa 1 generators,
// Hono parseBody callbacks, Lambda base64 form bodies), plus 12 lookalikes (Monnify, Onfido, Veriff, Plaid, Sumsub,
// IDnow, Auth0, Keycloak, 3-D Secure, bank notifications, code already on KYX). Every file runs through the backend
// rules in-process, in registry order (as the CLI runs them); the CLI run gave the same results. Checked as in round 2
// (test/support/backend-holdout-suite.ts).
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round5-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round5-backend'),
  minInputs: 50,
  tmpPrefix: 'nvm-holdout5-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
