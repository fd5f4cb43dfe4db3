// Hold-out round 8 for the backend rules (test/holdout/round8-backend/): the five backend rules on 44 customer-style
// files written WITHOUT reading the rules, in styles rounds 1–7 lack (tsyringe-injected services and singletons,
// TypeScript namespaces holding hosts, types and workflow ids, static class members and getters, Pothos and Apollo 4
// resolver maps, Bun.serve with Bun.env, CommonJS module.exports objects, AWS Secrets Manager credentials, Hapi
// plugins, request's positional callbacks, Effect.tryPromise, async generators (a campaign and a poller), a Record
// region map with a typed axios instance, an abstract vendor base class, a dynamic import('got'), Prisma, Restify,
// zod-parsed responses, a ternary-chain region function with conditional spreads; callbacks through a Feathers
// service, an Express class controller, Bun's formData, micro's text(), a zod schema and Deno oak), plus 10 lookalikes
// (Onfido, Veriff, Sumsub, IDnow, Persona, a payment gateway's v4 initiate and notification, code already on KYX, a
// mail linking to netverify.com's public page) and one ID-verification scans read (another Jumio product: reported by
// legacy-endpoint only). Every file runs through the backend rules in-process, in registry order (as the CLI runs
// them). Checked as in round 2 (test/support/backend-holdout-suite.ts).
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round8-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round8-backend'),
  minInputs: 44,
  tmpPrefix: 'nvm-holdout8-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
