// Hold-out round 12 for the front-end rules (iframe-event-handler, iframe-allow, landing-page-params,
// web-client-host, legacy-endpoint on pages). test/holdout/round12-frontend/ was written from the spec
// (real-world-legacy-code.md §2.7, §2.8, §2.10; jumio-api-facts.md §2, §5.4–5.6) before the rules were read, in
// styles rounds 1–11 lack: a React class with createRef setting the frame's allow at mount, a React 19 ref callback
// that attaches the listener and returns its cleanup, React 19 use() of the session promise, Vue 3.5 <script setup>
// with defineModel and useTemplateRef, Vue's watch(…, (v, old, onCleanup)), a framework-free custom element (a
// <template>'s innerHTML, observedAttributes, a bound method), a GitHub Catalyst element (@target frame), a Svelte 5
// attachment ({@attach fn} on the iframe), a Ractive.extend component, YUI 3 Y.on('message', fn, Y.config.win), an
// AngularJS 1.5 .component() with an inline template, an RxJS stream mapping e.data before parsing it, Angular 18
// viewChild.required() + afterNextRender, a valtio store, a React higher-order component, destr() as the parse, a
// Magento .phtml view, a classic ASP page; landing pages in JSP (JSTL ${param.…}, request.getParameter) and Thymeleaf
// (${param.…}), a Next.js 14 page destructuring searchParams in its parameter (and generateMetadata), Vue Router's
// router.currentRoute.value.query, a SvelteKit load written with `satisfies PageLoad` and ({ url: { searchParams } }),
// a Gatsby page's location prop, Navigo's match.params, a Backbone router's query argument, Angular's
// router.parseUrl(router.url).queryParams, htmx hx-vals='js:{…}'; a web-client URL built by new URL(path, host), a
// Permissions-Policy delegating the camera to the legacy frame, a Vue SFC with a Pug template, an Ember Octane
// {{did-insert}} setup of the frame; plus lookalikes (40-59) that must stay byte-identical (3-D Secure in a React
// class, AngularJS and a Pug template, YouTube in a Svelte attachment, Stripe with defineModel, Intercom in Catalyst,
// Vimeo in Ractive, PayPal in YUI, KYX already migrated in a React 19 ref callback, Checkout.com through RxJS, JSP and
// Thymeleaf payment and refund returns, a Navigo payout return, the app's own order-tracking query, a Next.js donation
// return, a Whereby Permissions-Policy, Typeform through did-insert, Onfido in .phtml, an open-banking SvelteKit
// return, Adyen through destr).
// Judged by hand from the spec and MIGRATION.md BEFORE the codemod ran; disagreements are explained where they were
// resolved (a defect fixed, or the judgement corrected with the reason). The first run agreed on 15 of the 33 judged
// legacy files (02, 03 — once its `lacks` stopped matching the marker's own tag —, 04-06, 08, 09, 11, 14, 15, 22, 24, 26,
// 31, 34's component) and on all 21 lookalikes. The 18 others were defects: 17 fixed as judged (said at each; one, 34's
// template, was broken markup that the judgement's `has` let pass), and 18 (classic ASP, not discovered) fixed with its
// judgement corrected (parsed, not listed: reason at the file).
import { resolve } from 'node:path';
import {
  frontendRoundCorpus, frontendRoundSuite, FULL_ALLOW, KYX_REGEX, type JudgedExpectation,
} from '../support/frontend-holdout.js';

const DIR = resolve(import.meta.dirname, 'round12-frontend');
const corpus = frontendRoundCorpus(DIR);

type Expectation = JudgedExpectation;
const IEH = 'iframe-event-handler';
const IA = 'iframe-allow';
const LPP = 'landing-page-params';
const LE = 'legacy-endpoint';
const WCH = 'web-client-host';
const NO_LEGACY_ALLOW = "'camera;fullscreen'";

const EXPECT: Record<string, Expectation> = {
  // The ref's frame gets its allow at mount: the runtime list is the one that counts (the JSX tag is not asserted).
  // The JSX got the KYX list and componentDidMount set camera;fullscreen back (01, 07 and 13 alike). Fixed
  // (component-frame-refs.ts, dom-frames.ts keeps ?. on the added statement; fixtures iframe-allow/react-class-create-ref,
  // catalyst-target-frame, angular-view-child-signal, neg-react-class-ref-3ds).
  '01-KycFrame.class.tsx': { has: ["event.origin.endsWith('.jumio.ai')", 'this.props.onVerified(data.workflowExecutionId)', `this.frameRef.current?.setAttribute('allow', '${FULL_ALLOW}')`, "setAttribute('allowfullscreen', '')"], lacks: ['transactionReference', NO_LEGACY_ALLOW], manual: [] },
  // No origin check: the parse, 'loaded', payload.value, payload.metainfo and the camera frame prove it.
  '02-KycStep.react19.tsx': { has: ['onDone(data.workflowExecutionId)', `allow="${FULL_ALLOW}"`, 'allowFullScreen'], lacks: ['transactionReference'], manual: [] },
  // Exact white-label origin: translated with the region item (amer-1: no API host in the run).
  // (Judgement's lacks corrected after the run: 'netverify' also matched the marker's own "TODO(netverify-migrate)"; the
  // legacy host is what must be gone. The output agreed with the judgement.)
  '03-VerifyIdentity.use.tsx': { has: ["event.origin !== 'https://acme.web.amer-1.jumio.ai'", 'onFinished(message.workflowExecutionId)', `allow="${FULL_ALLOW}"`], lacks: ['transactionReference', 'acme.netverify.com'], manual: [IEH] },
  '04-KycStep.vue': { has: [`/^https:\\/\\/[a-z0-9-]+${KYX_REGEX}$/.test(event.origin)`, 'workflowExecutionId: string;', 'reference.value = data.workflowExecutionId', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference'], manual: [] },
  '05-KycWatch.vue': { has: ["event.origin.indexOf('jumio.ai') === -1", "emit('verified', { reference: data.workflowExecutionId })", `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference'], manual: [] },
  // The <template>'s markup is one literal handed to innerHTML, in a file with a proven handler.
  '06-kyc-frame.element.js': { has: ["event.origin.endsWith('.jumio.ai')", 'reference: data.workflowExecutionId', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference'], manual: [] },
  // Catalyst's @target frame typed HTMLIFrameElement is the element's iFrame, like Lit's @query.
  '07-kyc-frame.catalyst.ts': { has: ["event.origin.endsWith('jumio.ai')", 'detail: data.workflowExecutionId', `this.frame.setAttribute('allow', '${FULL_ALLOW}')`, "this.frame.setAttribute('allowfullscreen', '')"], lacks: ['transactionReference', NO_LEGACY_ALLOW], manual: [] },
  '08-KycAttach.svelte': { has: ["event.origin.endsWith('.jumio.ai')", 'onverified?.(data.workflowExecutionId)', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference'], manual: [] },
  // Ractive.extend's template: '…' is the component's markup, like Vue's.
  '09-kyc-frame.ractive.js': { has: ["event.origin.indexOf('jumio.ai') < 0", "this.fire('verified', {}, data.workflowExecutionId)", `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference'], manual: [] },
  // YUI 3: Y.on('message', fn, Y.config.win) listens on the window; e._event is the DOM event, Y.JSON.parse the parse.
  // Only legacy-endpoint's origin marker was left. Fixed (library-listeners.ts, event-shapes.ts; fixtures
  // iframe-event-handler/yui-on-message, neg-yui-paypal).
  '10-kyc-frame.yui.js': { has: ["evt.origin.indexOf('jumio.ai') === -1", "set('value', data.workflowExecutionId)"], lacks: ['transactionReference', 'netverify'], manual: [] },
  // AngularJS .component()'s template: '…' is its markup.
  '11-kyc-frame.component.js': { has: ['reference: data.workflowExecutionId', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference', 'netverify'], manual: [] },
  // map((e) => e.data) then map((raw) => JSON.parse(raw)): the later operators and subscribers read the parsed event.
  // Only legacy-endpoint's origin marker was left. Fixed (rxjs-pipeline.ts, listeners.ts; fixtures
  // iframe-event-handler/rxjs-map-data-then-parse, neg-rxjs-map-data-then-parse-card).
  '12-kyc-events.rx.ts': { has: ["e.origin.endsWith('.jumio.ai')", 'map((event) => event.workflowExecutionId)', 'workflowExecutionId: string;'], lacks: ['transactionReference'], manual: [] },
  // viewChild.required('frame') of <iframe #frame>: its nativeElement is the iFrame (as @ViewChild).
  '13-kyc-frame.component.ts': { has: ["event.origin.endsWith('.jumio.ai')", 'this.verified.emit(data.workflowExecutionId)', `nativeElement.setAttribute('allow', '${FULL_ALLOW}')`, "setAttribute('allowfullscreen', '')"], lacks: ['transactionReference', NO_LEGACY_ALLOW], manual: [] },
  // No origin check: eventType !== 510, the GCOX guard, payload.value and metainfo prove it.
  '14-kyc-state.valtio.ts': { has: ['!data.workflowExecutionId', 'kycState.reference = data.workflowExecutionId'], lacks: ['transactionReference'], manual: [] },
  '15-withKycEvents.jsx': { has: ['reference: data.workflowExecutionId', 'status: data.payload.value'], lacks: ['transactionReference'], manual: [] },
  // destr() is a JSON parse that does not throw; the origin check proves the handler on its own.
  // The origin was translated, the reads kept and event.data flagged as passed on unparsed. Fixed (event-shapes.ts,
  // event-data.ts: destr<T>'s type argument is the object's type; fixtures iframe-event-handler/destr-parse, neg-destr-adyen).
  '16-kyc-frame.client.ts': { has: ["new URL(event.origin).hostname.endsWith('jumio.ai')", 'kyc.value.reference = data.workflowExecutionId', 'workflowExecutionId: string;'], lacks: ['transactionReference'], manual: [] },
  // A Magento .phtml view is a PHP page: its inline script and markup are read like a .php page's. Not discovered at all
  // (no file kind): fixed (file-kinds.ts; test/engine/template-scan.test.ts).
  '17-kyc_frame.phtml': { has: ["event.origin.indexOf('jumio.ai') === -1", "$('#kyc-reference').val(data.workflowExecutionId)", `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference'], manual: [] },

  // Classic ASP: judged listed as an unparsed template (like .aspx) before the run; not discovered at all. Judgement
  // corrected: its <% %> tags are the JSP/EJS kind the page parse already blanks, so the page is parsed like a JSP page
  // and its doc-sample handler and camera frame are migrated (file-kinds.ts), which a list could only ask for by hand.
  '18-verify.asp': { has: ['document.getElementById("ref").value = data.workflowExecutionId', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference'], manual: [] },
  // JSP EL (${param.x}) and request.getParameter are the server's query reads: one item per read line, as PHP/Blade.
  // 19 and 20 passed silently. Fixed (server-template-reads.ts; fixtures landing-page-params/jsp-el-param-reads,
  // thymeleaf-param-reads, neg-jsp-payment-param-reads).
  '19-kyc-return.jsp': { manual: [LPP, LPP], manualMentions: ['acquisitionStatus', 'workflowExecutionId'] },
  // Thymeleaf's ${param.x} likewise (three lines read the legacy names; errorCode stays).
  '20-kyc-return.html': { manual: [LPP, LPP, LPP], manualMentions: ['acquisitionStatus', 'workflowExecutionId'] },
  // 21, 23, 25, 27 passed silently. Fixed: the nested parameter binding and one group per Props type
  // (nested-param-reads.ts, query-types.ts; fixtures next-nested-search-params, neg-next-nested-search-params-donation),
  // SvelteKit's ({ url: { searchParams } }), Navigo's match.params, Angular's parseUrl(…).queryParams (query-reads.ts,
  // navigo-query.ts; fixtures sveltekit-load-url-destructured, navigo-match-params, angular-parse-url-query and two neg-).
  '21-kyc-done.page.tsx': { has: ['searchParams: { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference, errorCode }', "acquisitionStatus?: 'SUCCESS' | 'ERROR'; workflowExecutionId?: string;", "searchParams.acquisitionStatus === 'SUCCESS'"], lacks: ['transactionStatus?:', 'searchParams.transactionStatus'], manual: [] },
  '22-KycDone.vue': { has: ['const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference, errorCode } = router.currentRoute.value.query'], manual: [] },
  '23-kyc-done+page.ts': { has: ["searchParams.get('acquisitionStatus') === 'SUCCESS'", "searchParams.get('workflowExecutionId')"], lacks: ["'transactionStatus'", "'transactionReference'"], manual: [] },
  '24-kyc-done.gatsby.jsx': { has: ["params.get('acquisitionStatus')", "params.get('workflowExecutionId')"], lacks: ["'transactionStatus'", "'transactionReference'"], manual: [] },
  // Navigo 8's match.params is the parsed query string.
  '25-kyc-routes.navigo.js': { has: ["params.acquisitionStatus === 'SUCCESS'", 'reference: params.workflowExecutionId'], lacks: ['params.transactionStatus', 'params.transactionReference'], manual: [] },
  '26-kyc-router.backbone.js': { has: ["params.get('acquisitionStatus') === 'SUCCESS'", "params.get('workflowExecutionId')"], lacks: ["'transactionStatus'", "'transactionReference'"], manual: [] },
  '27-kyc-result.component.ts': { has: ['const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference, errorCode } = this.router.parseUrl(this.router.url).queryParams;'], manual: [] },
  // htmx's hx-vals='js:{…}' is JavaScript in an attribute (like Alpine's): its URLSearchParams reads are the page's.
  // Passed silently (attribute code was parsed for the handler rules only). Fixed late in the session (htmx-values.ts;
  // each new URLSearchParams(location.search) keys as the one page query; fixtures htmx-vals-js, neg-htmx-vals-js-payment).
  '29-kyc-return.htmx.html': { has: ['get("acquisitionStatus")', 'get("workflowExecutionId")'], lacks: ['"transactionStatus"', '"transactionReference"'], manual: [] },
  // The web-client URL written as new URL(path, host): host and path of the legacy client, one item.
  // Only legacy-endpoint's item on the bare host ("white-label web-client host … iframe embed, CSP"), not the
  // per-transaction web.href advice. Fixed (web-client-host index.ts; fixtures new-url-path-base, neg-new-url-path-base).
  '30-kyc-launch.ts': { manual: [WCH], manualMentions: ['acme.netverify.com'] },
  // Permissions-Policy delegating the camera to the legacy frame's origin: needs a human, like a CSP source.
  '31-permissions-policy.ts': { manual: [LE], manualMentions: ['acme.netverify.com'] },
  // The handler is migrated; the frame sits in a Pug template no rule reads: flagged for its allow list.
  // The frame was neither edited nor flagged. Fixed (pug-template.ts; fixtures iframe-allow/vue-pug-template,
  // neg-vue-pug-template-3ds).
  '32-KycFrame.pug.vue': { has: ["event.origin.endsWith('.jumio.ai')", "this.$emit('verified', data.workflowExecutionId)"], lacks: ['transactionReference'], manual: [IA] },
  // {{did-insert this.setupFrame}}: the action's element parameter is the template's iFrame.
  '34-kyc-frame.js': { has: ["event.origin.endsWith('.jumio.ai')", 'this.args.onVerified?.(data.workflowExecutionId)', `element.setAttribute('allow', '${FULL_ALLOW}')`], lacks: ['transactionReference', NO_LEGACY_ALLOW], manual: [] },
  // The co-located template's frame (no allow of its own) of a component with a proven handler gets the list.
  // The list was inserted inside title="Identity check" (src={{@src}} unquoted: parse5's view read the next attribute
  // as its value), and `has` alone passed; the title is now asserted whole. Fixed (embedded.ts quotes a server tag that
  // is an unquoted value; fixture iframe-allow/ember-unquoted-src-no-allow).
  '34-kyc-frame.hbs': { has: [`src={{@src}}\n  allow="${FULL_ALLOW}"`, 'title="Identity check"'], manual: [] },
};

/**
 * Judged defects: the right behaviour, asserted with it.fails while the defect stands (a file may have several).
 * A file may also be in EXPECT (what already works there must keep working). Fixed ones move to EXPECT.
 */
const GAPS: Record<string, (Expectation & { why: string })[]> = {
};

/** Unparsed templates the run lists as skipped with manual items; `why` marks a known gap (not listed). */
const UNPARSED_LEGACY: Record<string, { why?: string }> = {};

frontendRoundSuite('hold-out round 12: front-end rules on unseen code', DIR, corpus, { expected: EXPECT, gaps: GAPS, unparsedLegacy: UNPARSED_LEGACY });
