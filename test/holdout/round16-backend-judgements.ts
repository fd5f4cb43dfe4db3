// Judgements of the hold-out round 16 backend corpus (test/holdout/round16-backend/), read by round16-backend.test.ts:
// what each file must become (rewrites, manual items), which are only flagged, which must stay byte-identical, and
// the known gaps (asserted as failing until fixed). Written from the spec and MIGRATION.md before the codemod ran and
// before the rule code was read, then checked against every diff of the run by hand.
import type { HoldoutExpect as Expect } from '../support/backend-holdout-suite.js';
import { CALLBACK, RESULT, LOOKUP, STORE, SEAM, CATCH } from '../support/backend-item-patterns.js';

const UNSEEN = /whose host comes from a value the codemod cannot read/;
const ACCOUNT = (region: string) => '`https://account.' + region + '.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`';
const CREATE = (region: string) => `'https://account.${region}.jumio.ai/api/v1/accounts'`;
const RETRIEVAL = (region: string, ref: string) => '`https://retrieval.' + region + '.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${' + ref + '}`';
const BEARER = (region: string) => "Bearer ${await kyxAccessToken('" + region + "')}";
const ORIGIN = (legacy: string, region: string) => `'https://${legacy}': 'https://account.${region}.jumio.ai'`;

/** Judged rewrites. */
export const MIGRATED: Record<string, Expect> = {
  // Authentications.
  // Elysia group + derive(); the global fetch; a conditional of two literals → branch by branch; the module-level Basic
  // const goes.
  'auth-elysia-group-derive': {
    has: [ACCOUNT('amer-1'), "method: 'PUT'", BEARER('amer-1'), 'resolveKyxAccount(user.enrollment)', 'customerInternalReference: user.id',
      "tokenLifetime: body.extended ? '45m' : '30m'", "web: { successUrl: 'https://acme.example/face/done' }",
      'saveFaceLogin(user.id, json.workflowExecution.id)', 'set.redirect = json.web.href', 'workflowExecution: { id: string }'],
    not: ['const basic', 'JUMIO_API_SECRET'],
    manual: [LOOKUP],
  },
  // A got.extend() instance whose beforeRequest hook only sets a correlation id (harmless): the call overrides prefix
  // and credentials, turns retries off; the instance keeps its credentials for the scans call (item).
  'auth-adonis6-got-extend-hook': {
    has: [ACCOUNT('emea-1'), "prefixUrl: ''", "username: ''", "password: ''", 'retry: { limit: 0 }', BEARER('emea-1'),
      'resolveKyxAccount(enrollmentRef)', 'customerInternalReference: user.uuid', "web: { locale: 'nl' }",
      'href: started.web.href, reference: started.workflowExecution.id'],
    manual: [LOOKUP, /this got\.extend\(\) instance still carries the legacy Basic credentials/],
  },
  // An axios instance with a request interceptor that only adds X-Request-Id (visible, never sets Authorization):
  // migrated through the instance with auth: null; the instance keeps its credentials (item).
  'auth-trpc-axios-request-id-interceptor': {
    has: ['jumio.put<StartResponse>(', ACCOUNT('apac-1'), 'auth: null', BEARER('apac-1'), 'resolveKyxAccount(input.enrollment)',
      'customerInternalReference: ctx.user.id', "web: { errorUrl: 'https://acme.sg/face/error' }",
      'url: data.web.href, reference: data.workflowExecution.id', 'workflowExecution: { id: string }'],
    manual: [LOOKUP, /still carries the legacy Basic credentials/],
  },
  // node-fetch v3 in an .mts with AbortSignal.timeout; the body in a const of the function (web fields move).
  'auth-node-fetch-v3-abort-timeout': {
    has: [ACCOUNT('emea-1'), "method: 'PUT'", 'signal: AbortSignal.timeout(8_000)', BEARER('emea-1'), 'resolveKyxAccount(enrollment)',
      'customerInternalReference: customerId', 'web: {', "errorUrl: 'https://acme.fr/face/erreur'", "locale: 'fr'",
      'href: data.web.href, ref: data.workflowExecution.id'],
    not: ['const credentials', 'JUMIO_API_SECRET'],
    manual: [LOOKUP],
  },
  // Deno.serve with ky from npm:ky: migrated, retry off for the PUT, the Deno.env credentials go, Deno runtime item.
  'auth-deno-serve-npm-ky': {
    has: [ACCOUNT('emea-1'), '.put(', 'retry: { limit: 0 }', BEARER('emea-1'), 'resolveKyxAccount(enrollment)', 'customerInternalReference: userId',
      "web: { successUrl: 'https://acme.de/face/ok' }", "console.log('face login started', session.workflowExecution.id)",
      'Response.redirect(session.web.href, 303)'],
    not: ["Deno.env.get('JUMIO_API_SECRET')"],
    manual: [LOOKUP, /Deno/],
  },
  // #private fields holding the host and the credentials, on the older /api/auth/v1/initiate path: both fields go.
  // (After the run: judged `not: '/api/auth/v1/initiate'`, which the header comment names; the call's URL was replaced
  // as judged — corrected to the URL as written and the host literal.)
  'auth-temporal-class-private-fields': {
    has: [ACCOUNT('apac-1'), 'axios.put(', BEARER('apac-1'), "tokenLifetime: '10m'", 'resolveKyxAccount(input.enrollment)',
      'customerInternalReference: input.userId', 'url: data.web.href, reference: data.workflowExecution.id'],
    not: ['#host', '#credentials', "'https://core-sgp.jumio.com'", '${this.#host}/api/auth/v1/initiate'],
    manual: [LOOKUP],
  },
  // Express 5: already async, no callback or .catch handled the errors: no try/catch item; 60 * 24 * 7 → '7d'; the
  // www host is US; validateStatus stays.
  'auth-express5-validate-status': {
    has: [ACCOUNT('amer-1'), 'axios.put(', BEARER('amer-1'), "tokenLifetime: '7d'", 'validateStatus: (s: number) => s < 500',
      'resolveKyxAccount(req.user.jumioEnrollment)', 'customerInternalReference: req.user.id', 'res.redirect(303, data.web.href)'],
    not: ['JUMIO_AUTH', 'JUMIO_API_SECRET'],
    manual: [LOOKUP],
    noManual: [CATCH],
  },
  // needle (promise form, json: true) with the URL chosen by a ternary chain over three consts: every branch mapped in
  // a legacy-origin → account-origin table; the consts stay for the choice.
  'auth-needle-ternary-chain': {
    has: [ORIGIN('netverify.com', 'amer-1'), ORIGIN('lon.netverify.com', 'emea-1'), ORIGIN('core-sgp.jumio.com', 'apac-1'),
      '`${kyxOrigin}/api/v1/accounts/${kyxAccount.accountId}`', "needle('put'", 'kyxAccessToken(kyxOrigin)', 'resolveKyxAccount(enrollment)',
      'customerInternalReference: userId', 'url: resp.body.web.href, reference: resp.body.workflowExecution.id'],
    not: ['username:', 'password:'],
    manual: [LOOKUP],
  },
  // The Basic credentials read from Redis (a call): left dead with an item, the response destructured under the legacy
  // names.
  'auth-redis-cached-basic': {
    has: [ACCOUNT('emea-1'), "method: 'PUT'", BEARER('emea-1'), 'resolveKyxAccount(enrollmentReference)', 'customerInternalReference: userReference',
      "callbackUrl: 'https://acme.eu/hooks/face'", 'web: { href: redirectUrl }', 'workflowExecution: { id: transactionReference }'],
    not: ['Basic ${basic}'],
    manual: [LOOKUP, /no longer read/],
  },
  // An ofetch.create() instance with retry: 2: the call sets baseURL: '', its own Bearer header and retry: 0 (a count
  // makes ofetch resend a PUT); the instance keeps its Basic header (item).
  'auth-adonis6-ofetch-create-retry': {
    has: [ACCOUNT('amer-1'), "method: 'PUT'", "baseURL: ''", 'retry: 0', BEARER('amer-1'), 'resolveKyxAccount(user.jumioEnrollment)',
      'customerInternalReference: String(user.id)', "web: { locale: 'en-US' }", 'faceLoginReference: session.workflowExecution.id',
      'toPath(session.web.href)'],
    manual: [LOOKUP, /this ofetch\.create\(\) instance still carries the legacy Basic credentials/],
  },
  // A method under the team's own decorator with a generic parameter: the call inside is migrated like any other
  // (the return is a derived object of the app's own type).
  'auth-decorated-generic-got': {
    has: [ACCOUNT('emea-1'), '.put(', 'retry: { limit: 0 }', BEARER('emea-1'), 'resolveKyxAccount(enrollment)', 'customerInternalReference: meta.userId',
      "'user-agent': this.userAgent", 'url: body.web.href, reference: body.workflowExecution.id'],
    not: ['username:', 'password:'],
    manual: [LOOKUP],
  },
  // request loaded through createRequire in an ES module, inside a returned Promise executor: the lookup and token
  // awaited above the promise, the function made async; request's auth gives way to the Bearer header.
  'auth-esm-create-require-request': {
    has: [ACCOUNT('amer-1'), 'request.put(', "const kyxToken = await kyxAccessToken('amer-1');", 'Bearer ${kyxToken}', 'export async function startFaceLogin',
      'resolveKyxAccount(enrollment)', 'customerInternalReference: userId', "web: { locale: 'es-MX' }",
      'resolve({ url: body.web.href, reference: body.workflowExecution.id });'],
    not: ['sendImmediately', 'JUMIO_API_SECRET'],
    manual: [LOOKUP],
  },
  // Enrolments.
  // (After the run, for the six enrolments: each judged `not: 'workflowId'`, which the files' own header comments name
  // ("workflowId 202"); the output had the body key replaced as judged — corrected to `not: 'workflowId:'`, the key.)
  // Inside a Prisma interactive transaction; workflowId 202 → key 3; the callbackUrl stays (no receiver in the run).
  'enr-prisma-interactive-tx': {
    has: [CREATE('emea-1'), 'axios.post(', 'workflowDefinition: { key: 3 }', BEARER('emea-1'), 'customerInternalReference: customerId',
      "callbackUrl: 'https://kyc.acme.eu/hooks/idv'", 'scanReference: res.data.workflowExecution.id, link: res.data.web.href',
      'return res.data.web.href;'],
    not: ['workflowId:', 'username:'],
    // (After the run: the call also gets the item that its callbackUrl now receives KYX callbacks — MIGRATION.md's
    // "a body with a callbackUrl"; not judged at first, added.)
    manual: [STORE, /its callbackUrl now receives KYX callbacks/],
  },
  // Elysia; workflowId 101 + a literal preset → key 2 with credentials.
  'enr-elysia-literal-preset': {
    has: [CREATE('apac-1'), "method: 'POST'", BEARER('apac-1'),
      "workflowDefinition: { key: 2, credentials: [{ category: 'ID', country: { values: ['SGP'] }, type: { values: ['ID_CARD'] } }] }",
      'customerInternalReference: body.customerId', 'link: started.web.href, scanReference: started.workflowExecution.id'],
    not: ['presets', 'workflowId:', 'JUMIO_API_SECRET'],
    manual: [STORE],
  },
  // NestJS with ConfigService credentials inline in the auth option: the option goes; 200 → key 3; 4320 → '3d'; the
  // interface moves.
  'enr-nest-config-credentials': {
    has: [CREATE('amer-1'), 'this.http.post<InitiateV4Response>(', 'workflowDefinition: { key: 3 }', "tokenLifetime: '3d'", BEARER('amer-1'),
      'customerInternalReference: customerId', 'link: data.web.href, scanRef: data.workflowExecution.id', 'workflowExecution: { id: string }'],
    not: ['workflowId:', "getOrThrow<string>('jumio.secret')"],
    manual: [STORE],
  },
  // An Inngest step returning the ky chain (expression-bodied arrow): the reads after step.run move; no workflowId →
  // key 3.
  'enr-inngest-step-ky': {
    has: [CREATE('apac-1'), 'workflowDefinition: { key: 3 }', "web: { locale: 'zh-CN' }", BEARER('apac-1'),
      'customerInternalReference: event.data.customerId', 'sendKycLink(event.data.email, started.web.href)', 'scanReference: started.workflowExecution.id'],
    not: ['JUMIO_API_SECRET'],
    manual: [STORE],
  },
  // got; workflowId 100 → key 2; a conditional lifetime converted branch by branch (60 * 24 → '1d').
  'enr-fastify-got-lifetime-conditional': {
    has: [CREATE('emea-1'), 'workflowDefinition: { key: 2 }', "tokenLifetime: express ? '15m' : '1d'",
      "web: { successUrl: 'https://onboarding.acme.eu/done' }", BEARER('emea-1'), 'customerInternalReference: customerId',
      'url: body.web.href, reference: body.workflowExecution.id'],
    not: ['workflowId:', 'username:', 'password:'],
    manual: [STORE],
  },
  // A conditional spread of the locale moves under web; workflowId 201 → key 3.
  'enr-hono-conditional-locale-spread': {
    has: [CREATE('amer-1'), 'workflowDefinition: { key: 3 }', 'web: {', '...(data.locale ? { locale: data.locale } : {})', BEARER('amer-1'),
      'customerInternalReference: data.customerId', 'link: json.web.href, reference: json.workflowExecution.id'],
    not: ['workflowId:', 'JUMIO_API_SECRET'],
    manual: [STORE],
  },
  // A superagent agent with .auth() and .set() defaults: the call's own chain gets the Bearer header; the agent keeps
  // its credentials (item); 102 → key 2.
  'enr-superagent-agent-express5': {
    has: [CREATE('amer-1'), ".set('Authorization', `Bearer ${await kyxAccessToken('amer-1')}`)", 'workflowDefinition: { key: 2 }',
      "web: { errorUrl: 'https://acme.example/kyc/failed' }", 'customerInternalReference: req.user.id',
      'req.session.scanReference = response.body.workflowExecution.id', 'res.redirect(response.body.web.href)'],
    not: ['workflowId:'],
    manual: [STORE, /still carries the legacy Basic credentials/],
  },
  // Retrievals.
  // An axios instance with a response interceptor that unwraps the body: reads are direct on the details; auth: null
  // over the instance's auth.
  'ret-axios-instance-unwrap-interceptor': {
    has: [RETRIEVAL('emea-1', 'reference'), 'auth: null', BEARER('emea-1'), 'resolveKyxWorkflowAccount(reference)',
      'reference: details.workflow.id, user: details.workflow.userReference ?? null', 'workflow: { id: string; userReference?: string }'],
    manual: [SEAM, RESULT, /still carries the legacy Basic credentials/],
  },
  // Cache-aside in Redis: only derived fields are cached.
  'ret-redis-cache-aside': {
    has: [RETRIEVAL('apac-1', 'reference'), BEARER('apac-1'), 'resolveKyxWorkflowAccount(reference)', 'user: d.workflow.userReference, ref: d.workflow.id',
      "'User-Agent': 'Acme SG/3.1'"],
    not: ['JUMIO_BASIC_B64'],
    manual: [SEAM],
  },
  // Drizzle update with the result (item) and the reference (moves).
  'ret-drizzle-update-result': {
    has: [RETRIEVAL('amer-1', 'reference'), BEARER('amer-1'), 'resolveKyxWorkflowAccount(reference)', 'eq(faceLogins.reference, details.workflow.id)',
      "'user-agent': 'Acme Sweeper/1.3'"],
    not: ['username:', 'password:'],
    manual: [SEAM, RESULT],
  },
  // node-fetch v3 with AbortSignal.timeout; the percent-encoding of the reference kept; destructured under the legacy
  // names (the same-name rename written as a shorthand where the names agree).
  'ret-node-fetch-v3-destructure': {
    has: ['https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${encodeURIComponent(reference)}',
      'signal: AbortSignal.timeout(5000)', BEARER('emea-1'), 'resolveKyxWorkflowAccount(reference)', 'id: transactionReference',
      'workflow: { id: string; userReference?: string }'],
    not: ['JUMIO_API_SECRET'],
    manual: [SEAM],
  },
  // A Worker's fetch with cf cache options: kept.
  'ret-worker-fetch-cf-cache': {
    has: [RETRIEVAL('apac-1', 'reference'), BEARER('apac-1'), 'resolveKyxWorkflowAccount(reference)', 'cf: { cacheTtl: 30, cacheEverything: true }',
      'ref: d.workflow.id, user: d.workflow.userReference ?? null'],
    not: ['btoa('],
    manual: [SEAM],
  },
  // NestJS HttpService.axiosRef with a generic details type (exported interface moves); the private static base goes.
  'ret-nest-axiosref-static-base': {
    has: [RETRIEVAL('emea-1', 'reference'), 'this.http.axiosRef.get<FaceLoginDetails>(', BEARER('emea-1'), 'resolveKyxWorkflowAccount(reference)',
      'return res.data.workflow.userReference;', 'workflow: { id: string; userReference?: string }'],
    not: ['private static readonly BASE', 'JUMIO_API_SECRET'],
    manual: [SEAM],
  },
  // undici request (SG): the host and path constants come through a barrel's `export * from './jumio-hosts.js'`.
  // (After the run: flagged as sending the body to a host the codemod cannot read — the star re-export was not
  // followed; fixed, analysis/resolve-binding.ts exportedValue; fixtures initiate-authentication/
  // barrel-star-reexport-url, neg-barrel-star-reexport-other-host.)
  'auth-barrel-reexported-hosts': {
    has: [ACCOUNT('apac-1'), "method: 'PUT'", BEARER('apac-1'), 'resolveKyxAccount(kioskUser.enrollment)', 'customerInternalReference: kioskUser.id',
      "tokenLifetime: '2h'", "import { saveFaceLogin } from './jumio-barrel.js';", 'saveFaceLogin(kioskUser.id, started.workflowExecution.id)',
      'return started.web.href;'],
    not: ['JUMIO_SGP', 'AUTH_INITIATE_PATH'],
    manual: [LOOKUP],
  },
  // A Cloudflare Worker's default export with a queue() consumer: migrated, with the Workers runtime item (the kyx-auth.ts
  // it now imports reads process.env and uses Buffer). (After the run: migrated without the item — only fetch() was taken
  // for a Worker handler; fixed, analysis/edge-runtime.ts isWorkerHandler; fixture initiate-authentication/
  // cloudflare-queue-consumer.)
  'auth-cloudflare-queue-consumer': {
    has: [ACCOUNT('amer-1'), "method: 'PUT'", BEARER('amer-1'), 'resolveKyxAccount(msg.body.enrollment)', 'customerInternalReference: msg.body.userId',
      'url: out.web.href, ref: out.workflowExecution.id', 'enable the nodejs_compat compatibility flag'],
    manual: [LOOKUP, /nodejs_compat/],
  },
};

/** Legacy calls and handlers left working but flagged: the only change is the markers. */
export const FLAGGED: Record<string, RegExp[]> = {
  // The base URL is ConfigService.getOrThrow of a key with no default: a legacy authentication body sent to a host the
  // codemod cannot read.
  'auth-nest-config-getorthrow-base': [UNSEEN],
  // Nitro runtime config (per deployment): the same.
  'auth-nitro-runtime-config-base': [UNSEEN],
  // A v4 enrolment body (customerInternalReference + workflowId) sent to the host of the app's config module.
  'enr-adonis-config-module-base': [/host/],
  // centra is no client the codemod knows: legacy-endpoint reports the URL (with its KYX route).
  'ret-centra-unknown-client': [/authentications/],
  // A per-tenant base URL from the database: the retrieval path after a host the codemod cannot read.
  'ret-trpc-tenant-base': [/authentications/],
  // The ID-verification product's scans: legacy-endpoint only.
  'idv-scans-data-got': [/scans/],
  // Callbacks.
  // Elysia's route schema (t is TypeBox) pins the callback type; the handler reads the reference and the result.
  'cb-elysia-t-literal-schema': [CALLBACK, /transactionResult → /],
  // express-ipfilter with the SG callback IPs: the allowlist gets its own item.
  'cb-express-ipfilter-sgp': [CALLBACK, /callback source allowlist/, /transactionDate → /],
  // The form signalled to a Temporal workflow: transactionResult + scanSource read from req.body.
  'cb-temporal-signal-forward': [CALLBACK, /scanSource → gone/, /transactionResult → /],
  // tsoa @Body() typed by an interface of the file pinning NETVERIFY_AUTHENTICATION.
  'cb-tsoa-body-interface': [CALLBACK, /transactionResult → /],
  // h3 v2: event.req.formData() with the callback type compared.
  'cb-h3-v2-req-formdata': [CALLBACK, /idScanImageFace → /, /transactionResult → /],
  // h3's readValidatedBody(event, FaceCallback.parse) with a zod schema of the file pinning the callback type.
  // (After the run: no item at all, a defect — the schema handed to readValidatedBody was not read; fixed,
  // callback-handler/handler-context.ts; fixtures h3-read-validated-body, neg-h3-read-validated-body-payment.)
  'cb-nitro-read-validated-body': [CALLBACK, /transactionResult → /, /callbackDate → /],
  // A ts-rest contract route's handler (a property of the object given to s.router(contract, { … })) reading
  // body.transactionResult and body.livenessImages. (After the run: no item at all, a defect — the route implementation
  // was not taken for a handler; fixed, callback-handler/framework-inputs.ts tsRestRoute; fixtures ts-rest-router-route,
  // neg-ts-rest-router-payment.)
  'cb-ts-rest-contract': [CALLBACK, /livenessImages → /, /transactionResult → /],
};

/** Lookalikes: byte-identical, nothing reported. */
export const UNTOUCHED = [
  'neg-hono-rpc-own-gateway', 'neg-kyx-nest-config-region', 'neg-idv-callback-elysia', 'neg-smile-id-link', 'neg-midtrans-snap',
  'neg-sso-same-path-other-host', 'neg-archive-same-retrieval-path', 'neg-kyx-retrieval-drizzle', 'neg-vouched-invite',
  'neg-magic-link-config', 'neg-hyperverge-link-kyc', 'neg-kyx-callback-hono',
];

/** Judged gaps, not reached yet (asserted as failing in the test): the ideal output holds `gap`. */
export const KNOWN_GAPS: Record<string, { has: string[]; manual: RegExp[]; gap: string }> = {



};
