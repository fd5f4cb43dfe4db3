// Judgements of the hold-out round 35 backend corpus (test/holdout/round35-backend/), read by round35-backend.test.ts:
// what each file must become (rewrites, manual items), which are only flagged, which must stay byte-identical, and
// the known gaps (asserted as failing until fixed). Written from the spec (real-world-legacy-code.md) and MIGRATION.md
// before the codemod ran on the corpus and without reading the rule code. `not` strings name code forms, never words
// of the inputs' kept comments or of the expected items' own text.
//
// The corpus weighs ENTERPRISE ARCHITECTURE around the legacy calls: ports and adapters (a port interface implemented
// by the vendor's adapter class, a use case calling the port, a repository port), constructor injection with tsyringe
// (`@injectable()`, `@inject('HttpClient')`, `@inject('JumioDataCentre')`), typedi (`@Service('token')`, `@Inject`) and
// awilix (`asClass(...).singleton()`, awilix-express's `createController`), an abstract base gateway whose template
// method sends what its subclasses fill in, a generated openapi-fetch client with a signing middleware, Apollo's
// RESTDataSource, and an axios instance signed by request interceptors from a shared package.
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
  // Authentication, ports and adapters (TypeScript): `NetverifyAdapter implements IdentityVerificationPort`, its
  // `startFaceLogin(command)` calling `axios.post<T>(CONST, body, { auth, headers })` on the EU literal of a module
  // const; `StartFaceLoginUseCase` gets the port in its constructor and reads only the port's own session names. The
  // call becomes `axios.put<T>(…)` on account.emea-1 with the account id ("`POST` → `PUT` …"); the URL const and the two
  // credential consts read off process.env go ("Constants … that only fed the legacy URL or the Basic credentials …
  // are removed when nothing else uses them"). Body: key 9 with the ID credential, customerInternalReference from
  // userReference ("the `userReference`, else the enrollment reference"), page URLs and locale under web, callbackUrl
  // kept, 10 → '10m'. axios's `auth` gives way to the Bearer header in the call's headers (Accept, User-Agent stay). The
  // generic's interface moves to the KYX shape, timestamp kept ("Generic type arguments (`post<T>`) … are followed to
  // the interface … and rewritten to the KYX shape"). The adapter returns a new object of the port's names built from
  // fields, so the reads move there and nothing leaves whole (no item); the use case behind the port reads
  // `session.sessionUrl`, the app's own name, and stays as it is. Already async, no callback or .catch: no try/catch
  // item.
  'auth-hexagonal-port-netverify-adapter': {
    has: ['axios.put<NetverifyInitiateResponse>(', ACCOUNT('emea-1'), 'Authorization: `' + BEARER('emea-1') + '`',
      'resolveKyxAccount(command.enrolmentReference)', WF9, 'customerInternalReference: command.memberId', 'userReference: command.memberId',
      'web: {', 'successUrl: `${this.portalUrl}/face-login/complete`', 'errorUrl: `${this.portalUrl}/face-login/failed`', 'locale: command.locale',
      'callbackUrl: `${this.portalUrl}/hooks/identity/face-login`', "tokenLifetime: '10m'", "'User-Agent': 'Kestrel Bank Identity/2.6'",
      'web: { href: string }', 'workflowExecution: { id: string }', 'timestamp: string;',
      'return { sessionUrl: data.web.href, reference: data.workflowExecution.id, startedAt: data.timestamp };',
      'export class NetverifyAdapter implements IdentityVerificationPort {', 'const session = await this.identity.startFaceLogin(command);',
      'return { redirectTo: session.sessionUrl, startedAt: session.startedAt };'],
    not: ['NETVERIFY_FACE_LOGIN_URL', 'NETVERIFY_API_SECRET', 'auth: {', 'tokenLifetimeInMinutes', 'enrollmentTransactionReference:', 'lon.netverify.com',
      'redirectUrl: string'],
    manual: [LOOKUP],
    noManual: [CATCH, NOT_WHOLE],
  },
  // Authentication, tsyringe: `@injectable()` with `@inject('JumioDataCentre') private readonly dataCentre` and
  // `@inject('JumioCredentials') private readonly credentials`; the global fetch on
  // `${NETVERIFY_API[this.dataCentre]}/api/authentication/v1/web/initiate`, a `Record<DataCentre, string>` const of the
  // three legacy hosts indexed by the injected key ("object maps indexed by a runtime key"). "When the URL is chosen per
  // region (switch, map, ternary), every branch is mapped: a small legacy-origin → account-origin table is written next
  // to the call and the region-selection code is kept" — the table's three entries (round 5 judged the same form for a
  // typedi `as const` table), the call on `${kyxOrigin}` with PUT and `kyxAccessToken(kyxOrigin)`. The body, inline in
  // `JSON.stringify({ … })`: key 9, customerInternalReference from userReference, page URLs under web, 5 → '5m'. The
  // Basic header read only the injected credentials: "an injected constructor parameter property … that fed only the
  // Basic credentials, like an undecorated one (remove it and its injection binding)" gets its item; the data centre,
  // still read by the kept map lookup, gets none. The cast's interface moves, the reads move.
  'auth-tsyringe-injected-data-centre-fetch': {
    has: ["'https://netverify.com': 'https://account.amer-1.jumio.ai'", "'https://lon.netverify.com': 'https://account.emea-1.jumio.ai'",
      "'https://core-sgp.jumio.com': 'https://account.apac-1.jumio.ai'", 'fetch(`${kyxOrigin}/api/v1/accounts/${kyxAccount.accountId}`', "method: 'PUT'",
      'Authorization: `Bearer ${await kyxAccessToken(kyxOrigin)}`', 'resolveKyxAccount(transfer.enrolmentReference)', WF9,
      'customerInternalReference: transfer.memberId', 'userReference: transfer.memberId', 'web: {',
      'successUrl: `https://online.lakeshore-bank.example/transfers/${transfer.id}/approved`', "tokenLifetime: '5m'",
      "'User-Agent': 'Lakeshore Transfers/1.9'", 'const NETVERIFY_API: Record<DataCentre, string> = {',
      "@inject('JumioDataCentre') private readonly dataCentre: DataCentre,", 'web: { href: string }', 'workflowExecution: { id: string }',
      'await saveFaceLogin(transfer.memberId, started.workflowExecution.id);', 'return started.web.href;'],
    not: ['Basic ${', 'this.credentials.apiSecret', 'tokenLifetimeInMinutes', 'enrollmentTransactionReference:', "method: 'POST'", 'redirectUrl: string'],
    manual: [LOOKUP, /constructor parameter property credentials/],
    noManual: [/constructor parameter property dataCentre/, CATCH, NOT_WHOLE],
  },
  // Enrolment, awilix (CLASSIC injection: `constructor(private readonly onboardingConfig)` filled by name; the class
  // registered with `asClass(IdentityCheckService).singleton()` beside an `asValue` config). got's
  // `got.post(CONST, { json, username, password, headers }).json<T>()` on the US v4 literal of a module const. Account
  // create on amer-1, method unchanged ("account create; method unchanged"), the URL const gone; got's
  // `username`/`password` give way to the Bearer header ("got `username`/`password`" among the Basic forms). workflowId
  // 200 → key 3 ("200–202 → 3") with the literal preset as an ID credential; page URLs and locale under web; callbackUrl
  // kept, with its item; 1440 → '1d'. `.json<T>()` names the interface, which moves; the reads move (a field is
  // returned, not the response). The store item ("on every migrated call"). Whether got's call also gets `retry: {
  // limit: 0 }` for a POST is not judged (MIGRATION.md states it for the account PUT). The container's registrations,
  // which still hold the pair, are values of another function: not judged, nothing about them asserted.
  'enr-awilix-asclass-singleton-got': {
    has: ['got.post(' + CREATE('amer-1') + ', {', BEARER('amer-1'),
      "workflowDefinition: { key: 3, credentials: [{ category: 'ID', country: { values: ['USA'] }, type: { values: ['DRIVING_LICENSE'] } }] }",
      'customerInternalReference: `applicant-${applicant.id}`', 'userReference: applicant.id', 'web: {',
      'successUrl: `${this.onboardingConfig.publicUrl}/apply/identity/done`', 'errorUrl: `${this.onboardingConfig.publicUrl}/apply/identity/error`',
      "locale: applicant.language ?? 'en-US'", 'callbackUrl: `${this.onboardingConfig.publicUrl}/hooks/identity/id-check`', "tokenLifetime: '1d'",
      "'User-Agent': 'Bluebonnet Credit Onboarding/3.2'", '}).json<NetverifyV4Response>();', 'web: { href: string }', 'workflowExecution: { id: string }',
      'await saveKycCase(applicant.id, started.workflowExecution.id);', 'return started.web.href;',
      'identityCheckService: asClass(IdentityCheckService).singleton(),'],
    not: ['NETVERIFY_V4_INITIATE', 'username: this.onboardingConfig', 'password: this.onboardingConfig', 'workflowId:', 'presets:',
      'tokenLifetimeInMinutes:', 'redirectUrl: string'],
    manual: [STORE, /callbackUrl/],
    noManual: [NOT_WHOLE, CATCH],
  },
  // Retrieval, a repository port (typedi): `@Service('faceLoginResults') class NetverifyFaceLoginResultRepository
  // implements FaceLoginResultRepository`, injected into the use case with `@Inject('faceLoginResults')`. The global
  // fetch on `${this.baseUrl}/${reference}`, `baseUrl` a private readonly field holding the EU collection, the
  // Authorization header a private readonly field built with Buffer ("private class members (`#base = '…/authentications'`,
  // `private readonly basic = Buffer.from(…)`, …) read only by the replaced URL and Basic header are removed", as
  // rounds 5 and 8 judged). The retrieval URL on emea-1 with the account lookup before it, the Bearer header (Accept and
  // User-Agent stay). The cast's interface gets "one `workflow: { id; userReference? }` member" (transactionResult and
  // transactionDate kept, with the type's item); transactionReference → workflow.id, userReference →
  // workflow.userReference (its `?? null` kept); the transactionResult and transactionDate reads get their items
  // ("`transactionDate` | `createdAt` (or `startedAt`)"). The repository returns a new domain object: nothing leaves
  // whole; the use case reads the domain's names and stays as it is.
  'ret-typedi-repository-port-fetch': {
    has: ['fetch(' + RETRIEVAL('emea-1', 'reference'), 'const { accountId } = await resolveKyxWorkflowAccount(reference);',
      'Authorization: `' + BEARER('emea-1') + '`', "'User-Agent': 'Fjord Savings Back Office/5.0'", 'workflow: { id: string; userReference?: string };',
      'const details = (await res.json()) as NetverifyAuthenticationDetails;', 'reference: details.workflow.id,',
      'member: details.workflow.userReference ?? null,', "passed: details.transactionResult === 'PASSED',", 'decidedAt: details.transactionDate,',
      "@Service('faceLoginResults')", 'export class NetverifyFaceLoginResultRepository implements FaceLoginResultRepository {',
      'const result = await this.results.findByReference(reference);'],
    not: ['private readonly baseUrl', 'private readonly authorization', 'NETVERIFY_API_SECRET', 'details.transactionReference', 'details.userReference',
      'lon.netverify.com'],
    manual: [SEAM, RESULT, /transactionDate is not in the KYX workflow details/],
    noManual: [CALLBACK],
  },
};

/** Legacy calls and handlers left working but flagged: the only change is the markers. */
export const FLAGGED: Record<string, RegExp[]> = {
  // An abstract base gateway whose template method `send(input)` calls `fetch(this.endpoint(), { …, body:
  // JSON.stringify(this.payload(input)) })`; two subclasses fill it, one with the EU authentication initiate and an
  // `enrollmentTransactionReference` body, the other with the EU v4 initiate and an enrolment body. The one call sends
  // either: its URL takes an authentication and an enrolment value, and its body is built by a method the call site
  // cannot see. "Proof before rewrite. A call is migrated only when every value its URL can take is a legacy Jumio API
  // host and a legacy initiate path"; an authentication PUT and an account create cannot be one rewrite, and "a body
  // that is not a literal visible in the file (wrappers, pass-through)", "a v4 initiate whose body is built elsewhere
  // (it may be an enrolment or an authentication)" are flagged. Nothing is rewritten; each subclass's literal is
  // reported where it is written ("The catch-all. It reports — never rewrites — every string or template literal …
  // holding a legacy Jumio host together with a legacy path"); an item of the initiate rules at the call is accepted
  // beside them. The subclasses' reads of the answer stay as they are.
  'auth-abstract-gateway-template-method': [/lon\.netverify\.com\/api\/authentication\/v1\/web\/initiate/, /lon\.netverify\.com\/api\/v4\/initiate/],
  // An openapi-fetch client (`createClient<paths>({ baseUrl })` on the SG host, a `client.use({ onRequest })` middleware
  // setting the Basic header), registered in tsyringe as 'HttpClient' and injected with `@inject('HttpClient')`; the
  // service calls `this.http.POST('/api/authentication/v1/web/initiate', { body })`. openapi-fetch is none of the
  // clients MIGRATION.md lists ("Finds every call of the customer's own HTTP client — `fetch` …, axios …"), as round 9
  // judged for the same client: the base URL is reported ("a legacy base URL"; a host setting counts) and so is the
  // path literal ("In code, a literal that is only the authentication initiate or retrieval path … is reported too: its
  // host is set elsewhere (… a client's `baseUrl` option …)"). Nothing is rewritten.
  'auth-openapi-fetch-tsyringe-http-client': [/legacy Jumio API base URL core-sgp\.jumio\.com/, /authentication\/v1\/web\/initiate/],
  // Apollo's RESTDataSource: `class JumioAPI extends RESTDataSource { override baseURL = 'https://netverify.com/api/v4/';
  // willSendRequest(…) { Basic header } initiate() { return this.post<T>('initiate', { body }) } }` — not a client the
  // rules rewrite (round 4 judged the same data source for an authentication): legacy-endpoint reports the base URL,
  // the very example MIGRATION.md gives ("or a legacy base URL such as `https://netverify.com/api/v4`"); the bare
  // `'initiate'` path names nothing. The resolver's reads stay.
  'enr-apollo-restdatasource-v4': [/legacy Jumio API base URL netverify\.com\/api\/v4/],
  // A retrieval through an `axios.create({ baseURL: EU host })` instance with a relative path, the instance given two
  // request interceptors made by a shared package's functions (`requestId(…)`, `basicAuth(token, secret)`): "a call
  // whose axios client has a request interceptor in the file that may set `Authorization`" is flagged (retrieval rule),
  // and the instance table's "Left flagged when a request interceptor may set Authorization"; the interceptor's function
  // is not visible in the file ("(or whose function is not visible)", initiate rules). Nothing is rewritten; the item
  // names the interceptor (round 4 judged "a request interceptor of this client (line 13) may set the Authorization
  // header" for an inline one). A legacy-endpoint item on the base URL may come beside it (not judged).
  'ret-axios-instance-interceptor-basic': [/request interceptor/],
  // awilix-express: a controller class built per request (`constructor({ recordFaceLoginOutcome, logger })`), its
  // `async receive(req, res)` mounted by `createController(…).prefix('/webhooks/identity').post('/face-login', 'receive',
  // { before: [express.urlencoded(…)] })` — the route names no vendor, the method is named by a string. The method is
  // "any function whose first parameter is the request (`req` …)" reading `req.body.x`, and it compares
  // `req.body.callBackType` against NETVERIFY_AUTHENTICATION ("It is Jumio's callback only when the handler compares
  // against `NETVERIFY_AUTHENTICATION`, or …"). "Nothing but one manual item", naming each field read with its KYX place
  // (the callback table); the US callback IP list gets its own item ("A legacy callback-IP or hostname allowlist in the
  // same file … gets its own item"; the six US addresses of jumio-api-facts §3.1).
  'cb-awilix-express-controller-class': [CALLBACK, /callBackType → workflowExecution\.definitionKey/, /transactionReference → workflowExecution\.id/,
    /enrollmentTransactionReference → gone/, /transactionResult → retrieval/, /transactionDate → retrieval createdAt/,
    /legacy Jumio callback source allowlist/],
};

/** Lookalikes: byte-identical, no item. */
export const UNTOUCHED = [
  // auth-hexagonal-port-netverify-adapter already on KYX: `KyxAdapter implements IdentityVerificationPort`, axios.put
  // to account.emea-1 with workflow key 9 and the stored ID credential, web.*, tokenLifetime, reads of web.href and
  // workflowExecution.id, the adapter's own client-credentials token from auth.emea-1 (axios `auth` with the KYX client
  // pair). "Never touched: … code already on KYX (`account.<region>.jumio.ai`)"; no legacy host, no legacy path.
  'neg-kyx-hexagonal-port-adapter',
  // auth-abstract-gateway-template-method's shape for a payment service provider's hosted pages: the same template
  // method (`fetch(this.endpoint(), …)`, a Basic header, `JSON.stringify(this.payload(input))`), subclasses returning
  // `/api/v4/initiate` and `/api/v4/initiate/open-banking` on the provider's own host, bodies with successUrl / errorUrl /
  // callbackUrl / tokenLifetimeInMinutes and no customerInternalReference or enrollmentTransactionReference, answers
  // read as redirectUrl / transactionReference. "Never touched: … other vendors' `/v4/initiate`", "A base URL the
  // codemod can read that is not a legacy host (another vendor, the app's own gateway) is left alone"; legacy-endpoint
  // reports a path only on a legacy host ("one on another host … does not").
  'neg-psp-template-method-gateway',
  // cb-awilix-express-controller-class's shape for a card acquirer's form notification: the same awilix-express
  // controller, `req.body.transactionReference` / `transactionResult` / `transactionDate` read, an event code compared
  // with 'AUTHORISATION', the acquirer's (documentation-range) IP list. "A payment webhook reading
  // `transactionReference`/`transactionResult`/`transactionDate` … [is] not" a callback: no NETVERIFY_AUTHENTICATION, no
  // Jumio-only spelling (callBackType, idScanImageFace, …), nothing naming the vendor in the route, class or file name.
  'neg-awilix-express-card-notification',
];

/** Judged gaps, not reached yet (asserted as failing in the test): the ideal output holds `gap`. */
export const KNOWN_GAPS: Record<string, { has: string[]; manual: RegExp[]; gap: string }> = {};
