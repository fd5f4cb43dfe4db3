// Hold-out round 32 for the front-end rules (iframe-event-handler, iframe-allow, landing-page-params,
// web-client-host, legacy-endpoint on pages). test/holdout/round32-frontend/ was written from the spec
// (real-world-legacy-code.md §2.7, §2.8, §2.10) and MIGRATION.md without reading the rules. Where round 31 weighed
// server-rendered pages, round 32 weighs the OBSERVABILITY AND RESILIENCE CODE production teams wrap around the web
// client: analytics fed from the event's fields (GA4 `gtag('event', …)`, Segment `analytics.track`, Datadog RUM
// `addAction`), Sentry breadcrumbs and `captureMessage`, a watchdog timer, the raw message forwarded to the server with
// `navigator.sendBeacon`, a handler wrapped by a higher-order function before it is attached, a landing page that
// reports the outcome to analytics before it redirects, and a React error boundary around the frame component — code
// in which a rule must rename the reads it feeds, keep the app's own analytics keys, and flag only what really leaves
// the handler whole. Six legacy files: a plain ES module whose watchdog (`setTimeout` re-armed on 'loaded', cleared on
// every event) reports a silent frame to Sentry and GA4, its handler (`endsWith('.netverify.com')`) writing the reference
// into a Sentry breadcrumb's `data`, a GA4 event and a `CustomEvent`'s `detail`, comparing `code === 9836` through a
// local, and the page's frame looked up by id and given `setAttribute('allow', 'camera;fullscreen')`; a React TSX screen
// whose class error boundary (`getDerivedStateFromError` / `componentDidCatch` to Sentry and Datadog) wraps a function
// component whose `useEffect` handler (an exact-tenant regex const, a `let data: IdentityFrameEvent` parse in try/catch)
// feeds `datadogRum.addAction`, its JSX frame `camera;fullscreen` without allowFullScreen; a Vue options component
// whose method handler (`includes('netverify.com')`, a typeof-ternary parse) destructures the event and sends the
// reference to Segment as a SHORTHAND property (`analytics.track('Identity Frame Step', { step, transactionReference,
// … })`), its template frame `camera; fullscreen`; a face-login page whose inline handler (`new URL(event.origin)
// .hostname.endsWith(…)`) forwards the RAW posted string to an audit endpoint with `navigator.sendBeacon(…, event.data)`
// before it parses it, then feeds `DD_RUM.addAction` and a hidden form field; a TypeScript module whose named handler is
// wrapped by a local higher-order `withTelemetry(name, listener)` (timing, Sentry `captureException`) and the wrapped
// function attached (`const listener = withTelemetry('identity-frame', onIdentityMessage)`), the handler typed by a
// same-file interface and writing a Sentry breadcrumb; and a return-page script that reads the pair through
// `new URL(window.location.href).searchParams`, reports it to GA4 and moves on in gtag's `event_callback` (with a
// `setTimeout` fallback), comparing errorCode with '9836'. Plus 5 lookalikes (40-44) that must stay byte-identical,
// each in the very shape of a legacy file with the same telemetry: a card issuer's 3-D Secure challenge in the
// watchdog module (Cardinal Commerce's origin, `setAttribute('allow', 'payment')`, 01), a support chat with video in
// the error-boundary screen (Zendesk's regex, `camera;microphone;fullscreen`, Sentry breadcrumbs, 02), an Ondato video
// identification page forwarding its raw messages with the same beacon (04), the withTelemetry module already on KYX
// (05), and a card-payment return reporting to GA4 before it redirects ('APPROVED' / 'DECLINED', 06).
// Judged by hand from the spec and MIGRATION.md BEFORE the codemod ran (the corpus and this file's judgements were
// written before the first run). Runs the round suite's parts directly (as rounds 18–31).
// First run (at ae106b1, the corpus and judgements committed before it): 25 tests, 24 passed, 1 failed; all 5
// lookalikes byte-identical; every diff read by hand, no judgement corrected. The failure was a DEFECT, fixed in the
// same session with a fixture red without it: the handler attached through the file's own higher-order wrapper,
// `withTelemetry('identity-frame', onIdentityMessage)` (a returned arrow that only times and try/catches the call),
// was not followed into the function it wraps, so the handler was left with legacy-endpoint's origin item only (05;
// analysis-frontend/wrapped-handlers.ts forwardedArgument; fixture iframe-event-handler/own-wrapper-forwarding).
// After the fix: all passed, no known gap.
import { resolve } from 'node:path';
import {
  frontendRoundCorpus, frontendRoundSuite, FULL_ALLOW, KYX_REGEX, SPACED_ALLOW,
  type JudgedExpectation,
} from '../support/frontend-holdout.js';

const DIR = resolve(import.meta.dirname, 'round32-frontend');
const corpus = frontendRoundCorpus(DIR);

type Expectation = JudgedExpectation;
const IEH = 'iframe-event-handler';
const LPP = 'landing-page-params';

const EXPECT: Record<string, Expectation> = {
  // The handler, attached by `startIdentityCheck` and removed by itself, is proven by its origin check alone
  // (tie-breaker 1: "An origin check against a legacy Jumio host … proves the handler on its own"); `endsWith(
  // '.netverify.com')` → `endsWith('.jumio.ai')`, "domain for domain", no item. Every read of the reference is a field
  // handed to the telemetry (a Sentry breadcrumb's `data`, the GA4 helper's params, a `CustomEvent`'s `detail`), not the
  // whole object (step 7's escape is "the whole parsed object"): renamed (step 3), the app's own keys (`reference`,
  // `kyc_reference`) kept. The watchdog and its `setTimeout` / `clearTimeout` are no reads. `retry: code === 9836` is a
  // comparison of the handler ("Flags error code 9836 wherever the handler … compares with it"; decision 8: the legacy
  // meaning is 9835). The frame: "an element a script file looks up by an id it cannot see (…, `getElementById`, …)
  // when the script gives it a list granting camera and fullscreen beside a proven handler of the file" — the KYX list,
  // and "A missing flag is added as a statement after the one that sets `allow` (`setAttribute('allowfullscreen', '')`
  // …, following the code's style, quotes and semicolons)".
  '01-identity-frame.watchdog.js': {
    has: ["if (!event.origin.endsWith('.jumio.ai')) return;",
      'data: { reference: data.workflowExecutionId, eventType: data.eventType, at: data.dateTime },',
      "track('kyc_frame_' + data.payload.value, { kyc_reference: data.workflowExecutionId });",
      "document.dispatchEvent(new CustomEvent('kyc:verified', { detail: { reference: data.workflowExecutionId } }));",
      "document.dispatchEvent(new CustomEvent('kyc:failed', { detail: { code, retry: code === 9836 } }));",
      `frame.setAttribute('allow', '${FULL_ALLOW}');`, "frame.setAttribute('allowfullscreen', '');",
      "Sentry.captureMessage(`identity frame silent for ${WATCHDOG_MS / 1000}s after \"${step}\"`, 'warning');"],
    lacks: ['data.transactionReference', "endsWith('.netverify.com')", "'camera;fullscreen')"], manual: [IEH], manualMentions: ['9835'],
  },
  // The error boundary is a class component that reads no message; the handler is the `useEffect` arrow of the function
  // component it wraps ("React `useEffect` (with cleanup)"). The exact-tenant regex const (origin guards are read
  // "through … const aliases") becomes the KYX web-client regex, "tenant label kept, any region", no item (origin table).
  // The parse into `let data: IdentityFrameEvent` (an interface of the same file: "the member of a type annotation that
  // describes the object … an interface/type alias of the same file") gets the member renamed with the reads; the reads
  // handed to `datadogRum.addAction` and to `onVerified` are fields (no escape). "JSX frames: the page-handler proof needs
  // the handler in the same file": the frame of the same file gets the KYX list and `allowFullScreen` (JSX name). The
  // boundary's Sentry / Datadog code stays as written.
  '02-IdentityCheck.error-boundary.tsx': {
    has: ['const FRAME_ORIGIN = /^https:\\/\\/acme' + KYX_REGEX + '$/;', '  workflowExecutionId: string;',
      '        reference: data.workflowExecutionId,', "if (data.payload.value === 'success') onVerified(data.workflowExecutionId);",
      `allow="${FULL_ALLOW}"`, 'allowFullScreen',
      "Sentry.captureException(error, { contexts: { react: { componentStack: info.componentStack } }, tags: { area: 'identity-frame' } });"],
    lacks: ['transactionReference', 'netverify', 'allow="camera;fullscreen"'], manual: [],
  },
  // Vue options API: `mounted` attaches `this.onFrameMessage` ("Vue `mounted`/`created` hooks reaching `methods` through
  // `this.x`"). `includes('netverify.com')` → `includes('jumio.ai')`, domain for domain, no item. The typeof-ternary parse
  // is a parse (tie-breaker 3's list). The destructuring: "`const { transactionReference } = data` becomes `const {
  // workflowExecutionId: transactionReference } = data`, so local names stay" — so the Segment property written as the
  // shorthand `transactionReference,` is the local, and stays: the analytics key is the app's own (the data team joins
  // on it), and the `$emit` hands on a string, not the object (no escape). 9820 is no 9836 (decision 8 flags only 9836).
  // The template frame of the component with the proven handler: the KYX list in the `; ` style ("the separator style
  // (`;` or `; `)" kept) and `allowfullscreen`.
  '03-IdentityStep.segment.vue': {
    has: ["if (!event.origin.includes('jumio.ai')) return;", 'const { workflowExecutionId: transactionReference, payload } = data;',
      'transactionReference,\n          secondsSinceOpen: Math.round((Date.now() - this.openedAt) / 1000),',
      "this.$emit('verified', transactionReference);", `allow="${SPACED_ALLOW}"`, 'allowfullscreen'],
    lacks: ["includes('netverify.com')", 'const { transactionReference, payload } = data', 'allow="camera; fullscreen"'], manual: [],
  },
  // The inline handler is proven by `new URL(event.origin).hostname.endsWith('.netverify.com')` → `'.jumio.ai'` (origin
  // table: "`new URL(origin).hostname.endsWith(…)` … domain for domain", no item). It hands the RAW posted string to the
  // audit endpoint: "The posted string itself handed on unparsed (`worker.postMessage({ raw: event.data })`, …) gets the
  // same marker: whoever parses it there reads the renamed field" — one item, the beacon left as written. The reads
  // given to Datadog RUM and to the hidden field are fields: renamed. The page's frame (src set by the script) is on
  // "a page whose own scripts attach a proven Jumio message handler": the KYX list and `allowfullscreen`. The head's
  // Datadog agent and init script are untouched.
  '04-face-login.beacon-audit.html': {
    has: ["if (!new URL(event.origin).hostname.endsWith('.jumio.ai')) return;",
      "navigator.sendBeacon('/audit/face-login/frame-messages', event.data);",
      "window.DD_RUM.addAction('face_login_frame', { step: data.payload.value, reference: data.workflowExecutionId });",
      "document.getElementById('face-login-reference').value = data.workflowExecutionId;", `allow="${FULL_ALLOW}"`, 'allowfullscreen',
      '<script src="https://www.datadoghq-browser-agent.com/eu1/v5/datadog-rum.js"></script>'],
    lacks: ['data.transactionReference', "hostname.endsWith('.netverify.com')", 'allow="camera;fullscreen"'], manual: [IEH],
    manualMentions: ['workflowExecutionId'],
  },
  // AMBIGUOUS, judged: MIGRATION.md names no higher-order wrapper of the app's own. The listener attached is what the
  // local `withTelemetry(name, listener)` returns: an arrow that only forwards the event to the function it was given
  // (timing and a try/catch around the call). I relied on step 1's "A handler that only forwards — `(e) =>
  // this.onMessage(e)`, `(e) => handle(e.data)` — is followed into the local function or method", on "The handler may
  // be … a function or variable of the same file", and on the round-29 entry that follows a forwarder "through the hook
  // (also `useCallback`, `throttle` and the other wrappers step 1 lists) into the function it wraps": the handler is
  // `onIdentityMessage`, proven by its origin check; `endsWith('.netverify.com')` → `endsWith('.jumio.ai')`, no item;
  // the interface member (the annotation of the parse) and the reads renamed, the breadcrumb's and the callback's reads
  // being fields. The wrapper itself stays as written.
  '05-identity-frame.with-telemetry.ts': {
    has: ["if (!event.origin.endsWith('.jumio.ai')) return;", '  workflowExecutionId: string;',
      'data: { reference: message.workflowExecutionId, at: message.dateTime },', 'callbacks.onVerified(message.workflowExecutionId);',
      "const listener = withTelemetry('identity-frame', onIdentityMessage);", '      listener(event);'],
    lacks: ['transactionReference', 'netverify'], manual: [],
  },
  // A return page: it reads `transactionStatus` "together with `transactionReference` from the same query object"
  // (`new URL(location.href).searchParams`, read with `get`), compares the status with 'SUCCESS' only and talks about
  // the identity check (identity, onboarding), with no payment word: renamed (the success-page example). The values go
  // to GA4 and Sentry under the app's own keys (`identity_status`, `identity_reference`), which stay; the app's own
  // `?ref=` link is no redirect parameter. errorCode stays; its comparison with '9836' is flagged (landing-page-params'
  // manual items: "an `errorCode` compared with `9836` — its meaning changed: legacy 9836 … is 9835 on KYX").
  '06-identity-return.analytics.js': {
    has: ["var status = params.get('acquisitionStatus');", "var reference = params.get('workflowExecutionId');",
      "var errorCode = params.get('errorCode');", "} else if (errorCode === '9836') {", "identity_status: status || 'UNKNOWN',",
      "window.location.replace(next + (reference ? '?ref=' + encodeURIComponent(reference) : ''));"],
    lacks: ["'transactionStatus'", "'transactionReference'"], manual: [LPP], manualMentions: ['9835'],
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

// The lookalikes (40-44), byte-identical with no item, judged from:
// 40 — "An origin check against any other host (`https://js.stripe.com`, `.adyen.com`, a bank's ACS) **vetoes** a
//      handler with no Jumio check, whatever fields it reads" (Cardinal Commerce's 3-D Secure host; the handler reads
//      `transactionReference`, `payload.value`, `eventType`, `dateTime` and `payload.metainfo` like 01's, and compares the
//      code with 'timeout', not 9836); the frame the script looks up by id asks for `payment` beside no proven handler
//      ("A frame configured from a script … whose list asks for what the web client never needs (… `payment` …) is
//      another widget's").
// 41 — the veto (Zendesk's exact regex const); the JSX frame's `camera;microphone;fullscreen` list is on a component
//      with no proven handler and a computed `src` ("The `allow` list alone is never a Jumio signal"); the boundary,
//      the breadcrumbs and the RUM actions read `conversationId`, a key Jumio never sends.
// 42 — the veto (Ondato's host through `new URL(event.origin).hostname.endsWith`); the raw beacon is step 7 of a rule
//      that "Proves the handler is a Jumio handler before touching anything", so no escape item; the handler reads
//      `identificationId` (a key Jumio never sends) and names Ondato, so tie-breaker 6 (flag an unproven identity
//      handler) does not apply; the frame sits on a page with no proven handler.
// 43 — code already on KYX in 05's shape: the KYX domain check, only KYX names read (`workflowExecutionId`,
//      `accountId`), no 9836 and no legacy host — nothing to rename whether or not the wrapper is followed (step 9's
//      note is for "every proven handler not already on KYX").
// 44 — "A page that compares the status with a value Jumio never sends (`'APPROVED'`, `'DECLINED'`…) is a payment page:
//      left alone, with a report note" (a note is no manual item); its words are payment's too (payment, checkout,
//      order); errorCode compared with '51', no 9836.
frontendRoundSuite('hold-out round 32: front-end rules on unseen code, observability and resilience code', DIR, corpus, {
  expected: EXPECT, gaps: GAPS, unparsedLegacy: UNPARSED_LEGACY, lookalikeGaps: LOOKALIKE_GAPS,
  counts: { untouched: 5, files: 11, unparsed: 0 },
});
