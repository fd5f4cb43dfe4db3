// Hold-out round 9 for the backend rules (test/holdout/round9-backend/): the five backend rules on 42 customer-style
// files written WITHOUT reading the rules, in styles rounds 1–8 lack (Encore.ts api() and api.raw endpoints with
// secrets, FoalTS controllers with Config, Qwik City routeAction$/routeLoader$, Fresh handler objects on Deno, NestJS
// CQRS command handlers, ts-rest routers, middy-wrapped Lambdas with got, undici's fetch with a custom Agent, an
// Object.freeze region map, Keystone 6 graphql.extend and list hooks, Payload CMS endpoints through an axios
// instance, Directus endpoint extensions, node-cron jobs with Promise.allSettled, an openapi-fetch client, Medusa v2
// routes and workflow steps, Fastify autoload plugins, bottleneck's limiter.schedule, a static #private Map of hosts,
// @hono/zod-openapi, p-retry polling; callbacks through co-body, Encore's raw body, Medusa, Fresh formData, qs over
// express.text and Payload 3), plus 10 lookalikes (Incode, a PSP's v4 initiate and form notification, Mambu behind a
// Basic interceptor, graphql-request to the app's own API, an OAuth "web initiate", the ID-verification callback,
// code and config already on KYX) and one performNetverify call (another Jumio product: reported by legacy-endpoint
// only). Every file runs through the backend rules in-process, in registry order (as the CLI runs them). Checked as
// in round 2 (test/support/backend-holdout-suite.ts).
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round9-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round9-backend'),
  minInputs: 42,
  tmpPrefix: 'nvm-holdout9-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
