// Judgements of the hold-out round 44 backend corpus (test/holdout/round44-backend/), read by round44-backend.test.ts:
// what each file must become (rewrites, manual items), which are only flagged, which must stay byte-identical, and
// the known gaps (asserted as failing until fixed). Written from the spec (real-world-legacy-code.md,
// jumio-api-facts.md) and MIGRATION.md before the codemod ran on the corpus and without reading the rule code. `not`
// strings name code forms, never words of the inputs' kept comments or of the expected items' own text.
//
// The corpus weighs CROSS-MODULE BACKENDS: one integration spread over the modules of one package (the identity
// package of a monorepo serving three tenants: the online bank on the EU data centre, the branch counters and the
// onboarding service on the SG one, the member app on the US one). The host and the API user sit in config modules
// imported by name, by default import, through a namespace import, through a barrel `config/index.ts` that re-exports
// them (`export * from './hosts.js'`, `export { default as jumioConfig } from './jumio.js'`) and through a CommonJS
// barrel whose property is a required module; a request body is built by a function of another module; the answer
// and the details are typed by a shared types module (identity-types.ts); a client class is read by a route of
// another module (routes/counter-face-login.ts); the callback form's class sits in a DTO module. What MIGRATION.md
// decides, per shape:
// - imported settings: the initiate rules follow the URL through "constants imported from other modules (ES `import`,
//   `require`, `module.exports`/`exports.x`, re-exports)", and "a constant imported through a barrel's `export * from
//   './hosts'` is followed into the module that declares it, as `export { X } from` was (a local export of the barrel
//   wins; barrels re-exporting each other are visited once)" (hold-out round 16); the retrieval rule follows
//   "constants of the same file or imported (`import`, `require`, `module.exports`)". MIGRATION.md names no form of
//   import it does not follow; it does not name a namespace import's member, a default export re-exported under a
//   name, a default export wrapped in `Object.freeze`, or a module.exports property holding a `require()` either —
//   each is judged followed (judgement call, at each file), since each is one of the listed forms of import or export
//   reaching a literal;
// - what the migration leaves unused: "Constants and imports that only fed the legacy URL or the Basic credentials
//   (`const JUMIO_BASE = …`, `const credentials = Buffer.from(…)`, `HTTP_BASIC_AUTHENTICATION` from a constants
//   module) are removed when nothing else uses them …; anything still used elsewhere stays", and for retrievals
//   "several dead names of one import list (`import { JumioDataCentre, RETRIEVAL_PATH } from './jumio-dc'`) are
//   removed with one edit" (hold-out round 5). The settings modules themselves are support modules of the corpus,
//   not inputs: the suite runs the inputs one by one and never edits them but through the rules' external edits;
//   their legacy literals are not judged here (on a repository run legacy-endpoint reports them in their own files);
// - shared types: "Generic type arguments (`post<T>`), casts (`as T`, inline `as { … }`) and annotations are followed
//   to the interface or type alias, also into other modules (external edits), and rewritten to the KYX shape", and for
//   the details "Interfaces, type aliases and inline type literals reached from generics, casts and annotations (also
//   in other modules) get one `workflow: { id; userReference? }` member". The suite cannot hold a `has` string against
//   an external edit; it applies them to identity-types.ts and type-checks every TypeScript output with it, so the
//   shared types are judged by that check ("TypeScript outputs add no type error"). Two migrated inputs read the same
//   `FaceLoginStarted`: judgement call, both ask for the same edit of it (the suite applies each distinct edit once;
//   two different rewrites of one interface would collide there as they would in a repository run);
// - a body built out of sight: "a body that is not a literal visible in the file (wrappers, pass-through)" is flagged,
//   and such calls "keep working as before with a marker saying why" ("the request options or body are declared
//   outside the sending function");
// - a client class read by another module: "a response that leaves the function whole (`return res.data` from a
//   function other modules can call — exported or a public method — …)" gets the item, and "The service's return
//   keeps its item only where the run cannot know every reader: a run over part of the repository (or with
//   `--ignore`) …" — the suite runs each input alone and knows no importer ("The fixture harness knows no importers");
// - the callback DTO: "reads at least two legacy callback fields of which one exists only in the authentication
//   callback … and one is a Jumio-only spelling … — read, or declared by the request's DTO class/interface in the same
//   file": a DTO class of another module proves nothing by its declarations, so the handlers of this round read the
//   fields that prove them; the item lists "for every legacy field this handler reads, where it is now".
// Where MIGRATION.md is silent the judgement is the conservative one and is said to be a judgement call.
import type { HoldoutExpect as Expect } from '../support/backend-holdout-suite.js';
import { CALLBACK, CATCH, LOOKUP, NOT_WHOLE, RESULT, SEAM, STORE } from '../support/backend-item-patterns.js';

const ACCOUNT = (region: string) => '`https://account.' + region + '.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`';
const RETRIEVAL = (region: string, ref: string) => '`https://retrieval.' + region + '.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${' + ref + '}`';
const BEARER = (region: string) => "Bearer ${await kyxAccessToken('" + region + "')}";
/** The workflow definition of an authentication (MIGRATION.md, the fetch-template-base example). */
const WF9 = "workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }";
/** The lookup before the request, keyed by the reference the legacy URL held. */
const WORKFLOW_LOOKUP = (ref: string) => `const { accountId } = await resolveKyxWorkflowAccount(${ref});`;
/** The item of a transactionDate read ("`transactionDate` | `createdAt` (or `startedAt`) | the guides do not say which"). */
const DATE = /transactionDate is not in the KYX workflow details/;
/** The item of retrieval details that leave the function whole ("returned, sent, stored"). */
const LEAVES = /retrieval details leave here whole/;
/** No allowlist item (an absence, written as a pattern anchored at the start of the joined messages, since the FLAGGED
 * shape takes patterns only). */
const NO_ALLOWLIST = /^(?![\s\S]*legacy Jumio callback source allowlist)/;
/** No callback item (an absence, as above). */
const NO_CALLBACK = /^(?![\s\S]*legacy Jumio authentication callback)/;

/** Judged rewrites. */
export const MIGRATED: Record<string, Expect> = {
  // THE CONFIG BARREL'S `export { default as jumioConfig } from './jumio.js'` (EU, TypeScript ESM, Express, axios). The
  // online bank's step-up route imports `{ appConfig, jumioConfig }` from './config/index.js'; config/jumio.ts is
  // `export default { baseUrl: 'https://lon.netverify.com', apiToken, apiSecret, userAgent }`. The route calls
  // `axios.post<FaceLoginStarted>(`${jumioConfig.baseUrl}/api/authentication/v1/web/initiate`, { enrollmentTransactionReference,
  // userReference, successUrl, errorUrl, locale, tokenLifetimeInMinutes: 20 }, { auth: { username: jumioConfig.apiToken,
  // password: jumioConfig.apiSecret }, headers })`, the generic's interface in the shared identity-types.ts. The URL:
  // "a legacy Jumio API host … **and** the path `/api/authentication/v1/web/initiate`", the host reached through a
  // re-export of a default-exported object (judgement call: "re-exports" and "constants imported from other modules"
  // name this form by its kind, not by its spelling; round 20's default import of a CommonJS settings object was
  // followed the same way) → "`POST` → `PUT` `https://account.<region>.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
  // with the region of the legacy host (… EU → `emea-1` …)" (axios.post → axios.put, as rounds 2–43 judged); "Account
  // lookup: `const kyxAccount = await resolveKyxAccount(<enrollment reference>)` is inserted before the request is
  // built"; the body: key 9 with the ID credential, "`customerInternalReference` added when missing (the
  // `userReference`, else the enrollment reference)", "`successUrl`/`errorUrl`/`locale` → `web.*`", 20 → '20m'; "Basic
  // (axios/request `auth`, …) → Authorization: `Bearer ${await kyxAccessToken('<region>')}`" among the headers (Accept
  // and User-Agent stay). `jumioConfig` fed only the URL and the Basic credentials: its specifier goes ("imports that
  // only fed the legacy URL or the Basic credentials … are removed when nothing else uses them"), `appConfig` is read by
  // the body and stays in the import. The reads move ("`redirectUrl` → `web.href`, `transactionReference` →
  // `workflowExecution.id`"; `timestamp` stays); the session keeps the app's own keys; nothing leaves whole. The generic
  // stays `FaceLoginStarted`, whose declaration moves in identity-types.ts (external edit, type-checked). Helper:
  // "`./kyx-auth.js` for NodeNext TS". Already async, the call inside `try`: no try/catch item.
  'auth-express-config-barrel-default-as-axios': {
    has: ["import { appConfig } from './config/index.js';", "import type { FaceLoginStarted } from './identity-types.js';",
      "import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.js';", 'axios.put<FaceLoginStarted>(', ACCOUNT('emea-1') + ',',
      'const kyxAccount = await resolveKyxAccount(customer.jumioEnrollment);', WF9, 'customerInternalReference: customer.id', 'userReference: customer.id',
      'web: {', 'successUrl: `${appConfig.publicUrl}/step-up/${action}/confirmed`', 'errorUrl: `${appConfig.publicUrl}/step-up/${action}/failed`',
      'locale: customer.locale', "tokenLifetime: '20m'", 'Authorization: `' + BEARER('emea-1') + '`', "'User-Agent': 'Tidewater-Online/6.2 step-up'",
      'await saveFaceLogin(customer.id, data.workflowExecution.id);',
      'req.session.pendingStepUp = { action, reference: data.workflowExecution.id, startedAt: data.timestamp };', 'res.json({ url: data.web.href });',
      // the route, as written
      "const STEP_UP_ACTIONS = new Set(['add-payee', 'raise-limit', 'change-phone']);", "res.status(502).json({ error: 'identity provider unavailable', fallback: '/step-up/video-call' });"],
    not: ['jumioConfig', 'auth: {', 'apiSecret', 'axios.post<', 'tokenLifetimeInMinutes', 'enrollmentTransactionReference'],
    manual: [LOOKUP],
    noManual: [NOT_WHOLE, CATCH, CALLBACK],
  },
  // A CLIENT CLASS ON A NAMESPACE IMPORT OF THE SETTINGS, READ BY A ROUTE OF ANOTHER MODULE (SG, TypeScript ESM, undici).
  // `import * as netverify from './netverify-settings.js'`; `export class CounterFaceLoginClient` holds the Basic header
  // in `readonly #authorization` and its public `async start(customer, counterId): Promise<FaceLoginStarted>` calls
  // undici's `request(netverify.SGP_ORIGIN + netverify.AUTH_INITIATE_PATH, { method: 'POST', headers: { …, authorization:
  // this.#authorization, 'user-agent': netverify.USER_AGENT }, body: JSON.stringify({ enrollmentTransactionReference, …,
  // tokenLifetimeInMinutes: netverify.COUNTER_LINK_MINUTES }), headersTimeout, bodyTimeout })`, audits the reference and
  // RETURNS THE ANSWER WHOLE to routes/counter-face-login.ts, which reads `redirectUrl` / `transactionReference` /
  // `timestamp` from it. The URL: the namespace's members are "constants imported from other modules (ES `import`, …)"
  // (judgement call: MIGRATION.md names namespace imports only for the callers of an exported function) →
  // `undici.request` is a listed client ("`undici.request`"), PUT on account.apac-1 ("SG → `apac-1`"), the lookup, key 9
  // with the ID credential, customerInternalReference from userReference, web.*; the lifetime is an imported const:
  // `tokenLifetime` with either its folded '10m' or "`${n}m`" ("any other non-literal `n` → `` `${n}m` ``" — only the
  // key is judged, as rounds 21 and 22 judged an imported or module-const lifetime); the Basic header → the Bearer one
  // under the same lower-case key (as rounds 2 and 42 judged undici's `authorization`); "Private class fields
  // (`private readonly authHeader = 'Basic ' + …`, `#base`) that only fed the legacy URL or the Basic header are removed
  // too"; the namespace import is still read (`netverify.USER_AGENT`) and stays. The read moves (`started.workflowExecution
  // .id`); the cast and the declared return type name `FaceLoginStarted`, moved in identity-types.ts ("A function's
  // declared return type (`Promise<LegacyStart>` of a method that returns the body) moves to the KYX shape", the same
  // edit the online bank's route asks for). `return started;` from a public method of an exported class: "a response
  // that leaves the function whole (`return res.data` from a function other modules can call — exported or a public
  // method —" — the item, the statement as written; the route module is not an input and the suite's runner knows no
  // importer ("The service's return keeps its item only where the run cannot know every reader"). Already async, no
  // .catch: no try/catch item.
  'auth-counter-client-class-namespace-settings-undici': {
    has: ["import * as netverify from './netverify-settings.js';", 'await request(' + ACCOUNT('apac-1') + ', {', "method: 'PUT',",
      'const kyxAccount = await resolveKyxAccount(customer.jumioEnrolment);', WF9, 'customerInternalReference: customer.id', 'userReference: customer.id',
      'web: {', 'successUrl: `${this.tabletOrigin}/counter/${counterId}/face-login/done`', 'errorUrl: `${this.tabletOrigin}/counter/${counterId}/face-login/retry`',
      "locale: customer.locale ?? 'en'", 'tokenLifetime: ', 'authorization: `' + BEARER('apac-1') + '`', "'user-agent': netverify.USER_AGENT,",
      "'content-type': 'application/json',", 'headersTimeout: 8_000,', 'const started = (await body.json()) as FaceLoginStarted;',
      "await auditCounterAction(counterId, 'face-login.start', started.workflowExecution.id);", 'return started;',
      // the class, as written
      'async start(customer: CounterCustomer, counterId: string): Promise<FaceLoginStarted> {', 'constructor(private readonly tabletOrigin: string) {}',
      'throw new CounterFaceLoginError(statusCode);'],
    not: ['#authorization', 'COUNTER_JUMIO_SECRET', "method: 'POST'", 'SGP_ORIGIN', 'AUTH_INITIATE_PATH', 'tokenLifetimeInMinutes', 'enrollmentTransactionReference'],
    manual: [LOOKUP, NOT_WHOLE],
    noManual: [CATCH, CALLBACK],
  },
  // A DEFAULT IMPORT OF A FROZEN CONFIG MODULE (SG, ESM `.mjs`, Express, global fetch): an enrolment. netverify.config.mjs
  // is `export default Object.freeze({ origin: 'https://core-sgp.jumio.com', initiatePath: '/api/v4/initiate',
  // basicCredentials, userAgent })`; the route `fetch(`${netverify.origin}${netverify.initiatePath}`, { method: 'POST',
  // headers: { …, Authorization: `Basic ${netverify.basicCredentials}`, 'User-Agent': netverify.userAgent }, body:
  // JSON.stringify({ customerInternalReference, userReference, workflowId: 200, presets: [{ index: 1, country: 'SGP',
  // type: 'ID_CARD' }], successUrl, errorUrl, callbackUrl, locale, tokenLifetimeInMinutes: 4320 }) })`. The URL: a
  // default import's members ("constants imported from other modules"), the object frozen ("a region map wrapped in
  // `Object.freeze({ US: '…', EU: '…' })` is read like the literal it freezes", hold-out round 9; judgement call: that
  // sentence is about a map of the file, this one is a module's default export) → "the call becomes `POST
  // https://account.<region>.jumio.ai/api/v1/accounts` (account create; method unchanged) with `workflowDefinition` —
  // `workflowId` … 200–202 → key 3", "`presets: [{ index: 1, country, type }]` → `credentials: [{ category: 'ID', country:
  // { values: [country] }, type: { values: [type] } }]`" (inside workflowDefinition, as rounds 19, 39 and 42 judged), the
  // web fields, callbackUrl "Kept when present", "4320 → `'3d'`"; the pre-encoded Basic header → the Bearer one ("a
  // hand-built or pre-encoded `Authorization` header"); the default import is still read (`netverify.userAgent`) and
  // stays ("anything still used elsewhere stays"). Items: "on every migrated call, storing `account.id` and the ID
  // credential id", and "a body with a `callbackUrl` — KYX now posts its JSON callback there". The reads move; the answer
  // keeps the app's own keys; nothing leaves whole. Express 5 route, already async, no .catch: no try/catch item. The
  // KYX URL's quotes are not pinned (the legacy one was a template of imported members).
  'enr-express-default-import-frozen-config-fetch': {
    has: ["import netverify from './netverify.config.mjs';", 'https://account.apac-1.jumio.ai/api/v1/accounts', "method: 'POST',",
      'Authorization: `' + BEARER('apac-1') + '`', "'User-Agent': netverify.userAgent,", "'Content-Type': 'application/json',",
      "workflowDefinition: { key: 3, credentials: [{ category: 'ID', country: { values: ['SGP'] }, type: { values: ['ID_CARD'] } }] }",
      'customerInternalReference: application.id', 'userReference: application.applicantId', 'web: {',
      'successUrl: `${APPLY_ORIGIN}/apply/${application.id}/identity/done`', 'errorUrl: `${APPLY_ORIGIN}/apply/${application.id}/identity/error`',
      "locale: req.acceptsLanguages('en', 'zh-CN') || 'en'", 'callbackUrl: `${APPLY_ORIGIN}/hooks/jumio/id-verification`', "tokenLifetime: '3d'",
      'await saveVerification(application.id, started.workflowExecution.id);', 'res.status(201).json({ href: started.web.href, expiresInDays: 3 });',
      // the route, as written
      "const APPLY_ORIGIN = process.env.APPLY_ORIGIN ?? 'https://apply.tidewater-bank.example';", "res.status(502).json({ error: 'identity provider unavailable' });"],
    not: ['workflowId', 'presets', 'tokenLifetimeInMinutes', 'basicCredentials', 'Basic ${', 'initiatePath', '/api/v1/accounts/'],
    manual: [STORE, /callbackUrl/],
    noManual: [LOOKUP, NOT_WHOLE, CATCH, CALLBACK],
  },
  // A RETRIEVAL THROUGH BOTH BARREL FORMS (EU, TypeScript ESM, Fastify, got). `import { NETVERIFY_EU, jumioConfig } from
  // './config/index.js'` — the host through the barrel's `export * from './hosts.js'`, the API user through its `export {
  // default as jumioConfig }`; `got(`${NETVERIFY_EU}/api/netverify/v2/authentications/${reference}`, { username:
  // jumioConfig.apiToken, password: jumioConfig.apiSecret, headers: { Accept, 'User-Agent': jumioConfig.userAgent }
  // }).json<AuthenticationDetails>()`, the interface in the shared identity-types.ts; a pending result answers 202, a
  // decided one is recorded and answered with the app's own keys. The call: "got" on "`lon.netverify.com` …
  // `/api/netverify/v2/authentications/{ref}`" → "`https://retrieval.<region>.jumio.ai/api/v1/accounts/${accountId}/
  // workflow-executions/${ref}` with the region of the legacy host (… EU → `emea-1` …)", "`const { accountId } = await
  // resolveKyxWorkflowAccount(ref)` before the request", "Basic (… got `username`/`password` …) → …Bearer…" among the
  // headers (User-Agent stays). `NETVERIFY_EU` fed only the URL and goes from the import list ("several dead names of
  // one import list … are removed with one edit"); `jumioConfig` is still read (`jumioConfig.userAgent`) and stays. The
  // generic's interface gets the workflow member in identity-types.ts (external edit); the reads move
  // ("`transactionReference` → `workflow.id`, `userReference` → `workflow.userReference`"), `transactionResult` and
  // `transactionDate` are flagged from the table and left as written (the indexed type `AuthenticationDetails
  // ['transactionResult']` keeps its member). Nothing leaves whole. Already async, no .catch: no try/catch item.
  'ret-fastify-barrel-star-host-got': {
    has: ["import { jumioConfig } from './config/index.js';", 'await got(' + RETRIEVAL('emea-1', 'reference') + ', {', WORKFLOW_LOOKUP('reference'),
      'Authorization: `' + BEARER('emea-1') + '`', "'User-Agent': jumioConfig.userAgent", '}).json<AuthenticationDetails>();',
      'if (PENDING.has(details.transactionResult)) {', 'await recordFaceLoginOutcome(details.workflow.id, {', 'member: details.workflow.userReference,',
      'result: details.transactionResult,', 'decidedAt: details.transactionDate,', 'reference: details.workflow.id,',
      "passed: details.transactionResult === 'PASSED',",
      // the route, as written
      "const PENDING = new Set<AuthenticationDetails['transactionResult']>(['CREATED', 'STARTED']);", 'return reply.code(202).send({ reference, pending: true });'],
    not: ['NETVERIFY_EU', 'username:', 'password:', 'apiSecret', '/netverify/v2/authentications', 'details.userReference', 'details.transactionReference'],
    manual: [SEAM, RESULT, DATE],
    noManual: [LEAVES, CATCH, CALLBACK],
  },
  // A RETRIEVAL ON A DESTRUCTURED REQUIRE OF THE ENDPOINTS MODULE (US, CommonJS `.cjs`, Express 4, axios). `const {
  // US_ORIGIN, AUTHENTICATIONS_PATH, API_TOKEN, API_SECRET, USER_AGENT } = require('./netverify-endpoints.cjs')`, a module
  // of `exports.X = …` assignments; the support console's route `axios.get(`${US_ORIGIN}${AUTHENTICATIONS_PATH}/
  // ${encodeURIComponent(req.params.reference)}`, { auth: { username: API_TOKEN, password: API_SECRET }, headers, timeout
  // })`, `const { data: details } = …`, answered with the app's own keys. The call: "constants of the same file or
  // imported (`import`, `require`, `module.exports`)" → the retrieval URL on amer-1 keeping the encoding ("a URL that
  // percent-encodes it (`${encodeURIComponent(ref)}`) keeps the encoding, the store is keyed by the raw
  // `workflowExecution.id`": the lookup gets `req.params.reference`), "Basic (… axios/request `auth` …) → …Bearer…" in
  // the headers (User-Agent and the timeout stay). The four names that fed only the URL and the Basic credentials go
  // from the destructuring, USER_AGENT stays with the require (judgement call: a destructured `require` of a module
  // that only assigns its exports is the CommonJS import list — "Constants and imports that only fed the legacy URL or
  // the Basic credentials … are removed", "Names declared in one list … go one by one: the dead ones are removed, the
  // others stay" — not "credentials destructured from a call that may do more"). The helper and the seam come in by
  // `require` ("in the file's language and module system"). The reads move; `transactionResult` (three reads) and
  // `transactionDate` are flagged and left. Nothing leaves whole: the answer is built from fields. Already async, the
  // call inside `try`: no try/catch item.
  'ret-cjs-destructured-require-endpoints-axios': {
    has: ["require('./netverify-endpoints.cjs')", "require('./kyx-auth", "require('./kyx-workflow-account",
      'await axios.get(' + RETRIEVAL('amer-1', 'encodeURIComponent(req.params.reference)') + ', {', WORKFLOW_LOOKUP('req.params.reference'),
      'Authorization: `' + BEARER('amer-1') + '`', "'User-Agent': USER_AGENT", 'timeout: 8000,', 'const { data: details } = await axios.get(',
      'await noteSupportLookup(req.user.id, details.workflow.id);', 'reference: details.workflow.id,', 'member: details.workflow.userReference || null,',
      'result: details.transactionResult,', 'decidedAt: details.transactionDate,',
      "final: ['PASSED', 'FAILED', 'INVALID', 'EXPIRED'].includes(details.transactionResult),",
      // the route, as written
      'if (err.response && err.response.status === 404) {', "if (!req.user || !req.user.roles.includes('fraud-agent')) {", 'module.exports = router;'],
    not: ['auth: {', 'US_ORIGIN', 'AUTHENTICATIONS_PATH', 'API_TOKEN', 'API_SECRET', 'details.userReference', 'details.transactionReference', "from './kyx-"],
    manual: [SEAM, RESULT, DATE],
    noManual: [LEAVES, CATCH, CALLBACK],
  },
};

/** Legacy calls and handlers left working but flagged: the only change is the markers. */
export const FLAGGED: Record<string, RegExp[]> = {
  // A BODY BUILT BY A FUNCTION OF ANOTHER MODULE, THROUGH A COMMONJS CONFIG BARREL (US, `.cjs`, got). The member app's
  // re-authentication worker: `const config = require('./jumio-config.cjs')`, whose `module.exports = { netverify:
  // require('./netverify-endpoints.cjs'), portal, http }`; `got.post(`${config.netverify.US_ORIGIN}${config.netverify
  // .AUTH_INITIATE_PATH}`, { json: buildFaceLoginRequest(member, { locale, returnTo, minutes }), username, password,
  // headers, timeout }).json()` — the body returned by `buildFaceLoginRequest` of face-login-request.cjs (the literal
  // with `enrollmentTransactionReference` is in that module). The URL is proven through the barrel (judgement call, as
  // for the ES barrels: a module.exports property holding a required module is a re-export), so the call is the legacy
  // Authentication initiate; its body is "a body that is not a literal visible in the file (wrappers, pass-through)",
  // flagged — the enrolment reference the account lookup needs is inside the other module, and such calls "keep working
  // as before with a marker saying why" (rounds 22, 35 and 38 judged a body built by a method or builder of the same
  // file so; the item names the body). Nothing rewritten; the reads stay. The queue handler parses the worker's own
  // message, no callback field: no callback item.
  'auth-cjs-config-barrel-body-builder-got': [/\bbody\b/, NO_CALLBACK],
  // A NESTJS CONTROLLER WHOSE FORM CLASS IS IN A DTO MODULE (TypeScript). `@Controller('webhooks/identity')`, `@Post(
  // 'face-login')`, `receive(@Body() form: FaceLoginCallbackDto)` with the class-validator DTO in
  // face-login-callback.dto.ts (its `@Equals('NETVERIFY_AUTHENTICATION') callBackType` and the image fields are declared
  // there, not read here); the method logs and records transactionReference, transactionResult,
  // enrollmentTransactionReference and transactionDate through an injected store. Proven: "NestJS controller methods
  // (`@Post() handle(@Body() dto: Dto)`: the request is the `@Body()`/`@Req()` parameter)" reading `transactionResult`
  // (authentication only) and `enrollmentTransactionReference` (a Jumio-only spelling) — the DTO's declarations count only
  // "in the same file". "nothing but one manual item above the route registration (or the handler)", naming "for every
  // legacy field this handler reads, where it is now". No IP or hostname list: no allowlist item. The DTO module is not
  // an input and is not judged (callback-handler edits no type).
  'cb-nest-controller-dto-module': [CALLBACK, /transactionReference → workflowExecution\.id/, /enrollmentTransactionReference → gone/,
    /transactionResult → retrieval/, /transactionDate → retrieval createdAt/, NO_ALLOWLIST],
  // AN EXPRESS RECEIVER WITH ITS ALLOWLIST AND CALLBACK TYPE REQUIRED FROM ANOTHER MODULE (US, CommonJS `.cjs`). `const {
  // CALLBACK_SOURCE_IPS, AUTHENTICATION_CALLBACK_TYPE } = require('./netverify-endpoints.cjs')`; the form typed by a JSDoc
  // `@typedef {import('./identity-types').FaceLoginCallbackForm}` and `/** @type {FaceLoginCallbackForm} */ const form =
  // req.body` behind `express.urlencoded`; `form.callBackType !== AUTHENTICATION_CALLBACK_TYPE` answers 204; the route
  // records transactionReference, enrollmentTransactionReference, transactionResult, scanSource, userReference,
  // transactionDate and callbackDate. Proven by its reads ("`req.body.x`", `callBackType` and
  // `enrollmentTransactionReference` Jumio-only spellings, `transactionResult` authentication only). The item names each
  // field read with its KYX place (scanSource "lost: not stated anywhere in the new API", callbackDate → callbackSentAt,
  // callBackType → definitionKey). The record's keys (`enrolment`, `decidedAt`, `receivedAt`) are the app's own: no item
  // gives them a KYX place. Not pinned: the allowlist item — "A legacy callback-IP or hostname allowlist in the same
  // file … gets its own item", and this file holds no IP or hostname, only a Set built from an imported list (judgement
  // call: an item naming the imported list would be right too, its absence is what the sentence says).
  'cb-express-cjs-imported-allowlist-jsdoc-form': [CALLBACK, /callBackType → workflowExecution\.definitionKey/,
    /transactionReference → workflowExecution\.id/, /enrollmentTransactionReference → gone/, /transactionResult → retrieval/, /scanSource → gone/,
    /userReference → userReference/, /transactionDate → retrieval createdAt/, /callbackDate → callbackSentAt/,
    /^(?![\s\S]*\b(?:enrolment|decidedAt|receivedAt) → )/],
};

/** Lookalikes: byte-identical, no item. */
export const UNTOUCHED = [
  // auth-express-config-barrel-default-as-axios once on KYX (business banking moved first): the same router, the same
  // barrel import (`{ appConfig, kyxConfig }` from './config/index.js', whose `export * from './hosts.js'` still holds
  // the legacy hosts the file never reads), the answer typed by identity-types.ts's `KyxFaceLoginStarted`; its own
  // client-credentials token (axios `auth` of the OAuth2 client to `auth.emea-1.jumio.ai/oauth2/token`, cached) and
  // `axios.put(`${kyxConfig.accountOrigin}/api/v1/accounts/${user.kyxAccountId}`, { …, workflowDefinition: { key: 9, … },
  // web: { … }, tokenLifetime: '20m' })` reading `web.href`, `workflowExecution.id`, `account.id`. "Never touched: …
  // code already on KYX (`account.<region>.jumio.ai`)".
  'neg-kyx-express-config-barrel-default-as-axios',
  // auth-counter-client-class-namespace-settings-undici's shape for a card issuer's 3-D Secure ACS: `import * as acs from
  // './acs-settings.js'`, the same exported client class with a `#authorization` Basic field, undici `request(acs.ORIGIN
  // + acs.CHALLENGE_INITIATE_PATH, …)` with `userReference`, `successUrl`, `errorUrl`, `locale` and
  // `tokenLifetimeInMinutes` in the body, the answer cast to payment-types.ts's `ChallengeSessionStarted` (`redirectUrl`,
  // `transactionReference`, `timestamp`), audited and returned whole — to `https://acs.cardshield.example`. "Field names
  // alone never trigger a rewrite"; a host the codemod reads that is not a legacy host, and no
  // `enrollmentTransactionReference` / `customerInternalReference` in the body.
  'neg-acs-client-class-namespace-settings-undici',
  // cb-nest-controller-dto-module's shape for a card acquirer: the same controller, `@Body() form:
  // SettlementNotificationDto` from settlement-notification.dto.ts, reading transactionReference, transactionResult
  // ('SETTLED' | 'DECLINED' | 'REVERSED'), transactionDate and merchantReference. "A payment webhook reading
  // `transactionReference`/`transactionResult`/`transactionDate` … [is] not": no Jumio-only spelling read, no callback
  // type, no Jumio name in the route, the class or the file.
  'neg-acquirer-nest-controller-dto-module',
];

/** Judged gaps, not reached yet (asserted as failing in the test): the ideal output holds `gap`. */
export const KNOWN_GAPS: Record<string, { has: string[]; manual: RegExp[]; gap: string }> = {};
