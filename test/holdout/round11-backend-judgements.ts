// Judgements of the hold-out round 11 backend corpus (test/holdout/round11-backend/), read by round11-backend.test.ts:
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
  // A fastify-plugin decorator (an async arrow given to fastify.decorate) on undici's request; lower-case headers.
  'auth-fastify-plugin-decorate': {
    has: [ACCOUNT('amer-1'), "method: 'PUT'", BEARER('amer-1'), 'customerInternalReference: userId', "tokenLifetime: '10m'",
      "callbackUrl: 'https://wallet.acme.example/hooks/jumio/auth'", 'resolveKyxAccount(enrollment)',
      '{ reference: start.workflowExecution.id }', 'return { url: start.web.href, reference: start.workflowExecution.id };', 'workflowExecution: { id: string }'],
    not: ['JUMIO_API_SECRET', 'const basic'],
    manual: [LOOKUP],
    noManual: [RUNTIME],
  },
  // middy + @middy/ssm: the credentials come from the Lambda context (the handler's parameter); the Basic header
  // built from them gives way to the Bearer token (the ssm middleware itself is the customer's to retire).
  'auth-middy-ssm-context': {
    has: [ACCOUNT('emea-1'), "method: 'PUT'", BEARER('emea-1'), 'customerInternalReference: event.body.userId', 'resolveKyxAccount(event.body.enrollment)',
      "successUrl: 'https://bank.acme.example/login/face/ok'", "errorUrl: 'https://bank.acme.example/login/face/failed'", 'web: {',
      'url: json.web.href, reference: json.workflowExecution.id'],
    not: ['context.jumioSecret)', 'redirectUrl: string'],
    manual: [LOOKUP],
  },
  // inversify: an abstract provider's implementation; node-fetch v2 with an AbortController; the private field that
  // only built the Basic header goes.
  'auth-inversify-abstract-nodefetch': {
    has: [ACCOUNT('apac-1'), "method: 'PUT'", BEARER('apac-1'), 'signal: controller.signal', 'customerInternalReference: userId', 'resolveKyxAccount(enrollmentRef)',
      'callbackUrl: this.settings.callbackUrl', 'return { url: started.web.href, reference: started.workflowExecution.id };', 'clearTimeout(timer);'],
    not: ['JUMIO_API_SECRET', 'private readonly authorization'],
    manual: [LOOKUP],
  },
  // Overload signatures stay; the implementation's typed axios call moves, the URL const goes.
  'auth-overloads': {
    has: ['axios.put<InitiateResponse>(', ACCOUNT('amer-1'), BEARER('amer-1'), 'customerInternalReference: userId',
      'successUrl: redirects?.successUrl', 'errorUrl: redirects?.errorUrl', 'return data.web.href;', 'workflowExecution: { id: string }',
      'export function startFaceCheck(userId: string, enrollment: string, redirects: Redirects): Promise<string>;', "'User-Agent': 'Acme Trading/7.1'"],
    not: ['const INITIATE_URL', 'JUMIO_API_SECRET'],
    manual: [LOOKUP],
  },
  // `using` (explicit resource management) in the function: got's chain; retry turned off for the PUT.
  'auth-using-disposable': {
    has: [ACCOUNT('emea-1'), BEARER('emea-1'), 'customerInternalReference: userId', "web: { locale: 'de' }", 'retry: { limit: 0 }',
      "using timer = startTimer('jumio.initiate');", 'timer.mark(started.workflowExecution.id);', 'return started.web.href;'],
    not: ['JUMIO_API_SECRET', 'redirectUrl: string'],
    manual: [LOOKUP],
  },
  // BullMQ processor; the call in exponential-backoff's backOff thunk (an expression-bodied arrow: it becomes async
  // for the token); the response comes out of backOff. backOff retried the legacy POST already: no new item.
  'auth-bullmq-exponential-backoff': {
    has: [ACCOUNT('amer-1'), 'axios.put(', BEARER('amer-1'), 'customerInternalReference: job.data.userId', 'resolveKyxAccount(job.data.enrollmentReference)',
      'reference: response.data.workflowExecution.id, url: response.data.web.href', 'return response.data.workflowExecution.id;'],
    not: ['JUMIO_API_SECRET', 'const JUMIO_HOST'],
    manual: [LOOKUP],
  },
  // needle's promise form with json: true; username / password / auth: 'basic' give way to the Bearer header.
  'auth-temporal-needle': {
    has: [ACCOUNT('apac-1'), "'put'", BEARER('apac-1'), 'customerInternalReference: input.userId', 'web: { locale: input.locale }',
      'return { url: resp.body.web.href, reference: resp.body.workflowExecution.id };', "user_agent: 'Acme Remit/1.9'"],
    not: ["auth: 'basic'", 'JUMIO_API_SECRET'],
    manual: [LOOKUP],
  },
  // A GraphQL Yoga resolver map; ofetch; the enrolment reference is itself an awaited call.
  'auth-yoga-resolver-ofetch': {
    // (Judged text corrected after the run: the awaited reference is held in a const of its own before the lookup —
    // enrollmentOf still runs once, before the request, as it did inside the body.)
    has: [ACCOUNT('emea-1'), "method: 'PUT'", BEARER('emea-1'), 'const kyxEnrollmentReference = await enrollmentOf(ctx.userId);',
      'resolveKyxAccount(kyxEnrollmentReference)', 'customerInternalReference: ctx.userId',
      "web: { locale: args.locale ?? 'en' }", 'return { url: started.web.href, reference: started.workflowExecution.id };', 'workflowExecution: { id: string }'],
    not: ['btoa(', 'JUMIO_API_SECRET'],
    manual: [LOOKUP],
  },
  // An enum-keyed map (computed keys [DataCentre.US]) checked with satisfies, indexed by node-config's region:
  // every region mapped.
  'auth-node-config-enum-record': {
    has: ['account.amer-1.jumio.ai', 'account.emea-1.jumio.ai', 'account.apac-1.jumio.ai', 'axios.put(', 'Bearer ${await kyxAccessToken(',
      'customerInternalReference: userId', 'url: data.web.href as string', 'reference: data.workflowExecution.id as string'],
    not: ["config.get<string>('jumio.secret')"],
    manual: [LOOKUP],
  },
  // A ternary of two URL consts picked by a feature flag: both branches mapped.
  'auth-feature-flag-ternary': {
    has: ['account.amer-1.jumio.ai', 'account.emea-1.jumio.ai', "method: 'PUT'", 'Bearer ${await kyxAccessToken(', 'customerInternalReference: user.id',
      'resolveKyxAccount(user.jumioEnrollment)', 'return { url: body.web.href, reference: body.workflowExecution.id };'],
    not: ['JUMIO_API_SECRET'],
    manual: [LOOKUP],
  },
  // A method under the customer's own decorator; got with responseType json; a minutes parameter with a default.
  'auth-decorated-method-got': {
    has: [ACCOUNT('amer-1'), 'got.put<', BEARER('amer-1'), 'tokenLifetime: `${tokenMinutes}m`', 'retry: { limit: 0 }', "@Traced('jumio.initiate')",
      'customerInternalReference: userId', 'return { url: body.web.href, reference: body.workflowExecution.id };'],
    not: ['JUMIO_API_SECRET', 'tokenLifetimeInMinutes'],
    manual: [LOOKUP],
  },
  // An axios instance bound to the legacy SGP host with Basic auth: the call leaves it for its own URL, auth: null
  // and Bearer header; the instance keeps its credentials, with an item.
  'auth-koa-router13-axios-instance': {
    has: ['jumio.put(', ACCOUNT('apac-1'), BEARER('apac-1'), 'auth: null', 'customerInternalReference: ctx.state.user.id',
      "successUrl: 'https://pay.acme.example/sg/face-login/done'", 'ctx.body = { url: data.web.href, reference: data.workflowExecution.id };'],
    manual: [LOOKUP, /still carries the legacy Basic credentials/],
    noManual: [/try\/catch/],
  },
  // Top-level await in an ESM script: the call is in a for-of at module level (no function to make async).
  'auth-prisma-tla-script': {
    has: [ACCOUNT('amer-1'), "method: 'PUT'", BEARER('amer-1'), 'const kyxAccount = await resolveKyxAccount(user.jumioEnrollment);',
      'customerInternalReference: user.id', "tokenLifetime: '3d'", 'reference: started.workflowExecution.id, link: started.web.href'],
    not: ['const credentials', 'JUMIO_API_SECRET'],
    manual: [LOOKUP],
  },
  // ky with its own retry option: migrated. Judged with an item about the call's retry (MIGRATION.md, round 6);
  // corrected after the run: the option's methods list names only 'post', so ky never resends the PUT, and the item
  // the run gave ("now resends a PUT … it never resent the legacy POST") was false on both counts — fixed
  // (put-retries.ts reads a literal methods list and a limit of 0): no item, the option kept as written.
  'auth-ky-explicit-retry': {
    has: [ACCOUNT('emea-1'), BEARER('emea-1'), 'customerInternalReference: userId', 'return { url: started.web.href, reference: started.workflowExecution.id };',
      "retry: { limit: 2, methods: ['post'] }"],
    not: ['btoa(', 'redirectUrl: string', 'retry: { limit: 0 }'],
    manual: [LOOKUP],
    noManual: [/retry option/],
  },
  // An Elysia-decorated class on Bun (Buffer and process.env exist there: no runtime item); the private field of
  // the Basic header goes.
  'auth-elysia-decorate-class': {
    has: [ACCOUNT('amer-1'), "method: 'PUT'", BEARER('amer-1'), 'customerInternalReference: userId', "web: { errorUrl: 'https://games.acme.example/verify/failed' }",
      'return { url: data.web.href, reference: data.workflowExecution.id };'],
    not: ['private readonly basic', 'JUMIO_API_SECRET'],
    manual: [LOOKUP],
    noManual: [RUNTIME],
  },
  // SST Resource secrets in the auth option (dropped with it); the Resource import stays for the web URLs.
  'enr-sst-resource': {
    has: [CREATE('emea-1'), 'workflowDefinition: { key: 3 }', BEARER('emea-1'), 'customerInternalReference: customerId', "'User-Agent': 'Acme Neobank/6.0'",
      'successUrl: `https://${Resource.Web.url}/onboarding/done`', 'url: data.web.href, scanReference: data.workflowExecution.id'],
    not: ['workflowId', 'Resource.JumioApiSecret'],
    manual: [STORE],
  },
  // trigger.dev task; presets with a run-time country and a literal type → credentials.
  'enr-trigger-dev-task': {
    has: [CREATE('amer-1'), "method: 'POST'", "workflowDefinition: { key: 2, credentials: [{ category: 'ID', country: { values: [payload.country] }, type: { values: ['PASSPORT'] } }] }",
      "tokenLifetime: '1d'", BEARER('amer-1'), 'session.web.href', 'scanReference: session.workflowExecution.id'],
    not: ['presets', 'workflowId', 'JUMIO_API_SECRET'],
    manual: [STORE],
  },
  // socket.io handler answering through the ack callback with renamed fields; superagent's .auth() → Bearer.
  'enr-socketio-ack': {
    has: [CREATE('apac-1'), "'Authorization', `Bearer ${await kyxAccessToken('apac-1')}`", 'workflowDefinition: { key: 3 }', 'web: { locale }',
      'url: res.body.web.href, reference: res.body.workflowExecution.id'],
    not: ['.auth(', 'workflowId'],
    manual: [STORE],
    // The required client still starts the migrated chain (found in the run: an item called it no longer read).
    noManual: [/request fed only/],
  },
  // Drizzle insert of renamed fields; a callbackUrl in the body: KYX posts its JSON callback there (an item).
  'enr-drizzle-insert': {
    has: [CREATE('amer-1'), 'workflowDefinition: { key: 3 }', BEARER('amer-1'), "callbackUrl: 'https://api.acme.example/jumio/idv-callback'",
      'scanReference: session.workflowExecution.id, link: session.web.href', 'return session.web.href;'],
    not: ['workflowId', 'JUMIO_API_SECRET'],
    manual: [STORE, /callback/],
  },
  // Presets as a conditional of two consts of the file: credentials branch by branch, the consts removed.
  'enr-mikro-orm-presets': {
    has: [CREATE('emea-1'), "credentials: customer.residency === 'UK' ? [{ category: 'ID', country: { values: ['GBR'] }, type: { values: ['DRIVING_LICENSE'] } }] : [{ category: 'ID', country: { values: ['DEU'] }, type: { values: ['ID_CARD'] } }]",
      'key: 3', BEARER('emea-1'), 'new Verification(customer.id, response.data.workflowExecution.id, response.data.web.href)'],
    // (Judged text corrected after the run: 'presets' is also a word of the file's header comment.)
    not: ['EEA_PRESETS', 'presets:', 'workflowId'],
    manual: [STORE],
  },
  // Nitro task with the auto-imported $fetch; the runtime-config credentials destructured and no longer read go.
  'enr-nitro-task': {
    has: [CREATE('emea-1'), "method: 'POST'", 'workflowDefinition: { key: 3 }', 'web: { locale: customer.locale }', BEARER('emea-1'),
      'link: session.web.href, scan: session.workflowExecution.id'],
    not: ['jumioSecret', 'workflowId'],
    manual: [STORE],
  },
  // The body `satisfies` a request type used nowhere else: the check and the type go (round 7's rule).
  'enr-satisfies-body': {
    has: [CREATE('apac-1'), 'workflowDefinition: { key: 3 }', BEARER('apac-1'), "successUrl: 'https://app.acme.example/sg/onboarding/complete'", 'return data.web.href;'],
    not: ['satisfies V4InitiateRequest', 'interface V4InitiateRequest', 'workflowId'],
    manual: [STORE],
  },
  'ret-hono-ky': {
    has: [RETRIEVAL('emea-1', 'reference'), BEARER('emea-1'), 'reference: details.workflow.id, user: details.workflow.userReference', 'workflow: { id: string; userReference?: string }', 'timeout: 5000'],
    not: ['btoa('],
    manual: [SEAM, RESULT],
  },
  'ret-needle-promise': {
    has: [RETRIEVAL('amer-1', 'reference'), BEARER('amer-1'), 'reference: resp.body.workflow.id, user: resp.body.workflow.userReference'],
    not: ['JUMIO_API_SECRET'],
    manual: [SEAM, RESULT],
  },
  'ret-temporal-heartbeat-axios': {
    has: [RETRIEVAL('apac-1', 'reference'), BEARER('apac-1'), 'user: data.workflow.userReference', 'workflow: { id: string; userReference?: string }'],
    not: ['JUMIO_API_SECRET'],
    manual: [SEAM, RESULT],
  },
  // A Record of retrieval bases keyed by the region node-config holds: every region mapped, as the initiate rules do for
  // a region map (real-world-legacy-code.md §2.1 #5). After the run this was a known gap: the retrieval rule flagged
  // any run-time region (MIGRATION.md listed it as a limit, fixture region-map); it now writes a legacy-origin →
  // retrieval-origin table beside the call (the map stays for the choice) and asks the token for that origin.
  'ret-node-config-region-record': {
    has: ["'https://netverify.com': 'https://retrieval.amer-1.jumio.ai'", "'https://lon.netverify.com': 'https://retrieval.emea-1.jumio.ai'",
      "'https://core-sgp.jumio.com': 'https://retrieval.apac-1.jumio.ai'", '[new URL(`${RETRIEVAL_BASE[region]}/${reference}`).origin]',
      'await fetch(`${kyxOrigin}/api/v1/accounts/${accountId}/workflow-executions/${reference}`', 'Bearer ${await kyxAccessToken(kyxOrigin)}',
      'return details.workflow.userReference;'],
    not: ["config.get<string>('jumio.basicAuth')"],
    manual: [SEAM],
  },
  'ret-gcf-cloudevent': {
    has: [RETRIEVAL('amer-1', 'reference'), BEARER('amer-1'), 'saveResult(details.workflow.id, { user: details.workflow.userReference'],
    not: ['JUMIO_API_SECRET'],
    manual: [SEAM, RESULT],
  },
  // The reference percent-encoded in the URL: the encoding stays, the lookup gets the raw reference.
  'ret-ofetch-retry-get': {
    has: ['`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${encodeURIComponent(reference)}`', 'resolveKyxWorkflowAccount(reference)',
      BEARER('emea-1'), "console.info('face login result for', details.workflow.userReference);", 'retry: 3'],
    not: ['JUMIO_BASIC'],
    manual: [SEAM, RESULT],
  },
  'ret-undici-satisfies': {
    has: [RETRIEVAL('amer-1', 'reference'), BEARER('amer-1'), 'satisfies IncomingHttpHeaders', 'reference: details.workflow.id, user: details.workflow.userReference',
      'signal: AbortSignal.timeout(4000)'],
    not: ['const JUMIO ', 'JUMIO_API_SECRET'],
    manual: [SEAM, RESULT],
  },
};

/** Legacy calls and handlers left working but flagged: the only change is the markers. */
export const FLAGGED: Record<string, RegExp[]> = {
  // phin is not a client the codemod knows: legacy-endpoint reports the URL.
  'auth-phin-unrecognised': [/authentication\/v1\/web\/initiate/],
  // nconf: the legacy endpoint is only the default of a configured value.
  'auth-nconf-default': [/authentication\/v1\/web\/initiate/],
  // The face image route: no same-shaped KYX call (a SELFIE credential part).
  'ret-image-face-flagged': [/images\/face|parts\/FACE/],
  'idv-scans-ky-status': [/scans/],
  'idv-v3-initiate-netverify': [/initiateNetverify/],
  'cb-hono-formdata': [CALLBACK, /transactionResult → /, /enrollmentTransactionReference → gone/, /transactionDate → /],
  'cb-elysia-urlencoded': [CALLBACK, /scanSource → gone/, /idScanImageFace → /],
  'cb-lambda-alb-querystring': [CALLBACK, /livenessImages → /, /userReference → userReference/],
  'cb-gcf-http': [CALLBACK, /callbackDate → callbackSentAt/, /enrollmentTransactionReference → gone/],
  'cb-nest-class-validator-dto': [CALLBACK, /transactionResult → /],
  // A queue processor (not a handler) given the forwarded form: proven by callBackType and idScanImageFace.
  'cb-bullmq-forwarded-job': [CALLBACK, /idScanImageFace → /],
  'cb-azure-v4-formdata': [CALLBACK, /scanSource → gone/],
};

/** Lookalikes: byte-identical, nothing reported. */
export const UNTOUCHED = [
  'neg-onfido-fastify-plugin', 'neg-3ds-authentication-initiate', 'neg-own-step-up-hono', 'neg-kyx-elysia-already', 'neg-kyx-callback-lambda',
  'neg-veriff-temporal', 'neg-sumsub-bullmq', 'neg-psp-notification-gcf', 'neg-k8s-tokenreview', 'neg-plaid-idv-yoga', 'neg-jwt-token-lifetime-convict',
  'neg-idenfy-koa',
];

/** Judged gaps, not reached yet (asserted as failing in the test): the ideal output holds `gap`. */
export const KNOWN_GAPS: Record<string, { has: string[]; manual: RegExp[]; gap: string }> = {};
