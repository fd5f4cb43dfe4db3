// Hold-out round 43 for the front-end rules (iframe-event-handler, iframe-allow, landing-page-params,
// web-client-host, legacy-endpoint on pages). test/holdout/round43-frontend/ was written from the spec
// (real-world-legacy-code.md §2.7 #4, §2.8, §2.10; jumio-api-facts.md §5.5, §5.6) and MIGRATION.md without reading
// the rules. Where round 42 weighed channels beside the frame, round 43 weighs ERROR CODES AND USER-FACING MESSAGES: the
// handler's (and the landing page's) error path — error-code → message tables, i18n lookups keyed by the code, retry
// decisions, analytics and Sentry events carrying the code, and the landing page's `errorCode` query parameter — where
// the only thing MIGRATION.md changes is what 9836 means. Earlier rounds already took (grep of test/holdout/round*-frontend/ and
// frontend*/ for `9836`, `FormattedMessage`, `$t(`, `RETRYABLE`, `new Map(`, `translate`, `Sentry`): message tables as
// `Record<number, string>` object literals with NUMERIC keys — exported with no handler (round 4's 26, two locales,
// two items; round 5's 35), reached by a handler (round 2's 02, frontend/08), an inline `var MESSAGES` beside a
// comparison (round 9's 32, two items); retry lists as an array `.includes`d INSIDE the handler (round 19's 13,
// `JUMIO_RETRYABLE_CODES`), a `new Set([...]).has` inside the handler (round 8's 35) and a `Set` of enum members with
// no handler (round 6's 24); `case 9836:` as its own label in a handler's switch (rounds 8, 10, 13, 19, frontend/08)
// and `case '9836':` on a landing page's `switch (params.get('errorCode'))`, always right after another case's body
// (round 2's 22, round 20's 22, round 22's 12); `errorCode === '9836'` / `Number(errorCode) === 9836` on landing pages
// (rounds 19–35); vue-i18n only as `$t('kyc.failed', { code })` with a FIXED key (rounds 2, 19, 20, 22); Sentry
// carrying the code as a tag beside `retry: code === 9836` (round 32's 01). No corpus file uses react-intl, ngx-translate
// or `$te`, builds an i18n KEY FROM THE CODE, keeps codes in a `new Map<number, string>([...])` or an object keyed by
// code STRINGS (`{ '9836': … }`), GROUPS 9836 under another case label (`case 9821: case 9836:`), reads a retry list
// OUTSIDE the handler (a Vue `computed`), decides a Sentry LEVEL by 9836, or is an errorUrl page that reads `errorCode`
// beside `transactionReference` ALONE (every landing page so far read the pair). Five legacy files, each in another
// style: a React 18 + react-intl step (`<FormattedMessage id={`identity.frame.error.${code}`} />`, `defineMessages`, a
// helper `recoveryFor(code)` the handler calls, whose switch groups `case 9821: case 9836:`, a Segment-style `track`
// carrying the code); a Vue 3 `<script setup>` + vue-i18n component (`$te`/`$t` with keys built from the code in the
// template, a `RETRYABLE_CODES` list named for Netverify in its comment and read only by a `computed`, PostHog); a
// vanilla TypeScript class (a `new Map<number, string>` of copy, `Sentry.captureMessage` whose level is `code === 9836
// ? 'info' : 'error'`); an Angular 17 standalone return page that never names Jumio (ngx-translate keys built from a
// reason, a switch on the `errorCode` query value grouping `case '9821': case '9836':`, an analytics event); and a plain
// HTML errorUrl page (an object keyed by code strings, a dataLayer push, reading `errorCode` and `transactionReference`
// only). Plus 3 lookalikes (40-42) that must stay
// byte-identical, each in the very shape of a legacy file: 03's class for a card acquirer's hosted fields (the same
// numbers in a `Map<number, string>`, the same Sentry level on 9836, no Jumio); 01's step already on KYX, whose switch
// keeps 9836 for KYX's "authentication failure" (and 9835 for the legacy meaning); and 05's page for a pay-by-bank
// checkout's errorUrl (the same string-keyed table and `errorCode`, no Jumio name, no legacy redirect name).
// Which codes are flagged. MIGRATION.md's error-code table ("### Error codes (`errorCode`, `payload.metainfo.code`)")
// reads: "| 9100, 9200, 9210, 9300, 9400, 9800, 9801, 9810 | same | same |", "| 9820 | camera unavailable | file upload
// not enabled and camera unavailable |", "| 9821 | authentication capture failed after 3 attempts | biometric face
// capture failed |", "| 9835 | – | no acceptable submission in 3 attempts (legacy 9836) |", "| 9836 | no acceptable
// submission in 3 attempts | authentication failure |". The decision (#8) is about 9836 alone: "Error code 9836 changed
// meaning | Never rewritten silently: a comparison with 9836 gets a manual item (the old meaning is 9835 now)", and the
// rule's step 5 "**Flags error code 9836** wherever the handler (or a helper it calls) compares with it or lists it
// (`===`, `switch`/`case`, `[…].includes`, lookup tables), and in any table of the file that lists it beside at least
// three other Jumio error codes (an i18n map of messages, a shared `switch`, a list of retryable codes, …) even when no
// handler reaches it … Such a table must also say it is Jumio's — its name or a declaration around it …, or the comment
// block directly above it … names Jumio, Netverify, the web client or `payload.metainfo`. Numbers alone prove nothing";
// "What stays manual" lists "Error code 9836." — and nothing else about codes. So comparisons with the codes that kept
// their meaning (9200/9210, 9300, 9800–9810) and with 9820/9821 (whose wording changed, but which no rule flags) get NO
// item: each judgement pins the lines around them so no marker slips in. Where (landing pages): "`errorCode` stays"
// ("| redirect query (same) | `errorCode` | same |") and "Manual items: the partial pages above, and an `errorCode`
// compared with `9836`". What is never rewritten: the rules edit field names, origins and allow lists; the 9836 item is a
// marker above the code, which is kept ("Never rewritten silently"; fixture `try-catch-switch`'s `case 9836:` stays) —
// so every message text and i18n key must come out as written, asserted below.
// An i18n key built from the code at run time (`identity.frame.error.${code}`, `identity.errors.${code}`) neither
// compares with 9836 nor lists it: no item there (JUDGEMENT CALL: the catalogue that holds the 9836 text lives in a
// locale JSON file outside the corpus, which MIGRATION.md's scan — code of the file — does not reach; a KYX
// authentication failure would then show the legacy text, which the human learns of only through the file's other 9836
// items).
// Item order: the manual items come out in the order of their place in the file, not of the rules (round 7's 31:
// "judged with the items in rule order; they come in page order"; round 19's 11 and round 34's `[IFA, IEH]`).
// Judged by hand from the spec and MIGRATION.md BEFORE the codemod ran (the corpus and this file's judgements were
// written before the first run). Runs the round suite's parts directly (as rounds 18–42).
// First run (at the corpus commit, after 11b544f): 19 tests, 17 passed; every diff read by hand. Two DEFECTS: the
// LOOKALIKE 41 (already on KYX) had the 9836 of its Jumio-named `recoveryFor` switch flagged, though the same switch
// lists 9835, a code only KYX has — such a table is now left alone (error-code-tables.ts); and 03's `new Map([[9836,
// '…'], …])` copy table, which the handler looks up, was not read as a table — a Map's pairs now are (error-code-tables.ts,
// plan.ts). Fixtures error-copy-map-table, neg-kyx-error-table-with-9835. One judgement slip: 03 also gets iframe-allow's
// documented "created at runtime" item (its class creates the frame); the judgement now lists it. 19/19 now.
import { resolve } from 'node:path';
import {
  frontendRoundCorpus, frontendRoundSuite, FULL_ALLOW, KYX_REGEX, SPACED_ALLOW,
  type JudgedExpectation,
} from '../support/frontend-holdout.js';

const DIR = resolve(import.meta.dirname, 'round43-frontend');
const corpus = frontendRoundCorpus(DIR);

type Expectation = JudgedExpectation;
const IEH = 'iframe-event-handler';
const IFA = 'iframe-allow';
const LPP = 'landing-page-params';

const EXPECT: Record<string, Expectation> = {
  // React 18 + react-intl. The handler is "React `useEffect` (with cleanup)", proven by "`origin.endsWith('.netverify.com')`
  // … | same call with `'.jumio.ai'` … | no". Its reads of the parsed event (`data.transactionReference`, three of them:
  // the completion event, `onVerified`, the error event's `reference`) are renamed, and so is the member of `FrameMessage`,
  // "an interface/type alias of the same file" that the parse is asserted to. The analytics calls pass NEW objects of
  // fields (`{ code, recovery, reference: … }`), not the parsed event: no escape. The 9836: `recoveryFor(code)` is "a
  // helper it calls", and its `switch` lists 9836 — "(`===`, `switch`/`case`, …)" — as the second label of a group
  // (`case 9821:` falls into `case 9836:`): one item naming 9835, the labels and the group's body kept. (The same switch
  // is also a table of the file "beside at least three other Jumio error codes" whose comment names the web client and
  // `payload.metainfo`: the same 9836, so still ONE item.) The other groups — 9200/9210, 9300/9800/9801/9810 ("same |
  // same") and 9821 ("biometric face capture failed", not flagged by any rule) — are pinned with no marker between their
  // lines. `<FormattedMessage id={`identity.frame.error.${failure.code}`} … />` lists no code: kept as written, with the
  // `defineMessages` ids and default messages. The JSX frame: "an iFrame on a page whose own scripts attach a **proven
  // Jumio message handler**" gets the KYX list, "`allowFullScreen` in JSX" already there.
  '01-IdentityStep.react-intl.tsx': {
    has: ["if (!event.origin.endsWith('.jumio.ai')) return;",
      '  authorizationToken: string;\n  workflowExecutionId: string;\n  eventType: number;',
      "track('Identity Frame Completed', { reference: data.workflowExecutionId });\n        onVerified(data.workflowExecutionId);",
      "track('Identity Frame Error', { code, recovery, reference: data.workflowExecutionId });",
      "  switch (code) {\n    case 9200:\n    case 9210:\n      // Token or session expired: the back end hands out a fresh redirectUrl.\n" +
        "      return 'new-session';\n    case 9300:\n    case 9800:\n    case 9801:\n    case 9810:\n      return 'reload';\n    case 9821:\n",
      "case 9836:\n      // Three captures in a row were not usable: show the capture tips, then let them start again.\n      return 'coach';",
      'id={`identity.frame.error.${failure.code}`}\n            defaultMessage="The identity check stopped (code {code})."\n            values={{ code: failure.code }}',
      "captureTips: { id: 'identity.frame.captureTips', defaultMessage: 'Face a window or a lamp, and hold still for a moment.' },",
      `allow="${FULL_ALLOW}" allowFullScreen`],
    lacks: ['data.transactionReference', '  transactionReference: string;', "endsWith('.netverify.com')", 'allow="camera;fullscreen"'],
    manual: [IEH], manualMentions: ['9835'],
  },
  // Vue 3 `<script setup>` + vue-i18n. "the Composition API (`onMounted(() => window.addEventListener(…))`)" attaches
  // `onFrameMessage`; its exact-tenant regex is translated — "regex … `/^https:\/\/acme\.netverify\.com$/` … |
  // `…\.web\.(?:amer-1|emea-1|apac-1)\.jumio\.ai…` (tenant label kept, any region) | no" — and the parse behind a
  // `typeof` guard ("behind `typeof` guards or a `typeof … ? JSON.parse(…) : …`") is read through its annotation
  // `FrameEvent`, whose member is renamed with the reads (`emit('verified', …)` hands on a FIELD, not the object; the
  // `failure` ref gets a new object of fields). The 9836 sits in `RETRYABLE_CODES`, read only by the `canRetry` computed —
  // NOT by the handler, so step 5's first half does not reach it; its second half does: "in any table of the file that
  // lists it beside at least three other Jumio error codes (… a list of retryable codes …) even when no handler reaches
  // it", the comment block directly above naming Netverify and `payload.metainfo` — one item naming 9835, the list and
  // the `includes` kept. `cameraHelp.value = code === 9820` compares with a code no rule flags: pinned with the next line.
  // The template's `$te(`identity.errors.${failure.code}`)` / `$t(…)` build their key from the code: kept as written, as
  // are the fixed keys. The template frame gets the KYX list ("the `.vue` component's script" attaches the proven
  // handler), its `allowfullscreen` already there.
  '02-IdentityFrame.vue-i18n.vue': {
    has: [`if (!/^https:\\/\\/brightpath${KYX_REGEX}$/.test(event.origin)) return;`,
      '  authorizationToken: string;\n  workflowExecutionId: string;\n  eventType: number;',
      "emit('verified', data.workflowExecutionId);",
      'failure.value = { code, reference: data.workflowExecutionId };',
      "cameraHelp.value = code === 9820;\n  posthog.capture('identity_frame_error', { error_code: code });",
      'const RETRYABLE_CODES: readonly number[] = [9200, 9210, 9300, 9800, 9836];',
      'const canRetry = computed(() => failure.value !== null && RETRYABLE_CODES.includes(failure.value.code));',
      '<p>{{ $te(`identity.errors.${failure.code}`) ? $t(`identity.errors.${failure.code}`) : $t(\'identity.errors.unknown\', { code: failure.code }) }}</p>',
      "{{ $t('identity.actions.startAgain') }}",
      `allow="${FULL_ALLOW}"\n      allowfullscreen`],
    lacks: ['data.transactionReference', '  transactionReference: string;', 'brightpath\\.netverify', 'allow="camera;fullscreen"'],
    manual: [IEH], manualMentions: ['9835'],
  },
  // Vanilla TypeScript class. "class methods, bound … or arrow properties": the arrow property `onMessage` attached in
  // `open()`; "an origin check on `new URL(event.origin)`'s destructured host (`const { host } = new URL(event.origin)`,
  // also `hostname`) is translated like `new URL(origin).hostname`" — `'.jumio.ai'`, no item. Reads renamed with the
  // `NetverifyMessage` interface (the Sentry `extra` is a new object of fields: no escape). Two 9836s, two items naming
  // 9835: the `[9836, '…']` entry of `JUMIO_ERROR_COPY`, a lookup table the handler reads (`JUMIO_ERROR_COPY.get(code)`:
  // "lists it (… lookup tables)") and a table of the file named for Jumio with seven other codes — JUDGEMENT CALL on the
  // shape: MIGRATION.md names "an i18n map of messages" without saying whether a `new Map([[code, text], …])` is one; a
  // Map of copy keyed by code is exactly that, so it is flagged like an object literal — and `level: code === 9836 ?
  // 'info' : 'error'` in the Sentry call ("compares with it (`===`, …)"), the analytics decision kept as written. The
  // entries 9800/9820/9821 and the comparisons `code === 9200 || code === 9210`, `code === 9820` get nothing (pinned).
  // The copy and the Sentry tag key `jumio.error_code` stay as written. The frame the class creates
  // (`this.frame = document.createElement('iframe')`, "DOM code: `el.setAttribute('allow', '…')` … on an element … that
  // is an iFrame (`createElement('iframe')` …, a widget's `this.frame` that its class … creates as an iFrame …)" beside
  // the proven handler) gets the KYX list in its own separator style ("the separator style (`;` or `; `)"), its
  // `allowfullscreen` already set; `about:blank` on close does not rule it out ("`frame.src = 'about:blank'` … does not").
  '03-identity-frame.error-copy.ts': {
    has: ["const { hostname } = new URL(event.origin);\n    if (!hostname.endsWith('.jumio.ai')) return;",
      '  authorizationToken: string;\n  workflowExecutionId: string;\n  eventType: number;',
      'this.options.onVerified(data.workflowExecutionId);',
      'extra: { reference: data.workflowExecutionId },',
      "  [9800, 'You seem to be offline. Check your connection and try again.'],\n" +
        "  [9820, 'We cannot use your camera. Allow camera access for this site and try again.'],\n" +
        "  [9821, 'We could not capture your face. Please try again in good light.'],\n",
      "[9836, 'We could not accept your photos after three tries. Please start again.'],",
      "if (code === 9200 || code === 9210) {\n      this.close();",
      "this.status.textContent = JUMIO_ERROR_COPY.get(code) ?? FALLBACK_COPY;\n    if (code === 9820) this.status.append(' ', this.cameraHelpLink());",
      "level: code === 9836 ? 'info' : 'error',",
      "tags: { 'jumio.error_code': String(code) },",
      `this.frame.setAttribute('allow', '${SPACED_ALLOW}');\n    this.frame.setAttribute('allowfullscreen', '');`],
    lacks: ['data.transactionReference', '  transactionReference: string;', "'.netverify.com'", "'camera; fullscreen'"],
    // (After the first run, the lead: MIGRATION.md's iframe-allow manual items list "an iFrame created at runtime
    // (`createElement('iframe')`: the vendor guide says not to inject it dynamically …)" — the class creates its frame,
    // so that item comes too, in page order between the two 9836 items; round 37's 01 was judged so.)
    manual: [IEH, IFA, IEH], manualMentions: ['9835'],
  },
  // Angular 17 standalone return page. "Angular `queryParamMap`" (here the snapshot's, kept in a local) read with `get`:
  // the page "reads `transactionStatus` **together with** `transactionReference` from the same query object" — proven —
  // and compares the status only with `'SUCCESS'`; both names renamed, "`errorCode` stays". The 9836: `switch
  // (errorCode)` on the const holding `params.get('errorCode')`, where `case '9836':` is the second label of the group
  // `case '9821': case '9836':` — "Manual items: … an `errorCode` compared with `9836` — its meaning changed: legacy
  // 9836 (…) is 9835 on KYX" (round 2's, 20's and 22's pages had their lone `case '9836':` flagged the same way): one
  // landing-page-params item, the labels kept. The switch does list 9836 beside three other Jumio codes (9200, 9210,
  // 9821), but nothing in the file names Jumio, Netverify, the web client or `payload.metainfo` — "Such a table must
  // also say it is Jumio's … Numbers alone prove nothing" — so step 5's file-wide clause adds no iframe-event-handler
  // item (and no handler is there to reach it). The grouped 9200/9210 ("same | same") and 9821 (flagged by no rule) are
  // pinned with the lines around them. The ngx-translate keys — `'IDENTITY.RETURN.REASON.' + reason`, the titles, the
  // pipe's `{ code: errorCode }` — and the analytics event's `error_code` are the app's own text: kept. (Not an Angular
  // input-binding component: it declares no inputs.)
  '04-identity-return.ngx-translate.component.ts': {
    has: ["const status = params.get('acquisitionStatus');",
      "const errorCode = params.get('errorCode');",
      "this.verified = status === 'SUCCESS';\n    this.reference = params.get('workflowExecutionId');",
      "      switch (errorCode) {\n        case '9200':\n        case '9210':\n          // The session ran out before the member finished",
      "          this.reason = 'SESSION';\n          break;\n        case '9821':\n",
      "case '9836':\n          // Three captures in a row were not accepted: show the capture tips above the retry link.\n          this.reason = 'CAPTURE';",
      "<p>{{ 'IDENTITY.RETURN.REASON.' + reason | translate: { code: errorCode } }}</p>",
      ".get(this.verified ? 'IDENTITY.RETURN.VERIFIED_TITLE' : 'IDENTITY.RETURN.FAILED_TITLE')",
      "this.analytics.event('identity_return', { status: status ?? 'unknown', error_code: errorCode ?? 'none', reason: this.reason });"],
    lacks: ["'transactionStatus'", "'transactionReference'"],
    manual: [LPP], manualMentions: ['9835'],
  },
  // Plain HTML errorUrl page. It reads `errorCode` and `transactionReference` — not `transactionStatus` (the errorUrl
  // is only ever reached with ERROR). "**Tie-breakers.** A page that reads `errorCode` with only one of the two names
  // is flagged, not rewritten": one landing-page-params item, `query.get('transactionReference')` kept (not renamed
  // alone). Its `JUMIO_ERROR_TEXT` object — keyed by code STRINGS, as the `errorCode` query value is one — lists
  // `'9836'` beside seven other Jumio codes, named for Jumio and under a comment naming Jumio and Netverify: step 5's
  // "any table of the file … even when no handler reaches it" — one iframe-event-handler item naming 9835, the entry
  // and its text kept. JUDGEMENT CALLS: (a) that a string key `'9836'` "lists" the code (the landing page's
  // comparisons with `'9836'` are flagged the same way, rounds 2–35); (b) that step 5's table clause, written in the
  // iframe-event-handler rule, scans a page with no message handler — round 4's 26 (a table module, no handler) got
  // its items, and "any table of the file" says so. Order: the partial-page item (at the reads, which open the
  // script) before the table's. `CALL_INSTEAD = ['9100', '9400']` (both "same | same") and the entries 9820/9821 get
  // nothing (pinned); the dataLayer event and its key are kept.
  '05-identity-error.html': {
    has: ["var code = query.get('errorCode') || '';",
      "var reference = query.get('transactionReference');",
      "      '9820': 'We could not use your camera. Allow camera access in your browser and start again.',\n" +
        "      '9821': 'We could not capture your face. Please start again in good light.',\n",
      "'9836': 'We could not accept your photos after three tries. Check the lighting and start again.',",
      "var CALL_INSTEAD = ['9100', '9400'];",
      "document.getElementById('reason').textContent = JUMIO_ERROR_TEXT[code] || JUMIO_ERROR_TEXT.generic;",
      "window.dataLayer.push({ event: 'identity_check_error', identity_error_code: code || 'none' });"],
    lacks: ["query.get('workflowExecutionId')", "query.get('acquisitionStatus')"],
    manual: [LPP, IEH], manualMentions: ['9835', 'errorCode'],
  },
};

/**
 * Judged defects: the right behaviour, asserted with it.fails while the defect stands (a file may have several).
 * A file may also be in EXPECT (what already works there must keep working). Fixed ones move to EXPECT.
 */
const GAPS: Record<string, (Expectation & { why: string })[]> = {};

/** Lookalikes the run touches today (a DEFECT each): tested apart, what the run does now in `today`, the judgement
 * (byte-identical, no item; a rerun stable) with it.fails. */
const LOOKALIKE_GAPS: Record<string, { why: string; today: Expectation }> = {};

/** Unparsed templates the run lists as skipped with manual items; `why` marks a known gap (not listed). */
const UNPARSED_LEGACY: Record<string, { why?: string }> = {};

// The lookalikes (40-42), byte-identical with no item, judged from:
// 40 — 03's class for Northbay Acquiring's hosted card fields: the same `new Map<number, string>` of copy over the same
//      numbers (9100 … 9836, the acquirer's decline codes), the same Sentry level on `code === 9836`, a parsed message
//      with `transactionReference` and `payload.value` / `payload.metainfo.code`. Its handler checks
//      `hostname !== 'fields.northbay-acquiring.com'`: "An origin check against any other host … **vetoes** a handler
//      with no Jumio check, whatever fields it reads" (and the header names a card acquirer and 3-D Secure). So no
//      rename and no 9836 item from the handler; the table is `DECLINE_COPY` under a comment about Northbay's decline
//      codes — "Such a table must also say it is Jumio's … Numbers alone prove nothing: a bank's rejection codes … hold
//      9100–9836 too". Its frame's `allow="payment"` shows no web client (iframe-allow: "Only iFrames proven to show the
//      Jumio web client"). No legacy URL.
// 41 — 01's step already on KYX: `endsWith('.jumio.ai')`, `workflowExecutionId` / `accountId` /
//      `customerInternalReference` in the interface and the reads, and a switch that keeps 9835 with 9821 ("no
//      acceptable submission in 3 attempts (legacy 9836)") and 9836 apart for KYX's "authentication failure". "A handler
//      **already on KYX** (reads `workflowExecutionId`, never `transactionReference`, checks no legacy origin) means
//      KYX's 9836 — its comparisons and tables are not flagged" (no earlier run's marker stands there); the switch sits
//      in the helper the handler calls, so it is the handler's table. The frame already has the full KYX list and
//      `allowFullScreen`. No note ("Notes … for every proven handler not already on KYX").
// 42 — 05's page for Northbay's pay-by-bank errorUrl: the same layout, the same string-keyed table of the same codes
//      (`PAYMENT_ERROR_TEXT`, under a comment about the payment checkout: no Jumio, Netverify, web client or
//      `payload.metainfo`), the same `errorCode` read and dataLayer push, and the checkout's own `orderReference`. It
//      reads neither `transactionStatus` nor `transactionReference`, so neither the proof ("reads `transactionStatus`
//      **together with** `transactionReference`") nor the partial-page flag ("reads `errorCode` with only one of the
//      two names") applies; `errorCode` alone is every provider's word ("`errorCode` stays"). Its 9836 is compared with
//      nothing, and its table does not say it is Jumio's: no item. (Its words are a payment's: "When the function …
//      talks about payments (`payment`, …, `order`, …)" would rule it out besides.)
frontendRoundSuite('hold-out round 43: front-end rules on unseen code, error codes and user-facing messages', DIR, corpus, {
  expected: EXPECT, gaps: GAPS, unparsedLegacy: UNPARSED_LEGACY, lookalikeGaps: LOOKALIKE_GAPS,
  counts: { untouched: 3, files: 8, unparsed: 0 },
});
