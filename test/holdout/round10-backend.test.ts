// Hold-out round 10 for the backend rules (test/holdout/round10-backend/): the five backend rules on 50 customer-style
// files written WITHOUT reading the rules, in styles and code shapes rounds 1–9 lack (cockatiel retry / breaker /
// timeout policies, async.waterfall and async.mapLimit with request callbacks, co.wrap generators, HashiCorp Vault
// secrets read by a top-level await, envalid / t3-env defaults, a znv-validated region switch, URL builders imported
// from another module (switch, ternary chain, arrow), a generic typed request<T> helper used from other modules, a
// subclass of a base client in another module, JSDoc-typed promise chains without async, Feathers 5 services and
// hooks, Strapi 5 createCoreService, React Router v7 actions and loaders, an object literal reading `this.base`, an
// async factory with a private constructor, axios's post taken off the default export, an Express 5 router with the
// axios config form, Effect.gen with tryPromise, tRPC v11 with ofetch, an ES5 prototype client, an ID-only v4
// initiate (workflowId 101); callbacks through express.raw + URLSearchParams, React Router formData, a Feathers
// service, raw-body + querystring.decode and Ts.ED @BodyParams), plus 11 lookalikes (Onfido, Veriff, Sumsub,
// Persona, two PSPs' v4 initiates, code and a callback already on KYX, the ID-verification callback, a card
// acquirer's notification, the app's own step-up API) and one ID-verification scans read (another Jumio product:
// reported by legacy-endpoint only). Every file runs through the backend rules in-process, in registry order (as the
// CLI runs them). Checked as in round 2 (test/support/backend-holdout-suite.ts).
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round10-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round10-backend'),
  minInputs: 50,
  tmpPrefix: 'nvm-holdout10-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
