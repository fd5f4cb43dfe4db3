// Hold-out round 15 for the front-end rules (iframe-event-handler, iframe-allow, landing-page-params,
// web-client-host, legacy-endpoint on pages). test/holdout/round15-frontend/ was written from the spec
// (real-world-legacy-code.md §2.7, §2.8, §2.10; jumio-api-facts.md §2, §5.4–5.6) and MIGRATION.md before the rules
// were read, in styles rounds 1–14 lack: a listener attached in a class static initialisation block calling a static
// #private method, haunted (hooks for web components, lit-html frame), hybrids (a property descriptor's connect()),
// p-event's pEvent(window, 'message', { filter }), a Mithril closure component with m('iframe', { allow }), VanJS
// van.tags iframe({ allow }), Object.freeze(JSON.parse(…) as T), a `let data: T` assigned in try/catch, a custom
// element's #private iframe field (this.#frame.allow), an Angular host: { '(window:message)': … } binding, a comlink
// worker handed the raw posted string, optional element access data?.['…'], a Storybook CSF3 play function, a Vitest
// browser test dispatching new MessageEvent with a legacy origin, a WebdriverIO spec (@wdio/globals), a Svelte 5
// .svelte.ts rune module with on(window, …) from svelte/events, Alpine.data() registered from a bundle, rxjs
// firstValueFrom of a parsed stream, an async generator of window messages; landing pages in TanStack Router with
// @tanstack/zod-adapter's zodValidator + fallback, ngxtension injectQueryParams('…'), an Angular CanActivateFn's
// route.queryParams[…], a Next.js 15 page's zod safeParse(await searchParams), Fresh 2's ctx.url.searchParams,
// SolidStart useLocation().query, Qwik City useLocation().url.searchParams, new URL(window.location), a hash-routed
// SPA's URLSearchParams(location.hash…), Vue onBeforeRouteUpdate, an Alpine x-data page, the Navigation API's
// event.destination.url; a next.config headers() CSP naming the legacy frame host; a frame inserted with
// insertAdjacentHTML; plus lookalikes (40-58) that must stay byte-identical (Stripe in a static block, Persona in
// haunted, Adyen through p-event and an Angular host binding, Plaid in Mithril, Sumsub in VanJS, Onfido in a custom
// element, PayPal through firstValueFrom, a checkout story and WebdriverIO spec, TanStack/guard/Fresh/Qwik/hash-route
// payment, refund, payout, transfer and order returns, KYX already migrated in a static block and in TanStack, the
// app's own shell protocol, a CSP of other vendors).
// Judged by hand from the spec and MIGRATION.md BEFORE the codemod ran (the corpus and this file's judgements were
// committed before the first run, c0ad961); disagreements are explained where they were resolved (a defect fixed, or
// the judgement corrected with the reason). The first run agreed on 22 of the 33 judged legacy files (01-03, 05, 08,
// 10-13, 15-17, 22, 24-29, 31-33) and on all 19 lookalikes (byte-identical). The 11 others: 04, 06, 07, 18, 20, 21,
// 23 were defects fixed as judged; 14 was a defect (its renamed mock kept the legacy origin, and a rerun added
// legacy-endpoint's item the first run's edit had hidden) fixed with the judgement narrowed to a translated origin;
// 09's judgement was wrong (it missed the runtime-injection item); 19 (an async generator of once-listeners) and 30
// (an Alpine x-data landing page) were known gaps (GAPS, reasons at the file); 30 was fixed in the sixteenth session,
// 19 in the seventeenth.
import { resolve } from 'node:path';
import {
  frontendRoundCorpus, frontendRoundSuite, FULL_ALLOW, KYX_REGEX, type JudgedExpectation,
} from '../support/frontend-holdout.js';

const DIR = resolve(import.meta.dirname, 'round15-frontend');
const corpus = frontendRoundCorpus(DIR);

type Expectation = JudgedExpectation;
const IEH = 'iframe-event-handler';
const IFA = 'iframe-allow';
const WCH = 'web-client-host';
const LE = 'legacy-endpoint';
const OLD_Q = ["'transactionStatus'", "'transactionReference'"];

const EXPECT: Record<string, Expectation> = {
  // A listener attached in a static block, forwarding to a static #private method.
  '01-KycBridge.static-block.ts': { has: ["e.origin.endsWith('.jumio.ai')", 'reference: data.workflowExecutionId'], lacks: ['transactionReference'], manual: [] },
  // haunted's useEffect attaches a bound local function; the lit-html frame is the page's.
  '02-kyc-frame.haunted.js': { has: ["event.origin.indexOf('jumio.ai') === -1", 'setReference(data.workflowExecutionId)', 'detail: data.workflowExecutionId', `allow="${FULL_ALLOW}"`], lacks: ['transactionReference'], manual: [] },
  // hybrids: a descriptor's connect() attaches a local arrow; render()'s frame is the component's.
  '03-kyc-frame.hybrids.js': { has: [KYX_REGEX, 'reference: data.workflowExecutionId', `allow="${FULL_ALLOW}"`], lacks: ['transactionReference'], manual: [] },
  // pEvent(window, 'message', { filter }): the filter's origin check guards the awaited event. Not found as a listener:
  // legacy-endpoint's item at the origin check only. Fixed (awaited-events.ts, event-data.ts's start in event mode;
  // fixtures iframe-event-handler/p-event-awaited, p-event-then, neg-p-event-adyen, neg-p-event-worker).
  '04-kyc-await-event.ts': { has: ["e.origin.endsWith('.jumio.ai')", 'reference: data.workflowExecutionId', 'return data.workflowExecutionId'], lacks: ['transactionReference'], manual: [] },
  // Mithril: the closure's function attached in oncreate; m('iframe', { allow }) is the frame.
  '05-kyc-frame.mithril.js': { has: ["event.origin.endsWith('.jumio.ai')", 'reference: data.workflowExecutionId', `allow: '${FULL_ALLOW}'`], lacks: ['transactionReference'], manual: [] },
  // VanJS: van.tags' iframe({ allow }) beside a proven handler. The frame kept camera;fullscreen. Fixed
  // (iframe-allow/hyperscript-frames.ts; fixtures iframe-allow/van-tags-frame, van-tags-member-frame, neg-van-tags-video,
  // neg-local-iframe-helper).
  '06-kyc-frame.van.js': { has: ["e.origin.includes('jumio.ai')", 'reference.val = data.workflowExecutionId', `allow: '${FULL_ALLOW}'`], lacks: ['transactionReference'], manual: [] },
  // Object.freeze() of the parse is the parsed object; its interface is renamed. It was flagged as handed on to
  // Object.freeze, reads and interface left. Fixed (event-shapes.ts copiesObject; fixtures iframe-event-handler/
  // frozen-parsed-event, structured-clone-event, neg-frozen-3ds-event).
  '07-kyc-freeze.ts': { has: ["new URL(event.origin).hostname.endsWith('jumio.ai')", 'onDone(data.workflowExecutionId)', 'workflowExecutionId: string;'], lacks: ['transactionReference'], manual: [] },
  // No origin check, the doc sample's fields (eventType 510, metainfo): proven by its reads; the type alias renamed.
  '08-kyc-let-assign.ts': { has: ['${data.workflowExecutionId}', 'workflowExecutionId: string;'], lacks: ['transactionReference'], manual: [] },
  // A custom element's #frame created as an iFrame: its allow completed. (Judgement corrected after the run: the frame is
  // created at run time, which the vendor's guide advises against — jumio-api-facts.md: "do not inject the iframe
  // dynamically at runtime" —, and iframe-allow says so with an item at document.createElement('iframe'); the judgement
  // missed it. The edits agreed.)
  '09-kyc-frame.element.ts': { has: ["event.origin.endsWith('.jumio.ai')", 'detail: data.workflowExecutionId', `this.#frame.allow = '${FULL_ALLOW}'`], lacks: ['transactionReference'], manual: [IFA], manualMentions: ['injected at runtime'] },
  // Angular's host: { '(window:message)': 'onMessage($event)' } is @HostListener('window:message') in metadata.
  '10-kyc-frame.host.component.ts': { has: ["event.origin.endsWith('.jumio.ai')", 'this.verified.emit(data.workflowExecutionId)', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference'], manual: [] },
  // The posted string handed to a worker unparsed: an escape (the worker parses it).
  '11-kyc-comlink.ts': { has: ["event.origin.endsWith('.jumio.ai')"], manual: [IEH], manualMentions: ['workflowExecutionId'] },
  // A regex const of the file; optional element access.
  '12-kyc-optional.js': { has: [KYX_REGEX, "data?.['workflowExecutionId']"], lacks: ['transactionReference'], manual: [] },
  // A story naming Jumio posting the legacy event: the mock renamed; the args' legacy web-client URL flagged.
  '13-KycFrame.stories.tsx': { has: ["workflowExecutionId: 'a1b2c3d4"], lacks: ["transactionReference: 'a1b2"], manual: [WCH], manualMentions: ['web.href'] },
  // A test naming Jumio dispatching the legacy event from the legacy origin: the mock renamed; the origin it posts
  // from would be turned away by the migrated handler. The run renamed the mock and kept the origin, with no item.
  // Fixed, and the judgement narrowed (it asked for the origin translated or flagged): the origin becomes the tenant's
  // KYX web-client origin in the region the handler's own exact check is translated to (amer-1 here: no legacy API host
  // in the corpus), so no item of its own — the region question is the handler's (iframe-event-handler/test-mocks.ts;
  // fixtures message-event-origin-test, neg-message-event-origin-payment-test).
  '14-kyc-frame.browser.test.ts': { has: ["workflowExecutionId: 'tx-42'", "origin: 'https://acme.web.amer-1.jumio.ai'"], lacks: ["transactionReference: 'tx-42'", 'acme.netverify.com'], manual: [] },
  // A WebdriverIO spec (imports @wdio/globals) naming Jumio: test code.
  '15-kyc-identity.wdio.ts': { has: ["workflowExecutionId: 'e2e-ref-0001'"], lacks: ['transactionReference'], manual: [] },
  // svelte/events' on(window, 'message', fn) in a .svelte.ts rune module.
  '16-kyc-events.svelte.ts': { has: ["event.origin.endsWith('.jumio.ai')", 'reference = data.workflowExecutionId'], lacks: ['transactionReference'], manual: [] },
  // Alpine.data's object: init() forwards to the object's method.
  '17-kyc-alpine-data.js': { has: ["e.origin.endsWith('.jumio.ai')", 'this.reference = data.workflowExecutionId'], lacks: ['transactionReference'], manual: [] },
  // firstValueFrom of the parsed pipeline: the awaited value is the parsed object (not an escape). It was flagged as
  // handed on to firstValueFrom, reads and interface left. Fixed (rxjs-pipeline.ts promisedValue, event-data.ts start;
  // fixtures iframe-event-handler/first-value-from-parsed, last-value-from-then, neg-first-value-from-paypal).
  '18-kyc-first-value.ts': { has: ["e.origin.endsWith('.jumio.ai')", 'reference: data.workflowExecutionId', 'workflowExecutionId: string;'], lacks: ['transactionReference'], manual: [] },
  // A promise resolved by a once-listener, iterated with for await: each e is the MessageEvent. Not followed:
  // legacy-endpoint's item at the origin check only. Fixed in the seventeenth session (analysis-frontend/promised-events.ts;
  // fixtures iframe-event-handler/async-generator-messages, promise-once-listener, neg-promise-once-listener-other-sender).
  '19-kyc-iterator.ts': { has: ["e.origin.endsWith('.jumio.ai')", 'return data.workflowExecutionId'], lacks: ['transactionReference'], manual: [] },
  // Landing pages.
  // The reads were renamed, the schema wrapped in zodValidator() flagged as not shown (and the rerun then differed).
  // Fixed (tanstack-search.ts adapterSchema; fixtures landing-page-params/tanstack-zod-adapter,
  // tanstack-valibot-adapter-options, neg-tanstack-zod-adapter-payment).
  '20-kyc-return.tanstack.tsx': { has: ['acquisitionStatus: fallback(', 'workflowExecutionId: z.string().optional()', 'acquisitionStatus: transactionStatus', 'workflowExecutionId: transactionReference'], lacks: ['transactionStatus: fallback', 'transactionReference: z.'], manual: [] },
  // Passed silently. Fixed (query-hooks.ts, compared-values.ts classFieldUses; fixtures landing-page-params/
  // ngxtension-inject-query-params, neg-ngxtension-refund-query, neg-inject-query-params-local).
  '21-kyc-done.ngxtension.component.ts': { has: ["injectQueryParams('acquisitionStatus')", "injectQueryParams('workflowExecutionId')"], lacks: OLD_Q, manual: [] },
  '22-kyc-return.guard.ts': { has: ["route.queryParams['acquisitionStatus'] === 'SUCCESS'", "route.queryParams['workflowExecutionId']"], lacks: OLD_Q, manual: [] },
  // Passed silently: Schema.safeParse was followed only for a query keyed as an object. Fixed (framework-queries.ts
  // schemaParse; fixtures landing-page-params/next-search-params-zod-safe-parse, next-search-params-zod-parse-props,
  // neg-next-search-params-zod-payout).
  '23-kyc-done.page.tsx': { has: ['acquisitionStatus: z.enum', 'workflowExecutionId: z.string().uuid()', 'acquisitionStatus: transactionStatus', 'workflowExecutionId: transactionReference'], lacks: ['transactionStatus: z.', 'transactionReference: z.'], manual: [] },
  '24-kyc-done.fresh.tsx': { has: ["ctx.url.searchParams.get('acquisitionStatus')", "ctx.url.searchParams.get('workflowExecutionId')"], lacks: OLD_Q, manual: [] },
  '25-kyc-done.solid.tsx': { has: ['location.query.acquisitionStatus', 'location.query.workflowExecutionId'], lacks: ['query.transactionStatus', 'query.transactionReference'], manual: [] },
  '26-kyc-done.qwik.tsx': { has: ["loc.url.searchParams.get('acquisitionStatus')", "loc.url.searchParams.get('workflowExecutionId')", "get('errorCode')"], lacks: OLD_Q, manual: [] },
  '27-kyc-done.html': { has: ["query.get('acquisitionStatus')", "query.get('workflowExecutionId')"], lacks: OLD_Q, manual: [] },
  // A hash router's query is the page's query.
  '28-kyc-done.hash-route.js': { has: ["params.get('acquisitionStatus')", "params.get('workflowExecutionId')"], lacks: OLD_Q, manual: [] },
  // The helper is handed the route (useRoute(), the guard's `to`): its to.query is the page's.
  '29-KycDone.route-update.vue': { has: ['to.query.acquisitionStatus', 'to.query.workflowExecutionId'], lacks: ['query.transactionStatus', 'query.transactionReference'], manual: [] },
  // An Alpine page reading the query held by x-data in x-show / x-text: passed silently (a known gap). Fixed in the
  // sixteenth session (alpine-data.ts; fixtures landing-page-params/alpine-data-query, alpine-data-query-payment,
  // neg-alpine-data-order-json).
  '30-kyc-done.alpine.html': { has: ["q.get('acquisitionStatus') === 'SUCCESS'", "q.get('acquisitionStatus') !== 'SUCCESS'", "q.get('workflowExecutionId')"], lacks: OLD_Q, manual: [] },
  // The Navigation API's destination URL is the page's next URL.
  '31-kyc-return.navigation.js': { has: ["url.searchParams.get('acquisitionStatus')", "url.searchParams.get('workflowExecutionId')"], lacks: OLD_Q, manual: [] },
  // A CSP frame-src naming the legacy frame host: the KYX frame would be blocked.
  '32-next.config.mjs': { manual: [LE], manualMentions: ['acme.netverify.com'] },
  // A frame in insertAdjacentHTML's markup string beside a proven handler.
  '33-kyc-launch.insert-html.js': { has: ["e.origin.endsWith('.jumio.ai')", 'encodeURIComponent(data.workflowExecutionId)', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference'], manual: [] },
};

/**
 * Judged defects: the right behaviour, asserted with it.fails while the defect stands (a file may have several).
 * A file may also be in EXPECT (what already works there must keep working). Fixed ones move to EXPECT.
 */
const GAPS: Record<string, (Expectation & { why: string })[]> = {
};

/** Unparsed templates the run lists as skipped with manual items; `why` marks a known gap (not listed). */
const UNPARSED_LEGACY: Record<string, { why?: string }> = {};

frontendRoundSuite('hold-out round 15: front-end rules on unseen code', DIR, corpus, { expected: EXPECT, gaps: GAPS, unparsedLegacy: UNPARSED_LEGACY });
