// Judgements of the hold-out round 5 backend corpus (test/holdout/round5-backend/), read by round5-backend.test.ts:
// what each file must become (rewrites, manual items), which are only flagged, which must stay byte-identical, and
// the known gaps (asserted as failing until fixed). Written from the spec and MIGRATION.md before the codemod ran and
// before the rule code was read, then checked against every diff of the CLI run by hand.
import type { HoldoutExpect as Expect } from '../support/backend-holdout-suite.js';
import { CALLBACK, RESULT, LOOKUP, STORE, SEAM, NOT_WHOLE } from '../support/backend-item-patterns.js';

const NOT_MIGRATED = (where: string) => new RegExp(`initiate endpoint ${where.replace(/[./]/g, '\\$&')} was not migrated automatically`);

/** Judged rewrites. */
export const MIGRATED: Record<string, Expect> = {
  // @hapi/wreck (judged flagged in round 5, a client the rules did not rewrite): migrated since session 9.
  'enr-hapi-wreck': {
    has: ["Wreck.post('https://account.emea-1.jumio.ai/api/v1/accounts', {", "Authorization: `Bearer ${await kyxAccessToken('emea-1')}`",
      'workflowDefinition: { key: 3 }', 'return h.response({ url: payload.web.href, scan: payload.workflowExecution.id }).code(201);'],
    not: ['V4_INITIATE', 'JUMIO_SECRET'],
    manual: [STORE],
  },
  // Bun.env and btoa in an Elysia route are server code.
  'auth-elysia-bun-fetch': {
    has: ['fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`', "method: 'PUT'", "authorization: `Bearer ${await kyxAccessToken('emea-1')}`",
      "tokenLifetime: '15m'", "web: { locale: body.locale ?? 'en-GB' }", 'web: { href: string }', 'reference: init.workflowExecution.id', 'return { iframe: init.web.href };'],
    not: ['btoa(', 'JUMIO_API_SECRET', 'NETVERIFY_AUTH ='],
    manual: [LOOKUP],
    noManual: [/browser code/],
  },
  // axios through Deno's npm: specifier. Deno has no global Buffer: the helper needs a word.
  'auth-deno-serve-npm-axios': {
    has: ['axios.put(', '`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`', '"web": {', 'redirect: data.web.href, ref: data.workflowExecution.id',
      'Authorization: `Bearer ${await kyxAccessToken("amer-1")}`'],
    not: ['Deno.env.get("JUMIO_SECRET")'],
    manual: [LOOKUP, /Deno/],
  },
  'auth-restify-superagent': {
    has: ['.put(`https://account.apac-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`)', ".set('Authorization', `Bearer ${await kyxAccessToken('apac-1')}`)",
      "web: { locale: 'zh-HK' }", 'url: resp.body.web.href, ref: resp.body.workflowExecution.id', "require('./kyx-auth.cjs')"],
    not: ['JUMIO_PASS'],
    manual: [LOOKUP, /\.catch\(\)/],
  },
  // A TS enum member (imported) is a constant like any other.
  'auth-loopback4-service': {
    has: ['axios.put(\n      `https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`', "tokenLifetime: '30m'",
      "Authorization: `Bearer ${await kyxAccessToken('emea-1')}`", 'return { url: response.data.web.href, reference: response.data.workflowExecution.id };'],
    not: ['this.creds.secret'],
    // The injected creds fed only the Basic credentials: noUnusedLocals reports them (found on review of the diff).
    manual: [LOOKUP, /constructor parameter property creds .*injection binding/],
  },
  // An `as const` table indexed by a typed key: every data centre is mapped.
  'auth-typedi-as-const': {
    has: ["'https://core-sgp.jumio.com': 'https://account.apac-1.jumio.ai'", "'https://lon.netverify.com': 'https://account.emea-1.jumio.ai'", "method: 'PUT'",
      'Authorization: `Bearer ${await kyxAccessToken(kyxOrigin)}`', 'return { link: json.web.href as string, ref: json.workflowExecution.id as string };'],
    not: ['Basic ${this.basic}'],
    manual: [LOOKUP, /constructor parameter property basic .*injection binding/],
    noManual: [/constructor parameter property dc/],
  },
  'auth-strapi-service': {
    has: ["method: 'PUT'", 'url: `https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`', 'web: {', 'data: { lastFaceAuthRef: data.workflowExecution.id }',
      'return data.web.href;', "require('./kyx-auth.cjs')"],
    not: ['JUMIO_AUTHENTICATION_URL', 'cfg.apiSecret'],
    manual: [LOOKUP],
  },
  'auth-redwood-service': {
    has: ['fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`', "method: 'PUT'", 'web: {',
      'const { web: { href: redirectUrl }, workflowExecution: { id: transactionReference } } = await response.json()'],
    not: ['const credentials', 'JUMIO_ENDPOINT'],
    manual: [LOOKUP],
  },
  // fetch of meteor/fetch is WHATWG fetch; /api/auth/v1/initiate is the older authentication path.
  'auth-meteor-fetch-method': {
    has: ['fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`', "method: 'PUT'", "Authorization: `Bearer ${await kyxAccessToken('amer-1')}`",
      'ref: json.workflowExecution.id', 'return json.web.href;'],
    not: ['const INITIATE'],
    manual: [LOOKUP],
  },
  // A Record of two data centres indexed by the activity input; the declared return type is the activity's own.
  'auth-temporal-activity': {
    has: ["'https://lon.netverify.com': 'https://account.emea-1.jumio.ai'", '`${kyxOrigin}/api/v1/accounts/${kyxAccount.accountId}`', "method: 'PUT'", "tokenLifetime: '1d'",
      'authorization: `Bearer ${await kyxAccessToken(kyxOrigin)}`', 'return { redirectUrl: data.web.href, reference: data.workflowExecution.id };'],
    not: ['JUMIO_BASIC_B64'],
    manual: [LOOKUP],
  },
  // Inngest's step.run returns what its callback returns (like a retry wrapper): the reads outside move too.
  'auth-inngest-step-run': {
    has: ['fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`', "tokenLifetime: '3d'", 'web: { href: string }',
      'jumioRef: started.workflowExecution.id', 'started.web.href'],
    not: ['JUMIO_SECRET'],
    manual: [LOOKUP],
    noManual: [NOT_WHOLE],
  },
  // The defineSecret params stay (still listed in `secrets`).
  'auth-firebase-v2-oncall': {
    has: ['axios.put(\n    `https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`', "web: { successUrl: 'https://app.tidepool.example/face/done' }",
      'lastFaceAuth: result.data.workflowExecution.id', 'return { url: result.data.web.href };'],
    not: ['jumioSecret.value()'],
    manual: [LOOKUP],
  },
  // An Edge Function has no Buffer: the helper needs a word, as for Workers.
  'auth-vercel-edge': {
    has: ["method: 'PUT'", "authorization: `Bearer ${await kyxAccessToken('amer-1')}`", 'JSON.stringify({ url: data.web.href, ref: data.workflowExecution.id })'],
    not: ["'Basic ' + btoa"],
    manual: [LOOKUP, /this runs on the Edge runtime/],
  },
  // #private members: the static #HOST fed only the legacy URL.
  'auth-class-private-methods': {
    has: ['`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`', "Authorization: `Bearer ${await kyxAccessToken('emea-1')}`",
      'web: { href: string }', 'return { iframeUrl: res.data.web.href, reference: res.data.workflowExecution.id };'],
    not: ['#HOST'],
    manual: [LOOKUP],
  },
  // NEXT_PUBLIC_ feeds only a redirect URL value in a pages/api route: server code.
  'auth-next-iron-session': {
    has: ['.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`', "Authorization: `Bearer ${await kyxAccessToken('amer-1')}`",
      'web: { href: string }', 'req.session.faceRef = started.workflowExecution.id;', 'res.status(200).json({ redirectUrl: started.web.href });',
      'errorUrl: `${process.env.NEXT_PUBLIC_SITE_URL}/face/error`'],
    not: ['username: process.env.JUMIO_API_TOKEN'],
    manual: [LOOKUP],
    noManual: [/browser code/],
  },
  'enr-firebase-v2-onrequest': {
    has: ['https://account.amer-1.jumio.ai/api/v1/accounts', "workflowDefinition: { key: 3, credentials: [{ category: 'ID', country: { values: [country] }, type: { values: ['PASSPORT'] } }] }",
      'web: {', 'ref: json.workflowExecution.id', 'res.json({ redirectUrl: json.web.href });'],
    not: ['workflowId', 'presets'],
    manual: [STORE],
  },
  'enr-cloudflare-env-bindings': {
    has: ["fetch('https://account.emea-1.jumio.ai/api/v1/accounts'", 'workflowDefinition: { key: 3 }', "web: { locale: 'de' }",
      '{ web: { href: redirectUrl }, workflowExecution: { id: transactionReference } }'],
    not: ['Basic ${btoa'],
    manual: [STORE, /Cloudflare Workers/],
  },
  'enr-deno-serve-fetch': {
    has: ['https://account.amer-1.jumio.ai/api/v1/accounts', 'workflowDefinition: { key: 3 }', '90m', 'url: data.web.href as string, ref: data.workflowExecution.id as string'],
    not: ['const basic'],
    manual: [STORE, /Deno/],
  },
  // The server's own method is named fetch (Bun.serve): the call inside it is the global fetch.
  'enr-bun-serve': {
    has: ['https://account.amer-1.jumio.ai/api/v1/accounts', 'workflowDefinition: { key: 2 }', "tokenLifetime: '3d'", 'link: body.web.href, reference: body.workflowExecution.id'],
    not: ['JUMIO_SECRET'],
    manual: [STORE],
  },
  // An `as const` object member.
  'ret-as-const-elysia': {
    has: ['fetch(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${params.reference}`', "Authorization: `Bearer ${await kyxAccessToken('emea-1')}`",
      'reference: result.workflow.id, user: result.workflow.userReference', 'workflow: { id: string; userReference?: string };'],
    not: ['const basic'],
    manual: [SEAM, RESULT],
  },
  'ret-temporal-axios': {
    has: ['axios.get(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`', "Authorization: `Bearer ${await kyxAccessToken('amer-1')}`",
      'validateStatus: (s) => s < 500'],
    not: ['JUMIO_API_SECRET'],
    manual: [SEAM, RESULT],
  },
  'ret-firebase-oncall-got': {
    has: ['got(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`', 'user: result.workflow.userReference ?? null', 'workflow: { id: string; userReference?: string };'],
    not: ['username: process.env'],
    manual: [SEAM, RESULT, /enrollmentTransactionReference/],
  },
  // Nitro's auto-imported $fetch (ofetch): the promise resolves to the parsed body; the type argument is the body's
  // type. Flagged until session 6 (ofetch was not a known client); migrated since (fixtures ofetch-nitro-global,
  // ofetch-typed-details).
  'auth-nitro-ofetch': {
    has: ["$fetch<NetverifyInitiateResponse>(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`", "method: 'PUT'",
      "Authorization: `Bearer ${await kyxAccessToken('emea-1')}`", 'web: { href: string }', 'workflowExecution: { id: string }',
      "setItem(session.user.id, res.workflowExecution.id)", 'return { url: res.web.href }', 'customerInternalReference: session.user.id'],
    // (Hold-out round 11: the credentials destructured from useRuntimeConfig(event), a read of the app's configuration
    // with no side effect, are removed like a const of process.env; they were left with an item.)
    not: ['`Basic ${', 'netverify.com', 'enrollmentTransactionReference', 'jumioSecret'],
    manual: [LOOKUP],
    noManual: [/fed only the legacy Basic credentials/],
  },
  'ret-nitro-ofetch': {
    has: ['`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`', "Authorization: `Bearer ${await kyxAccessToken('amer-1')}`",
      'workflow: { userReference?: string }', 'user: details.workflow.userReference'],
    not: ['Basic ', 'netverify.com'],
    manual: [SEAM, RESULT],
  },
  // Imported enum member + imported path constant.
  'ret-enum-superagent': {
    has: ['.get(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`)', ".set('Authorization', `Bearer ${await kyxAccessToken('amer-1')}`)",
      'who: res.body.workflow.userReference'],
    not: ['JUMIO_SECRET'],
    manual: [SEAM, RESULT],
  },
  // #private fields that fed only the URL and the Basic header (the retrieval rule left them, #base with a marker
  // saying the endpoint had no rewrite; fixed: fixture private-fields-class).
  'ret-typedi-private-undici': {
    has: ['`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${encodeURIComponent(reference)}`', "authorization: `Bearer ${await kyxAccessToken('amer-1')}`",
      'workflow: { userReference }', 'export class FaceAuthStatusService {\n  async status(reference: string) {'],
    not: ['#basic', '#base'],
    manual: [SEAM, RESULT],
    noManual: [/has no KYX rewrite/],
  },
};

/** Legacy calls and handlers left working but flagged: the only change is the markers. */
export const FLAGGED: Record<string, RegExp[]> = {
  // Clients the rules do not rewrite (wretch, Meteor's synchronous HTTP): flagged where the URL is written (@hapi/wreck
  // is migrated since session 9: enr-hapi-wreck is in MIGRATED).
  // (ofetch / Nitro's $fetch was one of them until session 6: auth-nitro-ofetch and ret-nitro-ofetch are in MIGRATED.)
  'auth-wretch-chain': [NOT_MIGRATED('netverify.com/api/authentication/v1/web/initiate')],
  'ret-meteor-http-sync': [/lon\.netverify\.com\/api\/netverify\/v2\/authentications/],
  // A got beforeRequest hook sets the Basic header on every request: it would replace the Bearer token.
  'auth-got-hooks': [/hook/i],
  // A koa 1 generator handler: it cannot be made async (yield is its await).
  'auth-koa-generator': [/generator/i],
  'cb-hono-parsebody': [CALLBACK, /enrollmentTransactionReference → gone/, /transactionDate → /],
  'cb-lambda-base64-form': [CALLBACK, /scanSource → gone/, /callbackDate → callbackSentAt/],
  'cb-elysia-form': [CALLBACK, /livenessImages → /, /idScanImageFace → /],
  'cb-firebase-v2-onrequest': [CALLBACK, /callBackType → workflowExecution\.definitionKey/],
  'cb-nitro-readformdata': [CALLBACK, /transactionResult → retrieval/],
  'cb-loopback4-controller': [CALLBACK, /enrollmentTransactionReference → gone/],
  'cb-deno-serve-formdata': [CALLBACK, /transactionDate → /],
  // koa 1: the request is `this`, read through co-body's `yield parse.form(this)` (was missed: the generator handler
  // has no request parameter; fixed, fixture koa1-generator).
  'cb-koa-generator': [CALLBACK, /idScanImageFace → /],
  'cb-meteor-webapp': [CALLBACK, /livenessImages → /],
};

/** Lookalikes: byte-identical, nothing reported. */
export const UNTOUCHED = [
  'neg-3ds-authentication-initiate-wreck', 'neg-auth0-nitro-login', 'neg-bank-callback-lambda-base64', 'neg-keycloak-hapi-basic', 'neg-kyx-already-firebase',
  'neg-monnify-init-transaction', 'neg-onfido-workflow-wretch', 'neg-opay-callback-hono', 'neg-plaid-idv-inngest', 'neg-sumsub-strapi', 'neg-temporal-idnow',
  'neg-veriff-deno',
];

/** Judged gaps, not reached yet (asserted as failing in the test): the ideal output holds `gap`. */
export const KNOWN_GAPS: Record<string, { has: string[]; manual: RegExp[]; gap: string }> = {
};
