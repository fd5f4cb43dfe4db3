// Judgements of the hold-out round 25 backend corpus (test/holdout/round25-backend/), read by round25-backend.test.ts:
// what each file must become (rewrites, manual items), which are only flagged, which must stay byte-identical, and
// the known gaps (asserted as failing until fixed). Written from the spec (real-world-legacy-code.md) and MIGRATION.md
// before the codemod ran on the corpus and without reading the rule code. `not` strings name code forms, never words
// of the inputs' kept comments or of the expected items' own text.
import type { HoldoutExpect as Expect } from '../support/backend-holdout-suite.js';
import { CALLBACK, CATCH, LOOKUP, NOT_WHOLE, RESULT, SEAM, STORE } from '../support/backend-item-patterns.js';

const DATE = /transactionDate is not in the KYX workflow details/;
const ACCOUNT = (region: string) => '`https://account.' + region + '.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`';
const CREATE = (region: string) => `'https://account.${region}.jumio.ai/api/v1/accounts'`;
const RETRIEVAL = (region: string, ref: string) => '`https://retrieval.' + region + '.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${' + ref + '}`';
const BEARER = (region: string) => "Bearer ${await kyxAccessToken('" + region + "')}";
/** The workflow definition of an authentication (MIGRATION.md, the fetch-template-base example). */
const WF9 = "workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }";

/** Judged rewrites. */
export const MIGRATED: Record<string, Expect> = {
  // Authentications.
  // Express 4 (TypeScript): axios.post(EU URL const, inline body, { auth, headers }) as the first element of
  // `const [res, member] = await Promise.all([…, loadMember(id)])`. MIGRATION.md: the value is followed "into `const [r,
  // audit] = await Promise.all([f(ref), other()])`", and reads go through "optional chaining" — `redirectUrl` →
  // `web.href`, `transactionReference` → `workflowExecution.id` (whether `?.` is added on the new level is not judged:
  // only the text around it); POST → PUT on the emea-1 account URL written at the call, the URL const removed
  // ("Constants … that only fed the legacy URL"); axios `auth` gives way to the Bearer header, User-Agent stays; key 9,
  // customerInternalReference from userReference, successUrl under web, 20 → '20m'. The function returns a read, not
  // the response; it was already async with no .catch: no try/catch item.
  'auth-promise-all-optional-chain-read': {
    has: ['axios.put(', ACCOUNT('emea-1'), BEARER('emea-1'), 'resolveKyxAccount(enrollmentRef)', WF9, 'customerInternalReference: memberId',
      'userReference: memberId', 'web: {', "successUrl: 'https://portal.acme-versicherung.de/step-up/ok'", "tokenLifetime: '20m'",
      "'User-Agent': 'Acme Versicherung Portal/2.0'", 'loadMember(memberId)', 'saveFaceLogin(member.id, res.data?.workflowExecution',
      'return res.data?.web', 'href ?? null;'],
    not: ['FACE_LOGIN_URL', 'auth: {', 'JUMIO_API_SECRET', 'enrollmentTransactionReference', 'tokenLifetimeInMinutes', 'axios.post(', 'netverify.com'],
    manual: [LOOKUP],
    noManual: [CATCH, NOT_WHOLE],
  },
  // Express 4 (ESM), the global fetch on the www host literal (US in MIGRATION.md's host table): PUT on the amer-1
  // account URL; the hand-built Basic header gives way to the Bearer header and the `basic` const that only built it is
  // removed; Content-Type, Accept and User-Agent stay; the page URLs under web; `tokenLifetimeInMinutes: ttl` → a
  // `tokenLifetime` ("other expressions → `${n}m`"; whether the const is read through to '45m' is not judged), and
  // `const ttl = 45` stays (the route still reads it). The destructured reads move ("destructuring with renames"). A
  // try surrounds the awaits of an already-async handler: no try/catch item.
  'auth-fetch-ttl-const-identifier': {
    has: ['fetch(' + ACCOUNT('amer-1'), "method: 'PUT'", BEARER('amer-1'), 'resolveKyxAccount(enrollmentRef)', WF9,
      'customerInternalReference: userId', 'userReference: userId', 'web: {',
      'successUrl: `https://bank.acme-transfers.com/transfers/${req.params.transferId}/confirmed`',
      'errorUrl: `https://bank.acme-transfers.com/transfers/${req.params.transferId}/held`', 'tokenLifetime: ', 'const ttl = 45;',
      "'Content-Type': 'application/json'", "'User-Agent': 'Acme Transfers/1.7'", 'href: redirectUrl', 'id: transactionReference',
      'saveFaceLogin(userId, transactionReference)', 'res.json({ faceUrl: redirectUrl, holdMinutes: ttl })'],
    not: ['const basic', 'Basic ${', 'JUMIO_API_SECRET', 'enrollmentTransactionReference', 'tokenLifetimeInMinutes', "method: 'POST'", 'netverify.com'],
    manual: [LOOKUP],
    noManual: [CATCH],
  },
  // Express 4 (CommonJS), axios's config form (`axios({ method: 'post', url, data, auth, headers })`) on the SG host
  // const: MIGRATION.md lists "`axios(config)`"; POST → PUT on the apac-1 account URL (the method's casing is not
  // judged, only that 'post' is gone); the host const and the shorthand `auth` const fed only the call (removed);
  // the body const of the same function: key 9, customerInternalReference from userReference, successUrl under web,
  // "a conditional of literals branch by branch, `isLong ? 60 : 30` → `isLong ? '1h' : '30m'`", and "fields assigned
  // after the literal (`body.successUrl = x`) are rewritten to `body.web.successUrl = x`". Reads move; a try
  // surrounds the awaits: no try/catch item.
  'auth-axios-config-form-sg-conditional-ttl': {
    has: [ACCOUNT('apac-1'), BEARER('apac-1'), 'resolveKyxAccount(enrollmentRef)', WF9, 'customerInternalReference: customerId',
      'userReference: customerId', "successUrl: 'https://remit.acme-pay.sg/face-login/done'", "tokenLifetime: desktop ? '1h' : '30m'",
      'body.web.errorUrl = returnTo;', 'data: body', "'User-Agent': 'Acme Pay SG/3.1'",
      'saveFaceLogin(customerId, response.data.workflowExecution.id)', 'res.json({ next: response.data.web.href })'],
    not: ["method: 'post'", 'JUMIO_API =', 'const auth', 'JUMIO_API_SECRET', 'enrollmentTransactionReference', 'tokenLifetimeInMinutes',
      'body.errorUrl', 'core-sgp'],
    manual: [LOOKUP],
    noManual: [CATCH],
  },
  // Enrolments.
  // ESM, ky.post(EU v4 literal, { json, headers, timeout }).json(): MIGRATION.md (initiate-enrollment) account create on
  // emea-1, method unchanged; workflowId 201 → key 3; presets "also when the presets are a `const` of the file (its
  // values literals) … a const no longer read is removed"; the Basic const removed; successUrl and locale under web;
  // customerInternalReference kept; reads move. Store item; no callbackUrl.
  'enr-ky-json-presets-module-const': {
    has: ['.post(' + CREATE('emea-1'), BEARER('emea-1'),
      "workflowDefinition: { key: 3, credentials: [{ category: 'ID', country: { values: ['DEU'] }, type: { values: ['ID_CARD'] } }] }",
      'customerInternalReference: `saver-${saver.id}`', 'userReference: saver.id', 'web: {', "successUrl: 'https://app.acme-sparen.de/ident/fertig'",
      "locale: 'de'", "'User-Agent': 'Acme Sparen/4.4'", 'timeout: 20_000', 'saveKycCase(saver.id, started.workflowExecution.id)',
      'return { link: started.web.href, reference: started.workflowExecution.id };'],
    not: ['SAVER_PRESETS', 'BASIC', 'JUMIO_API_SECRET', 'workflowId', 'presets', 'netverify.com'],
    manual: [STORE],
    noManual: [/callbackUrl/],
  },
  // ESM, node-fetch inside a `for…of` over drivers (a braced loop body): account create on amer-1, method unchanged;
  // the inline Basic header gives way to the Bearer header; workflowId 100 → key 2 with no presets; callbackUrl kept
  // with its item beside the store item; 4320 → '3d' (MIGRATION.md's example); reads move.
  'enr-node-fetch-for-of-batch-callback': {
    has: ['fetch(' + CREATE('amer-1'), "method: 'POST'", BEARER('amer-1'), 'workflowDefinition: { key: 2 }',
      'customerInternalReference: `driver-${driver.id}`', 'userReference: driver.id',
      "callbackUrl: 'https://api.acme-rides.com/hooks/reverification'", "tokenLifetime: '3d'", "'User-Agent': 'Acme Rides Batch/2.2'",
      'for (const driver of drivers) {', 'saveKycCase(driver.id, json.workflowExecution.id)', 'links.push({ driverId: driver.id, url: json.web.href })'],
    not: ["'Basic '", 'JUMIO_API_SECRET', 'workflowId', 'tokenLifetimeInMinutes', 'netverify.com'],
    manual: [STORE, /callbackUrl/],
    noManual: [CATCH],
  },
  // Retrievals.
  // TypeScript, axios.get(EU literal template, { auth, headers }) inside `for (const reference of references)` of an
  // async function: retrieval URL on emea-1, the account lookup before the request (in the loop body); `auth` gives way
  // to the Bearer header; userReference → workflow.userReference; transactionResult gets its item. The object handed
  // to saveResult is built from reads, not the details.
  'ret-axios-for-of-references': {
    has: ['axios.get(' + RETRIEVAL('emea-1', 'reference'), BEARER('emea-1'), 'resolveKyxWorkflowAccount(reference)',
      "'User-Agent': 'Acme Reconcile EU/1.3'", 'markUserVerified(data.workflow.userReference, passed)', 'user: data.workflow.userReference',
      'for (const reference of references) {'],
    not: ['auth: {', 'JUMIO_API_SECRET', 'netverify.com'],
    manual: [SEAM, RESULT],
  },
  // ESM, ofetch (MIGRATION.md: "ofetch / `$fetch`") on an SG base const holding the host and the path, the reference
  // appended in a template: retrieval host on apac-1 (how the const is rewritten or removed is not judged), Bearer
  // header; userReference → workflow.userReference; transactionDate gets its item ("createdAt (or startedAt)").
  'ret-ofetch-sg-host-const': {
    has: ['retrieval.apac-1.jumio.ai/api/v1/accounts/', BEARER('apac-1'), 'resolveKyxWorkflowAccount(ref)',
      "'User-Agent': 'Acme Wallet Risk/5.0'", 'user: details.workflow.userReference'],
    not: ["'Basic '", 'JUMIO_API_SECRET', 'core-sgp'],
    manual: [SEAM, DATE],
  },
};

/** Legacy calls and handlers left working but flagged: the only change is the markers. */
export const FLAGGED: Record<string, RegExp[]> = {
  // Callbacks.
  // Express 4 (CommonJS): `app.post('/hooks/face-auth', express.urlencoded(…), handleFaceAuth)` with the function
  // declared below, a route path naming no vendor; the handler compares `req.body.callBackType` with
  // NETVERIFY_AUTHENTICATION ("It is Jumio's callback only when the handler compares against
  // `NETVERIFY_AUTHENTICATION`") and destructures the form from req.body. Nothing but one item naming each field read
  // with its KYX place (the callback table).
  'cb-express-urlencoded-named-handler-below': [CALLBACK, /transactionReference → workflowExecution\.id/, /transactionResult → /,
    /userReference → userReference/],
};

/** Lookalikes: byte-identical, no item. */
export const UNTOUCHED = [
  // A card processor's hosted checkout on its own host (`api.paycore-gateway.com/api/v1/web/initiate`, a literal the
  // codemod reads) through axios.post with `auth`, with the legacy body's field names (userReference, successUrl,
  // errorUrl, tokenLifetimeInMinutes) and redirectUrl / transactionReference read: MIGRATION.md proves a call by "a
  // legacy Jumio API host **and** the path"; "Field names alone never trigger a rewrite".
  'neg-axios-other-vendor-web-initiate',
  // Already on KYX: the token from auth.amer-1.jumio.ai/oauth2/token (Basic with the KYX client pair), a PUT on
  // account.amer-1 with workflow key 9, web.*, tokenLifetime, and reads of web.href / workflowExecution.id.
  // MIGRATION.md: KYX code is never touched.
  'neg-fetch-kyx-already-token-and-put',
];

/** Judged gaps, not reached yet (asserted as failing in the test): the ideal output holds `gap`. */
export const KNOWN_GAPS: Record<string, { has: string[]; manual: RegExp[]; gap: string }> = {};
