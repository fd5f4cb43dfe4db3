// Hold-out round 20 for the front-end rules (iframe-event-handler, iframe-allow, landing-page-params,
// web-client-host, legacy-endpoint on pages). test/holdout/round20-frontend/ was written from the spec
// (real-world-legacy-code.md §2.7, §2.8, §2.10; jumio-api-facts.md §2, §5.4–5.6) and MIGRATION.md without reading the
// rules. Like round 19 it weighs the MOST COMMON real-world shapes, written in ways rounds 2–19 have not: a static page
// whose module script keeps the white-label HOST (not origin) in a `new Set([...])` tested with
// `.has(new URL(event.origin).host)` and destructures the event nested (`{ transactionReference, payload: { value,
// metainfo } } = data`) before a switch; a jQuery wizard step as an object-literal module (`$.proxy(this.onMessage,
// this)` on a namespaced window event, `indexOf('netverify.com') === -1`, the frame looked up by id and given
// `camera; fullscreen` through a chained `.attr`); a React class component with an arrow-property handler attached in
// componentDidMount (`new URL(origin).hostname.endsWith`, a ternary parse, a `9836` comparison); a Preact component
// building its frame with `h('iframe', {...})` and proven by the fields alone (no origin check); SolidJS with the
// handler at component level attached in onMount and removed in onCleanup (`includes`, an interface, a frame without
// allowfullscreen); a Lit element (arrow-property handler, parse in try, a type alias, `html```); Stencil's
// `@Listen('window:message')` with an exact-tenant regex const; an Alpine page whose `Alpine.data(...)` component binds
// its own method in `init()` and shows the frame inside `<template x-if>`; a Vue 2 component cleaning up through
// `this.$once('hook:beforeDestroy')` and emitting the whole event (`indexOf(…) > -1` wrapping the body); a Vue 3
// `<script setup>` validating the event with a zod schema inside `watchEffect(onCleanup)`; an Angular service listening
// through `NgZone.runOutsideAngular` with an arrow-property handler, and the standalone component that injects it and
// holds the frame in its inline template; a React component with an AbortController `signal` listener, a destructured
// `hostname`, a bracket read, a Jumio error-message table holding 9836 and a reordered `fullscreen; camera` list; a
// Next.js client page whose handler navigates to its own `?transactionReference=` / `?transactionStatus=ERROR` links; an
// Express EJS view whose handler compares the origin with a server-printed value; a legacy web-client URL const given
// to `new URL()` + `searchParams.set`; landing pages: Remix 2 (meta's `location.search` and the component's
// `useSearchParams`, an errorCode '9836' in JSX), SvelteKit `+page.ts` `url.searchParams.get`, a Nuxt 3 page
// destructuring `const { query } = useRoute()` with no import (script and template), Astro's destructured
// `const { searchParams } = Astro.url` (frontmatter and template, '9836'), an Express Router rendering views from
// `req.query.*` member reads, a static page switching on `errorCode` ('9836'), React Router's
// `Object.fromEntries(searchParams)` destructured with renames, Angular `queryParamMap.pipe(map(...))`, and Next.js
// `getServerSideProps` destructuring `ctx.query`; plus 12 lookalikes (40-51) that must stay byte-identical, most in the
// very shape of a legacy file: Stripe 3-D Secure with the same host Set (01), Onfido in the React class (03), Veriff in
// the Preact `h()` component (04), Persona in the Lit element (06), the app's own checkout bus through NgZone (11), an
// Adyen payment page with a zod schema in watchEffect (10), a card-payment return in the Remix shape (17), a SvelteKit
// page already on KYX that compares errorCode with KYX's '9836' (18), a donation return in the Nuxt shape (19), a bank
// transfer return in the Express Router shape (21), a Solid frame already on KYX comparing the code with 9836 (05), a
// checkout return in the static page's shape (22).
// Judged by hand from the spec and MIGRATION.md BEFORE the codemod ran (the corpus and this file's judgements were
// committed before the first run). Runs the round suite's parts directly (as rounds 18 and 19).
// First run (at 497dfba, the corpus and judgements committed before it; the rules as of 6c5cc58): 77 tests, 72 passed,
// 5 failed; 21 of the 25 legacy files as judged and 11 of the 12 lookalikes byte-identical. Every diff read by hand.
// One failure was my judgement's form: 09's lacks listed 'transactionReference', which the expected item's own text
// holds ("code that reads its transactionReference must read workflowExecutionId") — corrected to the read. Four
// were DEFECTS, each fixed in the same session with a fixture red without it: an origin checked against a Set of
// hosts (FRAME_HOSTS.has(new URL(event.origin).host)) left legacy in the migrated handler, which then dropped every KYX
// event (01; origin.ts); the jQuery frame whose .attr('allow', …) sits in a kept chain got a manual item instead of a
// chained .attr('allowfullscreen', '') (02; dom-frames.ts); an Astro page's `const { searchParams } = Astro.url` read in
// the template was missed, so the page looked partial and was only flagged (20; svelte-markup.ts); and a SvelteKit
// load already on KYX comparing errorCode with '9836' (KYX's meaning) was flagged on every run (lookalike 47;
// kyx-page-9836.ts: the item now comes only under an earlier run's marker, as for a handler already on KYX).
// After the fixes: 77 passed, no known gap.
import { resolve } from 'node:path';
import {
  frontendRoundCorpus, frontendRoundSuite, FULL_ALLOW, KYX_REGEX, SPACED_ALLOW,
  type JudgedExpectation,
} from '../support/frontend-holdout.js';

const DIR = resolve(import.meta.dirname, 'round20-frontend');
const corpus = frontendRoundCorpus(DIR);

type Expectation = JudgedExpectation;
const IEH = 'iframe-event-handler';
const LPP = 'landing-page-params';
const WCH = 'web-client-host';

const EXPECT: Record<string, Expectation> = {
  // A static page: the white-label host kept in a Set and tested with .has(new URL(event.origin).host) is an exact
  // check of the legacy web client (like `['https://acme.netverify.com'].includes(origin)` or a same-file constant
  // holding it): the host becomes the KYX web-client host of the tenant, amer-1 (no legacy API call in the run tells
  // another region), with the region item naming the other regions' hosts. The nested destructuring keeps the local
  // name; the page's frame (src set by the script) completed.
  '01-face-check.html': {
    has: ["const FRAME_HOSTS = new Set(['acme.web.amer-1.jumio.ai']);", 'if (!FRAME_HOSTS.has(new URL(event.origin).host)) return;',
      'const { workflowExecutionId: transactionReference, payload: { value, metainfo } } = data;', `allow="${FULL_ALLOW}" allowfullscreen`],
    lacks: ['netverify.com', '{ transactionReference, payload'], manual: [IEH], manualMentions: ['acme.web.emea-1.jumio.ai'],
  },
  // jQuery object-literal module: $.proxy(this.onMessage, this) on a namespaced window event, the event through
  // originalEvent; `indexOf('netverify.com') === -1` is a skip of anything but the legacy client: domain for domain.
  // The frame found by an id the script cannot see, given camera and fullscreen (chained .attr) beside the proven
  // handler: its list completed in its own spacing, and the missing allowfullscreen added (its form not judged).
  '02-kyc-step.jquery.js': {
    has: ["evt.origin.indexOf('jumio.ai') === -1", "$('#kyc-reference').val(data.workflowExecutionId);", 'encodeURIComponent(data.workflowExecutionId)',
      `.attr('allow', '${SPACED_ALLOW}')`, 'allowfullscreen'],
    lacks: ['transactionReference', 'netverify.com'], manual: [],
  },
  // React class: the arrow-property handler attached in componentDidMount; new URL(origin).hostname.endsWith is domain
  // for domain; the ternary parse; the GCOX-style guard and the read renamed; `code === 9836` flagged (legacy meaning is
  // 9835 now); the rendered frame completed (allowFullScreen already there).
  '03-IdentityFrame.class.jsx': {
    has: ["if (!new URL(event.origin).hostname.endsWith('.jumio.ai')) return;", 'if (!message || !message.workflowExecutionId) return;',
      'this.props.onVerified(message.workflowExecutionId);', 'code === 9836', `allow="${FULL_ALLOW}" allowFullScreen`],
    lacks: ['transactionReference', 'netverify.com'], manual: [IEH], manualMentions: ['9835'],
  },
  // Preact: no origin check, proven by the parsed object's fields (transactionReference, payload.value compared with
  // 'loaded', payload.metainfo); the frame built with preact's h('iframe', {...}) is judged like a JSX frame: its literal
  // allow merged in place (allowFullScreen already set).
  '04-IdentityStep.preact.js': {
    has: ['onDone({ ok: true, reference: data.workflowExecutionId });', 'onDone({ ok: false, reference: data.workflowExecutionId, code:',
      `allow: '${FULL_ALLOW}',`, 'allowFullScreen: true'],
    lacks: ['transactionReference'], manual: [],
  },
  // SolidJS: the component's handler attached in onMount, removed in onCleanup; includes('netverify.com') domain for
  // domain; the interface's member renamed with the read; the frame completed, and its missing flag added under the
  // HTML name Solid's JSX uses (allowfullscreen, never allowFullScreen).
  '05-KycFrame.solid.tsx': {
    has: ["if (!event.origin.includes('jumio.ai')) return;", 'workflowExecutionId: string;', 'props.onVerified(message.workflowExecutionId)',
      `allow="${FULL_ALLOW}"`, 'allowfullscreen'],
    lacks: ['transactionReference', 'netverify.com', 'allowFullScreen'], manual: [],
  },
  // Lit: an arrow-property handler attached in connectedCallback; the object parsed in a try into a `let` typed by a
  // type alias (its member renamed); the optional read renamed; the html`` template's frame completed.
  '06-identity-frame.lit.ts': {
    has: ["if (!event.origin.endsWith('.jumio.ai')) return;", 'workflowExecutionId: string;', 'detail: message?.workflowExecutionId',
      `allow="${FULL_ALLOW}" allowfullscreen`],
    lacks: ['transactionReference', 'netverify.com'], manual: [],
  },
  // Stencil @Listen('window:message'): the exact-tenant regex const keeps the tenant, any region, no item; the emitted
  // field read renamed; the rendered frame completed.
  '07-kyc-frame.stencil.tsx': {
    has: [`const NETVERIFY_ORIGIN = /^https:\\/\\/acme${KYX_REGEX}$/;`, 'this.verified.emit({ reference: data.workflowExecutionId });',
      `allow="${FULL_ALLOW}" allowFullScreen`],
    lacks: ['transactionReference', 'netverify\\.com'], manual: [],
  },
  // Alpine: a method of the Alpine.data component bound in its init(); the page's frame (inside <template x-if>, its
  // src bound by Alpine) completed.
  '08-identity.alpine.html': {
    has: ["if (!event.origin.endsWith('.jumio.ai')) return;", "this.message = 'Thanks! Reference ' + data.workflowExecutionId;",
      `allow="${FULL_ALLOW}" allowfullscreen`],
    lacks: ['transactionReference', 'netverify.com'], manual: [],
  },
  // Vue 2: the method attached in created(), removed through $once('hook:beforeDestroy'); `indexOf(…) > -1` guards the
  // whole body (a match): domain for domain; the logged read renamed; the whole event handed to this.$emit is an escape
  // (its listeners must read workflowExecutionId): flagged; the template's frame completed.
  '09-KycPanel.vue': {
    has: ["event.origin.indexOf('.jumio.ai') > -1", "console.info('kyc verified', data.workflowExecutionId);", "this.$emit('verified', data);",
      `allow="${FULL_ALLOW}" allowfullscreen`],
    // (Corrected on form after the first run: 'transactionReference' is in the expected item's own text — "code that
    // reads its transactionReference must read workflowExecutionId" — so the read is what must be gone.)
    lacks: ['data.transactionReference', 'netverify.com'], manual: [IEH], manualMentions: ['workflowExecutionId'],
  },
  // Vue 3 <script setup>: the handler attached inside watchEffect(onCleanup); the event validated by a zod schema of the
  // file — its key renamed with the read (left, the schema would reject every KYX event); `; ` separators kept.
  '10-IdentityCheck.vue': {
    has: ["if (!e.origin.endsWith('.jumio.ai')) return;", 'workflowExecutionId: z.string(),', "emit('done', event.workflowExecutionId);",
      `allow="${SPACED_ALLOW}" allowfullscreen`],
    lacks: ['transactionReference', 'netverify.com'], manual: [],
  },
  // Angular service: an arrow-property handler attached through NgZone.runOutsideAngular in the constructor; the guard
  // `!endsWith(…) || typeof … !== 'string'` translated domain for domain; the `as` interface and the read renamed.
  '11-identity-events.service.ts': {
    has: ["if (!event.origin.endsWith('.jumio.ai') || typeof event.data !== 'string') return;", 'workflowExecutionId: string;',
      'reference: message.workflowExecutionId,'],
    lacks: ['transactionReference', 'netverify.com'], manual: [],
  },
  // The standalone component that injects that service (Angular's counterpart of a hook imported from a local module
  // whose declaration attaches the proven handler) and shows the frame in its inline template: the client's frame,
  // completed. (Beyond the documented hook / mixin / composable forms: judged as the same proof.)
  '12-identity-step.component.ts': { has: [`allow="${FULL_ALLOW}" allowfullscreen`], manual: [] },
  // React: a listener removed through an AbortController signal; the destructured hostname's endsWith('netverify.com')
  // domain for domain; the bracket read renamed; the Jumio error-message table (named and commented as Jumio's)
  // holding 9836, reached by the handler: flagged; the frame's `fullscreen; camera` keeps its order and spacing.
  '13-IdentityVerification.tsx': {
    has: ["if (!hostname.endsWith('jumio.ai')) return;", "onVerified(data['workflowExecutionId'])", "9836: 'Too many attempts. Please contact support.',",
      'allow="fullscreen; camera; accelerometer; gyroscope; magnetometer" allowFullScreen'],
    lacks: ['transactionReference', 'netverify.com'], manual: [IEH], manualMentions: ['9835'],
  },
  // Next.js client page: the read inside the handler's own link renamed, the links' legacy keys (the app's own text,
  // read by the page they open) flagged one item each; the frame completed.
  '14-verify.page.tsx': {
    has: ["if (!event.origin.endsWith('.jumio.ai')) return;", '/verify/done?transactionReference=${encodeURIComponent(data.workflowExecutionId)}',
      '/verify/done?transactionStatus=ERROR&errorCode=', `allow="${FULL_ALLOW}" allowFullScreen`],
    lacks: ['data.transactionReference', 'netverify.com'], manual: [IEH, IEH], manualMentions: ['workflowExecutionId'],
  },
  // EJS view: the origin compared with a server-printed value (no literal host: neither proof nor veto); proven by the
  // fields (payload.value compared with 'loaded', transactionReference, payload.metainfo); the read renamed; the
  // server tags kept; the frame (src printed by the server) completed.
  '15-identity.ejs': {
    has: ["var FRAME_ORIGIN = '<%= frameOrigin %>';", "document.getElementById('identity-reference').value = data.workflowExecutionId;",
      `src="<%= frameUrl %>" width="100%" height="660" allow="${FULL_ALLOW}" allowfullscreen`],
    lacks: ['data.transactionReference'], manual: [],
  },
  // A legacy web-client URL const given to new URL() + searchParams.set: flagged (web.href of the KYX response), never
  // rewritten.
  '16-identity-fallback.js': {
    has: [`TODO(netverify-migrate): ${WCH}`, "const WEB_CLIENT = 'https://acme.netverify.com/web/v4/app';"], manual: [WCH], manualMentions: ['web.href'],
  },
  // Remix 2 route module: one query object for meta (location.search) and the component (useSearchParams): meta's lone
  // status renamed with the component's pair; errorCode '9836' in JSX flagged.
  '17-verify.result.tsx': {
    has: ["new URLSearchParams(location.search).get('acquisitionStatus')", "const status = params.get('acquisitionStatus');",
      "const reference = params.get('workflowExecutionId');", "errorCode === '9836'"],
    lacks: ['transactionStatus', 'transactionReference'], manual: [LPP], manualMentions: ['9835'],
  },
  // SvelteKit +page.ts: the load's url.searchParams pair renamed.
  '18-identity-done+page.ts': {
    has: ["const status = url.searchParams.get('acquisitionStatus');", "const reference = url.searchParams.get('workflowExecutionId');",
      "url.searchParams.get('errorCode')"],
    lacks: ['transactionStatus', 'transactionReference'], manual: [],
  },
  // Nuxt 3 page, useRoute() auto-imported (no import): `const { query } = useRoute()` read in script and template.
  '19-verify-done.vue': {
    has: ["query.acquisitionStatus === 'SUCCESS'", 'body: { reference: query.workflowExecutionId },', 'Reference {{ query.workflowExecutionId }}'],
    lacks: ['transactionStatus', 'transactionReference'], manual: [],
  },
  // Astro: the destructured `const { searchParams } = Astro.url` read in frontmatter and template; errorCode '9836'
  // flagged.
  '20-identity-result.astro': {
    has: ["const status = searchParams.get('acquisitionStatus');", "{searchParams.get('workflowExecutionId')}", "const locked = errorCode === '9836';"],
    lacks: ['transactionStatus', 'transactionReference'], manual: [LPP], manualMentions: ['9835'],
  },
  // Express Router: req.query member reads (comparison, typeof guard, call argument, render local) renamed.
  '21-identity-return.routes.js': {
    has: ["if (req.query.acquisitionStatus !== 'SUCCESS') {", "if (typeof req.query.workflowExecutionId !== 'string')",
      'identity.markVerified(req.session.userId, req.query.workflowExecutionId);', '{ reference: req.query.workflowExecutionId }'],
    lacks: ['transactionStatus', 'transactionReference'], manual: [],
  },
  // Static page: the URLSearchParams pair renamed; `case '9836':` of the switch on errorCode flagged.
  '22-verify-complete.html': {
    has: ["var status = query.get('acquisitionStatus') || 'ERROR';", "var reference = query.get('workflowExecutionId');", "case '9836':"],
    lacks: ['transactionStatus', 'transactionReference'], manual: [LPP], manualMentions: ['9835'],
  },
  // React Router: Object.fromEntries(searchParams) destructured with renames; the local names stay.
  '23-IdentityResult.tsx': {
    has: ['const { acquisitionStatus: status, workflowExecutionId: reference, errorCode } = Object.fromEntries(searchParams);'],
    lacks: ['transactionStatus', 'transactionReference'], manual: [],
  },
  // Angular: queryParamMap.pipe(map((params) => …)) read with get.
  '24-identity-return.component.ts': {
    has: ["verified: params.get('acquisitionStatus') === 'SUCCESS',", "reference: params.get('workflowExecutionId'),"],
    lacks: ['transactionStatus', 'transactionReference'], manual: [],
  },
  // Next.js getServerSideProps: ctx.query destructured; the local names stay.
  '25-identity-result.page.tsx': {
    has: ['const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference, errorCode } = ctx.query;'],
    lacks: ['{ transactionStatus, transactionReference, errorCode }'], manual: [],
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

frontendRoundSuite('hold-out round 20: front-end rules on unseen code, the most common shapes written afresh', DIR, corpus, {
  expected: EXPECT, gaps: GAPS, unparsedLegacy: UNPARSED_LEGACY, lookalikeGaps: LOOKALIKE_GAPS,
  counts: { untouched: 12, files: 37 },
});
