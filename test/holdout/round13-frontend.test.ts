// Hold-out round 13 for the front-end rules (iframe-event-handler, iframe-allow, landing-page-params,
// web-client-host, legacy-endpoint on pages). test/holdout/round13-frontend/ was written from the spec
// (real-world-legacy-code.md §2.7, §2.8, §2.10; jumio-api-facts.md §2, §5.4–5.6) before the rules were read, in
// styles rounds 1–12 lack: a SolidJS component whose createEffect attaches the listener with onCleanup and whose
// onMount sets the allow list on its `let frame` ref, Angular 17 signals with effect((onCleanup) => renderer.listen(…)),
// Lit's firstUpdated setting this.frame.allow of @query with a #private arrow listener and an AbortSignal, Stencil's
// @Element shadow-root querySelector('iframe') in componentDidLoad, Stimulus targets (this.frameTarget), a Recoil atom
// effect, a mobx-state-tree model's afterCreate, a Vue 2 directive's inserted(el) hook, an .mts module switching on
// payload.value with a nested switch on metainfo.code, Alpine.store with init(), jQuery $(window).on({ message, resize }),
// a TypeScript type predicate (x is JumioFrameEvent) narrowing the parsed object, a string enum compared with
// payload.value, React forwardRef + useImperativeHandle, a Vue 3 setup() returning an h('iframe') render function,
// in-browser Babel (<script type="text/babel">), a <script type="module"> with top-level await, JSON.parse with a
// reviver, Hotwire Turbo's turbo:load; landing pages as a Nuxt 3 page with definePageMeta and computed route.query,
// a Nuxt route middleware's to.query, a Svelte 4 derived store of $page.url.searchParams, TanStack Router validateSearch
// written as a plain function, a Next.js client component's local q(name) getter, Bun.serve routes, a Razor Page
// (.cshtml, unparsed), a Symfony controller ($request->query->get), React Router's useLocation().search in useMemo,
// a for…of loop over URLSearchParams, an inline Object.fromEntries(location.search…split('&')) parser; a PHP page
// echoing redirectUrl into the frame's src after its own curl initiate, a Vue :href template literal to a tenant's
// legacy web client, a Django template loading the v3 widget; plus lookalikes (40-59) that must stay byte-identical
// (Onfido in Solid, 3-D Secure in Angular effect, forwardRef and a PHP page, Veriff in Lit, Persona in Stencil,
// Calendly in Stimulus, Plaid in Recoil, Stripe in mobx-state-tree, Zoom in a Vue 2 directive, the app's own shell
// protocol, KYX already migrated in an .mts switch, PayPal through $(window).on({…}), an Adyen enum, Nuxt middleware,
// Svelte, TanStack, Bun, Symfony and for…of payment, donation, payout and refund returns). Second batch: an exact
// check of new URL(origin)'s destructured host, parameter names in a const object, an allowlist-syntax allow
// ("camera *; fullscreen *"), @preact/signals' useSignalEffect (lookalikes: Zoom host check, a payment page's const
// names, a Whereby allowlist frame, Stripe in useSignalEffect). Third batch: the raw posted string handed to a Worker,
// a handler destructuring ({ origin, data: raw }), Vue's toRefs(useRoute()).query, an allow list delegating the camera
// to the legacy origin (lookalikes: an Adyen worker relay, a 3-D Secure destructured handler, an order return through
// toRefs, a video frame's origin allow list). Fourth batch: rxjs combineLatest([route.queryParams, …]) destructured in
// map, const { query: { … } } = useRouter(), Angular [attr.allow]="'…'" (lookalikes: the same for a payment page, a
// checkout return, a video frame).
// Judged by hand from the spec and MIGRATION.md BEFORE the codemod ran; disagreements are explained where they were
// resolved (a defect fixed, or the judgement corrected with the reason). The first run agreed on 22 of the 33 judged
// legacy files (02-04, 06-10, 12-21, 25, 26, 27, 32) and on all 20 lookalikes. Of the 11 others, 9 were defects (01, 05, 11,
// 22-24, 28-30) and two judgements were incomplete or too narrow (31, 33: reasons at the files). A second batch (60-63,
// lookalikes 42-45 of the same numbers), judged before its own run after those fixes, agreed on 61-63 and its four
// lookalikes; 60 was a defect, fixed. A third batch (70-79, lookalikes 46-49), judged the same way, agreed on 73 and its
// four lookalikes and on 70 once its `lacks` stopped matching the marker's tag; 76 and 79 were defects, fixed. A fourth
// batch (84, 85, 92, lookalikes 50-52): 92 and the lookalikes as judged, 84 and 85 defects, fixed. A fifth (95, 97,
// lookalikes 53-54: a Record-narrowed event read by brackets, a Vue 2 data() query): 95 and the lookalikes as judged,
// 97 a defect, fixed. A sixth (98, 99, lookalike 55: a `void` forwarder, a Remix meta function): 98 and the lookalike as
// judged; 99's page component as judged, its meta function a known gap (GAPS), since fixed.
import { resolve } from 'node:path';
import {
  frontendRoundCorpus, frontendRoundSuite, FULL_ALLOW, KYX_REGEX, SPACED_ALLOW, type JudgedExpectation,
} from '../support/frontend-holdout.js';

const DIR = resolve(import.meta.dirname, 'round13-frontend');
const corpus = frontendRoundCorpus(DIR);

type Expectation = JudgedExpectation;
const IEH = 'iframe-event-handler';
const LPP = 'landing-page-params';
const WCH = 'web-client-host';
const LE = 'legacy-endpoint';
const NO_LEGACY_ALLOW = "'camera;fullscreen'";

const EXPECT: Record<string, Expectation> = {
  // Solid's `let frame` bound by ref={frame} is the component's iFrame: the runtime list set at mount is the one
  // that counts (the JSX tag itself is not asserted). The JSX got the KYX list and onMount set camera;fullscreen back.
  // Fixed (component-frame-refs.ts jsxRefVariable; dom-frames.ts keeps a `!` on the added statement; fixtures
  // iframe-allow/solid-ref-variable, neg-solid-ref-variable-video).
  '01-KycFrame.solid.tsx': { has: ["event.origin.endsWith('.jumio.ai')", 'onVerified(data.workflowExecutionId)', `frame.allow = '${FULL_ALLOW}'`], lacks: ['transactionReference', NO_LEGACY_ALLOW], manual: [] },
  // effect((onCleanup) => renderer.listen('window', 'message', (e) => this.onMessage(e))): a forwarder to a method.
  '02-kyc-frame.component.ts': { has: [`/^https:\\/\\/[a-z0-9-]+${KYX_REGEX}$/.test(event.origin)`, 'this.verified.emit(data.workflowExecutionId)', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference'], manual: [] },
  // No origin check: the guarded parse, 'loaded', payload.value and payload.metainfo prove it.
  '03-kyc-frame.lit.ts': { has: ['reference: data.workflowExecutionId', `this.frame.allow = '${FULL_ALLOW}'`], lacks: ['transactionReference', NO_LEGACY_ALLOW], manual: [] },
  '04-kyc-frame.stencil.tsx': { has: ["ev.origin.includes('jumio.ai')", 'this.verified.emit(data.workflowExecutionId)', `frame.setAttribute('allow', '${FULL_ALLOW}')`], lacks: ['transactionReference', NO_LEGACY_ALLOW], manual: [] },
  // Stimulus's frameTarget in a proven controller, given the legacy client's exact list: the client's frame. It was not
  // edited. Fixed: a target of the controller's static targets is configured beside the handler the class attaches, as a
  // directive's element (component-frame-refs.ts stimulusTargetScope; fixtures iframe-allow/stimulus-frame-target,
  // neg-stimulus-frame-target-call).
  '05-kyc_frame_controller.js': { has: ["event.origin.endsWith('.jumio.ai')", 'this.element.dataset.reference = data.workflowExecutionId', 'reference: data.workflowExecutionId', `this.frameTarget.setAttribute('allow', '${FULL_ALLOW}')`], lacks: ['transactionReference', NO_LEGACY_ALLOW], manual: [] },
  '06-kyc-state.recoil.ts': { has: ["e.origin.endsWith('.jumio.ai')", 'workflowExecutionId: string;', "setSelf({ reference: data.workflowExecutionId, status: 'verified' })"], lacks: ['transactionReference'], manual: [] },
  // The listener is a method of the local `actions` object.
  '07-kyc-model.mst.ts': { has: ["new URL(event.origin).hostname.endsWith('jumio.ai')", 'self.reference = data.workflowExecutionId'], lacks: ['transactionReference'], manual: [] },
  // Vue 2's inserted(el) is the directive's element hook, as Vue 3's mounted(el): it sets the legacy list and
  // attaches the proven handler itself.
  '08-kyc-frame.directive.js': { has: ["event.origin.indexOf('jumio.ai') === -1", "$emit('kyc-verified', data.workflowExecutionId)", `el.setAttribute('allow', '${FULL_ALLOW}')`], lacks: ['transactionReference', NO_LEGACY_ALLOW], manual: [] },
  // Exact white-label origin in a const: translated with the region item; 9836 flagged. (The region is not asserted:
  // 31's PHP calls lon.netverify.com, which the run may or may not read.)
  '09-kyc-bridge.mts': { has: ['cb.onVerified(msg.workflowExecutionId)', `frame.allow = '${FULL_ALLOW}'`, "'https://acme.web."], lacks: ['transactionReference', 'acme.netverify.com'], manual: [IEH, IEH], manualMentions: ['9836'] },
  // Alpine.store's init() attaches a forwarder to the store object's receive method.
  '10-kyc-store.alpine.html': { has: ["e.origin.endsWith('.jumio.ai')", 'this.reference = data.workflowExecutionId', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference'], manual: [] },
  // jQuery's events-map form $(window).on({ message: fn }) attaches fn as the window's message handler. Only
  // legacy-endpoint's origin item was left. Fixed (library-listeners.ts; fixtures iframe-event-handler/jquery-events-map,
  // neg-jquery-events-map-card).
  '11-kyc-frame.jquery.html': { has: ["ev.origin.indexOf('jumio.ai') === -1", "$('#kyc-ref').val(data.workflowExecutionId)", `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference'], manual: [] },
  // The parsed object is handed to a local type predicate: its `in` check and the interface it narrows to are renamed.
  '12-kyc-guard.ts': { has: ["event.origin.endsWith('.jumio.ai')", 'workflowExecutionId: string;', "'workflowExecutionId' in x", 'onDone(parsed.workflowExecutionId)'], lacks: ['transactionReference'], manual: [] },
  // No origin check: the typeof-guarded parse, eventType !== 510, payload.value prove it (an enum member compared is neutral).
  '13-kyc-steps.ts': { has: ['kycState.reference = data.workflowExecutionId'], lacks: ['transactionReference'], manual: [] },
  // Origin compared with new URL(src).origin (neither a Jumio check nor a veto): the fields and the camera frame prove it.
  '14-KycFrame.forwardRef.tsx': { has: ['onDone(data.workflowExecutionId)', `allow="${SPACED_ALLOW}"`, 'allowFullScreen'], lacks: ['transactionReference'], manual: [] },
  '15-KycFrame.render.ts': { has: ["event.origin.endsWith('.jumio.ai')", "emit('verified', data.workflowExecutionId)", `allow: '${FULL_ALLOW}'`], lacks: ['transactionReference', NO_LEGACY_ALLOW], manual: [] },
  // In-browser Babel: the text/babel block is the page's script (JSX).
  '16-kyc-babel.html': { has: ["event.origin.endsWith('.jumio.ai')", 'setReference(data.workflowExecutionId)', `allow="${FULL_ALLOW}"`], lacks: ['transactionReference', 'allow="camera;fullscreen"'], manual: [] },
  // A module script with top-level await; the field sent on is a field, not the whole object (no escape).
  '17-kyc-module.html': { has: ["event.origin.endsWith('.jumio.ai')", 'reference: data.workflowExecutionId', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference'], manual: [] },
  '18-kyc-reviver.js': { has: ["event.origin.endsWith('.jumio.ai')", "document.getElementById('kyc-ref').value = data.workflowExecutionId"], lacks: ['transactionReference'], manual: [] },
  // No origin check: typeof guard + parse, eventType, payload.value, 'loaded' prove it; querySelector('iframe[data-kyc]')
  // is an iFrame on a page with a proven handler.
  '19-kyc-frame.turbo.js': { has: ['form.elements.reference.value = data.workflowExecutionId', `frame.setAttribute('allow', '${FULL_ALLOW}')`], lacks: ['transactionReference', NO_LEGACY_ALLOW], manual: [] },
  '20-kyc-done.vue': { has: ['route.query.acquisitionStatus', 'route.query.workflowExecutionId'], lacks: ['route.query.transactionStatus', 'route.query.transactionReference'], manual: [] },
  // A Nuxt route middleware's `to` is the route being entered: to.query is the page query.
  '21-kyc-return.middleware.ts': { has: ["to.query.acquisitionStatus === 'ERROR'", "to.query.acquisitionStatus === 'SUCCESS'", 'ref: to.query.workflowExecutionId'], lacks: ['to.query.transactionStatus', 'to.query.transactionReference'], manual: [] },
  // A store derived from $page holding url.searchParams is the page query. 22, 24, 28 and 30 passed silently. Fixed
  // (query-wrappers.ts: useMemo/createMemo/computed, a derived Svelte store read as $store, a local getter of
  // searchParams.get(name), an inline split('&') parser of location.search; fixtures landing-page-params/
  // usememo-search-params, svelte-derived-page-store, local-getter-search-params, inline-split-parser and two neg-).
  '22-KycReturn.svelte': { has: ["$query.get('acquisitionStatus')", "$query.get('workflowExecutionId')"], lacks: ["'transactionStatus'", "'transactionReference'"], manual: [] },
  // validateSearch as a plain function: the raw URL keys it reads must be the KYX ones (its own output keys may stay).
  // The run flagged the function but renamed the useSearch() destructuring, so the page read keys the function never
  // returned (and a rerun dropped the item). Fixed: the parameter's reads, the returned keys and the return type are
  // renamed together (tanstack-search.ts searchFunctionEdits; fixture tanstack-validate-search-function).
  '23-kyc.done.tsx': { has: ["search.acquisitionStatus === 'SUCCESS'", 'search.workflowExecutionId'], lacks: ['search.transactionStatus', 'search.transactionReference'], manual: [] },
  // A local getter of one searchParams.get(name): its name arguments are the reads.
  '24-kyc-result.client.tsx': { has: ["q('acquisitionStatus')", "q('workflowExecutionId')"], lacks: ["'transactionStatus'", "'transactionReference'"], manual: [] },
  '25-kyc-return.bun.ts': { has: ["url.searchParams.get('acquisitionStatus')", "url.searchParams.get('workflowExecutionId')"], lacks: ["'transactionStatus'", "'transactionReference'"], manual: [] },
  // Symfony's $request->query->get('…') is the PHP server's query read: one item per read line (as $_GET, $request->query()).
  '27-KycReturnController.php': { manual: [LPP, LPP], manualMentions: ['acquisitionStatus', 'workflowExecutionId'] },
  '28-KycDone.tsx': { has: ["params.get('acquisitionStatus')", "params.get('workflowExecutionId')"], lacks: ["'transactionStatus'", "'transactionReference'"], manual: [] },
  // for (const [key, value] of params): the names the key is compared with are the reads (as params.forEach). Passed
  // silently. Fixed (foreach-reads.ts forOfKey; compared-values.ts follows `status = value` so lookalike 58's REFUNDED
  // still rules its page out; fixtures for-of-search-params, neg-for-of-refund-status).
  '29-kyc-return.js': { has: ["key === 'acquisitionStatus'", "key === 'workflowExecutionId'"], lacks: ["'transactionStatus'", "'transactionReference'"], manual: [] },
  // The page's own inline parser of location.search.
  '30-kyc-return.html': { has: ["query.acquisitionStatus === 'SUCCESS'", 'query.workflowExecutionId'], lacks: ['query.transactionStatus', 'query.transactionReference'], manual: [] },
  // The doc sample beside a frame whose src echoes the PHP initiate's redirectUrl; the curl URL is PHP server code,
  // reported by legacy-endpoint without a marker (server-code.ts: a comment line there could land in a heredoc).
  // Judged with no manual item asserted; the run reported the PHP item, which the suite's marker count (one marker per
  // item) failed on. Judgement completed (the item is right: nothing migrates the PHP call) and the suite corrected:
  // items whose message says the code is not rewritten write no marker by design (test/support/frontend-holdout.ts).
  '31-kyc-frame.php': { has: ["console.log('Netverify transaction reference:', data.workflowExecutionId)", 'encodeURIComponent(data.workflowExecutionId)', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['data.transactionReference'], manual: [LE], manualMentions: ['in PHP code', 'account.emea-1.jumio.ai'] },
  // A tenant-templated legacy web-client URL in a bound href: flagged.
  '32-KycFallbackLink.vue': { manual: [WCH], manualMentions: ['web.href'] },
  // Judged one item (the script); the run flags the JumioClient.setVars(…).initVerify call too. Judgement corrected: the
  // call is the widget's use and goes with it (§2.7.7: flag, do not rewrite), and its item says its events carry
  // scanReference — both lines must change by hand.
  '33-kyc_widget.html': { manual: [WCH, WCH], manualMentions: ['iframe-script.js', 'JumioClient.setVars'] },
  // Second batch (60-63 and lookalikes 42-45 of the same numbers), judged before its own run.
  // An exact host comparison (new URL(origin).host) with a white-label legacy host: translated with the region item.
  // The handler was proven and its reads renamed, but `const { host } = new URL(event.origin)` was no origin the rule
  // followed: the legacy host stayed (every KYX event rejected) with only legacy-endpoint's item. Fixed (origin.ts;
  // fixtures iframe-event-handler/origin-host-destructured, neg-origin-host-destructured-chat).
  '60-kyc-host-check.ts': { has: ["'acme.web.", 'kycDone(data.workflowExecutionId)'], lacks: ['transactionReference', 'acme.netverify.com'], manual: [IEH] },
  // Parameter names kept in a const object: its values are the reads.
  '61-kyc-return-keys.ts': { has: ["status: 'acquisitionStatus'", "reference: 'workflowExecutionId'"], lacks: ["'transactionStatus'", "'transactionReference'"], manual: [] },
  // Allowlist syntax kept (camera *), the missing features added; the hard-coded legacy web-client URL flagged.
  '62-kyc-allowlist.html': { has: ['camera *', 'accelerometer', 'gyroscope', 'magnetometer', "console.log('Netverify transaction reference:', data.workflowExecutionId)"], lacks: ['data.transactionReference'], manual: [WCH] },
  // @preact/signals' useSignalEffect attaching a bare addEventListener.
  '63-KycStep.signals.tsx': { has: ["e.origin.endsWith('.jumio.ai')", 'reference.value = data.workflowExecutionId', `allow="${FULL_ALLOW}"`], lacks: ['transactionReference'], manual: [] },
  // Third batch (70-79 and lookalikes 46-49 of the same numbers), judged before its own run.
  // The raw posted string handed to a worker: origin translated, the hand-off flagged (whoever parses it reads the new name).
  // (Judgement's lacks corrected after the run: 'netverify' also matched the marker's own tag, as in round 12's 03; the
  // legacy host is what must be gone. The output agreed with the judgement.)
  '70-kyc-worker-relay.js': { has: ["event.origin.endsWith('.jumio.ai')"], lacks: ['.netverify.com'], manual: [IEH], manualMentions: ['workflowExecutionId'] },
  // A handler destructuring its event ({ origin, data: raw }), attached with an options object.
  '73-kyc-destructured-raw.js': { has: ['detail: message.workflowExecutionId'], lacks: ['transactionReference', 'netverify'], manual: [] },
  // toRefs(useRoute()).query read as query.value.<name>. Passed silently. Fixed (query-wrappers.ts; fixtures
  // landing-page-params/vue-torefs-route-query, neg-vue-torefs-route-payment).
  '76-KycResult.vue': { has: ['query.value.acquisitionStatus', 'query.value.workflowExecutionId'], lacks: ['query.value.transactionStatus', 'query.value.transactionReference'], manual: [] },
  // The allow list delegates the camera to the legacy origin only: the KYX frame would get no camera. The missing
  // features are added and the legacy origin inside the list is flagged. The first run added the features with no item
  // (legacy-endpoint skipped the start tag iframe-allow had edited) and the item came on a rerun. Fixed (legacy-endpoint
  // index.ts: an allow list's legacy origin is no other rule's edit; test/rules/frontend2/allow-list-legacy-origin.test.ts).
  '79-kyc-allow-origin.html': { has: ['accelerometer', "console.log('Netverify transaction reference:', data.workflowExecutionId)"], lacks: ['data.transactionReference'], manualMentions: ['acme.netverify.com'] },
  // Fourth batch (84-92 and lookalikes 50-52 of the same numbers), judged before its own run.
  // combineLatest([route.queryParams, …]) mapped with ([params, user]): params is the query. 84 and 85 passed silently.
  // Fixed (query-wrappers.ts combinedSource, nested-param-reads.ts nestedQueryReads; inject(ActivatedRoute).queryParams,
  // found while writing the fixture, with them: fixtures landing-page-params/combine-latest-query-params,
  // nested-router-query, inject-route-query-params and two neg-).
  '84-kyc-result.component.ts': { has: ["params['acquisitionStatus'] === 'SUCCESS'", "params['workflowExecutionId']"], lacks: ["'transactionStatus'", "'transactionReference'"], manual: [] },
  // The query destructured inside useRouter()'s destructuring: `const { query: { transactionStatus } } = useRouter()`.
  '85-kyc-done.tsx': { has: ['acquisitionStatus: transactionStatus', 'workflowExecutionId: transactionReference'], manual: [] },
  // Angular's [attr.allow] bound to a string literal: edited inside its quotes (as Vue's :allow="'…'").
  '92-kyc-frame.component.ts': { has: ["event.origin.endsWith('.jumio.ai')", 'this.verified.emit(data.workflowExecutionId)', `[attr.allow]="'${FULL_ALLOW}'"`], lacks: ['transactionReference', `"'camera;fullscreen'"`], manual: [] },
  // Fifth batch (95, 97 and lookalikes 53-54 of the same numbers), judged before its own run.
  // The parsed object narrowed to a Record by a local predicate and read with brackets.
  '95-kyc-record.ts': { has: ["e.origin.endsWith('.jumio.ai')", "msg['workflowExecutionId']"], lacks: ['transactionReference'], manual: [] },
  // Vue 2 options API: the query kept in data() and read as this.params.get(…) in computed properties. Passed silently.
  // Fixed (query-wrappers.ts vueDataMember; fixtures landing-page-params/vue-options-data-query,
  // neg-vue-options-data-query-payment).
  '97-KycReturn.vue': { has: ["this.params.get('acquisitionStatus')", "this.params.get('workflowExecutionId')"], lacks: ["'transactionStatus'", "'transactionReference'"], manual: [] },
  // Sixth batch (98, 99 and lookalike 55 of the same number), judged before its own run.
  // A forwarder written `(e) => void handle(e)`: followed into the async handler.
  '98-kyc-void-forward.ts': { has: ["event.origin.endsWith('.jumio.ai')", 'saveKycReference(data.workflowExecutionId)'], lacks: ['transactionReference'], manual: [] },
  // Remix: the page and its meta function each read the query (meta's lone status read is the same page's: the file
  // reads the pair). The component's reads were renamed, meta's was a known gap; fixed (route-module-query.ts: a route
  // module's meta, loaders and default component read one URL; fixtures landing-page-params/remix-route-meta-loader-query,
  // react-router-meta-args-query, neg-remix-meta-bank-transfer, neg-remix-meta-card-return, neg-remix-meta-status-alone).
  '99-kyc.done.tsx': { has: ["params.get('acquisitionStatus') === 'SUCCESS' ? <p>", "params.get('workflowExecutionId')", "title: params.get('acquisitionStatus') === 'SUCCESS'"], lacks: ["'transactionReference'", "'transactionStatus'"], manual: [] },
};

/**
 * Judged defects: the right behaviour, asserted with it.fails while the defect stands (a file may have several).
 * A file may also be in EXPECT (what already works there must keep working). Fixed ones move to EXPECT.
 */
const GAPS: Record<string, (Expectation & { why: string })[]> = {
};

/** Unparsed templates the run lists as skipped with manual items; `why` marks a known gap (not listed). */
const UNPARSED_LEGACY: Record<string, { why?: string }> = {
  // A Razor Page reading Request.Query["transactionStatus"] / ["transactionReference"]: listed for a human.
  '26-KycReturn.cshtml': {},
};

frontendRoundSuite('hold-out round 13: front-end rules on unseen code', DIR, corpus, { expected: EXPECT, gaps: GAPS, unparsedLegacy: UNPARSED_LEGACY });
