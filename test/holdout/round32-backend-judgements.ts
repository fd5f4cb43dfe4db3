// Judgements of the hold-out round 32 backend corpus (test/holdout/round32-backend/), read by round32-backend.test.ts:
// what each file must become (rewrites, manual items), which are only flagged, which must stay byte-identical, and
// the known gaps (asserted as failing until fixed). Written from the spec (real-world-legacy-code.md) and MIGRATION.md
// before the codemod ran on the corpus and without reading the rule code. `not` strings name code forms, never words
// of the inputs' kept comments or of the expected items' own text.
//
// The corpus weighs OBSERVABILITY AND RESILIENCE WRAPPERS around the legacy calls: an OpenTelemetry active span and a
// Sentry span whose callbacks hold the call and set attributes from its answer, an opossum circuit breaker fired by a
// route, a Redis cache of the whole initiate answer, a prom-client histogram timer, a pino child logger with a redact
// list, p-retry with an onFailedAttempt counter, and a callback Lambda that counts and leaves a breadcrumb before it
// stores. A wrapper that only calls back, times or logs changes nothing of what is migrated; where the wrapper takes the
// whole answer (a cache, a logger) the "leaves here whole" item is expected.
import type { HoldoutExpect as Expect } from '../support/backend-holdout-suite.js';
import { CALLBACK, CATCH, LOOKUP, NOT_WHOLE, RESULT, SEAM, STORE } from '../support/backend-item-patterns.js';

const ACCOUNT = (region: string) => '`https://account.' + region + '.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`';
const CREATE = (region: string) => `'https://account.${region}.jumio.ai/api/v1/accounts'`;
const RETRIEVAL = (region: string, ref: string) => '`https://retrieval.' + region + '.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${' + ref + '}`';
const BEARER = (region: string) => "Bearer ${await kyxAccessToken('" + region + "')}";
/** The workflow definition of an authentication (MIGRATION.md, the fetch-template-base example). */
const WF9 = "workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }";

/** Judged rewrites. */
export const MIGRATED: Record<string, Expect> = {
  // Authentication inside an OpenTelemetry active span. `axios.post<T>(literal, inline body, { auth, headers })` on the
  // SG host and the authentication path: "`POST` → `PUT` `https://account.<region>.jumio.ai/api/v1/accounts/${kyxAccount.
  // accountId}`" with SG → apac-1; axios `auth` → the Bearer header ("Basic (axios/request `auth`, …) →
  // ``Authorization: `Bearer ${await kyxAccessToken('<region>')}` ``"), Accept and User-Agent stay. Body: key 9 with the
  // ID credential, customerInternalReference from userReference, both page URLs and the `??` locale under web, 15 →
  // '15m'. The lookup "is inserted before the request is built" — inside the span's async callback, the function that
  // makes the request (already async). Every read of the answer is in that callback ("every read of a value that flows
  // from the call"): the span attributes, the store and the returned URL move; `timestamp` stays (same name on KYX); the
  // attribute KEYS are the team's own strings and stay. The generic's interface moves to the KYX shape. The callback
  // returns a string, not the answer: no "leaves whole" item; the call sits in a `try` whose `catch` records and
  // rethrows: no try/catch item.
  'auth-otel-active-span-axios-sg': {
    has: ['axios.put<FaceLoginStarted>(', ACCOUNT('apac-1'), 'Authorization: `' + BEARER('apac-1') + '`', "'User-Agent': 'Sunrise Wallet SG/4.2'",
      'const kyxAccount = await resolveKyxAccount(member.jumioEnrollmentRef);', WF9, 'customerInternalReference: member.id', 'userReference: member.id',
      'web: {', 'successUrl: `${returnUrl}?outcome=ok`', 'errorUrl: `${returnUrl}?outcome=failed`', "locale: member.locale ?? 'en'", "tokenLifetime: '15m'",
      "'netverify.transaction_reference': data.workflowExecution.id,", "'netverify.web_client_host': new URL(data.web.href).host,",
      "'netverify.timestamp': data.timestamp,", 'await saveFaceLogin(member.id, data.workflowExecution.id);', 'return data.web.href;',
      'web: { href: string }', 'workflowExecution: { id: string }', 'timestamp: string;',
      "return tracer.startActiveSpan('netverify.authentication.initiate', async (span: Span) => {", 'span.end();'],
    not: ['core-sgp.jumio.com', 'auth: {', 'JUMIO_API_SECRET', 'tokenLifetimeInMinutes', 'enrollmentTransactionReference', 'redirectUrl: string'],
    manual: [LOOKUP],
    noManual: [NOT_WHOLE, CATCH],
  },
  // Authentication as the action of an opossum circuit breaker fired by an Express route. node-fetch on a module base
  // const + the authentication path (US → amer-1), method 'PUT'; the const and the module-level Basic header const fed
  // only this call: removed ("Constants … that only fed the legacy URL or the Basic credentials … are removed when nothing
  // else uses them"). Body: key 9, customerInternalReference from userReference, both URLs under web. The action returns
  // the parsed answer but is not exported and is used only as `new CircuitBreaker(action)`: "The action of an opossum
  // circuit breaker (`new CircuitBreaker(action)`, used only through `breaker.fire(…)`) is followed like a retry wrapper:
  // the reads after `await breaker.fire(…)` move too" — the route's store and redirect move, no "leaves whole" item. I
  // read "used only through `breaker.fire(…)`" as said of the action (it is never called directly); the breaker's
  // `on('open')` / `on('halfOpen')` listeners receive no answer. The action's declared return type names the interface,
  // which moves to the KYX shape. No own `.catch` on the call: no try/catch item.
  'auth-opossum-breaker-route-node-fetch': {
    has: ['fetch(' + ACCOUNT('amer-1'), "method: 'PUT'", 'Authorization: `' + BEARER('amer-1') + '`', "'User-Agent': 'Ridgeline Brokerage/11.2',",
      "'Content-Type': 'application/json',", 'const kyxAccount = await resolveKyxAccount(enrollmentReference);', WF9,
      'customerInternalReference: memberId', 'userReference: memberId', 'web: {',
      "successUrl: 'https://app.ridgeline.example/security/face-login/done'", "errorUrl: 'https://app.ridgeline.example/security/face-login/failed'",
      'Promise<NetverifyAuthStart>', 'web: { href: string }', 'workflowExecution: { id: string }', 'timestamp: string;',
      'const initiateBreaker = new CircuitBreaker(initiateAuthentication, {', "initiateBreaker.on('open', ",
      'const started = await initiateBreaker.fire(req.user.jumioEnrollmentRef, req.user.id);',
      'await saveFaceLogin(req.user.id, started.workflowExecution.id);', 'res.json({ redirectTo: started.web.href });'],
    not: ['const NETVERIFY_US', 'const basicAuth', 'NETVERIFY_SECRET', 'redirectUrl: string', "method: 'POST'"],
    manual: [LOOKUP],
    noManual: [NOT_WHOLE, CATCH],
  },
  // Authentication, CommonJS, whose answer is cached whole in Redis. A superagent chain on a URL const (EU → emea-1):
  // `.post(url)` → `.put(<account URL>)`, `.auth(token, secret)` → `.set('Authorization', …)` (the superagent-v4
  // example's form), the other `.set(…)` stay; the URL const fed only this call: removed. Body: key 9, customerInternal
  // Reference from userReference, the one page URL under web, 10 → '10m'. The answer goes whole into Redis
  // (`JSON.stringify(res.body)` handed to `redis.set`): "a response that leaves the function whole (… stored in a record,
  // passed to another function …) — the callers, the front end and stored copies … must read `web.href` /
  // `workflowExecution.id`": the "leaves whole" item. The returned fields move. The cache hit destructures a value read
  // from Redis, not from the call ("reads are rewritten only on values that flow from a migrated call"), and entries
  // written before the switch still hold the legacy names: the pattern stays as written, the item covers it.
  'auth-ioredis-cached-session-superagent': {
    has: ['.put(' + ACCOUNT('emea-1') + ')', ".set('Authorization', `" + BEARER('emea-1') + '`)', ".set('User-Agent', 'Harbour Members/5.4')",
      ".set('Accept', 'application/json')", 'const kyxAccount = await resolveKyxAccount(member.enrollmentReference);', WF9,
      'customerInternalReference: member.id', 'userReference: member.id', 'web: { successUrl: `${process.env.PORTAL_URL}/face-login/complete` }',
      "tokenLifetime: '10m'", "await redis.set(cacheKey, JSON.stringify(res.body), 'EX', SESSION_TTL_SECONDS);",
      'const { redirectUrl: url, transactionReference: reference } = JSON.parse(cached);',
      'return { url: res.body.web.href, reference: res.body.workflowExecution.id, reused: false };',
      'module.exports = { startFaceLogin, forgetFaceLogin };'],
    not: ['const INITIATE_URL', '.auth(', 'JUMIO_API_SECRET', 'tokenLifetimeInMinutes', '.post('],
    manual: [LOOKUP, NOT_WHOLE],
  },
  // Enrolment timed by a prom-client histogram. The global fetch on the US v4 literal → account create on amer-1,
  // "method unchanged"; the body variable of the same function: workflowId 200 → key 3 with the literal preset as
  // credentials ("200–202 → 3"; "`{index:1,country,type}` → `{category:'ID',country:{values:[c]},type:{values:[t]}}`", the
  // form rounds 30 and 31 judged), the page URLs under web, 2880 → '2d', callbackUrl kept ("Kept when present"). The
  // inline Basic header → the Bearer header; Accept, Content-Type, User-Agent stay. The timer, its labels and the
  // `finally` stay as written (the token is awaited inside the `try`, so its failure is still timed as 'error'). The
  // cast's interface moves, the reads move. Items: the store item ("on every migrated call") and the callbackUrl item
  // ("a body with a `callbackUrl` — KYX now posts its JSON callback there …"). Only fields leave.
  'enr-prom-histogram-timer-fetch': {
    has: ['fetch(' + CREATE('amer-1'), "method: 'POST'", 'Authorization: `' + BEARER('amer-1') + '`', "'User-Agent': 'Fernway Onboarding/1.7',",
      "workflowDefinition: { key: 3, credentials: [{ category: 'ID', country: { values: [applicant.country] }, type: { values: ['PASSPORT'] } }] }",
      'customerInternalReference: `app-${applicant.id}`', 'userReference: applicant.id', "callbackUrl: 'https://api.fernway.example/webhooks/identity'",
      'web: {', "successUrl: 'https://apply.fernway.example/identity/thanks'", "errorUrl: 'https://apply.fernway.example/identity/retry'",
      "tokenLifetime: '2d'", "const end = initiateSeconds.startTimer({ vendor: 'netverify', flow: 'onboarding' });", 'status = String(res.status);',
      'end({ status });', 'web: { href: string }', 'workflowExecution: { id: string }', 'timestamp: string;',
      'await saveKycCase(applicant.id, started.workflowExecution.id);', 'return { url: started.web.href, reference: started.workflowExecution.id };'],
    not: ['netverify.com/api/v4', 'workflowId:', 'presets:', "'Basic '", 'NETVERIFY_API_SECRET', 'tokenLifetimeInMinutes', 'redirectUrl: string'],
    manual: [STORE, /callbackUrl/],
    noManual: [NOT_WHOLE],
  },
  // Enrolment logged whole by a pino child logger. got's `got.post(literal, { json, username, password, headers })
  // .json<T>()` on the EU v4 literal → account create on emea-1 (POST stays); no workflowId → "no `workflowId` → key 3";
  // the page URLs and the locale under web; got `username`/`password` → the Bearer header. The generic's interface moves,
  // the store and the return move. `kycLog.info(response, …)` hands the whole answer to the logger ("passed to another
  // function"): the "leaves whole" item — the child's redact paths name the legacy top-level fields, so the KYX
  // `web.href` (which carries the session token) would be logged unredacted; that is the human's part, the redact list is
  // configuration, not a read of the answer, and stays as written. The store item; no callbackUrl, no item about it.
  'enr-pino-child-redact-got': {
    has: ['.post(' + CREATE('emea-1') + ', {', 'Authorization: `' + BEARER('emea-1') + '`', "'User-Agent': 'Kestrel Lending/2.8'", 'workflowDefinition: { key: 3 }',
      'customerInternalReference: `loan-applicant-${applicant.id}`', 'userReference: applicant.id', 'web: {', 'successUrl: `${appUrl}/kyc/finished`',
      'errorUrl: `${appUrl}/kyc/problem`', 'locale: applicant.locale', '.json<NetverifyV4Response>();',
      "kycLog.info(response, 'identity verification started');",
      "{ redact: { paths: ['redirectUrl', 'transactionReference', 'email'], censor: '[redacted]' } },",
      'web: { href: string }', 'workflowExecution: { id: string }',
      'await saveKycCase(applicant.id, response.workflowExecution.id);', 'return response.web.href;'],
    not: ['lon.netverify.com', 'username:', 'NETVERIFY_API_SECRET', 'redirectUrl: string'],
    manual: [STORE, NOT_WHOLE],
    noManual: [/callbackUrl/],
  },
  // Retrieval inside p-retry. undici's `request(…)` ("`undici.request`") on a module base const + the reference (US →
  // amer-1): the lookup "before the request" — inside the retried callback, the function that sends it; the base const
  // and the Basic const fed only this call: removed (rounds 28, 29 and 31 judged such a const so); the lower-case
  // shorthand `authorization` → the Bearer header under that key (round 30 judged `authorization:`), accept and
  // user-agent and `headersTimeout` stay. The cast's interface gets "one `workflow: { id; userReference? }` member".
  // "the details returned through p-retry / async-retry / promise-retry are followed after the wrapper": the store key and
  // the member move; transactionResult and transactionDate are flagged where read ("derived, not a field"; "the guides do
  // not say which"), left as written. The callback hands the details to p-retry, which hands them back: no "leaves whole"
  // item. AbortError, onFailedAttempt and the counter stay.
  'ret-p-retry-undici-failed-attempts': {
    has: ['request(' + RETRIEVAL('amer-1', 'reference'), 'const { accountId } = await resolveKyxWorkflowAccount(reference);',
      'authorization: `' + BEARER('amer-1') + '`', "'user-agent': 'Tallis Payroll/3.3'", 'headersTimeout: 10_000',
      'workflow: { id: string; userReference?: string };', 'throw new AbortError(`unknown face login ${reference}`);',
      'return (await body.json()) as AuthenticationDetails;', 'onFailedAttempt: (error: FailedAttemptError) => {',
      'await saveResult(details.workflow.id, { result: details.transactionResult, at: details.transactionDate });',
      "if (details.workflow.userReference) await markUserVerified(details.workflow.userReference, details.transactionResult === 'PASSED');"],
    not: ['const NETVERIFY_AUTHENTICATIONS', 'const authorization', 'NETVERIFY_SECRET', 'details.userReference', 'details.transactionReference'],
    manual: [SEAM, RESULT, /transactionDate/],
    noManual: [/whole/],
  },
  // Retrieval inside a Sentry span. `axios.get<T>(literal template, { auth, headers })` on the EU host → the retrieval URL
  // on emea-1, the lookup before it inside the span's async callback; axios `auth` → the Bearer header. The generic's
  // interface gets the workflow member; `{ data: details }` is destructuring with a rename ("destructuring with renames
  // and defaults"): the returned reference and member move. `span.setAttribute(…, details.transactionResult)` and the
  // `if` chain on it read a derived field: flagged, left as written. The callback returns the team's own object: no
  // "leaves whole" item.
  'ret-sentry-span-axios-attributes': {
    has: ['axios.get<NetverifyAuthDetails>(', RETRIEVAL('emea-1', 'reference'), 'const { accountId } = await resolveKyxWorkflowAccount(reference);',
      'Authorization: `' + BEARER('emea-1') + '`', "'User-Agent': 'Quayside Support/6.1'", 'workflow: { id: string; userReference?: string };',
      "span.setAttribute('face_login.result', details.transactionResult);", "if (details.transactionResult === 'PASSED') outcome = 'passed';",
      'return { reference: details.workflow.id, member: details.workflow.userReference ?? null, outcome };', 'return Sentry.startSpan('],
    not: ['lon.netverify.com', 'auth: {', 'NETVERIFY_SECRET', 'details.userReference'],
    manual: [SEAM, RESULT],
    noManual: [/whole/],
  },
};

/** Legacy calls and handlers left working but flagged: the only change is the markers. */
export const FLAGGED: Record<string, RegExp[]> = {
  // An API Gateway Lambda handler `async (event) => …` ("AWS Lambda handlers", "any function whose first parameter is the
  // request (`req`, `request`, `ctx`, `event`…)") wrapped in `Sentry.wrapHandler(…)`, reading the form with
  // `new URLSearchParams(body).get('x')` of the request's body (decoded from base64 when API Gateway says so), and
  // comparing `callBackType` with `NETVERIFY_AUTHENTICATION` ("It is Jumio's callback only when the handler compares
  // against `NETVERIFY_AUTHENTICATION`, …"). The metric and the breadcrumb change nothing: "nothing but one manual item",
  // naming each field read with its KYX place (the callback table).
  'cb-lambda-sentry-powertools-metric': [CALLBACK, /callBackType → workflowExecution\.definitionKey/, /transactionReference → workflowExecution\.id/,
    /enrollmentTransactionReference → gone/, /transactionResult → /, /transactionDate → retrieval createdAt/, /userReference → userReference/],
};

/** Lookalikes: byte-identical, no item. */
export const UNTOUCHED = [
  // auth-opossum-breaker-route-node-fetch's shape for a card acquirer: node-fetch on its own host with the path
  // `/api/v4/initiate`, Basic credentials, successUrl / errorUrl / callbackUrl / locale / userReference in a payment body
  // and `redirectUrl` / `transactionReference` in the answer, behind an opossum breaker, logged by a pino child whose
  // redact list names `redirectUrl`. "Paths: `…/v4/initiate` also exists at …  **Match on the host and the full path
  // together**"; "any unknown host with the same path and another body" is never touched, and legacy-endpoint reports
  // only legacy hosts (the host here is a literal the codemod reads).
  'neg-opossum-pino-card-checkout',
  // ret-p-retry-undici-failed-attempts's shape already on KYX: the global fetch on retrieval.emea-1 with the team's own
  // client-credentials token (auth.emea-1), inside p-retry, each attempt timed by a histogram; reads of `workflow.*` and
  // the decision. "Never touched: … KYX code"; no legacy host, no legacy path.
  'neg-kyx-retrieval-p-retry-histogram',
  // cb-lambda-sentry-powertools-metric after the move: the same Lambda behind Sentry's wrapper reading the KYX JSON
  // callback (`workflowExecution.definitionKey` compared with '9', `callbackSentAt`, `account.id`). "a KYX JSON callback
  // receiver … [is] not" a legacy callback: no NETVERIFY_AUTHENTICATION, no legacy field read.
  'neg-kyx-callback-lambda-sentry',
];

/** Judged gaps, not reached yet (asserted as failing in the test): the ideal output holds `gap`. */
export const KNOWN_GAPS: Record<string, { has: string[]; manual: RegExp[]; gap: string }> = {};
