// Judgements of the hold-out round 12 backend corpus (test/holdout/round12-backend/), read by round12-backend.test.ts:
// what each file must become (rewrites, manual items), which are only flagged, which must stay byte-identical, and
// the known gaps (asserted as failing until fixed). Written from the spec and MIGRATION.md before the codemod ran and
// before the rule code was read, then checked against every diff of the run by hand.
import type { HoldoutExpect as Expect } from '../support/backend-holdout-suite.js';
import { CALLBACK, RESULT, LOOKUP, STORE, SEAM } from '../support/backend-item-patterns.js';

const RUNTIME = /Workers|Deno|Edge|nodejs_compat/;
const ACCOUNT = (region: string) => '`https://account.' + region + '.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`';
const CREATE = (region: string) => `'https://account.${region}.jumio.ai/api/v1/accounts'`;
const RETRIEVAL = (region: string, ref: string) => '`https://retrieval.' + region + '.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${' + ref + '}`';
const BEARER = (region: string) => "Bearer ${await kyxAccessToken('" + region + "')}";

/** Judged rewrites. */
export const MIGRATED: Record<string, Expect> = {
  // AdonisJS 6 service (@inject) with #start/env credentials read into two locals that only built the Basic header.
  // (After the run: the locals were kept with a 'remove it' item each — fixed, env.get of #start/env is an env read.
  // The default import `env` is left unused: the dead-declaration cleanup removes named imports only.)
  'auth-adonis6-inject-service': {
    has: [ACCOUNT('emea-1'), "method: 'PUT'", BEARER('emea-1'), 'resolveKyxAccount(enrollmentReference)', 'customerInternalReference: this.ctx.auth.user!.uuid',
      "successUrl: 'https://broker.acme.example/login/verified'", "errorUrl: 'https://broker.acme.example/login/failed'", "locale: 'en-GB'",
      'return { url: started.web.href, reference: started.workflowExecution.id };', 'workflowExecution: { id: string }'],
    not: ["env.get('JUMIO_API_SECRET')", 'redirectUrl: string'],
    manual: [LOOKUP],
  },
  // Feathers 5 class service; typed axios generic (inline type literal); the constructor parameter property fed only
  // the credentials: kept (callers construct it), with an item.
  'auth-feathers5-class-service': {
    has: [ACCOUNT('amer-1'), 'axios.put<', BEARER('amer-1'), 'resolveKyxAccount(data.enrollment)', 'customerInternalReference: data.userId',
      "callbackUrl: 'https://api.acme-health.example/jumio/auth-callback'", "'User-Agent': 'Acme Health/2.0'",
      'return { iframeUrl: body.web.href, verificationTxReference: body.workflowExecution.id };', 'workflowExecution: { id: string }'],
    not: ['this.options.apiSecret', 'redirectUrl: string'],
    manual: [LOOKUP, /options/],
  },
  // Moleculer action handler (this = the service): got's chain; the PUT gets retry off; 60 minutes → '1h'.
  'auth-moleculer-action-got': {
    has: [ACCOUNT('apac-1'), '.put(', BEARER('apac-1'), 'resolveKyxAccount(enrollment)', 'customerInternalReference: userId', "tokenLifetime: '1h'",
      'retry: { limit: 0 }', "this.logger.info('face login', result.workflowExecution.id);", 'return { url: result.web.href, ref: result.workflowExecution.id };'],
    not: ['JUMIO_API_SECRET', 'username:'],
    manual: [LOOKUP],
  },
  // tRPC v10 mutation; ky with a typed json<T>(); locale into web, 1440 → '1d'; the module-level btoa const goes.
  'auth-trpc-mutation-ky': {
    has: [ACCOUNT('emea-1'), '.put(', BEARER('emea-1'), 'resolveKyxAccount(ctx.session.user.jumioEnrollment)', 'customerInternalReference: ctx.session.user.id',
      'web: { locale: input.locale }', "tokenLifetime: '1d'", 'retry: { limit: 0 }', 'timeout: 10_000', 'workflowExecution: { id: string }',
      'return { url: started.web.href, reference: started.workflowExecution.id };'],
    not: ['btoa(', 'JUMIO_API_SECRET'],
    manual: [LOOKUP],
  },
  // A Hapi server method (an async arrow given to server.method); the module-level auth object goes.
  'auth-hapi-server-method': {
    has: [ACCOUNT('amer-1'), 'axios.put(', BEARER('amer-1'), 'resolveKyxAccount(enrollment)', 'customerInternalReference: userId', 'callbackUrl: options.callbackUrl',
      'return { url: res.data.web.href as string, reference: res.data.workflowExecution.id as string };'],
    not: ['JUMIO_API_SECRET', 'const JUMIO_AUTH'],
    manual: [LOOKUP],
  },
  // NestJS microservice @MessagePattern; HttpService through lastValueFrom (firstValueFrom's sibling).
  'auth-nest-microservice-message': {
    has: [ACCOUNT('emea-1'), 'this.http.put(', BEARER('emea-1'), 'resolveKyxAccount(msg.enrollmentReference)', 'customerInternalReference: msg.userId',
      "web: { errorUrl: 'https://app.acme-bank.example/face-login/error' }", 'return { redirect: response.data.web.href, reference: response.data.workflowExecution.id };'],
    not: ['JUMIO_API_SECRET'],
    manual: [LOOKUP],
  },
  // A mixin's class expression; the URL const goes; the pre-encoded env header gives way.
  'auth-mixin-class-expression': {
    has: [ACCOUNT('apac-1'), "method: 'PUT'", BEARER('apac-1'), 'resolveKyxAccount(this.enrollment)', 'customerInternalReference: this.userId',
      'web: { successUrl: returnTo }', 'return { href: json.web.href, ref: json.workflowExecution.id };', 'workflowExecution: { id: string }'],
    not: ['JUMIO_BASIC_B64', 'const JUMIO_SGP_INITIATE'],
    manual: [LOOKUP],
  },
  // The call inside an async arrow handed to a higher-order wrapper.
  'auth-higher-order-timeout': {
    has: [ACCOUNT('amer-1'), 'axios.put(', BEARER('amer-1'), 'resolveKyxAccount(enrollment)', 'customerInternalReference: userId', "web: { locale: 'es-MX' }",
      'return { url: data.web.href as string, reference: data.workflowExecution.id as string };'],
    not: ['const credentials', 'JUMIO_API_SECRET'],
    manual: [LOOKUP],
  },
  // The `retry` package's attempt callback around request's callback API: migrated; a failed lookup or token fetch no
  // longer reaches `done` (an item says to catch it and hand it on).
  'auth-retry-operation-request': {
    has: [ACCOUNT('emea-1'), BEARER('emea-1'), 'resolveKyxAccount(enrollment)', 'customerInternalReference: userId',
      'done(null, { url: body.web.href, reference: body.workflowExecution.id });'],
    not: ['JUMIO_API_SECRET', 'auth: { user'],
    manual: [LOOKUP, /try\/catch/],
  },
  // Static class fields joined with + (the older /api/auth/v1/initiate path); axios taken as require('axios').default.
  'auth-older-path-static-cjs': {
    has: [ACCOUNT('amer-1'), 'axios.put(', BEARER('amer-1'), 'resolveKyxAccount(enrollmentReference)', 'customerInternalReference: userReference',
      "callbackUrl: 'https://shop.acme.example/api/jumio/callback'", "'User-Agent': 'Acme Shop/9.9'",
      'return { redirect: res.data.web.href, txn: res.data.workflowExecution.id };'],
    not: ['JUMIO_SECRET'],
    manual: [LOOKUP],
  },
  // Fastify 5 + TypeBox; undici's fetch; lower-case headers; a conditional lifetime whose branch is arithmetic.
  'auth-fastify-typebox': {
    has: [ACCOUNT('amer-1'), "method: 'PUT'", BEARER('amer-1'), 'resolveKyxAccount(enrollment)', 'customerInternalReference: userId',
      "tokenLifetime: remember ? '1d' : '15m'", 'return reply.send({ url: started.web.href, reference: started.workflowExecution.id });'],
    not: ['const JUMIO_AUTH', 'JUMIO_API_SECRET'],
    manual: [LOOKUP],
  },
  // tinyhttp; the destructured reads get the KYX levels; the app's own response keys stay.
  'auth-tinyhttp-fetch': {
    has: [ACCOUNT('emea-1'), "method: 'PUT'", BEARER('emea-1'), 'resolveKyxAccount(req.body.enrollment)', 'customerInternalReference: req.body.userId',
      "web: { successUrl: 'https://rail.acme.example/account/face-login/ok' }", 'web: { href: redirectUrl }', 'workflowExecution: { id: transactionReference }'],
    not: ['JUMIO_AUTHORIZATION'],
    manual: [LOOKUP],
  },
  // Deno-style module: Deno.openKv, Deno.env credentials (removed), a default-exported handler object: runtime item.
  'auth-deno-kv': {
    has: [ACCOUNT('apac-1'), "method: 'PUT'", BEARER('apac-1'), 'resolveKyxAccount(enrollment)', 'customerInternalReference: userId',
      "await kv.set(['face-login', userId], body.workflowExecution.id);", 'return Response.json({ url: body.web.href });'],
    not: ['const authorization', "Deno.env.get('JUMIO_API_SECRET')"],
    manual: [LOOKUP, RUNTIME],
  },
  // Powertools getSecret: the secret is read by a call (not side-effect free): kept, with an item that it is no longer read.
  'auth-lambda-powertools-secret': {
    has: [ACCOUNT('amer-1'), "method: 'PUT'", BEARER('amer-1'), 'resolveKyxAccount(enrollment)', 'customerInternalReference: userId', "tokenLifetime: '30m'",
      "logger.info('face login started', { reference: data.workflowExecution.id });", 'body: JSON.stringify({ url: data.web.href })', 'workflowExecution: { id: string }'],
    not: ['secret.secret'],
    manual: [LOOKUP, /getSecret|no longer read/],
  },
  // Effect.tryPromise's async try; Effect.retry already retried the legacy POST.
  'auth-effect-retry-schedule': {
    has: [ACCOUNT('emea-1'), "method: 'PUT'", BEARER('emea-1'), 'resolveKyxAccount(enrollment)', 'customerInternalReference: userId',
      'return { url: body.web.href, reference: body.workflowExecution.id };', 'workflowExecution: { id: string }'],
    not: ['const basic', 'JUMIO_API_SECRET'],
    manual: [LOOKUP],
  },
  // .mts, node-fetch v3 with an agent and a timeout signal; the older path in a template on a base const.
  'auth-nodefetch-agent-keepalive': {
    has: [ACCOUNT('emea-1'), "method: 'PUT'", BEARER('emea-1'), 'agent: keepAlive', 'signal: AbortSignal.timeout(7000)', 'resolveKyxAccount(enrollment)',
      'customerInternalReference: userId', 'web: { locale }', 'return payload.web.href;'],
    not: ['const JUMIO_EU', 'JUMIO_API_SECRET', 'redirectUrl: string'],
    manual: [LOOKUP],
  },
  // ts-retry-promise's retry(thunk): the response comes out of the wrapper; credentials from an awaited helper: item.
  'auth-infisical-ts-retry': {
    has: [ACCOUNT('amer-1'), 'axios.put(', BEARER('amer-1'), 'resolveKyxAccount(enrollment)', 'customerInternalReference: userId',
      'return { url: res.data.web.href as string, reference: res.data.workflowExecution.id as string };'],
    not: [', { auth })'],
    manual: [LOOKUP, /jumioCredentials|no longer read/],
  },
  // Enrolments.
  'enr-feathers-before-hook': {
    has: [CREATE('amer-1'), 'axios.post(', 'workflowDefinition: { key: 3 }', BEARER('amer-1'), 'customerInternalReference: id',
      "web: { successUrl: 'https://app.acme-crypto.example/onboarding/done' }", 'context.data.jumioScanReference = res.data.workflowExecution.id;',
      'context.data.jumioUrl = res.data.web.href;'],
    not: ['workflowId', 'JUMIO_API_SECRET'],
    manual: [STORE],
  },
  'enr-moleculer-presets-fetch': {
    has: [CREATE('emea-1'), "method: 'POST'", "workflowDefinition: { key: 2, credentials: [{ category: 'ID', country: { values: ['AUT'] }, type: { values: ['ID_CARD'] } }] }",
      BEARER('emea-1'), "web: { locale: 'de' }", 'scanReference: json.workflowExecution.id', 'return json.web.href;'],
    not: ['presets', 'workflowId', 'const JUMIO_V4', 'JUMIO_SECRET'],
    manual: [STORE],
  },
  'enr-nest-event-pattern': {
    has: [CREATE('apac-1'), 'this.http.post<', 'workflowDefinition: { key: 2 }', "tokenLifetime: '3d'", BEARER('apac-1'),
      'saveKycLink(event.customerId, data.web.href, data.workflowExecution.id)', 'kyc started ${data.workflowExecution.id}'],
    not: ['workflowId', 'JUMIO_API_SECRET', 'redirectUrl: string'],
    manual: [STORE],
  },
  // A callbackUrl in the body: KYX posts its JSON callback there (item); its receiver is cb-idv-receiver-hapi.
  'enr-hapi-route-options': {
    has: [CREATE('amer-1'), 'got.post(', 'workflowDefinition: { key: 3 }', "callbackUrl: 'https://api.acme-broker.example/webhooks/jumio-idv'", BEARER('amer-1'),
      'return h.response({ url: body.web.href, scan: body.workflowExecution.id }).code(201);'],
    not: ['workflowId', 'JUMIO_API_SECRET', 'username:'],
    manual: [STORE, /callback/],
  },
  'enr-trpc-runtime-preset': {
    has: [CREATE('emea-1'), "method: 'POST'", "workflowDefinition: { key: 3, credentials: [{ category: 'ID', country: { values: [input.country] }, type: { values: ['PASSPORT'] } }] }",
      "reportingCriteria: 'property-onboarding'", BEARER('emea-1'), 'scanReference: session.workflowExecution.id', 'return { url: session.web.href };', 'workflowExecution: { id: string }'],
    not: ['presets', 'workflowId', 'JUMIO_API_SECRET'],
    manual: [STORE],
  },
  // The base is a protected member of the subclass (a class member the URL is followed through).
  'enr-abstract-vendor-subclass': {
    has: [CREATE('amer-1'), 'axios.post(', 'workflowDefinition: { key: 3 }', BEARER('amer-1'),
      'return { url: res.data.web.href as string, reference: res.data.workflowExecution.id as string };'],
    not: ['workflowId', 'JUMIO_API_SECRET'],
    manual: [STORE],
  },
  // Retrievals.
  'ret-feathers-service-get': {
    has: [RETRIEVAL('amer-1', 'id'), BEARER('amer-1'), 'resolveKyxWorkflowAccount(id)', 'reference: data.workflow.id, user: data.workflow.userReference',
      'workflow: { id: string; userReference?: string }'],
    not: ['JUMIO_API_SECRET'],
    manual: [SEAM, RESULT],
  },
  'ret-moleculer-got': {
    has: [RETRIEVAL('apac-1', 'ctx.params.reference'), BEARER('apac-1'), 'return { user: details.workflow.userReference, reference: details.workflow.id };',
      'timeout: { request: 5000 }'],
    not: ['JUMIO_API_SECRET', 'username:'],
    manual: [SEAM],
    noManual: [RESULT],
  },
  // A concatenated URL; the pre-encoded header const goes; transactionResult flagged.
  'ret-trpc-query-concat': {
    has: ['retrieval.emea-1.jumio.ai/api/v1/accounts/', '/workflow-executions/', BEARER('emea-1'), 'resolveKyxWorkflowAccount(input.reference)',
      'user: details.workflow.userReference'],
    not: ['JUMIO_BASIC_B64', 'const JUMIO_AUTHORIZATION'],
    manual: [SEAM, RESULT],
  },
  'ret-adonis-controller': {
    has: ['retrieval.apac-1.jumio.ai/api/v1/accounts/', '/workflow-executions/', BEARER('apac-1'), 'resolveKyxWorkflowAccount(params.id)',
      'reference: res.data.workflow.id, user: res.data.workflow.userReference ?? null'],
    not: ["env.get('JUMIO_API_SECRET')"],
    manual: [SEAM],
    noManual: [RESULT],
  },
  'ret-timers-promises-poll': {
    has: [RETRIEVAL('amer-1', 'reference'), BEARER('amer-1'), 'resolveKyxWorkflowAccount(reference)'],
    not: ['const AUTH', 'JUMIO_API_SECRET'],
    manual: [SEAM, RESULT],
  },
  // After the run the jsr: import that only built the Basic header stayed, unused (the retrieval rule removed the dead
  // variables only) — fixed (unused-credentials.ts removes a named import only they read, from a module that only
  // declares things; fixtures deno-std-base64-import, deno-std-base64-last-import).
  // (Judged text corrected after the run: the annotation declared only userReference, and it moves under workflow
  // alone — `{ workflow: { userReference?: string } }`, no `id` the code never read; 'encodeBase64' is also a word of
  // the header comment.)
  'ret-deno-std-base64': {
    has: [RETRIEVAL('emea-1', 'reference'), BEARER('emea-1'), 'return details.workflow.userReference;',
      'const details: { workflow: { userReference?: string } } = await res.json();'],
    not: ['encodeBase64(', "from 'jsr:@std/encoding/base64'", 'const basic'],
    manual: [SEAM, RUNTIME],
  },
  // The URL built by a private method from a private host field.
  'ret-class-url-method': {
    has: [RETRIEVAL('amer-1', 'reference'), BEARER('amer-1'), 'resolveKyxWorkflowAccount(reference)', 'return details.workflow.userReference;'],
    not: ['private readonly authorization'],
    manual: [SEAM],
  },
};

/** Legacy calls and handlers left working but flagged: the only change is the markers. */
export const FLAGGED: Record<string, RegExp[]> = {
  // UMD factory in the repository's ES-module package ("type": "module"). It was judged migrated, but the migration
  // put an ES `import` of the KYX helper at the top of the UMD script (breaking define, module.exports and its
  // <script> loading; helper-64): a UMD file without a require of its own cannot reach the helper, so it is flagged.
  'auth-umd-module': [/is a UMD module/, /"type": "module"/],
  // redux-saga's call(axios.post, url, …): the client is handed over by reference; legacy-endpoint reports the URL.
  'auth-redux-saga-call': [/authentication\/v1\/web\/initiate/],
  // The liveness image: no same-shaped KYX route in the guides.
  'ret-liveness-image-flagged': [/liveness|LIVENESS/],
  'idv-scans-moleculer': [/scans/],
  'cb-hapi-route-payload': [CALLBACK, /transactionResult → /, /enrollmentTransactionReference → gone/, /transactionDate → /],
  'cb-tinyhttp-urlencoded': [CALLBACK, /scanSource → gone/, /transactionResult → /],
  'cb-adonis-request-all': [CALLBACK, /idScanImageFace → /, /callbackDate → callbackSentAt/],
  // A microservice consumer given the forwarded form (not a handler): proven by callBackType and idScanImageFace.
  'cb-nest-kafka-forwarded': [CALLBACK, /livenessImages → /, /idScanImageFace → /],
  'cb-express5-route-chain': [CALLBACK, /livenessImages → /, /enrollmentTransactionReference → gone/],
  'cb-deno-serve-formdata': [CALLBACK, /userReference → userReference/, /callbackDate → callbackSentAt/],
  // The TypeBox schema's keys and its pinned callback type prove the callback, as a zod/Joi schema's do.
  'cb-fastify-typebox-schema': [CALLBACK, /transactionResult → /],
};

/** Lookalikes: byte-identical, nothing reported. */
export const UNTOUCHED = [
  'neg-onfido-adonis-service', 'neg-veriff-feathers-service', 'neg-sumsub-moleculer', 'neg-3ds-acs-trpc', 'neg-own-auth-initiate-effect',
  'neg-kyx-hapi-already', 'neg-kyx-callback-tinyhttp', 'neg-persona-nest-microservice', 'neg-wallet-v4-initiate', 'neg-acquirer-notification-hapi',
  'neg-idv-callback-express5', 'neg-oauth-web-initiate-deno',
  // The ID-verification receiver behind enr-hapi-route-options' callbackUrl (/webhooks/jumio-idv), judged flagged with
  // its own item. Corrected after the run: the item needs the run's files (a v4 initiate of the run spelling the
  // route), and this suite runs each file in process without them (as round 11's ID-verification callbacks), so no
  // rule says anything here. In a real run it was missed too — the route of a hapi configuration object was not read —
  // fixed, and pinned by test/engine/id-verification-receivers.test.ts (a real run over both files).
  'cb-idv-receiver-hapi',
];

/** Judged gaps, not reached yet (asserted as failing in the test): the ideal output holds `gap`. */
export const KNOWN_GAPS: Record<string, { has: string[]; manual: RegExp[]; gap: string }> = {};
