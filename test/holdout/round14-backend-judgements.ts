// Judgements of the hold-out round 14 backend corpus (test/holdout/round14-backend/), read by round14-backend.test.ts:
// what each file must become (rewrites, manual items), which are only flagged, which must stay byte-identical, and
// the known gaps (asserted as failing until fixed). Written from the spec and MIGRATION.md before the codemod ran and
// before the rule code was read, then checked against every diff of the run by hand.
import type { HoldoutExpect as Expect } from '../support/backend-holdout-suite.js';
import { CALLBACK, RESULT, LOOKUP, STORE, SEAM, CATCH } from '../support/backend-item-patterns.js';

const ACCOUNT = (region: string) => '`https://account.' + region + '.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`';
const CREATE = (region: string) => `'https://account.${region}.jumio.ai/api/v1/accounts'`;
const RETRIEVAL = (region: string, ref: string) => '`https://retrieval.' + region + '.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${' + ref + '}`';
const BEARER = (region: string) => "Bearer ${await kyxAccessToken('" + region + "')}";

/** Judged rewrites. */
export const MIGRATED: Record<string, Expect> = {
  // An inline server action ('use server' as the function body's first statement) in a Server Component (.tsx): server
  // code, migrated; the directive must stay the first statement of the function.
  // (After the run: judged `resolveKyxAccount(String(formData.get('enrollment')))`; the codemod holds the computed
  // reference in a const first (kyxEnrollmentReference), which evaluates it once — right, the judgement is corrected.)
  'auth-next-inline-use-server': {
    has: [ACCOUNT('amer-1'), "method: 'PUT'", BEARER('amer-1'), "const kyxEnrollmentReference = String(formData.get('enrollment'));",
      'resolveKyxAccount(kyxEnrollmentReference)', 'customerInternalReference: user.id',
      "successUrl: 'https://bank.acme.example/face-login/complete'", "locale: String(formData.get('locale') ?? 'en')", "'User-Agent': 'Acme Bank Web/8.2'",
      "async function startFaceLogin(formData: FormData) {\n    'use server';", 'workflowExecution: { id: string }',
      "cookies().set('face-login-ref', started.workflowExecution.id", 'redirect(started.web.href);'],
    not: ['JUMIO_API_SECRET'],
    manual: [LOOKUP],
  },
  // A frozen settings object keyed by const Symbols: jumioSettings[INITIATE] is one proven literal. got: retry off.
  // (After the run: not migrated — a computed `[INITIATE]` key was not resolved, the lookup counted as a runtime-keyed
  // map and the call was flagged with a misleading "by default … a setting" reason — fixed, constant-maps.ts
  // symbolKeyedValue; fixture initiate-authentication/symbol-keyed-settings.)
  'auth-symbol-keyed-config': {
    has: [ACCOUNT('apac-1'), '.put(', BEARER('apac-1'), 'resolveKyxAccount(enrollment)', 'customerInternalReference: userId', "web: { locale: 'en-SG' }",
      'retry: { limit: 0 }', 'timeout: { request: jumioSettings[TIMEOUT] }', 'return { url: body.web.href, reference: body.workflowExecution.id };'],
    not: ['username:', 'password:'],
    manual: [LOOKUP],
  },
  // A Durable Object method (Cloudflare Workers): migrated, with the Workers runtime item (nodejs_compat).
  'auth-durable-object': {
    has: [ACCOUNT('emea-1'), "method: 'PUT'", BEARER('emea-1'), 'resolveKyxAccount(enrollment)', 'customerInternalReference: userId', "tokenLifetime: '20m'",
      "this.ctx.storage.put('reference', json.workflowExecution.id)", 'return json.web.href;', 'workflowExecution: { id: string }'],
    not: ['btoa('],
    manual: [LOOKUP, /nodejs_compat/],
  },
  // oRPC .handler(); ky with .json<T>(); the PUT gets retry off; the btoa credentials const (pure) goes.
  'auth-orpc-ky': {
    has: [ACCOUNT('amer-1'), '.put(', BEARER('amer-1'), 'resolveKyxAccount(context.user.jumioEnrollment)', 'customerInternalReference: context.user.id',
      'locale: input.locale', "errorUrl: 'https://app.acme-crypto.example/security/face-failed'", 'retry: { limit: 0 }', 'timeout: 15_000',
      'return { url: session.web.href, reference: session.workflowExecution.id };', 'workflowExecution: { id: string }'],
    not: ['const basic', 'JUMIO_API_SECRET'],
    manual: [LOOKUP],
  },
  // Vercel AI SDK tool's execute; 10 minutes → '10m'.
  'auth-ai-sdk-tool': {
    has: [ACCOUNT('emea-1'), 'axios.put(', BEARER('emea-1'), 'resolveKyxAccount(enrollment)', 'customerInternalReference: customerId', "tokenLifetime: '10m'",
      "'User-Agent': 'Acme Assistant/0.9'", 'return { link: data.web.href, reference: data.workflowExecution.id };'],
    not: ['JUMIO_API_SECRET'],
    manual: [LOOKUP],
  },
  // MCP server tool callback; the response destructured; the base and credentials consts go.
  'auth-mcp-server-tool': {
    has: [ACCOUNT('apac-1'), "method: 'PUT'", BEARER('apac-1'), 'resolveKyxAccount(enrollment)', 'customerInternalReference: userId',
      'web: { href: redirectUrl }', 'workflowExecution: { id: transactionReference }'],
    not: ['const basic', 'const JUMIO ', 'core-sgp.jumio.com'],
    manual: [LOOKUP],
  },
  // A Transform stream's transform method settles through its callback: made async, errors of the lookup no longer
  // reach the callback (item). 60 * 24 * 3 → '3d'.
  'auth-transform-stream': {
    has: [ACCOUNT('amer-1'), '.put(', BEARER('amer-1'), 'resolveKyxAccount(row.enrollment)', 'customerInternalReference: row.customer_id', "tokenLifetime: '3d'",
      'link: data.web.href, reference: data.workflowExecution.id', 'async transform(row, _encoding, callback)'],
    not: ['const jumioAuth', 'JUMIO_API_SECRET'],
    manual: [LOOKUP, CATCH],
  },
  // An EventEmitter listener; axios config form on the older /api/auth/v1/initiate path.
  'auth-event-emitter-config-form': {
    has: [ACCOUNT('emea-1'), BEARER('emea-1'), 'resolveKyxAccount(enrollment)', 'customerInternalReference: userId',
      "web: { successUrl: 'https://portal.acme-insure.example/step-up/done' }", "Accept: 'application/json'",
      'url: response.data.web.href, reference: response.data.workflowExecution.id'],
    // (Judged not to contain '/api/auth/v1/initiate', which the file's header comment names: the URL literal instead.)
    not: ['const JUMIO_BASIC', 'JUMIO_API_SECRET', "'https://lon.netverify.com/api/auth/v1/initiate'"],
    manual: [LOOKUP],
  },
  // undici's fetch through a ProxyAgent: a proxy forwards to any origin, so the dispatcher stays (unlike a Pool).
  'auth-undici-proxy-agent': {
    has: [ACCOUNT('amer-1'), "method: 'PUT'", 'dispatcher: egress', BEARER('amer-1'), 'resolveKyxAccount(enrollment)', 'customerInternalReference: userId',
      "web: { locale: 'en-US' }", 'return { url: data.web.href, reference: data.workflowExecution.id };', 'workflowExecution: { id: string }'],
    not: ['const authorization', 'JUMIO_API_SECRET'],
    manual: [LOOKUP],
  },
  // res.format's callbacks read the response; superagent's .auth() gives way to the Bearer header; inside try/next.
  'auth-express-res-format': {
    has: [ACCOUNT('amer-1'), '.put(', BEARER('amer-1'), 'resolveKyxAccount(req.user.jumioEnrollment)', 'customerInternalReference: req.user.id',
      'web: { locale: req.acceptsLanguages()[0] }', "res.redirect(303, response.body.web.href)",
      'res.json({ url: response.body.web.href, reference: response.body.workflowExecution.id })', ".type('json')"],
    not: ['.auth('],
    manual: [LOOKUP],
    noManual: [CATCH],
  },
  // An async reduce: the callback is already async; the legacy interface moves to the KYX shape; 60 * 48 → '2d'.
  'auth-async-reduce-sequential': {
    has: [ACCOUNT('apac-1'), "method: 'PUT'", BEARER('apac-1'), 'resolveKyxAccount(customer.enrollment)', 'customerInternalReference: customer.id',
      "tokenLifetime: '2d'", 'link: json.web.href, reference: json.workflowExecution.id', 'workflowExecution: { id: string }'],
    not: ['const SGP_INITIATE', 'const credentials', 'redirectUrl: string'],
    manual: [LOOKUP],
  },
  // Enrolments. (After the run: `not: ['workflowId']` was judged, which the files' header comments name — 'workflowId 200';
  // the body field 'workflowId:' is what must go. Corrected in each.)
  // Knex persistence; workflowId 200 → key 3.
  'enr-knex-store': {
    has: [CREATE('emea-1'), 'axios.post<', 'workflowDefinition: { key: 3 }', BEARER('emea-1'), 'customerInternalReference: customerId',
      "successUrl: 'https://open.acme-bank.example/onboarding/verified'", "errorUrl: 'https://open.acme-bank.example/onboarding/retry'",
      'jumio_scan_ref: data.workflowExecution.id', 'return data.web.href;', 'workflowExecution: { id: string }'],
    not: ['workflowId:', 'JUMIO_API_SECRET'],
    manual: [STORE],
  },
  // An Objection model method (this); workflowId 100 → key 2 with the literal preset as credentials; got.
  'enr-objection-model': {
    has: [CREATE('amer-1'), "workflowDefinition: { key: 2, credentials: [{ category: 'ID', country: { values: ['USA'] }, type: { values: ['PASSPORT'] } }] }",
      BEARER('amer-1'), 'customerInternalReference: this.uuid', "web: { locale: 'en-US' }", "'user-agent': 'Acme Lending/3.3'",
      'jumioScanReference: started.workflowExecution.id, jumioLink: started.web.href', 'return started.web.href;'],
    not: ['presets', 'workflowId:', 'username:'],
    manual: [STORE],
  },
  // A 'use server' module (useActionState signature); workflowId 201 → key 3; 1440 → '1d'; the directive stays first.
  'enr-server-action-state': {
    has: [CREATE('apac-1'), "method: 'POST'", 'workflowDefinition: { key: 3 }', "tokenLifetime: '1d'", BEARER('apac-1'), 'customerInternalReference: session.user.id',
      "web: { locale: String(formData.get('locale') ?? 'en') }", 'return { link: json.web.href };', "'use server';\n// Next.js server actions"],
    not: ['workflowId:', 'JUMIO_API_SECRET'],
    manual: [STORE],
  },
  // Restate's ctx.run returns what its action returns (journaled): the reads after it move, and the cast inside.
  'enr-restate-handler': {
    has: [CREATE('amer-1'), 'workflowDefinition: { key: 2 }', BEARER('amer-1'), 'customerInternalReference: customer.id',
      "ctx.set('scanReference', started.workflowExecution.id)", 'return { link: started.web.href };', 'workflowExecution: { id: string }'],
    not: ['workflowId:', 'JUMIO_API_SECRET'],
    manual: [STORE],
  },
  // SQS partial batch responses; workflowId 202 → key 3; a callbackUrl (item).
  'enr-sqs-batch-failures': {
    has: [CREATE('emea-1'), 'axios.post(', 'workflowDefinition: { key: 3 }', BEARER('emea-1'), 'customerInternalReference: customer.id',
      "callbackUrl: 'https://api.acme-broker.example/kyc/jumio'", "sendMail(customer.email, 'Verify your identity', res.data.web.href)"],
    not: ['workflowId:', 'JUMIO_API_SECRET'],
    manual: [STORE, /callback/],
  },
  // Retrievals.
  // lru-cache's fetchMethod; the interface names transactionResult (type item).
  'ret-lru-cache-fetchmethod': {
    has: [RETRIEVAL('emea-1', 'reference'), BEARER('emea-1'), 'resolveKyxWorkflowAccount(reference)', "return details.workflow.userReference ?? '';",
      'workflow: { id: string; userReference?: string }'],
    not: ['const basic', 'JUMIO_API_SECRET'],
    manual: [SEAM, RESULT],
  },
  // Express router.param callback (reference is its fourth parameter).
  'ret-express-router-param': {
    has: [RETRIEVAL('amer-1', 'reference'), BEARER('amer-1'), 'resolveKyxWorkflowAccount(reference)', 'req.faceLoginUser = data.workflow.userReference;'],
    not: ['JUMIO_API_SECRET'],
    manual: [SEAM, RESULT],
  },
  // A switch (true) region function: both returns are legacy retrieval bases; needle.
  'ret-switch-true-region': {
    has: ['retrieval.amer-1.jumio.ai', 'retrieval.emea-1.jumio.ai', 'resolveKyxWorkflowAccount(reference)', 'return res.body.workflow.userReference;'],
    not: ['username:', 'JUMIO_API_SECRET'],
    manual: [SEAM],
  },
  // The details stored whole in Redis (JSON.stringify): item.
  'ret-redis-cache-whole': {
    has: [RETRIEVAL('apac-1', 'reference'), BEARER('apac-1'), 'resolveKyxWorkflowAccount(reference)'],
    not: ['const authorization', 'JUMIO_API_SECRET'],
    manual: [SEAM, /whole|leave/],
  },
  // https.get settled through Promise.withResolvers() in an async function: the lookup and token are awaited above the
  // request; what resolve() is given flows out of `await promise`.
  // (After the run: the call was migrated but the reads after `await promise` were left with a "leave here whole" item —
  // resolve() was followed only inside a `new Promise` executor — fixed, param-handlers.ts promisesResolvedBy; fixtures
  // promise-with-resolvers of initiate-authentication and retrieval-authentication. The try/catch item it also gets is
  // more cautious than needed: the function was already async and its callers await it.)
  'ret-promise-with-resolvers': {
    has: [RETRIEVAL('emea-1', 'reference'), BEARER('emea-1'), 'resolveKyxWorkflowAccount(reference)',
      'return { user: details.workflow.userReference, reference: details.workflow.id };'],
    not: ['JUMIO_API_SECRET'],
    manual: [SEAM],
  },
  // An `as const` array of { code, origin } records searched with .find() on a runtime key (like a region map): every
  // data centre mapped. (Was a known gap — the .find() result was unknown, the call flagged as reading an unseen host —
  // closed in 676bdfb: constant-maps.ts foundRecordValues; fixture retrieval-authentication/region-array-find.)
  // The getters of a const object literal no one writes or passes (`jumio.initiateUrl` returning `this.host + '/api/…'`).
  // (Was a known gap — `this` inside an object literal was not followed, the call flagged as reading an unseen host —
  // closed in the sixteenth session: sealed-object.ts; fixtures initiate-authentication/object-getter-url,
  // object-getter-url-exported-flagged, object-getter-url-host-written-flagged.) The object fed only the replaced URL and
  // Basic header: removed.
  'auth-object-getter-url': {
    has: [ACCOUNT('amer-1'), 'rp.put({', BEARER('amer-1'), 'return { redirect: started.web.href, reference: started.workflowExecution.id };'],
    not: ['JUMIO_API_SECRET', 'netverify.com', 'const jumio'],
    manual: [LOOKUP],
  },
  // The two static private fields and the static block that sets them, which only fed the replaced URL and Basic
  // header, removed. (Was a known gap — the call was migrated but the fields and the block stayed, with the Basic
  // credentials — closed in the sixteenth session: static-block-fields.ts; fixtures initiate-authentication/
  // static-block-fields, static-block-fields-shared.)
  'auth-class-static-block': {
    has: [ACCOUNT('emea-1'), 'axios.put<', BEARER('emea-1'), 'return { url: data.web.href, reference: data.workflowExecution.id };',
      'export class FaceLoginClient {\n  async start('],
    not: ['JUMIO_API_SECRET', 'static {', 'netverify.com'],
    manual: [LOOKUP],
  },
  // The reads inside axios's transformResponse moved (`JSON.parse(raw).redirectUrl` → `.web.href`), the resolved value
  // (the app's own names) left alone. First run: the call was migrated but the reads inside the transform were left
  // legacy (always undefined on KYX) — a silent break; fixed to flag the call (axios-response-interceptor.ts), then, in
  // the sixteenth session, to follow the transform's parameter as the response text (transform-response.ts; fixtures
  // initiate-authentication/axios-transform-response, axios-transform-response-concat-flagged).
  'auth-axios-transform-response': {
    has: [ACCOUNT('emea-1'), 'axios.put(', BEARER('emea-1'), 'const parsed = JSON.parse(raw);',
      'return { link: parsed.web.href, reference: parsed.workflowExecution.id, at: parsed.timestamp };', 'return data;'],
    not: ['JUMIO_API_SECRET', 'netverify.com', 'redirectUrl'],
    manual: [LOOKUP],
  },
  'ret-hosts-array-find': {
    has: ["'https://netverify.com': 'https://retrieval.amer-1.jumio.ai'", "'https://lon.netverify.com': 'https://retrieval.emea-1.jumio.ai'",
      '${kyxOrigin}/api/v1/accounts/${accountId}/workflow-executions/${reference}', 'Bearer ${await kyxAccessToken(kyxOrigin)}',
      'resolveKyxWorkflowAccount(reference)', 'return details.workflow.userReference;'],
    not: ['JUMIO_API_SECRET', 'whose host comes from a value'],
    manual: [SEAM],
  },
};

/** Legacy calls and handlers left working but flagged: the only change is the markers. */
export const FLAGGED: Record<string, RegExp[]> = {
  // The URL is a parameter default: callers may pass another endpoint (like an env default).
  'auth-default-param-url': [/default|authentication\/v1\/web\/initiate/],
  // The base URL comes from a JSON settings file (per deployment): a legacy body sent to a host the codemod cannot read.
  'auth-json-config-import': [/host|initiate/],
  // @pipedream/platform's axios($, config) is not axios: legacy-endpoint reports the URL, nothing rewritten.
  'auth-pipedream-component': [/netverify\.com\/api\/authentication/],
  // n8n's this.helpers.httpRequest is no client the codemod knows: legacy-endpoint reports the URL.
  'auth-n8n-node': [/netverify\.com\/api\/authentication/],
  // make-fetch-happen's fetch (retries, cache) is no client the codemod knows: legacy-endpoint reports the URL.
  'ret-make-fetch-happen': [/authentications/],
  'idv-scans-data-ky': [/scans/],
  'idv-perform-netverify-got': [/performNetverify/],
  'cb-fastify-onrequest-ip-hook': [CALLBACK, /callback source allowlist/, /transactionResult → /, /enrollmentTransactionReference → gone/, /callBackType → /],
  'cb-stream-consumers-text': [CALLBACK, /transactionDate → /],
  'cb-uwebsockets-ondata': [CALLBACK, /idScanImageFace → /],
  'cb-express-validator-matched': [CALLBACK, /transactionResult → /],
  'cb-loopback-form-requestbody': [CALLBACK, /transactionDate → /],
  'cb-restify-mapparams': [CALLBACK, /livenessImages → /],
  'cb-hono-zvalidator-form': [CALLBACK, /scanSource → gone/],
  // Not a handler: an Inngest function of the forwarded form, proven by callBackType.
  'cb-inngest-event-forward': [CALLBACK, /userReference → userReference/],
  // Sails actions2: the form fields are the action's declared inputs.
  'cb-sails-actions2': [CALLBACK, /enrollmentTransactionReference → gone/],
};

/** Lookalikes: byte-identical, nothing reported. */
export const UNTOUCHED = [
  'neg-complycube-flow', 'neg-yoti-docscan-session', 'neg-ondato-idv', 'neg-paystack-initialize', 'neg-psp-form-notification-ip-hook', 'neg-oidc-par',
  'neg-own-gateway-initiate', 'neg-kyx-orpc-account-put', 'neg-kyx-callback-fastify-ip-hook', 'neg-idv-callback-sails', 'neg-veriff-mcp-tool',
  'neg-kyx-retrieval-lru',
];

/** Judged gaps, not reached yet (asserted as failing in the test): the ideal output holds `gap`. None left: the three
 * of the first run were closed in the sixteenth session (moved to MIGRATED). */
export const KNOWN_GAPS: Record<string, { has: string[]; manual: RegExp[]; gap: string }> = {
};
