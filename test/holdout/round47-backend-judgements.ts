// Judgements of the hold-out round 47 backend corpus (test/holdout/round47-backend/), read by round47-backend.test.ts:
// what each file must become (rewrites, manual items), which are only flagged, which must stay byte-identical, and
// the known gaps (asserted as failing until fixed). Written from the spec (real-world-legacy-code.md,
// jumio-api-facts.md) and MIGRATION.md before the codemod ran on the corpus and without reading the rule code. `not`
// strings name code forms, never words of the inputs' kept comments or of the expected items' own text.
//
// The corpus weighs THE MAPPING'S EDGE CASES IN HOW THE REQUEST IS FILLED (jumio-api-facts §5.2, §5.10). What
// MIGRATION.md decides, point by point:
// - `tokenLifetimeInMinutes`: "The largest exact unit: 30 → `"30m"`, 60 → `"1h"`, 1440 → `"1d"`, 90 → `"90m"`; a
//   constant written as arithmetic of literals (`60 * 24 * 30`) counts as one (`"30d"`), and a conditional of constants
//   is converted branch by branch (`isLong ? 60 : 30` → `isLong ? "1h" : "30m"`); any other non-literal `n` →
//   `` `${n}m` ``". So 1500 → '25h' and `60 * 24 * 1.5` (2160) → '36h' (hours are the largest exact unit; days are not
//   exact), `Number(env) * 60` and a ConfigService read → `` `${…}m` ``. MIGRATION.md says nothing of KYX's bounds
//   ("tokenLifetime | string, min `5m`, max `60d`", jumio-api-facts §4): JUDGEMENT CALL (below, per file) — a literal
//   converted to a value outside 5m–60d is converted as documented AND gets a manual item naming tokenLifetime and the
//   bound, since KYX would answer 400 on every such request and only a human can choose the new value;
// - `locale`: "`locale` | `web.locale`" with no conversion ("Every legacy value is still valid", jumio-api-facts §5.2).
//   JUDGEMENT CALL: a value outside the legacy list (`'en_US'`, `'zh-Hans-SG'`, a helper's result) is moved verbatim —
//   rewriting a value MIGRATION.md does not document would be a guess — and no item is judged either way;
// - return pages: "`successUrl`/`errorUrl`/`locale` → `web.*`", "the codemod flags literal values that are too long"
//   (decision 6; "literal `successUrl` values longer than 255 characters"). Relative pages and pages built from a
//   query string are moved verbatim; MIGRATION.md names no check of them: JUDGEMENT CALL, no item judged either way
//   (their length is unknown before run time; relative pages were already against the legacy URL rules); a body
//   with no page gets no invented one;
// - `customerInternalReference`: "`customerInternalReference` added when missing (the `userReference`, else the
//   enrollment reference)" (decision 3); present, it is kept and not added again. An e-mail in `userReference` is
//   copied like an id: JUDGEMENT CALL — MIGRATION.md decides the copy without an exception for personal data, and the
//   codemod cannot know a value is an e-mail; no PII item is judged either way. For an enrolment the field is the
//   customer's and stays ("`customerInternalReference` | `customerInternalReference`");
// - `callbackUrl`: "Kept when present, never invented" (decision 9); on an enrolment "a body with a `callbackUrl` —
//   KYX now posts its JSON callback there" gets its item; on an authentication no such item is documented (the
//   callback-handler rule takes its receiver);
// - enrolments: "`workflowId` 100–102 → key 2, 200–202 → key 3", "`presets: [{ index: 1, country, type }]` →
//   `credentials: [{ category: 'ID', country: { values: [country] }, type: { values: [type] } }]`", and "a `workflowId`
//   with no known key" is flagged;
// - fields the mapping does not know (v3 leftovers, `clientIp`): "Field names alone never trigger a rewrite" and
//   "**userConsent** is not added: there is no legacy source" — kept as written, never renamed, no `userConsent` built.
// Where MIGRATION.md is silent the judgement is the conservative one and is said to be a JUDGEMENT CALL.
import type { HoldoutExpect as Expect } from '../support/backend-holdout-suite.js';
import { CALLBACK, CATCH, LOOKUP, NOT_WHOLE, RESULT, SEAM, STORE } from '../support/backend-item-patterns.js';

const ACCOUNT = (region: string) => '`https://account.' + region + '.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`';
const RETRIEVAL = (region: string, ref: string) => '`https://retrieval.' + region + '.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${' + ref + '}`';
const BEARER = (region: string) => "Bearer ${await kyxAccessToken('" + region + "')}";
/** The workflow definition of an authentication (MIGRATION.md, the fetch-template-base example). */
const WF9 = "workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }";
/** The lookup before the request, keyed by the reference the legacy URL held. */
const WORKFLOW_LOOKUP = (ref: string) => `const { accountId } = await resolveKyxWorkflowAccount(${ref});`;
/** The item of a transactionDate the details type declares ("`transactionDate` | `createdAt` (or `startedAt`)"). */
const DATE = /transactionDate is not in the KYX workflow details/;
/** The item of retrieval details that leave the function whole ("returned, sent, stored"). */
const LEAVES = /retrieval details leave here whole/;
/** The item of a literal successUrl over KYX's 255 characters (decision 6), in whatever order the words come. */
const LONG_SUCCESS = /successUrl[^\n]*255|255[^\n]*successUrl/;
/** JUDGEMENT CALL: the item of a tokenLifetime outside KYX's 5m–60d (its wording is not documented: the field and a
 * word of the bound, on one item's line). */
const LIFETIME_RANGE = /tokenLifetime[^\n]*(?:5m|60d|5 minutes|60 days|minimum|maximum|range|bound|exceed|at most|at least)|(?:5m|60d|5 minutes|60 days|minimum|maximum|range|bound|exceed|at most|at least)[^\n]*tokenLifetime/i;
/** The enrolment's callbackUrl item ("KYX now posts its JSON callback there"). */
const CALLBACK_URL = /callbackUrl/;
/** No allowlist item (an absence, written as a pattern anchored at the start of the joined messages, since the FLAGGED
 * shape takes patterns only). */
const NO_ALLOWLIST = /^(?![\s\S]*legacy Jumio callback source allowlist)/;
/** One callback item only (an absence of a second one, as above). */
const ONE_CALLBACK = /^(?![\s\S]*legacy Jumio authentication callback[\s\S]*legacy Jumio authentication callback)/;
/** The callback item does not name these fields (an absence, as above): the handler does not read them. */
const NOT_NAMED = (...fields: string[]) => new RegExp(`^(?![\\s\\S]*\\b(?:${fields.join('|')}) → )`);

/** Judged rewrites. */
export const MIGRATED: Record<string, Expect> = {
  // A KOA ROUTER WITH THE PAYER'S E-MAIL AS userReference, AN ACCEPT-LANGUAGE HELPER, QUERY-STRING RETURN PAGES AND A
  // LIFETIME IN HOURS FROM THE ENVIRONMENT (EU `lon.netverify.com`, TypeScript, axios). `axios.post<FaceLoginStarted>(
  // `${NETVERIFY_EU}/api/authentication/v1/web/initiate`, { enrollmentTransactionReference, userReference:
  // payment.payer.email, successUrl: `${PORTAL_ORIGIN}/…/confirmed?${resume}`, errorUrl: `…/failed?${resume.toString()}`,
  // locale: preferredLocale(ctx.get('Accept-Language')), tokenLifetimeInMinutes: Number(process.env.STEP_UP_LINK_HOURS ??
  // '2') * 60 }, { auth, headers })` where `resume` is a `URLSearchParams` and `preferredLocale` a same-file function
  // cutting the header's first tag to five characters. The call: "`POST` → `PUT` `https://account.<region>.jumio.ai/
  // api/v1/accounts/${kyxAccount.accountId}`, with the region of the legacy host (… EU → `emea-1` …)", axios.post →
  // axios.put (as rounds 2–46 judged), the lookup "inserted before the request is built", key 9 with the ID credential,
  // "Basic (axios/request `auth`, …) → Authorization: `Bearer ${await kyxAccessToken('<region>')}`" among the headers;
  // NETVERIFY_EU "only fed the legacy URL" and goes; PORTAL_ORIGIN is still read and stays. The body:
  // "`customerInternalReference` added when missing (the `userReference`, …)" → the e-mail (JUDGEMENT CALL above: the
  // documented copy, no PII item judged); the three pages move under `web` as written — the query-string pages are no
  // literals ("the codemod flags literal values that are too long"), the locale helper's call is a value; the hours
  // expression is no literal: "any other non-literal `n` → `` `${n}m` ``". The generic's interface moves ("followed to
  // the interface … and rewritten to the KYX shape", `timestamp` stays). The helper and the URLSearchParams stay as
  // written. The route answers its own object; a Koa handler already async with no .catch: no try/catch item.
  'auth-koa-accept-language-email-reference-axios': {
    has: ["import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.js';", 'axios.put<FaceLoginStarted>(', ACCOUNT('emea-1') + ',',
      'const kyxAccount = await resolveKyxAccount(payment.payer.netverifyEnrollment);', WF9, 'customerInternalReference: payment.payer.email',
      'userReference: payment.payer.email,', 'web: {', 'successUrl: `${PORTAL_ORIGIN}/payments/step-up/confirmed?${resume}`',
      'errorUrl: `${PORTAL_ORIGIN}/payments/step-up/failed?${resume.toString()}`', "locale: preferredLocale(ctx.get('Accept-Language'))",
      "tokenLifetime: `${Number(process.env.STEP_UP_LINK_HOURS ?? '2') * 60}m`",
      'Authorization: `' + BEARER('emea-1') + '`', "Accept: 'application/json'", "'User-Agent': 'Nordlicht-OnlineBanking/12.4'",
      // the response interface, moved
      'web: { href: string }', 'workflowExecution: { id: string }', 'timestamp: string;',
      'await markStepUpStarted(payment.id, data.workflowExecution.id, data.timestamp);', 'ctx.body = { faceLoginUrl: data.web.href };',
      // the app's own code, as written
      "const PORTAL_ORIGIN = process.env.PORTAL_ORIGIN ?? 'https://banking.nordlicht.example';",
      "function preferredLocale(acceptLanguage: string | undefined): string {\n  const first = (acceptLanguage ?? '').split(',')[0]?.split(';')[0]?.trim();\n" +
        "  if (!first) return 'de';\n  return first.length > 5 ? first.slice(0, 5) : first;\n}",
      'const resume = new URLSearchParams({ paymentId: payment.id, amount: String(payment.amountMinor), currency: payment.currency });'],
    not: ['NETVERIFY_EU', 'auth: {', 'NORDLICHT_NV_SECRET', 'axios.post<', 'tokenLifetimeInMinutes:', 'enrollmentTransactionReference:',
      'redirectUrl: string;', 'transactionReference: string;', 'userConsent: {'],
    manual: [LOOKUP],
    noManual: [NOT_WHOLE, CATCH, CALLBACK],
  },
  // A FASTIFY PLUGIN WITH NO RETURN PAGES, `locale: 'en_US'`, A CALLBACK URL AND A KIOSK LIFETIME BELOW KYX'S MINIMUM (US
  // `netverify.com`, TypeScript, got). `got.post(INITIATE, { json: { enrollmentTransactionReference, userReference:
  // member.memberId, callbackUrl: '…/hooks/netverify/limit-change', locale: 'en_US', tokenLifetimeInMinutes: kiosk ? 3 :
  // 20 }, username, password, headers }).json<InitiateResult>()`. The call: "got" → `.put(kyxUrl, …)` on account.amer-1
  // ("US → `amer-1`"), the lookup, key 9, customerInternalReference from userReference, "got `username`/`password`" →
  // the Bearer header among the headers, "A migrated got/ky call gets `retry: { limit: 0 }` in its own options"; INITIATE
  // goes. The body: "`callbackUrl` … Kept when present, never invented"; the locale alone under `web` — inline, as
  // MIGRATION.md's example writes a one-field `web: { successUrl: … }` — and verbatim (JUDGEMENT CALL above: `en_US` is
  // no value of the legacy list, and no rewrite to `en-US` is documented); no page invented. The lifetime: "a
  // conditional of constants is converted branch by branch" → `kiosk ? '3m' : '20m'`. JUDGEMENT CALL: '3m' is under
  // KYX's minimum ("min `5m`", jumio-api-facts §4; the legacy minimum was 5 too, so the kiosk branch was never valid):
  // a manual item naming tokenLifetime and the bound is expected, the branch converted as documented. The alias moves.
  // The route answers its own object. JUDGEMENT CALL: no callbackUrl item on an authentication (MIGRATION.md documents
  // that item for enrolments only) — not judged here either way (see the NestJS file).
  'auth-fastify-kiosk-ternary-en-us-got': {
    has: ["import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.js';", '.put(' + ACCOUNT('amer-1') + ', {',
      'const kyxAccount = await resolveKyxAccount(member.netverifyEnrollmentRef);', WF9, 'customerInternalReference: member.memberId',
      'userReference: member.memberId,', "callbackUrl: 'https://api.prairiefcu.example/hooks/netverify/limit-change',", "web: { locale: 'en_US' }",
      // (After the first run, the lead: JUDGEMENT SLIP — MIGRATION.md's branch-by-branch conversion is for lifetimes in
      // range; a branch outside it (3 < 5) keeps the value as minutes, `${…}m`, with the range item judged below.)
      'tokenLifetime: `${kiosk ? 3 : 20}m`', 'Authorization: `' + BEARER('amer-1') + '`', "Accept: 'application/json'",
      "'User-Agent': 'PrairieFCU-Cards/5.3'", 'retry: { limit: 0 }', '.json<InitiateResult>();',
      // the alias, moved
      'web: { href: string }', 'workflowExecution: { id: string }',
      'await saveLimitChangeSession(cardId, started.workflowExecution.id, terminalId ?? null);',
      'return reply.code(201).send({ next: started.web.href, kiosk });',
      // the route's own code, as written
      "const terminalId: string | undefined = request.headers['x-kiosk-terminal'];", 'const kiosk = terminalId !== undefined;'],
    not: ['const INITIATE', 'username:', 'password:', 'PFCU_NV_SECRET', 'tokenLifetimeInMinutes: kiosk', 'enrollmentTransactionReference:',
      "'en-US'", 'successUrl:', 'errorUrl:', 'redirectUrl: string', 'transactionReference: string'],
    manual: [LOOKUP, LIFETIME_RANGE],
    noManual: [NOT_WHOLE, CATCH, CALLBACK],
  },
  // AN EXPRESS ROUTER WITH A successUrl LITERAL OF 339 CHARACTERS, A RELATIVE errorUrl AND A NON-ROUND NUMBER OF DAYS
  // (SG `core-sgp.jumio.com`, ESM `.mjs`, superagent). `superagent.post(`${NETVERIFY_SG}/api/authentication/v1/web/
  // initiate`).auth(token, secret).set('Accept', …).set('User-Agent', …).send({ enrollmentTransactionReference,
  // userReference: member.memberNo, successUrl: '<339 characters of campaign tags>', errorUrl: '/redeem/face-login/
  // failed', locale: member.language === 'zh' ? 'zh-Hans-SG' : 'en-SG', tokenLifetimeInMinutes: 1500 })`, the answer
  // destructured. The call: "superagent chains" → `.put(kyxUrl)` on account.apac-1 ("SG → `apac-1`"), "superagent
  // `.auth()`" → `.set('Authorization', …)` (the enrolment rule's example), the other `.set()`s stay, the lookup inside
  // the `try`, key 9, customerInternalReference from userReference; NETVERIFY_SG goes. The body: the pages and the
  // locale under `web` as written — "Comments beside or above a moved `successUrl`/`errorUrl` move with it into `web`";
  // the long literal: decision 6 "the codemod flags literal values that are too long" / "literal `successUrl` values
  // longer than 255 characters" — an item naming successUrl and 255, the call still migrated (the item is listed with
  // the items of migrated calls, and the value is the human's to shorten); the relative errorUrl and the tags outside
  // the legacy list: JUDGEMENT CALL above, moved verbatim, no item judged. 1500 minutes: "The largest exact unit" →
  // '25h' (not a whole number of days), inside 5m–60d: no lifetime item. The destructuring reaches the KYX fields and
  // the locals keep their names ("destructuring with renames and defaults", as rounds 16 and 46 judged). Inside the
  // route's `try` (errors reach `next(err)`): no try/catch item.
  'auth-express-long-tracking-success-url-superagent': {
    has: ["import { kyxAccessToken, resolveKyxAccount } from './kyx-auth", '.put(' + ACCOUNT('apac-1') + ')',
      ".set('Authorization', `" + BEARER('apac-1') + '`)', ".set('Accept', 'application/json')", ".set('User-Agent', 'LionCityRewards/6.2')",
      'const kyxAccount = await resolveKyxAccount(member.jumioEnrollmentRef);', WF9, 'customerInternalReference: member.memberNo',
      'userReference: member.memberNo,', 'web: {',
      "successUrl: 'https://rewards.lioncity.example/redeem/face-login/complete?utm_source=identity-check&utm_medium=redirect" +
        '&utm_campaign=high-value-redemption-2021q3&utm_content=voucher-step-up&lc_channel=mobile-web&lc_journey=redeem-high-value-voucher' +
        "&lc_ab=face-login-copy-variant-b&lc_return=%2Fredeem%2Fvouchers%2Fhigh-value%2Fconfirm%3Fsource%3Dstep-up'",
      "errorUrl: '/redeem/face-login/failed'", "locale: member.language === 'zh' ? 'zh-Hans-SG' : 'en-SG'", "tokenLifetime: '25h'",
      'web: { href: redirectUrl }', 'workflowExecution: { id: transactionReference }', '} = response.body;',
      'await recordRedemptionStepUp(req.params.voucherId, member.memberNo, transactionReference);',
      'res.status(201).json({ faceLoginUrl: redirectUrl });'],
    not: ['NETVERIFY_SG', '.auth(', 'LCR_NV_SECRET', 'tokenLifetimeInMinutes:', 'enrollmentTransactionReference:', '.post(`${'],
    manual: [LOOKUP, LONG_SUCCESS],
    noManual: [NOT_WHOLE, CATCH, CALLBACK, LIFETIME_RANGE],
  },
  // A NESTJS SERVICE WHOSE AUTHENTICATION BODY ALREADY HOLDS customerInternalReference, WITH A CONFIGSERVICE LIFETIME AND
  // V3 LEFTOVERS (US `www.netverify.com`, TypeScript, global fetch). `fetch(NETVERIFY_INITIATE, { method: 'POST', headers:
  // { …, Authorization: `Basic ${NETVERIFY_BASIC}`, … }, body: JSON.stringify({ enrollmentTransactionReference,
  // customerInternalReference: wire.id, userReference: wire.customer.id, successUrl, errorUrl, callbackUrl:
  // `${this.config.get('PUBLIC_API_URL')}/hooks/netverify/face-login`, locale, tokenLifetimeInMinutes:
  // Number(this.config.get('NETVERIFY_LINK_MINUTES') ?? 15), merchantReportingCriteria: 'wire-step-up', clientIp }) })`,
  // the answer cast to an interface of the file. The call: PUT on account.amer-1 ("`netverify.com`, `www.netverify.com`
  // | `amer-1`"), the lookup, key 9, the pre-encoded Basic header → the Bearer one; NETVERIFY_INITIATE and NETVERIFY_BASIC
  // ("`const credentials = Buffer.from(…)`") go. The body: "`customerInternalReference` added WHEN MISSING" — present,
  // it stays as the team wrote it and is not copied from userReference a second time; pages and locale under `web`;
  // "`callbackUrl` … Kept when present, never invented"; the ConfigService read is "any other non-literal `n` → ``
  // `${n}m` ``". JUDGEMENT CALL: `merchantReportingCriteria` (a v3 name) and `clientIp` are fields MIGRATION.md does not
  // map: kept as written ("Field names alone never trigger a rewrite") — not renamed to `reportingCriteria`, and no
  // `userConsent` built from the client IP ("**userConsent** is not added: there is no legacy source … tenants that
  // enforce it add it by hand"); no item judged for them either way. JUDGEMENT CALL: on an authentication the callbackUrl
  // gets no item — decision 9 is "Kept when present, never invented", and the "KYX now posts its JSON callback there"
  // item is the enrolment rule's, for an ID-verification receiver the callback rule does not take (the authentication
  // receiver gets its own item from callback-handler). The cast's interface moves; the method returns its own object:
  // nothing leaves whole; already async, no .catch: no try/catch item.
  'auth-nest-config-extra-fields-fetch': {
    has: ["import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.js';", 'await fetch(' + ACCOUNT('amer-1') + ', {', "method: 'PUT',",
      'const kyxAccount = await resolveKyxAccount(wire.customer.netverifyEnrollmentRef);', WF9, 'customerInternalReference: wire.id,',
      'userReference: wire.customer.id,', 'web: {', 'successUrl: `${appUrl}/wires/${wire.id}/verified`', 'errorUrl: `${appUrl}/wires/${wire.id}/declined`',
      'locale: wire.customer.locale', "callbackUrl: `${this.config.get('PUBLIC_API_URL')}/hooks/netverify/face-login`,",
      "tokenLifetime: `${Number(this.config.get('NETVERIFY_LINK_MINUTES') ?? 15)}m`",
      "merchantReportingCriteria: 'wire-step-up',\n        clientIp,",
      "Accept: 'application/json',", "'Content-Type': 'application/json',", 'Authorization: `' + BEARER('amer-1') + '`,',
      "'User-Agent': 'KeystoneSavings-Wires/2.7',", 'const started = (await res.json()) as NetverifyInitiateResponse;',
      'web: { href: string }', 'workflowExecution: { id: string }', 'timestamp: string;',
      'await recordWireStepUp(wire.id, started.workflowExecution.id);', 'return { url: started.web.href, reference: started.workflowExecution.id };',
      "const appUrl: string = this.config.get('PUBLIC_APP_URL');"],
    not: ['NETVERIFY_INITIATE', 'NETVERIFY_BASIC', 'KEYSTONE_NV_SECRET', 'Basic ${', "method: 'POST'", 'tokenLifetimeInMinutes:',
      'enrollmentTransactionReference:', 'customerInternalReference: wire.customer.id', "reportingCriteria: 'wire-step-up'", 'userConsent: {',
      'redirectUrl: string;', 'transactionReference: string;'],
    manual: [LOOKUP],
    noManual: [NOT_WHOLE, CATCH, CALLBACK, CALLBACK_URL, LONG_SUCCESS],
  },
  // A HAPI ROUTE WITH RELATIVE RETURN PAGES, NO userReference AND A DAY AND A HALF WRITTEN AS ARITHMETIC (EU
  // `lon.netverify.com`, TypeScript, undici). `request(`${NV_EU}/api/authentication/v1/web/initiate`, { method: 'POST',
  // headers: { accept, 'content-type', authorization: NV_AUTH, 'user-agent' }, body: JSON.stringify({
  // enrollmentTransactionReference: holder.netverifyEnrollment, successUrl: '/konto/auszahlung/bestaetigt', errorUrl:
  // '/konto/auszahlung/abgebrochen', locale: 'de', tokenLifetimeInMinutes: 60 * 24 * 1.5 }) })`, `(await body.json()) as
  // StepUpStarted`. The call: "`undici.request`", PUT on account.emea-1, the lookup, key 9, the Basic const → the Bearer
  // header under the same lower-case key (as rounds 2, 42 and 44 judged undici's `authorization`); NV_EU and NV_AUTH go.
  // The body: "`customerInternalReference` added when missing (the `userReference`, ELSE THE ENROLLMENT REFERENCE)" →
  // `holder.netverifyEnrollment` (decision 3: "a vendor id, not PII"), no userReference invented; the relative pages and
  // `'de'` under `web` verbatim (JUDGEMENT CALL above: no item judged for the relative pages; they are short literals, so
  // no 255 item); `60 * 24 * 1.5` is "a constant written as arithmetic of literals" = 2160 → "The largest exact unit" →
  // '36h', inside 5m–60d. The cast's interface moves. The handler answers its own object; already async: no try/catch.
  'auth-hapi-relative-return-pages-no-reference-undici': {
    has: ["import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.js';", 'await request(' + ACCOUNT('emea-1') + ', {', "method: 'PUT',",
      'const kyxAccount = await resolveKyxAccount(holder.netverifyEnrollment);', WF9, 'customerInternalReference: holder.netverifyEnrollment',
      'web: {', "successUrl: '/konto/auszahlung/bestaetigt'", "errorUrl: '/konto/auszahlung/abgebrochen'", "locale: 'de'", "tokenLifetime: '36h'",
      "accept: 'application/json',", "'content-type': 'application/json',", 'authorization: `' + BEARER('emea-1') + '`,',
      "'user-agent': 'Alpenland-Kundenportal/3.2',", 'const started = (await body.json()) as StepUpStarted;',
      'web: { href: string }', 'workflowExecution: { id: string }', 'timestamp: string;',
      'await savePayoutChangeStepUp(holder.id, started.workflowExecution.id);', 'return h.response({ link: started.web.href }).code(201);'],
    // (After the first run, the lead: JUDGEMENT SLIP — the hapi route's own `method: 'POST'` stays; the call's is pinned
    // as `method: 'PUT'` in `has`.)
    not: ['NV_EU', 'NV_AUTH', 'ALPENLAND_NV_SECRET', "method: 'POST',\n          headers", 'tokenLifetimeInMinutes:', 'enrollmentTransactionReference:', 'userReference:',
      '60 * 24 * 1.5', 'redirectUrl: string;', 'transactionReference: string;'],
    manual: [LOOKUP],
    noManual: [NOT_WHOLE, CATCH, CALLBACK, LONG_SUCCESS, LIFETIME_RANGE],
  },
  // AN ENROLMENT WITH A PRESET, THE GUARANTOR'S E-MAIL AS userReference, A CALLBACK URL AND 90 DAYS (US `netverify.com`,
  // CommonJS, axios). `axios.post('https://netverify.com/api/v4/initiate', { customerInternalReference:
  // `${offerId}:${guarantor.id}`, userReference: guarantor.email, workflowId: 201, presets: [{ index: 1, country: 'USA',
  // type: 'DRIVING_LICENSE' }], successUrl, errorUrl, callbackUrl, locale: 'en', tokenLifetimeInMinutes: 60 * 24 * 90 },
  // { auth, headers })`. The call: "`POST https://account.<region>.jumio.ai/api/v1/accounts` (account create; method
  // unchanged) with `workflowDefinition` — `workflowId` … 200–202 → key 3; `presets: [{ index: 1, country, type }]` →
  // `credentials: [{ category: 'ID', country: { values: [country] }, type: { values: [type] } }]`" (inside
  // workflowDefinition, as rounds 19, 39, 42 and 44 judged), the web fields, "`callbackUrl` … Kept when present", axios
  // `auth` → the Bearer header; the helper comes in by `require` ("in the file's language and module system"). The
  // references are the customer's: "`customerInternalReference` | `customerInternalReference`", "`userReference` |
  // `userReference` | … Unchanged" — the e-mail stays where it is (JUDGEMENT CALL above: no PII item judged). The
  // lifetime: "a constant written as arithmetic of literals … counts as one" → 129600 minutes → '90d'. JUDGEMENT CALL:
  // '90d' is over KYX's maximum ("max `60d`"; the legacy maximum, 86400 minutes, was 60 days too): converted as
  // documented, with a manual item naming tokenLifetime and the bound — the offer period is a business rule only a
  // human can reconcile with the vendor's limit. Items: "on every migrated call, storing `account.id` and the ID
  // credential id", "a body with a `callbackUrl` — KYX now posts its JSON callback there". The reads move; the route
  // answers its own object; inside the route's `try` (errors reach `next(err)`): no try/catch item.
  'enr-express-presets-quarter-lifetime-axios': {
    has: ["require('./kyx-auth", "'https://account.amer-1.jumio.ai/api/v1/accounts',",
      "workflowDefinition: { key: 3, credentials: [{ category: 'ID', country: { values: ['USA'] }, type: { values: ['DRIVING_LICENSE'] } }] }",
      'customerInternalReference: `${offerId}:${guarantor.id}`,', 'userReference: guarantor.email,', 'web: {',
      'successUrl: `https://offers.bluestem-lending.example/offers/${offerId}/identity/done`',
      'errorUrl: `https://offers.bluestem-lending.example/offers/${offerId}/identity/problem`', "locale: 'en'",
      "callbackUrl: 'https://api.bluestem-lending.example/webhooks/netverify/id-verification',",
      // (After the first run, the lead: JUDGEMENT SLIP, as for the kiosk lifetime: 60 × 24 × 90 is out of range, so it
      // stays minutes, with the range item.)
      'tokenLifetime: `${60 * 24 * 90}m`',
      'Authorization: `' + BEARER('amer-1') + '`', "Accept: 'application/json'", "'User-Agent': 'Bluestem-Offers/3.0'",
      'await saveGuarantorVerification(guarantor.id, data.workflowExecution.id, data.timestamp);',
      'res.status(201).json({ link: data.web.href, validForDays: 90 });', 'module.exports = router;'],
    not: ['workflowId:', 'presets:', 'tokenLifetimeInMinutes: 60', 'BLUESTEM_NV_SECRET', 'auth: {', '/api/v1/accounts/', "'https://netverify.com"],
    manual: [STORE, CALLBACK_URL, LIFETIME_RANGE],
    noManual: [LOOKUP, NOT_WHOLE, CATCH, CALLBACK],
  },
  // AN ENROLMENT WHOSE workflowId COMES FROM THE ENVIRONMENT, WITH A PRESET, A QUERY-STRING successUrl, NO errorUrl AND V3
  // LEFTOVERS (EU `lon.netverify.com`, TypeScript, Hono, global fetch). `fetch(NETVERIFY_V4, { method: 'POST', headers:
  // { …, Authorization: 'Basic ' + Buffer.from(…).toString('base64'), … }, body: JSON.stringify({
  // customerInternalReference: application.id, userReference: application.driverId, workflowId:
  // Number(process.env.NETVERIFY_WORKFLOW_ID ?? '200'), presets: [{ index: 1, country: 'DEU', type: 'ID_CARD' }],
  // successUrl: `${process.env.APP_ORIGIN}/onboarding/return?${back}`, reportingCriteria, tokenLifetimeInMinutes: 10080,
  // authorizationTokenLifetime: 604800, customerId }) })`, the answer cast inline. The call: POST on
  // account.emea-1's `/api/v1/accounts` ("method unchanged"), the inline Basic header → the Bearer one, NETVERIFY_V4 goes;
  // the literal preset → `credentials` (with the same `category: 'ID'` form); the one page under `web`, no errorUrl
  // invented; "`reportingCriteria` | `reportingCriteria`" stays; 10080 → '7d'. The workflowId: "a `workflowId` with no
  // known key" is flagged (MIGRATION.md: "an id with no known key stays: its item names it"). JUDGEMENT CALL: which key
  // (if any) is written in its place is not judged — for a body that has a workflowId the codemod cannot read,
  // MIGRATION.md documents only the item ("no `workflowId` → key 3" is for a body without one). JUDGEMENT CALL:
  // `authorizationTokenLifetime` (v3's token lifetime, in seconds) and `customerId` are not fields of the mapping: kept
  // as written, never folded into `tokenLifetime` ("Field names alone never trigger a rewrite"). The inline cast's type
  // is rewritten to the KYX shape ("inline `as { … }`"); the route answers its own object; no callbackUrl: no such item.
  'enr-hono-env-workflow-id-v3-leftovers-fetch': {
    has: ["import { kyxAccessToken } from './kyx-auth.js';", 'https://account.emea-1.jumio.ai/api/v1/accounts', "method: 'POST',",
      'Authorization: `' + BEARER('emea-1') + '`', "'User-Agent': 'DonauMobility-Onboarding/1.8',",
      "credentials: [{ category: 'ID', country: { values: ['DEU'] }, type: { values: ['ID_CARD'] } }]",
      'customerInternalReference: application.id,', 'userReference: application.driverId,', 'web: {',
      'successUrl: `${process.env.APP_ORIGIN}/onboarding/return?${back}`', 'reportingCriteria: `onboarding-${application.market}`,',
      "tokenLifetime: '7d'",
      '// Carried over from the v3 call (seconds; the v4 guide does not list them).\n      authorizationTokenLifetime: 604800,\n' +
        '      customerId: application.customerId,',
      "const back = new URLSearchParams({ application: application.id, step: 'identity' });",
      'web: { href: string }', 'workflowExecution: { id: string }',
      'await saveIdentityLink(application.id, started.workflowExecution.id, started.web.href);', 'return c.json({ href: started.web.href }, 201);'],
    not: ['NETVERIFY_V4', 'DONAU_NV_SECRET', "'Basic '", 'presets:', 'tokenLifetimeInMinutes:', 'errorUrl:', '/api/v1/accounts/', 'lon.netverify.com',
      'redirectUrl: string', 'transactionReference: string'],
    manual: [STORE, /workflowId/],
    noManual: [LOOKUP, NOT_WHOLE, CATCH, CALLBACK, CALLBACK_URL],
  },
  // A RETRIEVAL THAT ACCEPTS THE RESULT ONLY FOR THE SAME E-MAIL (SG `core-sgp.jumio.com`, TypeScript, Fastify, got).
  // `got(`${NV_SG_AUTHENTICATIONS}/${encodeURIComponent(change.faceLoginRef)}`, { username, password, headers
  // }).json<AuthenticationDetails>()`, then pending on CREATED / STARTED, `details.userReference?.toLowerCase() ===
  // change.employee.workEmail.toLowerCase()`, `details.transactionResult === 'PASSED'`, and
  // `settleSalaryAccountChange(change.id, approved, details.transactionReference)`. The call: "got", the retrieval URL
  // on apac-1 keeping the encoding ("a URL that percent-encodes it … keeps the encoding, the store is keyed by the raw
  // `workflowExecution.id`"), the lookup before the request, "got `username`/`password`" → the Bearer header among the
  // headers; the base const fed only this call and goes (as rounds 20, 21, 45 and 46 judged a retrieval base const).
  // The reads: "`transactionReference` → `workflow.id`, `userReference` → `workflow.userReference`" — the e-mail
  // comparison keeps its optional chain on the moved read; `transactionResult` (three reads) is flagged and stays; the
  // generic's interface "get[s] one `workflow: { id; userReference? }` member", `transactionResult` / `transactionDate`
  // kept with their item ("Interfaces that still carry non-exact fields get one item naming them"). JUDGEMENT CALL: the
  // e-mail in userReference needs no item of its own ("`userReference` | `userReference` | … Unchanged" in the request;
  // the value comes back under `workflow.userReference`). The route answers its own object: nothing leaves whole.
  'ret-fastify-email-user-reference-match-got': {
    has: ["import { kyxAccessToken } from './kyx-auth.js';", "import { resolveKyxWorkflowAccount } from './kyx-workflow-account.js';",
      'await got(' + RETRIEVAL('apac-1', 'encodeURIComponent(change.faceLoginRef)') + ', {', WORKFLOW_LOOKUP('change.faceLoginRef'),
      'Authorization: `' + BEARER('apac-1') + '`', "Accept: 'application/json'", "'User-Agent': 'MerlionPayroll-HR/4.1'",
      '}).json<AuthenticationDetails>();', 'workflow: { id: string; userReference?: string }',
      "transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';", 'transactionDate: string;',
      "if (details.transactionResult === 'CREATED' || details.transactionResult === 'STARTED') {",
      'const sameEmployee = details.workflow.userReference?.toLowerCase() === change.employee.workEmail.toLowerCase();',
      "const approved = details.transactionResult === 'PASSED' && sameEmployee;",
      'await settleSalaryAccountChange(change.id, approved, details.workflow.id);',
      "return reply.send({ status: approved ? 'approved' : 'rejected', mismatch: !sameEmployee });"],
    not: ['NV_SG_AUTHENTICATIONS', 'username:', 'password:', 'MERLION_NV_SECRET', 'core-sgp.jumio.com', 'details.userReference',
      'transactionReference: string;', 'userReference?: string;'],
    manual: [SEAM, RESULT, DATE],
    noManual: [LEAVES, CATCH, CALLBACK],
  },
};

/** Legacy calls and handlers left working but flagged: the only change is the markers. */
export const FLAGGED: Record<string, RegExp[]> = {
  // AN EXPRESS URLENCODED RECEIVER THAT FINDS THE CUSTOMER BY THE E-MAIL IN userReference (ESM `.mjs`).
  // `router.post('/hooks/netverify/face-login', express.urlencoded(…), …)` destructures callBackType,
  // transactionReference, transactionResult and callbackDate from `req.body`, answers 204 unless `callBackType` is
  // NETVERIFY_AUTHENTICATION, reads `req.body.userReference` (lower-cased to find the customer by login e-mail) and stores
  // the result with `new Date(callbackDate)`. "It is Jumio's callback only when the handler compares against
  // `NETVERIFY_AUTHENTICATION`" (and the route names `netverify`); "nothing but one manual item" naming "for every
  // legacy field this handler reads, where it is now": callBackType → `workflowExecution.definitionKey`,
  // transactionReference → `workflowExecution.id`, transactionResult → retrieval, callbackDate → `callbackSentAt`
  // ("`callbackDate` | `callbackSentAt` | exact | renamed"). No IP or hostname list: no allowlist item. PRECISION: the
  // handler reads no enrollmentTransactionReference, idScanImageFace, scanSource, livenessImages or transactionDate: the
  // item names none of them. JUDGEMENT CALL: `userReference` is "exact | unchanged" in the callback table; whether the
  // item lists it is not judged (and the e-mail in it needs no item: KYX's callback carries `userReference` as before).
  'cb-express-email-user-reference-callback-date': [CALLBACK, /callBackType → workflowExecution\.definitionKey/,
    /transactionReference → workflowExecution\.id/, /transactionResult → retrieval/, /callbackDate → callbackSentAt/, NO_ALLOWLIST,
    NOT_NAMED('enrollmentTransactionReference', 'idScanImageFace', 'scanSource', 'livenessImages', 'transactionDate'), ONE_CALLBACK],
};

/** Byte-identical, no item: the three lookalikes. */
export const UNTOUCHED = [
  // auth-nest-config-extra-fields-fetch once on KYX: the same NestJS service with its own client-credentials token
  // (Basic of the OAuth2 client to `https://auth.amer-1.jumio.ai/oauth2/token`, cached), `fetch(`${KYX_ACCOUNTS}/
  // ${wire.customer.kyxAccountId}`, { method: 'PUT', … })` with `customerInternalReference`, `userReference`,
  // `workflowDefinition: { key: 9, credentials: […] }`, `web: { successUrl, errorUrl, locale }`, a callbackUrl,
  // `tokenLifetime: `${Number(this.config.get('KYX_LINK_MINUTES') ?? 15)}m``, `reportingCriteria` and a `userConsent`
  // built from the client IP. "Never touched: … code already on KYX (`account.<region>.jumio.ai`)".
  'neg-kyx-nest-config-extra-fields-fetch',
  // auth-express-long-tracking-success-url-superagent's shape for a payment provider's hosted page: the same router and
  // superagent chain with `.auth()` and `.send({ merchantReference, amount, currency, userReference, successUrl: '<320
  // characters of campaign tags>', errorUrl: '/wallet/top-up/failed', locale, tokenLifetimeInMinutes: 1500 })` to
  // `https://api.merlionpay.example/v2/hosted-payments/initiate`, the answer's `redirectUrl` / `transactionReference`
  // destructured. "Field names alone never trigger a rewrite"; a host the codemod reads that is not a legacy host, and
  // no `enrollmentTransactionReference` in the body; "`transactionReference`: payment and banking code everywhere".
  'neg-psp-express-long-tracking-success-url-superagent',
  // enr-express-presets-quarter-lifetime-axios's shape for another identity vendor: the same router and axios call with
  // `customerInternalReference`, an e-mail `userReference`, `workflowId: 201`, a GBR passport preset, pages, a
  // callbackUrl, `locale: 'en_GB'` and `60 * 24 * 90` minutes, to `https://api.veridocs.example/v3/identity-sessions`,
  // reading `redirectUrl` / `transactionReference`. "Never touched: … other vendors' `/v4/initiate`" — here not even
  // that path, on a host the codemod reads that is no legacy host ("Field names alone never trigger a rewrite").
  'neg-idv-vendor-express-presets-quarter-lifetime-axios',
];

/** Judged gaps, not reached yet (asserted as failing in the test): the ideal output holds `gap`. */
export const KNOWN_GAPS: Record<string, { has: string[]; manual: RegExp[]; gap: string }> = {};
