// Hold-out round 16 for the backend rules (test/holdout/round16-backend/): the five backend rules on 52 customer-style
// files written WITHOUT reading the rules, in styles and code shapes rounds 1–15 lack (an Elysia group with derive(),
// a got.extend() instance with a harmless beforeRequest hook in an AdonisJS 6 service, an axios instance with a request
// interceptor that only adds a request id behind a tRPC mutation, node-fetch v3 with AbortSignal.timeout in .mts,
// host and path imported through a barrel's export *, a Cloudflare Worker queue() consumer, Deno.serve with ky from
// npm:, Temporal activities as a class with #private host and credentials on the older path, Express 5 with axios
// validateStatus and an arithmetic lifetime, needle over a ternary chain of data centres in CommonJS, Basic credentials
// cached in Redis, ofetch.create() with retry in an AdonisJS controller, a decorated generic method with got, request
// loaded through createRequire in an ES module; enrolments in a Prisma interactive transaction, Elysia with a literal
// preset, NestJS with ConfigService credentials, an Inngest step with ky, a conditional lifetime with arithmetic, a
// conditional locale spread under zValidator, a superagent agent with defaults; retrievals through an unwrapping axios
// interceptor, Redis cache-aside, Drizzle, node-fetch v3, a Worker's cf cache options, Nest's axiosRef with a static
// base; callbacks through Elysia's t schema, Nitro's readValidatedBody, a ts-rest contract, express-ipfilter with the SG
// IPs, a Temporal signal, a tsoa @Body() interface and h3 v2's event.req.formData(); config-based base URLs from
// ConfigService.getOrThrow, Nitro runtime config, an AdonisJS config module and a tenant row), plus 12 lookalikes
// (Smile ID, Midtrans, Vouched, HyperVerge, a Hono RPC client to the app's own gateway, an SSO and an archive on the
// legacy paths of other hosts, KYX code in NestJS and Drizzle, a KYX callback, the ID-verification callback, magic-link
// settings) and one ID-verification scans read (legacy-endpoint only). Every file runs through the backend rules
// in-process, in registry order (as the CLI runs them). Checked as in round 2 (test/support/backend-holdout-suite.ts).
// First run (at 45afb7e, the corpus and judgements committed before it): 41 of 52 files passed as judged (every file
// parsed, was idempotent, marked each item, and the TypeScript outputs added no type error); every diff read by hand.
// Seven of the eleven failures were my own expectation strings, the output right: six enrolments judged
// `not: 'workflowId'` and one authentication `not: '/api/auth/v1/initiate'`, words their own header comments name
// (corrected at the file to the body key `workflowId:` and the URL as written). So 48 of 52 agreed on substance. One
// item not judged but right (an enrolment's callbackUrl now receiving KYX callbacks) was added to its judgement.
// The four disagreements are codemod defects, left as known gaps (today's output asserted, the judged one it.fails):
// a host and path imported through a barrel's `export * from` are not followed (the call is flagged as an unseen host,
// not migrated); a Cloudflare Worker's queue() consumer gets no nodejs_compat item (fetch() does); a callback read
// through h3's readValidatedBody(event, Schema.parse) and one in a ts-rest contract handler (`{ name: async ({ body })
// => … }` given to s.router) get no item at all — two legacy callback handlers left silent. All four fixed in the
// seventeenth session (2457fc8 export * barrels, the Workers queue() handler, 2207c07 readValidatedBody, ts-rest
// route implementations): no known gap left.
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round16-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round16-backend'),
  minInputs: 50,
  tmpPrefix: 'nvm-holdout16-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
