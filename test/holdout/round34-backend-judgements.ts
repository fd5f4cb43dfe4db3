// Judgements of the hold-out round 34 backend corpus (test/holdout/round34-backend/), read by round34-backend.test.ts:
// what each file must become (rewrites, manual items), which are only flagged, which must stay byte-identical, and
// the known gaps (asserted as failing until fixed). Written from the spec (real-world-legacy-code.md) and MIGRATION.md
// before the codemod ran on the corpus and without reading the rule code. `not` strings name code forms, never words
// of the inputs' kept comments or of the expected items' own text.
//
// The corpus weighs SERVERLESS, EDGE AND QUEUE-DRIVEN backends: an Azure Functions v4 `app.http` with an inline
// handler and a Cosmos DB extra output, a Cloud Functions `functions.http` handler with axios's config form, Deno Deploy's
// `Deno.serve` with URLPattern routing, a Next.js API route on the Vercel Edge runtime, an SQS-triggered Lambda retrieving
// every record in parallel with `Promise.allSettled`, a kafkajs `eachMessage` retrieving with undici's `request()`, a
// BullMQ sandboxed processor module, and an API Gateway REST API Lambda receiving the callback as a base64 form.
import type { HoldoutExpect as Expect } from '../support/backend-holdout-suite.js';
import { CALLBACK, CATCH, LOOKUP, NOT_WHOLE, RESULT, SEAM, STORE } from '../support/backend-item-patterns.js';

const ACCOUNT = (region: string) => '`https://account.' + region + '.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`';
const CREATE = (region: string) => `'https://account.${region}.jumio.ai/api/v1/accounts'`;
const RETRIEVAL = (region: string, ref: string) => '`https://retrieval.' + region + '.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${' + ref + '}`';
const BEARER = (region: string) => "Bearer ${await kyxAccessToken('" + region + "')}";
/** The workflow definition of an authentication (MIGRATION.md, the fetch-template-base example). */
const WF9 = "workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }";
/** The runtime item of Workers, Edge and Deno code (the helper reads process.env and uses Buffer). */
const RUNTIME = /nodejs_compat|Cloudflare Workers|Edge runtime|Deno/;

/** Judged rewrites. */
export const MIGRATED: Record<string, Expect> = {
  // Authentication, Azure Functions v4: `app.http('faceLoginBegin', { …, extraOutputs: [cosmos output], handler: async
  // (request, context) => … })`, the handler an inline arrow of the options object (round 18 judged a named exported
  // handler). `axios.post<FaceLoginStart>(CONST, body, { auth, headers })` on the EU literal of a module const: the call
  // becomes `axios.put<FaceLoginStart>(…)` on account.emea-1 with the account id ("`POST` → `PUT` …"); the const that
  // only fed the URL goes ("Constants … that only fed the legacy URL … are removed"). Body: key 9 with the ID credential,
  // customerInternalReference from userReference, the page URLs and locale under web, callbackUrl kept, 15 → '15m'.
  // axios's `auth` gives way to the Bearer header, Accept and User-Agent stay. The generic's interface moves to the KYX
  // shape (timestamp stays); the reads move, also in the object handed to `context.extraOutputs.set` (fields, not the
  // response: no "leaves whole" item). The call sits in a `try` of a function already async: the lookup goes inside it,
  // no try/catch item. Azure Functions run on Node: no runtime item.
  'auth-azure-v4-http-axios-cosmos-output': {
    has: ['axios.put<FaceLoginStart>(', ACCOUNT('emea-1'), 'Authorization: `' + BEARER('emea-1') + '`', 'resolveKyxAccount(body.enrolmentReference)', WF9,
      'customerInternalReference: body.memberId', 'userReference: body.memberId', 'web: {', 'successUrl: `${PORTAL}/face-login/complete`',
      'errorUrl: `${PORTAL}/face-login/failed`', "locale: body.locale ?? 'de'",
      'callbackUrl: `https://${process.env.WEBSITE_HOSTNAME}/api/identity/face-login-result`', "tokenLifetime: '15m'",
      "'User-Agent': 'Hafenbank Functions/3.4'", 'web: { href: string }', 'workflowExecution: { id: string }', 'timestamp: string;',
      'id: data.workflowExecution.id,', 'startedAt: data.timestamp,', 'face login ${data.workflowExecution.id} started for member',
      'jsonBody: { redirectTo: data.web.href }', 'extraOutputs: [pendingSessions],'],
    not: ['FACE_LOGIN_INITIATE', 'JUMIO_API_SECRET', 'auth: {', 'tokenLifetimeInMinutes', 'enrollmentTransactionReference:', 'lon.netverify.com',
      'redirectUrl: string'],
    manual: [LOOKUP],
    noManual: [CATCH, NOT_WHOLE, RUNTIME],
  },
  // Authentication, a BullMQ sandboxed processor: `module.exports = async function faceLoginProcessor(job)` (the
  // Worker runs the module in a child process). axios.post on the US literal with the body inline, `auth` from two
  // module consts read off process.env, a `timeout`. PUT on amer-1 with the account id, the lookup on the job's
  // enrolment reference; key 9, customerInternalReference from userReference, page URLs and locale (a `||` expression)
  // under web, callbackUrl kept, 60 → '1h' ("60 → `"1h"`"); the two consts that only fed the Basic credentials go. The
  // processor's return value (job.returnvalue) is an object of the app's own names built from fields: the reads move
  // (`redirectUrl: data.web.href` — the key is the app's name, kept), no "leaves whole" item. Already async, errors
  // fail the job as before: no try/catch item. Node: no runtime item.
  'auth-bullmq-sandboxed-processor-axios': {
    has: ['axios.put(', ACCOUNT('amer-1'), 'Authorization: `' + BEARER('amer-1') + '`', 'module.exports = async function faceLoginProcessor(job) {',
      'resolveKyxAccount(enrolmentReference)', WF9, 'customerInternalReference: memberId', 'userReference: memberId', 'web: {',
      'successUrl: `${SITE}/login/face/success`', 'errorUrl: `${SITE}/login/face/error`', "locale: locale || 'en'",
      'callbackUrl: `${SITE}/hooks/identity/face-login`', "tokenLifetime: '1h'", "'User-Agent': 'Pinecone Pay Jobs/1.3'", 'timeout: 15000',
      'await job.log(`face login ${data.workflowExecution.id} started`);',
      'return { redirectUrl: data.web.href, reference: data.workflowExecution.id, startedAt: data.timestamp };'],
    not: ['JUMIO_USER', 'JUMIO_PASS', 'auth: {', "'https://netverify.com", 'enrollmentTransactionReference:', 'tokenLifetimeInMinutes'],
    manual: [LOOKUP],
    noManual: [NOT_WHOLE, CATCH, RUNTIME],
  },
  // Enrolment, Cloud Functions: `functions.http('beginIdentityCheck', async (req, res) => …)` of
  // @google-cloud/functions-framework, axios's config form `axios({ method: 'post', url, auth, headers, data })`
  // ("`axios(config)`") on the SG v4 literal: account create on apac-1, method unchanged ("account create; method
  // unchanged"); `auth` gives way to the Bearer header in the config's headers (Accept, User-Agent stay). workflowId
  // 201 → key 3 ("200–202 → 3"); the preset `{ index: 1, country, type }` → a credential (its country an expression
  // written in the preset, both country and type there: rounds 29 and 31 judged such values migrated); page URLs and
  // the locale ternary under web; callbackUrl kept, with its item ("a body with a `callbackUrl` — KYX now posts its JSON
  // callback there"). The response held in `started = response.data` ("variables and reassignments"): the reads move
  // into the Firestore document and the JSON answer, fields only. The store item. Node: no runtime item.
  'enr-gcf-http-axios-config-firestore': {
    has: ['url: ' + CREATE('apac-1'), "method: 'post'", 'Authorization: `' + BEARER('apac-1') + '`',
      "workflowDefinition: { key: 3, credentials: [{ category: 'ID', country: { values: [profile.passportCountry] }, type: { values: ['PASSPORT'] } }] }",
      'customerInternalReference: `cust-${caller.uid}`', 'userReference: caller.uid', 'web: {', 'successUrl: `${APP_URL}/kyc/submitted`',
      'errorUrl: `${APP_URL}/kyc/retry`', "locale: profile.language === 'zh' ? 'zh-CN' : 'en'",
      'callbackUrl: `https://asia-southeast1-${process.env.GCLOUD_PROJECT}.cloudfunctions.net/identityResult`',
      "'User-Agent': 'Merlion Remit KYC/4.0'", 'const started = response.data;', 'jumioReference: started.workflowExecution.id,',
      'res.status(201).json({ verifyUrl: started.web.href });'],
    not: ['core-sgp.jumio.com', 'auth: {', 'JUMIO_API_SECRET', 'workflowId:', 'presets:'],
    manual: [STORE, /callbackUrl/],
    noManual: [NOT_WHOLE, RUNTIME],
  },
  // Enrolment, a Next.js API route on the Vercel Edge runtime (`export const config = { runtime: 'edge' }`): the global
  // fetch on a module base const + '/initiate' (US), a Basic header built inline with `btoa` of process.env, a
  // JSON.stringify body. Account create on amer-1 (POST kept); the base const that only fed the URL goes. workflowId 100
  // → key 2 ("100–102 → 2"); page URLs and locale under web; `60 * 24 * 7` → '7d' ("a constant written as arithmetic
  // of literals (`60 * 24 * 30`) counts as one (`"30d"`)"). Content-Type, Accept and User-Agent stay. The inline cast
  // `as { timestamp; redirectUrl; transactionReference }` moves to the KYX shape ("casts (`as T`, inline `as { … }`)");
  // the reads move into the KV hash and the answer. Items: the store item, and "a migrated call in Vercel / Next.js Edge
  // code (`export const config = { runtime: 'edge' }` …: the helper's `Buffer` is missing there) … gets a runtime item".
  // No callbackUrl, no item about it.
  'enr-vercel-edge-pages-api-fetch': {
    has: ['https://account.amer-1.jumio.ai/api/v1/accounts', "method: 'POST'", 'Authorization: `' + BEARER('amer-1') + '`',
      "'Content-Type': 'application/json'", "'User-Agent': 'Tallgrass Brokerage Onboarding/5.1'", 'workflowDefinition: { key: 2 }',
      'customerInternalReference: applicantId', 'userReference: applicantId', 'web: {', 'successUrl: `${origin}/onboarding/identity/done`',
      'errorUrl: `${origin}/onboarding/identity/error`', "locale: locale ?? 'en'", "tokenLifetime: '7d'", 'web: { href: string }',
      'workflowExecution: { id: string }', 'reference: started.workflowExecution.id', 'startedAt: started.timestamp',
      'return Response.json({ url: started.web.href });', "export const config = { runtime: 'edge' };"],
    not: ['JUMIO_V4', 'JUMIO_API_SECRET', 'netverify.com/api/v4', 'workflowId:', 'tokenLifetimeInMinutes', 'redirectUrl: string'],
    manual: [STORE, /Edge runtime/],
    noManual: [/callbackUrl/, NOT_WHOLE],
  },
  // Retrieval, Deno Deploy (TypeScript): a helper function `lookUpOutcome(reference)` called by the `Deno.serve`
  // handler, the global fetch on a module host const + the path + the reference (SG), the Basic header built inline with
  // `btoa` of two `Deno.env.get` consts ("`Deno.env.get` credentials are removed like `Buffer`/`process.env` ones").
  // The retrieval URL on apac-1 with the account lookup before it, the host const (fed only this URL) removed, the
  // Bearer header; Accept and User-Agent stay. The interface named by the cast gets "one `workflow: { id;
  // userReference? }` member" (transactionResult / transactionDate kept, with the type's item); transactionReference →
  // workflow.id, userReference → workflow.userReference (its `?? null` kept); the transactionResult reads get their
  // item. Deno code ("`Deno.serve`, `Deno.env`") gets the runtime item (round 12 judged it for a retrieval).
  'ret-deno-serve-urlpattern-fetch': {
    has: ['fetch(' + RETRIEVAL('apac-1', 'reference'), 'const { accountId } = await resolveKyxWorkflowAccount(reference);',
      'Authorization: `' + BEARER('apac-1') + '`', "'User-Agent': 'Lionsgate Support/2.0 (deno)'", 'workflow: { id: string; userReference?: string };',
      'const outcome = (await res.json()) as FaceLoginOutcome;', 'reference: outcome.workflow.id,', 'member: outcome.workflow.userReference ?? null,',
      "passed: outcome.transactionResult === 'PASSED',", "const RESULT_ROUTE = new URLPattern({ pathname: '/face-logins/:reference/result' });",
      'return await lookUpOutcome(reference);'],
    not: ['JUMIO_SG', 'JUMIO_PASSWORD', 'JUMIO_API_SECRET', 'outcome.userReference', 'outcome.transactionReference'],
    manual: [SEAM, RESULT, /Deno/],
  },
  // Retrieval, an SQS-triggered Lambda (partial batch responses): `Promise.allSettled(records.map(async (record) => …))`,
  // node-fetch ("`fetch` (global, `node-fetch`, …)") on the US literal template + the reference parsed from the record
  // body, the Authorization header a module const built from process.env with Buffer. The lookup goes inside the async
  // arrow (the function of the call), the URL on amer-1, the const that only built the Basic header removed ("A local
  // `const` that only built the Basic credentials is removed"). The untyped details: transactionReference → workflow.id,
  // userReference → workflow.userReference; transactionResult and transactionDate are flagged ("`createdAt` (or
  // `startedAt`)"). The handler reads only `reference` / `requestedAt` from the record (no legacy callback field; "a
  // route reading retrieval results from a `fetch` response … [is] not" a callback): no callback item.
  'ret-lambda-sqs-allsettled-node-fetch': {
    has: ['fetch(' + RETRIEVAL('amer-1', 'pending.reference'), 'const { accountId } = await resolveKyxWorkflowAccount(pending.reference);',
      'Authorization: `' + BEARER('amer-1') + '`', "'User-Agent': 'Summit Credit Union Logins/1.7'", 'await saveResult(details.workflow.id, {',
      "if (details.workflow.userReference) await markUserVerified(details.workflow.userReference, details.transactionResult === 'PASSED');",
      'completedAt: details.transactionDate,', 'records.map(async (record: SQSRecord): Promise<void> => {',
      'batchItemFailures.push({ itemIdentifier: records[i].messageId });'],
    not: ['JUMIO_AUTHORIZATION', 'JUMIO_API_SECRET', 'details.userReference', 'details.transactionReference', 'netverify.com/api'],
    manual: [SEAM, RESULT, /transactionDate is not in the KYX workflow details/],
    noManual: [CALLBACK, RUNTIME],
  },
  // Retrieval, a kafkajs consumer: in `eachMessage: async ({ topic, partition, message, heartbeat }) => …` undici's
  // `request(url, { method: 'GET', headers })` ("`undici.request`", "undici `body.json()`") on a module host const + the
  // path + `encodeURIComponent(reference)` (EU): "a URL that percent-encodes it keeps the encoding, the store is keyed
  // by the raw `workflowExecution.id`" — the lookup gets `reference`. The host const and the Basic const (fed only this
  // call) go; the lower-case `authorization` header carries the Bearer token, the other headers stay. The parsed
  // details: reads move inside the message published to the next topic (fields only); transactionResult flagged.
  'ret-kafkajs-each-message-undici': {
    has: ['request(' + RETRIEVAL('emea-1', 'encodeURIComponent(reference)'), 'await resolveKyxWorkflowAccount(reference);',
      'authorization: `' + BEARER('emea-1') + '`', "'user-agent': 'Nordlicht Bank Sessions/2.8'", "method: 'GET'", 'const outcome = await body.json();',
      'reference: outcome.workflow.id,', 'member: outcome.workflow.userReference,', "approved: outcome.transactionResult === 'PASSED',",
      'await heartbeat();'],
    not: ['JUMIO_BASIC', 'JUMIO_EU', 'JUMIO_API_SECRET', 'outcome.userReference', 'outcome.transactionReference'],
    manual: [SEAM, RESULT],
    noManual: [CALLBACK, RUNTIME],
  },
};

/** Legacy calls and handlers left working but flagged: the only change is the markers. */
export const FLAGGED: Record<string, RegExp[]> = {
  // An ESM Lambda behind an API Gateway REST API: `event.isBase64Encoded` decoded with Buffer, parsed with `parse`
  // imported from 'node:querystring' ("querystring's `decode` / `parse` taken off the module … parses the body like
  // `querystring.parse`"), `form.callBackType` compared with NETVERIFY_AUTHENTICATION (proof), then the fields put in a
  // DynamoDB item. "Nothing but one manual item", naming each field read with its KYX place (the callback table:
  // livenessImages parsed from its JSON string, scanSource lost, callbackDate → callbackSentAt). The SG callback IP list
  // checked against the REST API's `requestContext.identity.sourceIp` gets its own item ("A legacy callback-IP …
  // allowlist in the same file … gets its own item"; the three SGP addresses of jumio-api-facts §3.1).
  'cb-apigw-rest-base64-querystring': [CALLBACK, /callBackType → workflowExecution\.definitionKey/, /transactionReference → workflowExecution\.id/,
    /enrollmentTransactionReference → gone/, /transactionResult → retrieval/, /scanSource → gone/, /idScanImageFace → retrieval/, /livenessImages → /,
    /transactionDate → retrieval createdAt/, /callbackDate → callbackSentAt/, /legacy Jumio callback source allowlist/],
};

/** Lookalikes: byte-identical, no item. */
export const UNTOUCHED = [
  // auth-azure-v4-http-axios-cosmos-output already on KYX: axios.put to account.emea-1 with workflow key 9 and the
  // stored ID credential, web.*, tokenLifetime, reads of workflowExecution.id / account.id / web.href, and the team's
  // own client-credentials token from auth.emea-1 (axios `auth` with the KYX client pair). "Never touched: … code
  // already on KYX (`account.<region>.jumio.ai`)"; no legacy host, no legacy path.
  'neg-kyx-azure-v4-http-axios-cosmos-output',
  // ret-kafkajs-each-message-undici's shape for a card acquirer's 3-D Secure server: undici request() to
  // `${THREEDS_API}/api/v2/authentications/${…}` on the acquirer's own host with a Basic header, reading
  // transactionReference / transactionResult / transactionDate. "Never touched: the same words on other hosts (payment
  // gateways …)", "the same path after a known host of another service is left alone" — and the path is not the legacy
  // `/api/netverify/v2/authentications`.
  'neg-kafkajs-3ds-authentications-undici',
  // cb-apigw-rest-base64-querystring's shape for a bank's instant-payment notification: base64 form parsed with
  // querystring's parse, transactionReference / transactionResult / transactionDate, a JSON-string form field, an IP
  // allowlist of the bank's (documentation-range) addresses — "A payment webhook reading
  // `transactionReference`/`transactionResult`/`transactionDate` … [is] not" a callback: no Jumio-only spelling, no
  // NETVERIFY_AUTHENTICATION, nothing naming Jumio; the IPs are not Jumio's.
  'neg-apigw-rest-base64-bank-transfer-notify',
];

/** Judged gaps, not reached yet (asserted as failing in the test): the ideal output holds `gap`. */
export const KNOWN_GAPS: Record<string, { has: string[]; manual: RegExp[]; gap: string }> = {};
