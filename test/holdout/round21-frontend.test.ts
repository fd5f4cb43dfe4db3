// Hold-out round 21 for the front-end rules (iframe-event-handler, iframe-allow, landing-page-params,
// web-client-host, legacy-endpoint on pages). test/holdout/round21-frontend/ was written from the spec
// (real-world-legacy-code.md §2.7, §2.8, §2.10; jumio-api-facts.md §2, §5.4–5.6) and MIGRATION.md without reading the
// rules. Like rounds 19 and 20 it weighs COMMON real-world shapes, written in ways rounds 2–20 have not: a React
// component whose useEffect holds an inline arrow handler checking `startsWith('https://') || endsWith(…)` on a
// destructured origin, parsing behind a typeof ternary in a try, `switch (data?.payload?.value)` with optional
// chaining everywhere, a 9836 comparison through a local, and a JSX frame whose allow is a double-quoted string in an
// expression container (`allow={"camera; fullscreen"}`); an Angular standalone component with
// `@HostListener('window:message', ['$event'])`, a discriminated union of three interfaces for the events and a
// multi-tenant regex const; a Vue 3 composable `useJumio()` returning refs, its handler checking a
// `TRUSTED = ['https://acme.netverify.com', 'https://acme.lon.netverify.com']` list with `.includes`, and the
// component of another file that uses it, its frame's `:allow` bound to a const of the script; a static page with
// `window.onmessage = function (e) {…}` testing a data-centre origin list with `indexOf(…) < 0`; a Svelte 5 component
// attaching its listener in `$effect` (props through `$props()`); a TS class whose handler is a PRIVATE arrow field
// (`#handle`) attached in connect(), giving `#kyc-frame` its list through setAttribute; a Marko 5 component (no rule
// parses it: listed); landing pages: a Vue Router route-config `beforeEnter` guard reading `to.query`, a Next.js App
// Router server page reading the `searchParams` prop by member (index-signature type) with errorCode '9836', a React
// Router v6 data loader reading `new URL(request.url).searchParams`, an Express router destructuring `req.query` with
// a default (`transactionStatus = 'ERROR'`) and comparing `Number(errorCode) === 9836` before a Handlebars render, and
// a static page parsing `location.search` with a tiny hand-written parser; a legacy web-client URL template turned
// into a QR code. Plus 12 lookalikes (40-51) that must stay byte-identical, each in the very shape of a legacy file:
// Stripe 3-D Secure in the useEffect shape (01), Onfido in the HostListener/union shape (02), a Veriff composable and
// its component (03/04), Persona in the window.onmessage page (05), Sumsub in the Svelte 5 $effect (06), the shop's own
// cart bus with a private arrow handler (07), a card-payment return in the beforeEnter shape ('AUTHORISED', 09), an
// App Router page already on KYX comparing errorCode with KYX's '9836' (10; no earlier marker above it), a bank
// transfer return in the loader shape (11), a donation return in the Express shape (12) and a refund status page in
// the hand-written-parser shape (13).
// Judged by hand from the spec and MIGRATION.md BEFORE the codemod ran (the corpus and this file's judgements were
// committed before the first run). Runs the round suite's parts directly (as rounds 18–20).
// First run (at 4846d81, the corpus and judgements committed before it): 54 tests, 51 passed, 3 failed; 11 of the 14
// legacy files as judged (08's Marko template listed as skipped with its items) and all 12 lookalikes byte-identical;
// every diff read by hand, no judgement corrected. The three failures were DEFECTS, fixed in the same session with a
// fixture red without each: an origin check pairing `startsWith('https://')` with the legacy suffix was read as
// another vendor's (a scheme alone was taken for a host), which vetoed the handler — left legacy with only
// legacy-endpoint's origin item (01, React useEffect; 06, Svelte 5 $effect; origin.ts originVendor); and
// `Number(errorCode) === 9836` on an Express landing page got no item (12; compared-values.ts converted()).
// After the fixes: 54 passed, no known gap.
import { resolve } from 'node:path';
import {
  frontendRoundCorpus, frontendRoundSuite, FULL_ALLOW, KYX_REGEX, SPACED_ALLOW,
  type JudgedExpectation,
} from '../support/frontend-holdout.js';

const DIR = resolve(import.meta.dirname, 'round21-frontend');
const corpus = frontendRoundCorpus(DIR);

type Expectation = JudgedExpectation;
const IEH = 'iframe-event-handler';
const IFA = 'iframe-allow';
const LPP = 'landing-page-params';
const WCH = 'web-client-host';

const EXPECT: Record<string, Expectation> = {
  // React useEffect, inline arrow handler: `!origin.startsWith('https://') || !origin.endsWith('.netverify.com')` on
  // the destructured origin is a domain check (the scheme test kept): domain for domain. The optional reads renamed;
  // `code === 9836` (code from data?.payload?.metainfo?.code) flagged, legacy meaning now 9835. The JSX frame's
  // double-quoted literal in braces merged in its own spacing, allowFullScreen added.
  '01-IdentityStep.effect.tsx': {
    has: ["if (!origin.startsWith('https://') || !origin.endsWith('.jumio.ai')) return;", "onVerified(data?.workflowExecutionId ?? '');",
      'const code = data?.payload?.metainfo?.code;', 'code === 9836', `allow={"${SPACED_ALLOW}"}`, 'allowFullScreen'],
    lacks: ['data?.transactionReference', 'netverify.com'], manual: [IEH], manualMentions: ['9835'],
  },
  // Angular @HostListener('window:message', ['$event']): the multi-tenant regex const keeps its tenant label and takes
  // any KYX region, no item; the event asserted as a union of three same-file interfaces, each a Jumio event with the
  // field: each member renamed with the read (left, the component stops type-checking); the inline template's frame
  // completed.
  '02-identity-frame.component.ts': {
    has: [KYX_REGEX, 'workflowExecutionId: string;', 'this.verified.emit(message.workflowExecutionId);', `allow="${FULL_ALLOW}"`, 'allowfullscreen'],
    lacks: ['transactionReference', 'netverify'], manual: [],
  },
  // Vue 3 composable: the same-file TRUSTED list checked with includes is exact: acme.netverify.com becomes the tenant's
  // amer-1 KYX origin with the region item (no legacy API call in the run tells the region), the data-centre host
  // acme.lon.netverify.com its emea-1 origin with none; the guard and the read renamed.
  '03-useJumio.ts': {
    has: ["'https://acme.web.amer-1.jumio.ai'", "'https://acme.web.emea-1.jumio.ai'", 'if (!TRUSTED.includes(event.origin)) return;',
      'if (data.workflowExecutionId) reference.value = data.workflowExecutionId;'],
    lacks: ['netverify.com', 'data.transactionReference'], manual: [IEH], manualMentions: ['acme.web.apac-1.jumio.ai'],
  },
  // The component using that composable (imported from a local module whose exported declaration attaches the proven
  // handler): its frame is the client's; the allow bound to a script const (`:allow="FRAME_ALLOW"`) is computed:
  // flagged, as a JSX `allow={FRAME_ALLOW}` was in round 14.
  '04-IdentityCheck.vue': {
    has: [`TODO(netverify-migrate): ${IFA}`, ':allow="FRAME_ALLOW"'], manual: [IFA],
  },
  // Static page, window.onmessage = function (e): a same-file list holding the data-centre white-label origin, tested
  // with `indexOf(e.origin) < 0` (a skip of anything else, like `!includes`): its host tells the region (emea-1), no
  // item; the read renamed; the frame (src set by the script) completed in its spacing.
  '05-verify-frame.html': {
    has: ["var TRUSTED_ORIGINS = ['https://acme.web.emea-1.jumio.ai'];", 'if (TRUSTED_ORIGINS.indexOf(e.origin) < 0) {',
      "document.getElementById('verification-ref').value = data.workflowExecutionId;", `allow="${SPACED_ALLOW}"`, 'allowfullscreen'],
    lacks: ['netverify.com', 'transactionReference'], manual: [],
  },
  // Svelte 5: the listener added in $effect (an ordinary addEventListener); the two-part origin check domain for domain;
  // the read renamed; the markup frame completed.
  '06-IdentityFrame.svelte': {
    has: ["if (!e.origin.startsWith('https://') || !e.origin.endsWith('.jumio.ai')) return;", "onverified?.(message.workflowExecutionId)",
      `allow="${FULL_ALLOW}"`, 'allowfullscreen'],
    lacks: ['netverify.com', 'transactionReference'], manual: [],
  },
  // A class whose handler is a private arrow field (#handle) attached in connect(): an arrow property like any other;
  // the `as` interface's member and the optional-call read renamed; the frame looked up by an id the script cannot see
  // and given camera;fullscreen beside the proven handler: list completed, the missing flag added after it.
  '07-kyc-bridge.ts': {
    has: ["if (!e.origin.endsWith('.jumio.ai')) return;", 'workflowExecutionId: string;', 'this.#onDone?.(msg.workflowExecutionId);',
      `setAttribute('allow', '${FULL_ALLOW}')`, "'allowfullscreen'"],
    lacks: ['netverify.com', 'transactionReference'], manual: [],
  },
  // Vue Router route config: the `beforeEnter` guard of the landing route reads the pair from `to.query` (and
  // errorCode): the route's own query, renamed like a page's own guard (left, every KYX return is sent back to
  // /identity before the page renders).
  '09-router.ts': {
    has: ['const status = to.query.acquisitionStatus;', 'const reference = to.query.workflowExecutionId;', 'code: to.query.errorCode'],
    lacks: ['transactionStatus', 'transactionReference'], manual: [],
  },
  // Next.js App Router server page: the `searchParams` prop destructured in the parameter, read by member (an index
  // signature: no type to rename); errorCode '9836' flagged.
  '10-identity-result.page.tsx': {
    has: ["if (searchParams.acquisitionStatus === 'SUCCESS') {", 'await recordIdentityResult(String(searchParams.workflowExecutionId));',
      "const locked = searchParams.errorCode === '9836';"],
    lacks: ['searchParams.transactionStatus', 'searchParams.transactionReference'], manual: [LPP], manualMentions: ['9835'],
  },
  // React Router v6 data loader: `new URL(request.url).searchParams` kept in a const, the pair renamed.
  '11-identity-return.route.tsx': {
    has: ["url.searchParams.get('acquisitionStatus')", "url.searchParams.get('workflowExecutionId')", "url.searchParams.get('errorCode')"],
    lacks: ["'transactionStatus'", "'transactionReference'"], manual: [],
  },
  // Express router rendering a Handlebars view: req.query destructured with a default, local names kept;
  // `Number(errorCode) === 9836` flagged.
  '12-identity-done.routes.js': {
    has: ["const { acquisitionStatus: transactionStatus = 'ERROR', workflowExecutionId: transactionReference, errorCode } = req.query;",
      'tooManyAttempts: Number(errorCode) === 9836,'],
    lacks: ["{ transactionStatus = 'ERROR', transactionReference"], manual: [LPP], manualMentions: ['9835'],
  },
  // Static page, the page's own parser (a local function whose body reads location.search) read by member.
  '13-verify-done.html': {
    has: ["if (q.acquisitionStatus === 'SUCCESS') {", "'Reference: ' + q.workflowExecutionId"],
    lacks: ['q.transactionStatus', 'q.transactionReference'], manual: [],
  },
  // A legacy web-client URL template (the token substituted) handed to a QR code: flagged (web.href of the KYX
  // response), never rewritten; the item quotes no query string.
  '14-handoff-qr.ts': {
    has: [`TODO(netverify-migrate): ${WCH}`, 'const handoffUrl = `https://acme.netverify.com/web/v4/app?authorizationToken='], manual: [WCH], manualMentions: ['web.href'],
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
const UNPARSED_LEGACY: Record<string, { why?: string }> = {
  // A Marko 5 component: its class attaches a handler checking endsWith('.netverify.com') and reading the doc sample's
  // fields (eventType, dateTime, transactionReference, payload.value, payload.metainfo); its tag frame keeps
  // camera;fullscreen.
  '08-identity-frame.marko': {},
};

frontendRoundSuite('hold-out round 21: front-end rules on unseen code, common shapes written afresh', DIR, corpus, {
  expected: EXPECT, gaps: GAPS, unparsedLegacy: UNPARSED_LEGACY, lookalikeGaps: LOOKALIKE_GAPS,
  counts: { untouched: 12, files: 25, unparsed: 1 },
});
