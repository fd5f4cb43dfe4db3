// Hold-out round 6 for the front-end rules (iframe-event-handler, iframe-allow, landing-page-params,
// web-client-host, legacy-endpoint on pages). test/holdout/round6-frontend/ was written from the spec
// (real-world-legacy-code.md §2.7, §2.8, §2.10, §2.11; jumio-api-facts.md §2, §5.4–5.6) before the rules were read,
// in styles rounds 1–5 lack: AngularJS 1.x ($window listener with angular.fromJson and $scope.$on('$destroy'), a
// directive listening through jqLite angular.element($window).on, ng-src pages), an Ember classic
// Component.extend({…}) with its co-located template, a Polymer 1 <dom-module>, a Dojo AMD widget (dojo/on +
// lang.hitch, templateString), a zustand store, a Cordova InAppBrowser loadstart return URL, an Electron <webview>
// page, Vue 3 watchEffect(onCleanup), a Pinia options store, a Lit 3 #private arrow field, Blazor JS interop with its
// Razor page, a Phoenix LiveView hook with its HEEx template, a Blade page with @json, Pug and Liquid templates,
// SvelteKit 5 page from $app/state, TanStack Router validateSearch (zod), Nuxt 2 asyncData({ query }), an Ember
// controller's queryParams, query-string's parse, a full-page and popup redirect to the web client, a TS enum of the
// error codes, a Next.js CSP header, an AbortController-signal listener with optional chaining, a Promise wrapper
// with a named function expression, a zod-validated event, an EventListenerObject (handleEvent), Angular
// inject(DOCUMENT).defaultView + DestroyRef, a Svelte 4 readable store, a back-office Vue link, Ben Alman's
// $.receiveMessage; and file kinds the engine may not discover (.riot, .heex, .jinja, .jspf, .xhtml, .coffee);
// plus lookalikes (40-53) that must stay byte-identical. A second batch, also judged before its run: an Angular
// @ViewChild frame and a React useRef frame set from script, Object.fromEntries(params.entries()),
// URLSearchParams.forEach, and lookalikes 54-56 (Postmate, a 3-D Secure @ViewChild, a PayU forEach page). Three late
// files (06 Ext JS, 39 Vue 2 x-template, 60 <body onmessage>) were judged after their first run (said at each).
// Judged by hand from the spec and MIGRATION.md BEFORE the codemod ran; disagreements are explained where they were
// resolved (a defect fixed, or the judgement corrected with the reason).
import { resolve } from 'node:path';
import {
  frontendRoundCorpus, frontendRoundSuite, FULL_ALLOW, KYX_REGEX, SPACED_ALLOW, type JudgedExpectation,
} from '../support/frontend-holdout.js';

const DIR = resolve(import.meta.dirname, 'round6-frontend');
const corpus = frontendRoundCorpus(DIR);

/** Lookalikes: 3-D Secure, payment and bank-transfer frames and return pages, video chat, OAuth, other IDV vendors
 * (Onfido, Veriff), Jumio's native mobile SDK, plan codes in the 9100–9836 range, a marketing page, KYX code.
 * One was edited on the first run: 46 (an Adyen SvelteKit return page comparing the status with 'AUTHORISED' in the
 * markup got a 'payments' marker: fixed in landing-page-params, fixture neg-svelte-derived-markup-status). */
// (corpus.untouched: the files named 4N-/5N-lookalike-…)

type Expectation = JudgedExpectation;

const EXPECT: Record<string, Expectation> = {
  // AngularJS $window is the window; angular.fromJson is JSON.parse.
  '01-verify-ctrl.js': { has: ['kycApi.complete(data.workflowExecutionId)'], lacks: ['data.transactionReference', '\\.netverify\\.com'], manual: [] },
  // The page loads 01-verify-ctrl.js, which attaches the proven handler: its ng-src frame is the client.
  '01-verify.html': { has: [`allow="${FULL_ALLOW}" allowfullscreen`, 'ng-src="{{frameUrl}}"'], manual: [] },
  // jqLite: angular.element($window).on('message', fn) is a window listener; the directive's template: frame follows.
  '02-kyc-frame-directive.js': { has: ["e.origin.indexOf('jumio.ai') === -1", 'scope.onDone({ reference: data.workflowExecutionId })', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['data.transactionReference', 'netverify'], manual: [] },
  '03-identity-check-classic.js': { has: ["event.origin.endsWith('.jumio.ai')", 'this.kyc.markSubmitted(data.workflowExecutionId)'], lacks: ['data.transactionReference'], manual: [] },
  '03-identity-check-classic.hbs': { has: [`allow="${FULL_ALLOW}" allowfullscreen`], manual: [] },
  // No origin check: parse + eventType 510 + transactionReference + payload.value; the <template>'s frame follows.
  '04-kyc-frame-polymer.html': { has: ['this.reference = data.workflowExecutionId;', "this.fire('kyc-done', { reference: data.workflowExecutionId })", `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['data.transactionReference'], manual: [] },
  // dojo/on's on(window, 'message', lang.hitch(this, '_onMessage')); the templateString frame is the client's.
  '05-kyc-widget-dojo.js': { has: [`/^https:\\/\\/[a-z0-9-]+${KYX_REGEX}$/.test(evt.origin)`, "this.emit('verified', { reference: data.workflowExecutionId })", `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['data.transactionReference'], manual: [] },
  // 06, 39 and 60 were added late and judged after their first run (not before it, unlike the rest): each was left
  // silent (06, 39) or half migrated (60: the frame, not the handler). Judged from the spec as full migrations; fixed
  // (Ext JS listeners/parse/html config, template scripts' frames, <body onmessage>), fixtures extjs-window-listener,
  // extjs-html-config, template-script-frames, body-onmessage.
  '06-kyc-panel-extjs.js': { has: [`/${KYX_REGEX}$/.test(evt.origin)`, "this.fireEvent('verified', this, data.workflowExecutionId)", `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['data.transactionReference'], manual: [] },
  '07-kyc-store-zustand.ts': { has: ["event.origin.endsWith('.jumio.ai')", "set({ status: 'done', reference: data.workflowExecutionId })", "set({ status: 'failed', reference: data.workflowExecutionId"], lacks: ['data.transactionReference'], manual: [] },
  // new URLSearchParams(event.url.split('?')[1]) of the InAppBrowser's return URL, read as a pair.
  '08-kyc-inappbrowser.js': { has: ["params.get('acquisitionStatus')", "params.get('workflowExecutionId')"], lacks: ["'transactionStatus'", "'transactionReference'"], manual: [] },
  // The <webview>'s literal web-client URL is flagged; its did-navigate return URL is read as a pair.
  '09-kyc-window.html': { has: ["query.get('acquisitionStatus') === 'SUCCESS'", "reference: query.get('workflowExecutionId')"], manual: ['web-client-host'] },
  '10-KycFrame.vue': { has: ['  workflowExecutionId: string;', "emit('done', data.workflowExecutionId)", `allow="${SPACED_ALLOW}" allowfullscreen />`], lacks: ['transactionReference'], manual: [] },
  // A Pinia options-store action attached by this.onNetverifyMessage (Pinia binds actions to the store).
  '11-kyc-pinia-store.ts': { has: ['this.reference = data.workflowExecutionId'], lacks: ['data.transactionReference'], manual: [] },
  '12-kyc-frame-lit.ts': { has: ["event.origin.endsWith('.jumio.ai')", 'detail: data.workflowExecutionId', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['data.transactionReference'], manual: [] },
  '13-jumio-interop.js': { has: ["invokeMethodAsync('OnJumioError', data.workflowExecutionId", "invokeMethodAsync('OnJumioEvent', data.workflowExecutionId, data.payload.value)"], lacks: ['data.transactionReference'], manual: [] },
  '14-jumio-frame-hook.js': { has: ["event.origin.endsWith('.jumio.ai')", "{ reference: data.workflowExecutionId }", 'reference: data.workflowExecutionId });'], lacks: ['data.transactionReference'], manual: [] },
  // Blade's @json(…) inside the <script> is a server tag like {{ }}.
  '15-verify.blade.php': { has: ["event.origin.endsWith('.jumio.ai')", '{ reference: data.workflowExecutionId }', `allow="${FULL_ALLOW}" allowfullscreen`, 'const kycConfig = @json($kycConfig);'], lacks: ['data.transactionReference'], manual: [] },
  // Svelte 5 page from $app/state (MIGRATION: page.url.searchParams.get('…')).
  '18-kyc-done+page.svelte': { has: ["page.url.searchParams.get('acquisitionStatus')", "page.url.searchParams.get('workflowExecutionId')"], lacks: ["'transactionStatus'", "'transactionReference'"], manual: [] },
  // TanStack Router: the zod schema of validateSearch names the parameters; Route.useSearch() reads them.
  '19-kyc-done.route.tsx': { has: ["acquisitionStatus: z.enum(['SUCCESS', 'ERROR'])", 'workflowExecutionId: z.string()', 'const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference, errorCode } = Route.useSearch();'], manual: [] },
  // Nuxt 2 asyncData({ query }); watchQuery names the parameter the page re-runs on.
  '20-kyc-return.vue': { has: ["query.acquisitionStatus === 'SUCCESS'", 'query.workflowExecutionId || null', "watchQuery: ['acquisitionStatus']"], lacks: ['query.transactionStatus', 'query.transactionReference'], manual: [] },
  // Ember controller queryParams. Judged first as "flagged at least" (the tracked properties are read by a template
  // we cannot see); it was left silent. Fixed with an exact rewrite instead of a flag: Ember maps a property to another
  // URL key ({ property: 'urlKey' }), so properties, getters and templates keep their names (ember-query-params.ts,
  // fixtures ember-controller-query-params and neg-ember-controller-payment-status).
  '21-kyc-done-controller.js': { has: ["queryParams = [{ transactionStatus: 'acquisitionStatus' }, { transactionReference: 'workflowExecutionId' }, 'errorCode'];", '@tracked transactionStatus = null;'], manual: [] },
  '22-verify-result.js': { has: ['const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference, errorCode } = queryString.parse(window.location.search);'], manual: [] },
  '23-start-verification.ts': { manual: ['web-client-host', 'web-client-host'] },
  '24-jumio-error-code.ts': { manual: ['iframe-event-handler'], manualMentions: ['9835'] },
  '25-next.config.js': { manual: ['legacy-endpoint'], manualMentions: ['acme.netverify.com'] },
  '26-useKycFrame.tsx': { has: ["event.origin.endsWith('.jumio.ai')", "reference: data?.workflowExecutionId", `allow="${FULL_ALLOW}" allowFullScreen`], lacks: ['data?.transactionReference'], manual: [] },
  '27-wait-for-jumio.js': { has: ['if (!data || !data.workflowExecutionId) return;', 'resolve(data.workflowExecutionId);'], lacks: ['data.transactionReference'], manual: [] },
  // A zod-validated event: the schema is the event's type; onEvent(parsed.data) hands the object on (escape).
  // Was: origin translated, the reads and the schema left on transactionReference with a 'passed on to
  // NetverifyEvent.safeParse' marker (the schema would reject every KYX event). Fixed (schema-validation.ts,
  // fixture zod-validated-event). (Judged first with lacks 'transactionReference': too strict, the escape marker names it.)
  '28-kyc-events.ts': { has: ["event.origin.endsWith('.jumio.ai')", '  workflowExecutionId: z.string(),', 'parsed.data.workflowExecutionId'], lacks: ['.transactionReference', 'transactionReference: z'], manual: ['iframe-event-handler'], manualMentions: ['passed on to onEvent'] },
  // addEventListener('message', this) calls this.handleEvent.
  '29-kyc-listener.ts': { has: ["e.origin.endsWith('.jumio.ai')", 'this.reference = data.workflowExecutionId;', 'this.onDone(data.workflowExecutionId);'], lacks: ['data.transactionReference'], manual: [] },
  '30-kyc-step.component.ts': { has: ["event.origin.endsWith('.jumio.ai')", 'this.verified.emit(data.workflowExecutionId)', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['data.transactionReference'], manual: [] },
  '31-kyc-store.js': { has: ["set({ state: 'done', reference: data.workflowExecutionId })", "set({ state: 'failed', reference: data.workflowExecutionId })"], lacks: ['data.transactionReference', '\\.netverify\\.com'], manual: [] },
  // The raw-result link goes to the legacy retrieval API: reported with its KYX route. Judged first with that item
  // only: the legacy Customer Portal link (customer-portal.lon.netverify.com) is reported too, which is right (the
  // portal moves with KYX, a human must look), but its text calls it a white-label web-client host (see GAPS).
  // The portal link's item called it a white-label web-client host until session 6 (GAPS below, now fixed in
  // legacy-endpoint/messages.ts, fixture customer-portal-link).
  '32-case-links.vue': { manual: ['legacy-endpoint', 'legacy-endpoint'], manualMentions: ['retrieval', 'legacy Jumio Customer Portal link'], lacks: ['web-client host customer-portal'] },
  // $.receiveMessage(fn, origin) was not a listener: only legacy-endpoint flagged the origin literal, the reads were
  // left with no word. Fixed in two steps: a listener (listeners.ts), then its origin argument read as the check that
  // guards the whole handler (origin.ts attachOriginChecks): migrated as judged, the exact white-label origin with
  // its region marker. Fixture jquery-receive-message (a card widget's receiver stays).
  '33-kyc-jquery-postmessage.js': { has: ["$('#kyc-reference').val(data.workflowExecutionId)", "'https://acme.web."], lacks: ['data.transactionReference'], manual: ['iframe-event-handler'], manualMentions: ['origin check now expects acme.web.'] },
  '39-kyc-xtemplate.html': { has: [`<iframe :src="url" allow="${FULL_ALLOW}" allowfullscreen>`, "this.$emit('done', data.workflowExecutionId)", "indexOf('jumio.ai') === -1"], lacks: ['data.transactionReference'], manual: [] },
  // 61-64 and lookalikes 54-56: a second batch, judged before its run like the first.
  // Angular @ViewChild: the runtime setAttribute('allow', 'camera;fullscreen') on the template's iframe would undo the
  // template's list: edited like Vue's this.$refs.frame.
  '61-kyc-viewchild.component.ts': { has: ["event.origin.endsWith('.jumio.ai')", "sessionStorage.setItem('kycRef', data.workflowExecutionId)", `frame.setAttribute('allow', '${FULL_ALLOW}')`], lacks: ['data.transactionReference', "'camera;fullscreen')"], manual: [] },
  // React useRef: frameRef.current.allow = 'camera;fullscreen' on the JSX iframe of ref={frameRef}. 61 and 62 kept the
  // runtime legacy list (which undoes the template's edited one): fixed (component-frame-refs.ts, fixtures
  // angular-viewchild-frame and react-useref-frame). Judged first with no manual item: the flag cannot be added
  // after `if (frameRef.current) frameRef.current.allow = …` (no braces), so an item asks for it (the JSX frame gets
  // allowFullScreen in the same run).
  '62-KycRefFrame.tsx': { has: ['onDone(data.workflowExecutionId)', `frameRef.current.allow = '${FULL_ALLOW}'`, `allow="${FULL_ALLOW}" allowFullScreen`], lacks: ['data.transactionReference', "= 'camera;fullscreen'"], manual: ['iframe-allow'] },
  // 63 and 64 were left silent: fixed (query-reads.ts, foreach-reads.ts; fixtures from-entries-of-entries,
  // foreach-key-reads, neg-foreach-payment-status).
  '63-verify-return-entries.js': { has: ["query.acquisitionStatus === 'SUCCESS'", "'Verified, reference ' + query.workflowExecutionId"], lacks: ['query.transactionStatus', 'query.transactionReference'], manual: [] },
  // URLSearchParams.forEach((value, key) => { if (key === 'transactionStatus') … }): the compared names are the reads.
  '64-verify-return-foreach.js': { has: ["key === 'acquisitionStatus'", "key === 'workflowExecutionId'", "key === 'errorCode'"], lacks: ["'transactionStatus'", "'transactionReference'"], manual: [] },
  // A Stimulus action on the window, declared in the view (data-action="message@window->kyc-window#receive"): the
  // controller attaches nothing itself, and receive checks no origin. Both were left silent; fixed (stimulus-actions.ts
  // for the controller's run, markup-listeners.ts + page-proof.ts for the view's; fixture stimulus-window-action).
  'kyc_window_controller.js': { has: ['this.referenceTarget.value = data.workflowExecutionId;'], lacks: ['data.transactionReference'], manual: [] },
  '65-kyc-window.html.erb': { has: [`allow="${FULL_ALLOW}" allowfullscreen`], manual: [] },
  // 14, 34, 35, 36: judged "listed as skipped" while the engine did not discover these kinds (see UNPARSED_LEGACY).
  // Session 6 parses them as pages (file-kinds.ts: HEEx/EEx `<%= %>`, Jinja `{{ }}`/`{% %}` masked like ERB and
  // Twig; Riot and JSP fragments are HTML): migrated instead, which the judgement below now asks for.
  // Their frames' src is a brace expression (HEEx src={@redirect_url}, Riot src={ props.url }): read as a static path
  // (allow list left) until the page parse quoted such values (embedded.ts) and iframe-allow took them for template
  // values (html-frames.ts); fixture heex-brace-src.
  '14-verify_live.html.heex': { has: [`allow="${FULL_ALLOW}" allowfullscreen`, 'event.origin.endsWith(".jumio.ai")', 'console.log("transaction reference:", data.workflowExecutionId);'], lacks: ['data.transactionReference', '.netverify.com"'], manual: [] },
  '34-kyc-frame.riot': { has: [`allow="${FULL_ALLOW}" allowfullscreen`, "event.origin.endsWith('.jumio.ai')", 'this.props.onDone(data.workflowExecutionId)'], lacks: ['data.transactionReference'], manual: [] },
  '35-verify.jinja': { has: [`allow="${FULL_ALLOW}" allowfullscreen`, 'event.origin.endsWith(".jumio.ai")', '?ref=" + data.workflowExecutionId;'], lacks: ['data.transactionReference'], manual: [] },
  '36-kyc-frame.jspf': { has: [`allow="${FULL_ALLOW}" allowfullscreen`, "console.log('transaction reference:', data.workflowExecutionId);"], lacks: ['data.transactionReference'], manual: [] },
  '60-body-onmessage.html': { has: ["document.getElementById('ref').value = data.workflowExecutionId;", `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['data.transactionReference'], manual: ['web-client-host'] },
};

/**
 * Judged defects: the right behaviour, asserted with it.fails while the defect stands (a file may have several).
 * A file may also be in EXPECT (what already works there must keep working). Fixed ones move to EXPECT.
 */
const GAPS: Record<string, (Expectation & { why: string })[]> = {
};

/** Unparsed templates the run lists as skipped with manual items; `why` marks a known gap (not listed). */
const NOT_DISCOVERED = 'the engine does not discover this file kind at all (file-kinds.ts: neither a parsed kind nor an unparsed template), so its legacy handler, frame and reads are neither migrated nor listed; engine area, not changed in this round';
const UNPARSED_LEGACY: Record<string, { why?: string }> = {
  '13-Verify.cshtml': {},
  // Listed (origin check, read); its Pug-syntax iframe(…allow="camera;fullscreen") line too since session 6 (template-scan.ts).
  '16-verify.pug': {},
  '17-kyc-return.liquid': {},
  // Phoenix HEEx (.heex), Riot (.riot), Jinja (.jinja; also .j2), JSP fragments (.jspf), JSF Facelets (.xhtml) and
  // CoffeeScript (.coffee) were judged "listed as skipped with manual items" like Razor/Pug/Liquid, and were not
  // discovered at all (NOT_DISCOVERED) until session 6: JSF (its scripts sit in <h:outputScript>) and CoffeeScript
  // are now listed; the others are parsed pages (EXPECT above).
  '37-verify.xhtml': {},
  '38-kyc_frame.coffee': {},
};
void NOT_DISCOVERED;

frontendRoundSuite('hold-out round 6: front-end rules on unseen code', DIR, corpus, { expected: EXPECT, gaps: GAPS, unparsedLegacy: UNPARSED_LEGACY });
