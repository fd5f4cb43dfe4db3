// Judgements of the hold-out round 40 backend corpus (test/holdout/round40-backend/), read by round40-backend.test.ts:
// what each file must become (rewrites, manual items), which are only flagged, which must stay byte-identical, and
// the known gaps (asserted as failing until fixed). Written from the spec (real-world-legacy-code.md,
// jumio-api-facts.md) and MIGRATION.md before the codemod ran on the corpus and without reading the rule code. `not`
// strings name code forms, never words of the inputs' kept comments or of the expected items' own text.
//
// The corpus weighs SEVERAL INTEGRATIONS IN ONE FILE: every legacy file holds, beside the legacy call or handler, code
// that looks alike and must stay as it is — the ID-verification scans of the same Netverify API user, another KYC
// vendor's call with the same return URLs, a card 3-D Secure `/authentications/{id}` lookup with the same Basic
// helper, KYX calls already written by hand, the ID-verification branch of the same callback route. Each judgement
// pins the neighbour's lines with `has` (one line each: a `legacy-endpoint` marker may come to stand above a line, so
// no pinned string spans two lines of code) and what must go with `not`. What MIGRATION.md decides about what the
// neighbour shares: "Constants and imports that only fed the legacy URL or the Basic credentials … are removed when
// nothing else uses them (once every call of the file is migrated), so `noUnusedLocals` projects still type-check;
// anything still used elsewhere stays"; "Private class fields (`private readonly authHeader = 'Basic ' + …`, `#base`)
// that only fed the legacy URL or the Basic header are removed too"; for retrievals "A local `const` that only built
// the Basic credentials is removed …, and so is a local function that only built it …; one another call still reads
// stays (`basic-header-function-other-reader`)"; for client instances "The instance is never edited: it may serve other
// calls (retrievals, other routes of the same base), which keep working; the migrated call overrides what the instance
// would add, in its own options", with "an item (`this got.extend() instance still carries the legacy Basic credentials
// …; remove them once none of its calls goes to a legacy Jumio host`); its base URL keeps the `legacy-endpoint`
// marker"; for region maps "A region switch/map/ternary is kept as the customer wrote it; a legacy-origin →
// account-origin table next to the call maps each branch, so shared maps used by other calls (retrieval) keep
// working"; and what is never touched: "the same words on other hosts (payment gateways, `netverify.eu`), KYX code,
// the ID-verification `scans` routes" (retrieval), "Field names alone never trigger a rewrite, and reads are rewritten
// only on values that flow from a migrated call" (initiate), "code already on KYX (`account.<region>.jumio.ai`)",
// and from the spec "Siblings such as Onfido, Veriff, Shufti and Sumsub use the same words … and must not be touched".
// Where MIGRATION.md is silent (a bare legacy host in a class field still read by the scans, the ID-verification
// fields of a handler that also takes the authentication callback) the judgement is the conservative one and is said
// to be a judgement call.
import type { HoldoutExpect as Expect } from '../support/backend-holdout-suite.js';
import { CALLBACK, CATCH, LOOKUP, NOT_WHOLE, RESULT, SEAM, STORE } from '../support/backend-item-patterns.js';

const ACCOUNT = (region: string) => '`https://account.' + region + '.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`';
const CREATE = (region: string) => `'https://account.${region}.jumio.ai/api/v1/accounts'`;
const RETRIEVAL = (region: string, ref: string) => '`https://retrieval.' + region + '.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${' + ref + '}`';
const BEARER = (region: string) => "Bearer ${await kyxAccessToken('" + region + "')}";
/** The workflow definition of an authentication (MIGRATION.md, the fetch-template-base example). */
const WF9 = "workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }";
/** The member a details interface gets ("one `workflow: { id; userReference? }` member"). */
const WORKFLOW = 'workflow: { id: string; userReference?: string };';
/** The lookup before the request, keyed by the reference the legacy URL held. */
const WORKFLOW_LOOKUP = (ref: string) => `const { accountId } = await resolveKyxWorkflowAccount(${ref});`;
/** The item of retrieval details that leave the function whole ("returned, sent, stored"). */
const LEAVES = /retrieval details leave here whole/;
/** The item of a client instance the migrated call overrode ("still carries the legacy Basic credentials"). */
const INSTANCE = /still carries the legacy Basic credentials/;

/** Judged rewrites. */
export const MIGRATED: Record<string, Expect> = {
  // A CLIENT CLASS serving two products of one API user (EU, TypeScript, global fetch): `startFaceLogin` POSTs the
  // legacy Authentication initiate to `${this.origin}/api/authentication/v1/web/initiate`; `scanStatus` and `scanData`
  // GET the ID-verification scans `${this.origin}/api/netverify/v2/scans/${…}` (and `/data`) of account opening; all
  // three send `Authorization: this.authorization` and `'User-Agent': this.userAgent`, private readonly fields.
  // The initiate: the URL is followed through "class members", so PUT on account.emea-1 ("with the region of the
  // legacy host"), key 9 with the ID credential, customerInternalReference from userReference, page URLs and locale
  // under web; the Basic header → the Bearer one; the cast's interface moves ("casts (`as T`, …) and annotations are
  // followed to the interface"); the reads move; the method returns `started.web.href`, a string (no "leaves whole").
  // The neighbours: `origin` and `authorization` also feed the scans calls, so they are not fields "that only fed the
  // legacy URL or the Basic header" — "anything still used elsewhere stays" (a removed field would break the scans at
  // compile time); the scans calls are no authentication retrieval ("Never touched: … the ID-verification `scans`
  // routes"): byte-identical, no retrieval marker, no retrieval item. Judgement call, not pinned: whether
  // legacy-endpoint reports the bare host `'https://lon.netverify.com'` of the `origin` field ("a host setting … still
  // counts", but "a bare host named in a sentence" does not, and the scans template holds no host of its own) — either
  // way the field and the scans lines stay as written. Already async, no .catch: no try/catch item.
  'auth-netverify-client-class-initiate-beside-scans': {
    has: ['fetch(' + ACCOUNT('emea-1') + ', {', "method: 'PUT',", 'Authorization: `' + BEARER('emea-1') + '`', "'Content-Type': 'application/json',",
      'const kyxAccount = await resolveKyxAccount(customer.onboardingScanReference);', WF9, 'customerInternalReference: customer.id',
      'userReference: customer.id', 'web: {', "successUrl: 'https://app.hollisbank.example/cards/pin/face-ok'",
      "errorUrl: 'https://app.hollisbank.example/cards/pin/face-failed'", "locale: customer.locale ?? 'en-GB'", 'web: { href: string }',
      'workflowExecution: { id: string }', 'timestamp: string;', 'await saveFaceLogin(customer.id, started.workflowExecution.id);', 'return started.web.href;',
      // the neighbours, as written
      "private readonly origin = 'https://lon.netverify.com';", 'private readonly authorization =',
      "'Basic ' + Buffer.from(`${process.env.NETVERIFY_API_TOKEN}:${process.env.NETVERIFY_API_SECRET}`).toString('base64');",
      "private readonly userAgent = 'HollisBank-Core/4.2';",
      'const res = await fetch(`${this.origin}/api/netverify/v2/scans/${encodeURIComponent(scanReference)}`, {',
      'const res = await fetch(`${this.origin}/api/netverify/v2/scans/${encodeURIComponent(scanReference)}/data`, {',
      "headers: { Accept: 'application/json', 'User-Agent': this.userAgent, Authorization: this.authorization },",
      'return ((await res.json()) as IdScanStatus).status;', "status: 'PENDING' | 'DONE' | 'FAILED';", 'return (await res.json()) as IdScanData;'],
    not: ["method: 'POST'", 'enrollmentTransactionReference:', 'redirectUrl: string', 'transactionReference: string',
      'Authorization: this.authorization,', '${this.origin}/api/authentication', 'TODO(netverify-migrate): retrieval-authentication'],
    manual: [LOOKUP],
    noManual: [NOT_WHOLE, CATCH, SEAM, RESULT],
  },
  // ANOTHER KYC VENDOR WITH THE SAME RETURN URLS (SG, CommonJS, superagent). `startJumioFaceLogin` POSTs the legacy
  // Authentication initiate (a URL const of the file) with `.auth(token, secret)`, successUrl RETURN_OK, errorUrl
  // RETURN_FAILED, the shorthand `locale`, 15 minutes; `startSumsubLiveness` POSTs Sumsub's websdkLink with HMAC headers
  // and `redirect: { successUrl: RETURN_OK, rejectUrl: RETURN_FAILED }`, `userId`, `ttlInSecs`; both set
  // `.set('User-Agent', USER_AGENT)` and `.timeout(…)`. The Jumio call: `.post` → `.put` on account.apac-1 ("SG →
  // apac-1"), "superagent `.auth()`" → the Bearer header (`.set('Authorization', …)`, as round 2 judged it), key 9,
  // customerInternalReference from userReference, the page URLs and the shorthand locale under web ("quoted keys and
  // shorthand kept"), 15 → '15m'; `JUMIO_INITIATE` fed only this call and goes ("removed when nothing else uses
  // them"). The reads on `res.body` move. The neighbours: RETURN_OK / RETURN_FAILED / USER_AGENT / APP_ORIGIN are read
  // by the Sumsub call ("anything still used elsewhere stays"); Sumsub's body has `successUrl` and a user id, but its
  // host is a literal the codemod reads and no legacy host ("Field names alone never trigger a rewrite"; the spec:
  // "Siblings such as … Sumsub … must not be touched") — the Sumsub function byte-identical, no item naming it, and no
  // enrolment marker (its body is no v4 body). Already async, no .catch: no try/catch item.
  'auth-superagent-beside-sumsub-websdk-link': {
    has: ['.put(' + ACCOUNT('apac-1') + ')', ".set('Authorization', `" + BEARER('apac-1') + '`)', "'User-Agent', USER_AGENT)",
      'const kyxAccount = await resolveKyxAccount(customer.jumioEnrolmentRef);', WF9, 'customerInternalReference: customer.id',
      'userReference: customer.id', 'web: {', 'errorUrl: RETURN_FAILED', "tokenLifetime: '15m'",
      'await saveFaceLogin(customer.id, res.body.workflowExecution.id);', "return { provider: 'jumio', url: res.body.web.href };",
      // the neighbours, as written
      'const RETURN_OK = `${APP_ORIGIN}/transfer/step-up/done`;', 'const RETURN_FAILED = `${APP_ORIGIN}/transfer/step-up/failed`;',
      "const USER_AGENT = 'LionCityRemit-StepUp/2.4';", "const SUMSUB_BASE = 'https://api.sumsub.com';",
      "const SUMSUB_LINK_PATH = '/resources/sdkIntegrations/levels/-/websdkLink';", "'X-App-Access-Sig': signature,",
      'redirect: { successUrl: RETURN_OK, rejectUrl: RETURN_FAILED },', '.post(SUMSUB_BASE + SUMSUB_LINK_PATH)',
      ".set(sumsubHeaders('POST', SUMSUB_LINK_PATH, body))", "return { provider: 'sumsub', url: res.body.url };",
      'if (customer.jumioEnrolmentRef) return startJumioFaceLogin(customer, locale);'],
    not: ['JUMIO_INITIATE', '.auth(', 'JUMIO_API_SECRET', 'tokenLifetimeInMinutes', 'enrollmentTransactionReference:',
      'TODO(netverify-migrate): initiate-enrollment'],
    manual: [LOOKUP],
    noManual: [NOT_WHOLE, CATCH, STORE, /sumsub|websdkLink/i],
  },
  // A CARD 3-D SECURE `/authentications/{id}` LOOKUP BESIDE THE JUMIO ONE, one function, one Basic helper (EU,
  // TypeScript, ky). `decideStepUp` GETs Paysafe's `${PAYSAFE_3DS}/accounts/${PAYSAFE_ACCOUNT}/authentications/${…}`
  // and then `https://lon.netverify.com/api/netverify/v2/authentications/${transfer.faceLoginReference}`, each with
  // `Authorization: basicAuthorization(user, password)` — a local function both calls read — and casts each body to
  // its own interface. The Jumio call: retrieval.emea-1 with the lookup on the reference the URL held, the Bearer
  // header; the details interface gets the workflow member; `face.userReference` → `face.workflow.userReference`,
  // `face.transactionReference` → `face.workflow.id`; `face.transactionResult` is flagged (RESULT), left as written;
  // the record written holds the app's own names (no "leaves whole"). The neighbours: `basicAuthorization` is "a local
  // function that only built it" for the Jumio call but "one another call still reads stays"; the Paysafe call is "the
  // same words on other hosts (payment gateways …)" — never touched, its interface too. The Jumio credential env reads
  // were arguments at the replaced header and go with it. Already async, no .catch: no try/catch item.
  'ret-ky-jumio-beside-paysafe-3ds-authentications': {
    has: ['.get(' + RETRIEVAL('emea-1', 'transfer.faceLoginReference') + ', {', WORKFLOW_LOOKUP('transfer.faceLoginReference'),
      'Authorization: `' + BEARER('emea-1') + '`', "'User-Agent': 'HaldenBank-Transfers/6.3',", WORKFLOW, '.json()) as FaceLoginDetails;',
      "const facePassed = face.transactionResult === 'PASSED' && face.workflow.userReference === transfer.customerId;",
      'faceLoginReference: face.workflow.id,',
      // the neighbours, as written
      'function basicAuthorization(user: string | undefined, password: string | undefined): string {',
      "return 'Basic ' + Buffer.from(`${user ?? ''}:${password ?? ''}`).toString('base64');",
      "const PAYSAFE_3DS = 'https://api.paysafe.com/threedsecure/v2';",
      '.get(`${PAYSAFE_3DS}/accounts/${PAYSAFE_ACCOUNT}/authentications/${transfer.threeDsAuthenticationId}`, {',
      'Authorization: basicAuthorization(process.env.PAYSAFE_API_USER, process.env.PAYSAFE_API_PASSWORD),', '.json()) as ThreeDsAuthentication;',
      "status: 'COMPLETED' | 'PENDING' | 'FAILED';", "threeDResult?: 'Y' | 'N' | 'A' | 'U' | 'R' | 'C';",
      "const cardPassed = threeDs.status === 'COMPLETED' && (threeDs.threeDResult === 'Y' || threeDs.threeDResult === 'A');",
      'threeDsId: threeDs.id,', 'eci: threeDs.eci ?? null,'],
    not: ['JUMIO_API_SECRET', 'lon.netverify.com', 'face.userReference', 'face.transactionReference', 'transactionReference: string'],
    manual: [SEAM, RESULT],
    noManual: [LEAVES, CATCH, /paysafe|threedsecure/i],
  },
  // A SETTINGS OBJECT WITH LEGACY AND KYX ADDRESSES SIDE BY SIDE, KYX calls already written by hand (EU, ESM, axios).
  // `IDENTITY = { netverifyApi: 'https://lon.netverify.com/api/v4', kyxToken, kyxRetrieval, userAgent }`;
  // `startIdVerification` POSTs `${IDENTITY.netverifyApi}/initiate` (v4: workflowId 200, customerInternalReference, page
  // URLs, callbackUrl, locale, 60 minutes) with the Netverify API user as axios `auth`; `kyxToken()` POSTs
  // client_credentials to `IDENTITY.kyxToken` with the KYX OAuth2 client as axios `auth` (a Basic header to the token
  // host, which is what the KYX token endpoint takes); `faceLoginDecision` GETs the KYX retrieval with that Bearer
  // token. The enrolment: the URL is a property read of a non-exported const object literal of the file (followed as a
  // const of the file: MIGRATION.md reads `FRAME_CONFIG.origin` of "a local `const FRAME_CONFIG = { origin: '…' }`" and
  // `jumioSettings[INITIATE]` "as that one property"), so → account create on account.emea-1, "method unchanged";
  // 200 → key 3 ("200–202 → 3"); web fields; callbackUrl kept; 60 → '1h'; its `auth` → the Bearer header from the
  // helper ("Basic (axios/request `auth` …)"). Items: STORE, the callbackUrl item ("a body with a `callbackUrl` — KYX
  // now posts its JSON callback there"), and legacy-endpoint's on the `netverifyApi` entry — "a legacy base URL such as
  // `https://netverify.com/api/v4`" is reported, and "An initiate URL left in a file whose calls another rule migrated
  // in this run … is reported as left over" (the suite also requires the marker above that line). The neighbours: the
  // settings object is read by the KYX calls, so it stays ("anything still used elsewhere stays"); MIGRATION.md removes
  // dead consts, class fields, namespaces and enums, never one entry of an object still read, so the dead `netverifyApi`
  // entry stays and is reported (judgement call: no sentence names an object's entry); the KYX token request and retrieval are
  // "code already on KYX": byte-identical, the KYX client's axios `auth` included (an `auth` on a KYX host is no legacy
  // Basic credential). The file's own token function is not a `kyx-auth.*` module, so the migrated call uses the
  // helper's `kyxAccessToken` and no item names the hand-written one (judgement call: MIGRATION.md's "a token helper
  // written by hand" item is about a `kyx-auth.*` file). Already async, no .catch: no try/catch item.
  'enr-axios-config-legacy-beside-kyx-hosts': {
    has: [CREATE('emea-1') + ',', 'workflowDefinition: { key: 3 }', 'customerInternalReference: customer.policyNumber', 'userReference: customer.id',
      'web: {', 'successUrl: `${PORTAL}/verify/done`', 'errorUrl: `${PORTAL}/verify/failed`', "locale: customer.locale ?? 'en-GB'",
      'callbackUrl: `${PORTAL_API}/hooks/netverify/id-verification`', "tokenLifetime: '1h'", 'Authorization: `' + BEARER('emea-1') + '`',
      'timeout: 15_000,', 'await saveKycCase(customer.id, data.workflowExecution.id);', 'return { verifyUrl: data.web.href };',
      // the neighbours, as written
      "kyxToken: 'https://auth.emea-1.jumio.ai/oauth2/token',", "kyxRetrieval: 'https://retrieval.emea-1.jumio.ai/api/v1',",
      "userAgent: 'Tallis Portal/5.0',", 'const kyxClient = { id: process.env.KYX_CLIENT_ID, secret: process.env.KYX_CLIENT_SECRET };',
      "const { data } = await axios.post(IDENTITY.kyxToken, new URLSearchParams({ grant_type: 'client_credentials' }), {",
      'auth: { username: kyxClient.id, password: kyxClient.secret },',
      "headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'User-Agent': IDENTITY.userAgent },",
      'const { data } = await axios.get(`${IDENTITY.kyxRetrieval}/accounts/${accountId}/workflow-executions/${workflowExecutionId}`, {',
      "headers: { Accept: 'application/json', 'User-Agent': IDENTITY.userAgent, Authorization: `Bearer ${await kyxToken()}` },",
      'return { status: data.workflow.status, decision };'],
    not: ['NETVERIFY_API_SECRET', 'workflowId', 'tokenLifetimeInMinutes', '${IDENTITY.netverifyApi}/initiate'],
    manual: [STORE, /callbackUrl/, /lon\.netverify\.com\/api\/v4/],
    noManual: [LOOKUP, NOT_WHOLE, CATCH],
  },
  // ONE AXIOS INSTANCE FOR SCANS, THEIR DELETION AND THE AUTHENTICATION RESULTS (US, CommonJS). `axios.create({ baseURL:
  // 'https://netverify.com/api/netverify/v2', auth, headers, timeout })`; `scanStatus` GETs `/scans/${ref}`,
  // `scanVerification` `/scans/${ref}/data/verification`, `deleteScan` DELETEs `/scans/${ref}`, `faceLoginResult` GETs
  // `/authentications/${reference}`. The retrieval: "Since session 9 a retrieval through a got / ky / ofetch / axios
  // instance is migrated the same way (the call's own … `auth: null` and Bearer header …)" — the absolute KYX URL on
  // retrieval.amer-1 in the call, the lookup before it; `data.userReference` → `data.workflow.userReference`,
  // `data.transactionResult` flagged and left. The neighbours: "The instance is never edited: it may serve other calls
  // (retrievals, other routes of the same base), which keep working" — its config byte-identical, credentials
  // included, with the item ("still carries the legacy Basic credentials …; remove them once none of its calls goes to
  // a legacy Jumio host"; written for instances of every client, judged for this axios one as round 16 judged an axios
  // initiate's) — and the scans calls and the DELETE are "the ID-verification `scans` routes": never touched (their
  // relative paths hold no host for legacy-endpoint). Whether the base URL's legacy-endpoint item is a separate one is
  // not pinned ("its base URL keeps the `legacy-endpoint` marker" — the message may be the instance item itself).
  // The function returns its own object: no "leaves whole". Already async, no .catch: no try/catch item.
  'ret-axios-instance-scans-delete-and-authentications': {
    has: ['netverify.get(' + RETRIEVAL('amer-1', 'reference'), WORKFLOW_LOOKUP('reference'), 'auth: null', BEARER('amer-1'),
      'result: data.transactionResult,', 'member: data.workflow.userReference || null,',
      // the neighbours, as written
      "baseURL: 'https://netverify.com/api/netverify/v2',", 'auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET },',
      "headers: { Accept: 'application/json', 'User-Agent': 'Cobalt Support Console/2.8' },",
      'const { data } = await netverify.get(`/scans/${scanReference}`);', 'return { scanReference: data.scanReference, status: data.status };',
      'const { data } = await netverify.get(`/scans/${scanReference}/data/verification`);', 'await netverify.delete(`/scans/${scanReference}`);'],
    not: ['data.userReference', 'netverify.get(`/authentications/'],
    manual: [SEAM, RESULT, INSTANCE],
    noManual: [LEAVES, CATCH],
  },
  // TWO REGION MAPS WITH THE SAME KEYS, ONE LEGACY (US/EU, TypeScript, got). `JUMIO_INITIATE: Record<Region, string>`
  // holds the two v4 initiate URLs, `ONFIDO_API` the two Onfido bases; `startJumio` POSTs
  // `JUMIO_INITIATE[applicant.region]` (workflowId 200, page URLs, 2880 minutes) with `{ ...COMMON_HEADERS,
  // Authorization: `Basic ${JUMIO_BASIC}` }`; `startOnfido` POSTs `${ONFIDO_API[…]}/applicants` and `/workflow_runs`
  // with `{ ...COMMON_HEADERS, Authorization: `Token token=…` }` and `link: { completed_redirect_url: RETURN_URL,
  // expired_redirect_url: FAILED_URL }`. The enrolment: "When the URL is chosen per region (switch, map, ternary), every
  // branch is mapped: a small legacy-origin → account-origin table is written next to the call and the region-selection
  // code is kept" → `${kyxOrigin}/api/v1/accounts` with "The region is passed explicitly (`'emea-1'`) or derived from
  // the KYX URL for region maps" (`kyxAccessToken(kyxOrigin)`, as rounds 2 and 10 judged enrolments on a region map);
  // 200 → key 3; page URLs under web; 2880 → '2d'; the header value in place, the spread kept; `JUMIO_BASIC` fed only
  // this call and goes; the `.json<T>()` interface moves, the reads move; the function returns its own names. Items:
  // STORE; the kept map's lines get legacy-endpoint's marker ("the map stays for the choice and keeps legacy-endpoint's
  // marker", the retrieval rule's wording of the same decision); no callbackUrl item (the body has none). The
  // neighbours: `ONFIDO_API` (same keys, same use at the call), COMMON_HEADERS, RETURN_URL, FAILED_URL (also read by
  // Onfido) stay; the Onfido calls are another vendor's, their bases a map the codemod reads with no legacy host:
  // byte-identical, no item naming them. Already async, no .catch: no try/catch item.
  'enr-got-region-maps-jumio-beside-onfido': {
    has: ["'https://account.amer-1.jumio.ai'", "'https://account.emea-1.jumio.ai'", '`${kyxOrigin}/api/v1/accounts`', 'kyxAccessToken(kyxOrigin)',
      'JUMIO_INITIATE[applicant.region]', "US: 'https://netverify.com/api/v4/initiate',", "EU: 'https://lon.netverify.com/api/v4/initiate',",
      'workflowDefinition: { key: 3 }', 'customerInternalReference: applicant.policyNumber', 'userReference: applicant.id', 'web: {',
      'errorUrl: FAILED_URL', "tokenLifetime: '2d'", 'headers: { ...COMMON_HEADERS, Authorization: `Bearer ${await kyxAccessToken(kyxOrigin)}` },',
      'web: { href: string }', 'workflowExecution: { id: string }', 'return { link: started.web.href, reference: started.workflowExecution.id };',
      // the neighbours, as written
      "US: 'https://api.us.onfido.com/v3.6',", "EU: 'https://api.eu.onfido.com/v3.6',",
      "const COMMON_HEADERS = { Accept: 'application/json', 'User-Agent': 'VantageMutual-Onboarding/3.1' };",
      "const RETURN_URL = 'https://portal.vantagemutual.example/onboarding/verified';",
      "const FAILED_URL = 'https://portal.vantagemutual.example/onboarding/not-verified';",
      'const headers = { ...COMMON_HEADERS, Authorization: `Token token=${process.env.ONFIDO_API_TOKEN}` };',
      '(await got.post(`${api}/applicants`, { json: { first_name: applicant.firstName, last_name: applicant.lastName }, headers }).json<{ id: string }>()).id;',
      '.post(`${api}/workflow_runs`, {', 'link: { completed_redirect_url: RETURN_URL, expired_redirect_url: FAILED_URL },',
      '.json<OnfidoWorkflowRun>();', 'return { link: run.link.url, reference: run.id };'],
    not: ['JUMIO_BASIC', 'JUMIO_API_SECRET', 'workflowId', 'tokenLifetimeInMinutes', 'redirectUrl: string', 'transactionReference: string'],
    manual: [STORE, /netverify\.com\/api\/v4\/initiate/],
    noManual: [LOOKUP, NOT_WHOLE, CATCH, /callbackUrl/, /onfido|workflow_runs/i],
  },
};

/** The ID-verification fields of cb-fastify-callbacktype-switch-idv-and-auth given a KYX place: none may be (an absence,
 * written as a pattern anchored at the start of the joined messages, since the FLAGGED shape takes patterns only). */
const NO_IDV_FIELD_MAPPED = /^(?![\s\S]*\b(?:jumioIdScanReference|merchantIdScanReference|verificationStatus|idScanStatus|identityVerification|idType|idCountry) → )/;

/** Legacy calls and handlers left working but flagged: the only change is the markers. */
export const FLAGGED: Record<string, RegExp[]> = {
  // ONE CALLBACK ROUTE FOR BOTH PRODUCTS (ESM, Fastify with @fastify/formbody): `/callbacks/jumio` checks the caller's
  // IP against a Set of Jumio's EU callback IPs, then `switch (request.body.callBackType)`: `case 'NETVERIFYID'` reads the
  // ID-verification form (jumioIdScanReference, merchantIdScanReference, verificationStatus, idScanStatus, idType,
  // idCountry, the identityVerification JSON string), `case 'NETVERIFY_AUTHENTICATION'` the authentication form
  // (transactionReference, enrollmentTransactionReference, transactionResult, userReference, callbackDate). The handler
  // is proven ("It is Jumio's callback only when the handler compares against `NETVERIFY_AUTHENTICATION`", a `case` being
  // that comparison; also "`jumio` … in its route path"): "nothing but one manual item above the route registration (or
  // the handler)", naming "for every legacy field this handler reads, where it is now (from the callback table)" — the
  // authentication branch's fields and callBackType. The ID-verification branch is the neighbour: its callback "gets
  // its own item only behind a migrated enrolment's callbackUrl" and "a receiver whose enrolment is not in the run gets
  // nothing" — no enrolment of this run spells the route — so its fields are not given a KYX place from the
  // authentication table (judgement call: the item is the authentication callback's; asserted as no "<idv field> → "
  // entry, not as silence about the branch). The IP Set serves both callbacks: "A legacy callback-IP or hostname
  // allowlist in the same file (`callback.lon.jumio.com`, `34.253.41.236`…) gets its own item with the KYX hostnames and
  // IPs". Flagged: the file changes by markers only.
  'cb-fastify-callbacktype-switch-idv-and-auth': [CALLBACK, /transactionReference → workflowExecution\.id/, /enrollmentTransactionReference → gone/,
    /transactionResult → retrieval/, /callbackDate → callbackSentAt/, /userReference → userReference/, /callBackType → workflowExecution\.definitionKey/,
    /legacy Jumio callback source allowlist/, NO_IDV_FIELD_MAPPED],
};

/** Lookalikes: byte-identical, no item. */
export const UNTOUCHED = [
  // auth-superagent-beside-sumsub-websdk-link's shape with Veriff in the Jumio half: the same superagent step-up, the
  // same return-URL consts read by both vendors, a Veriff session (`verification: { callback, vendorData, person }`,
  // `X-AUTH-CLIENT`) beside the same Sumsub websdkLink. "Siblings such as Onfido, Veriff, Shufti and Sumsub use the same
  // words … and must not be touched"; no legacy host, path or field.
  'neg-veriff-superagent-beside-sumsub-websdk-link',
  // cb-fastify-callbacktype-switch-idv-and-auth's shape for a card acquirer: the same Fastify form receiver with an IP
  // Set, `switch (request.body.eventType)` between a payment result and a 3-D Secure authentication, reading
  // transactionReference / transactionResult / transactionDate. "A payment webhook reading
  // `transactionReference`/`transactionResult`/`transactionDate` … [is] not"; no Jumio-only spelling, no Jumio name.
  'neg-psp-fastify-eventtype-switch-payment-and-3ds',
  // enr-axios-config-legacy-beside-kyx-hosts once migrated by hand: the settings object holds KYX addresses only, the
  // ID verification creates a KYX account (workflowDefinition key 3, web.*, tokenLifetime '1h') with the team's own
  // token, reads web.href / workflowExecution.id / account.id; the KYX token request keeps the OAuth2 client as axios
  // `auth`. "Never touched: … code already on KYX (`account.<region>.jumio.ai`)", "KYX account creation".
  'neg-kyx-axios-config-kyx-hosts',
];

/** Judged gaps, not reached yet (asserted as failing in the test): the ideal output holds `gap`. */
export const KNOWN_GAPS: Record<string, { has: string[]; manual: RegExp[]; gap: string }> = {};
