// Judgements of the hold-out round 37 backend corpus (test/holdout/round37-backend/), read by round37-backend.test.ts:
// what each file must become (rewrites, manual items), which are only flagged, which must stay byte-identical, and
// the known gaps (asserted as failing until fixed). Written from the spec (real-world-legacy-code.md,
// jumio-api-facts.md) and MIGRATION.md before the codemod ran on the corpus and without reading the rule code. `not`
// strings name code forms, never words of the inputs' kept comments or of the expected items' own text.
//
// The corpus weighs MULTI-TENANT backends: the data centre and the credentials chosen per tenant at run time. What
// MIGRATION.md decides: a URL whose host is "object maps indexed by a runtime key" (a const map of the file) is proven
// — "every branch is mapped: a small legacy-origin → account-origin table is written next to the call and the
// region-selection code is kept" (retrieval: "A region chosen at run time in the URL written at the call … is
// migrated", `kyxAccessToken(kyxOrigin)`); a host read from a tenant record / a Map filled at start-up is "a value the
// codemod cannot read" — the call is flagged, never rewritten; credentials read by a call (`await getSecret()`,
// Secrets Manager) "stay with an item (remove it and what computes it)".
import type { HoldoutExpect as Expect } from '../support/backend-holdout-suite.js';
import { CALLBACK, CATCH, LOOKUP, NOT_WHOLE, RESULT, SEAM } from '../support/backend-item-patterns.js';

const WF9 = "workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }";
const WORKFLOW = 'workflow: { id: string; userReference?: string };';
/** The item of credentials read by a call and left unread ("stays with an item (remove it and what computes it)"). */
const UNREAD = /no longer read|what computes it/;
/** The item of a legacy call whose host the codemod cannot read. */
const UNSEEN = /cannot read/;
const DATE = /transactionDate is not in the KYX workflow details/;
const LEAVES = /retrieval details leave here whole/;

/** Judged rewrites. */
export const MIGRATED: Record<string, Expect> = {
  // Tenant row from the Host header (TypeScript, Express, already async with its own try/next): the URL is
  // `${JUMIO_API[tenant.dataCentre]}/api/authentication/v1/web/initiate`, JUMIO_API a const map of the file over the
  // three legacy hosts — "object maps indexed by a runtime key" are followed, "When the URL is chosen per region
  // (switch, map, ternary), every branch is mapped: a small legacy-origin → account-origin table is written next to the
  // call and the region-selection code is kept" (Decisions: "derived from the KYX URL for region maps"), so the call
  // goes to `${kyxOrigin}/api/v1/accounts/${kyxAccount.accountId}` with PUT and `kyxAccessToken(kyxOrigin)`; JUMIO_API
  // stays. The Basic pair is destructured from `await tenantJumioSecret(tenant.id)`, a call to Secrets Manager:
  // "credentials destructured from a call (`const { token, secret } = await getSecret()`) that are no longer read" are
  // flagged — the destructuring stays (so the cache function stays), with its item. Body: key 9 with the ID credential,
  // customerInternalReference from userReference, page URLs and locale under web, callbackUrl kept,
  // `tokenLifetimeInMinutes: tenant.sessionMinutes` → "other expressions → `${n}m`". The cast's interface moves to the
  // KYX shape (timestamp kept); the reads move; the route returns an object of its own names (no "leaves whole" item).
  // Content-Type and User-Agent stay. The lookup and token are awaited inside the route's own try: no try/catch item.
  'auth-tenant-record-region-map-secrets': {
    has: ['`${kyxOrigin}/api/v1/accounts/${kyxAccount.accountId}`', 'kyxAccessToken(kyxOrigin)', "'https://account.amer-1.jumio.ai'",
      "'https://account.emea-1.jumio.ai'", "'https://account.apac-1.jumio.ai'", 'JUMIO_API[tenant.dataCentre]', "EU: 'https://lon.netverify.com',",
      'resolveKyxAccount(member.enrolmentReference)', "method: 'PUT'", WF9, 'customerInternalReference: member.memberId',
      'userReference: member.memberId', 'web: {', 'successUrl: `${tenant.publicOrigin}/face-login/done`', 'callbackUrl: `${tenant.publicOrigin}/hooks/jumio`',
      'tokenLifetime: `${tenant.sessionMinutes}m`', 'web: { href: string }', 'workflowExecution: { id: string }', 'timestamp: string;',
      'await saveFaceLogin(member.memberId, session.workflowExecution.id);', 'redirectTo: session.web.href',
      "'User-Agent': `Bankly Platform/3.2 (${tenant.slug})`", 'const { apiToken, apiSecret } = await tenantJumioSecret(tenant.id);'],
    not: ['tokenLifetimeInMinutes', "method: 'POST'", 'enrollmentTransactionReference:', 'redirectUrl: string', "Authorization: 'Basic '",
      'session.redirectUrl', 'session.transactionReference'],
    manual: [LOOKUP, UNREAD],
    noManual: [CATCH, NOT_WHOLE],
  },
  // Tenant directory (TypeScript): `result(hostHeader, reference)` of a class resolves the tenant through a Map handed
  // to its constructor, then fetches `${NETVERIFY_HOSTS[tenant.dataCentre]}/api/netverify/v2/authentications/${reference}`
  // — the map a const of the file, written at the call: "A region chosen at run time in the URL written at the call
  // (`${NETVERIFY_HOSTS[region]}/api/netverify/v2/authentications/${ref}`) is migrated … `const kyxOrigin = ({
  // 'https://lon.netverify.com': 'https://retrieval.emea-1.jumio.ai', … })[new URL(<the legacy URL>).origin]` beside
  // the call (the map stays …), the call goes to `${kyxOrigin}/api/v1/accounts/${accountId}/workflow-executions/${ref}`
  // and asks `kyxAccessToken(kyxOrigin)`". The Basic value is `const basic = await tenantBasic(tenant.tenantId)`, a
  // promise cache over Secrets Manager: "A credentials variable left dead whose initialiser is a call not known to be
  // free of side effects (… `await getSecret(…)`) stays with an item … the retrieval rule keeps it too, with the same
  // item" (judged from that sentence; `tenantBasic` also builds the Basic value, but it sends a request and fills a
  // cache, so it is not "a local function that only built it"). Interface gets the workflow member; userReference and
  // transactionReference move; transactionResult and transactionDate flagged; the method returns its own object.
  'ret-tenant-host-header-region-map-cached-basic': {
    has: ['${kyxOrigin}/api/v1/accounts/${accountId}/workflow-executions/${reference}', 'Bearer ${await kyxAccessToken(kyxOrigin)}',
      "'https://retrieval.amer-1.jumio.ai'", "'https://retrieval.emea-1.jumio.ai'", "'https://retrieval.apac-1.jumio.ai'",
      'const { accountId } = await resolveKyxWorkflowAccount(reference);', 'NETVERIFY_HOSTS[tenant.dataCentre]',
      "const NETVERIFY_HOSTS: Record<'US' | 'EU' | 'SG', string> = {", 'const basic = await tenantBasic(tenant.tenantId);', WORKFLOW,
      'reference: details.workflow.id,', 'memberId: details.workflow.userReference ?? null,', "passed: details.transactionResult === 'PASSED',",
      'decidedAt: details.transactionDate,', "'User-Agent': 'Bankly Platform Results/3.2'", 'if (res.status === 404) return null;'],
    not: ['Authorization: `Basic ${basic}`', 'details.userReference', 'details.transactionReference'],
    manual: [SEAM, RESULT, DATE, UNREAD],
    noManual: [LEAVES, CATCH],
  },
};

/** Legacy calls and handlers left working but flagged: the only change is the markers. */
export const FLAGGED: Record<string, RegExp[]> = {
  // got poller (ESM): the base URL and API user come from `jumioConfigs.get(tenantId)`, a Map filled at start-up from a
  // database table. "Flagged, not rewritten: … the retrieval path after a host that is a value the codemod cannot read
  // (`${settings.jumioBase}/api/netverify/v2/authentications/${ref}`, a parameter, …: fixture unseen-host-retrieval)".
  'ret-tenant-config-map-startup-got': [UNSEEN],
  // v4 enrolment (ESM): `axios.post(`${jumio.apiBase}/api/v4/initiate`, body, { auth: jumio.auth, … })`, the base URL
  // from a Map<tenantId, config> built at boot from MongoDB. "a legacy initiate body sent to a URL whose host is a value
  // the codemod cannot read … decided by the body (… `customerInternalReference` with a field only the v4 request has
  // — `workflowId`, a top-level `successUrl`/`errorUrl` … — and no `workflowDefinition`: an enrolment), when the path
  // after that value is … `/api/v4/initiate`" (initiate-authentication's "What it flags", fixture
  // initiate-enrollment/unseen-host-v4). Nothing rewritten.
  'enr-tenant-config-map-startup-axios': [UNSEEN],
  // Express urlencoded receiver (ESM) on every tenant's hostname, comparing callBackType with NETVERIFY_AUTHENTICATION
  // ("It is Jumio's callback only when the handler compares against `NETVERIFY_AUTHENTICATION`"), reading
  // transactionResult, userReference, callbackDate and transactionReference from `req.body`: "Nothing but one manual
  // item", naming each field read with its KYX place (the callback table). The tenant resolution from the Host header
  // is the app's own: no other item judged.
  'cb-tenant-host-header-urlencoded': [CALLBACK, /transactionReference → workflowExecution\.id/, /transactionResult → retrieval/,
    /callbackDate → callbackSentAt/],
};

/** Lookalikes: byte-identical, no item. */
export const UNTOUCHED = [
  // auth-tenant-record-region-map-secrets already on KYX: the tenant row from the Host header, a region map of KYX
  // regions (`amer-1`…), a per-tenant OAuth2 client from Secrets Manager and its token (a Basic header to
  // auth.<region>.jumio.ai for the token), PUT on account.<region>.jumio.ai with workflowDefinition key 9, reads of
  // web.href and workflowExecution.id. "Never touched: … KYX code"; no legacy host, path or field.
  'neg-kyx-tenant-record-region-map-secrets',
  // ret-tenant-config-map-startup-got's shape for Onfido: the same start-up Map from a pg table, got on
  // `${cfg.baseUrl}/v3.6/checks/${…}` with a `Token token=` header. Another vendor ("Siblings such as Onfido, Veriff …
  // must not be touched"); the path is no legacy path, so the unknown host proves nothing.
  'neg-onfido-tenant-config-map-startup-got',
];

/** Judged gaps, not reached yet (asserted as failing in the test): the ideal output holds `gap`. */
export const KNOWN_GAPS: Record<string, { has: string[]; manual: RegExp[]; gap: string }> = {};
