// Hold-out round 14 for the front-end rules (iframe-event-handler, iframe-allow, landing-page-params,
// web-client-host, legacy-endpoint on pages). test/holdout/round14-frontend/ was written from the spec
// (real-world-legacy-code.md §2.7, §2.8, §2.10; jumio-api-facts.md §2, §5.4–5.6) before the rules were read, in
// styles rounds 1–13 lack: @react-hookz/web's target-first useEventListener(window, 'message', fn), Angular's
// EventManager.addGlobalEventListener('window', 'message', fn), rxjs fromEventPattern(add, remove), Angular toSignal()
// of a parsed fromEvent stream read in computed(), Umbrella JS u(window).on('message'), an OpenUI5 controller
// (Controller.extend with a bound member), ember-lifeline's addEventListener(this, window, 'message', fn), a yup
// schema's validateSync(JSON.parse(…)), a service-worker relay (navigator.serviceWorker.controller.postMessage), a
// browser-extension content script (chrome.runtime.sendMessage), Svelte 5 runes with a shorthand {allow} of a $state,
// a JSX allow={CONST}, rest destructuring of the parsed event ({ payload, ...meta }); Slim and Mako views (unparsed);
// landing pages in Expo Router useLocalSearchParams<T>(), Next.js getInitialProps({ query }), VueUse
// useUrlSearchParams('history'), Nuxt useRequestURL(), use-query-params useQueryParam('…', StringParam), a Vue Router
// beforeEach guard's to.query, an Aurelia 1 activate(params), new URL(document.URL), h3 getRequestURL(event), itty-router
// ({ query }), url-parse; a SvelteKit kit.csp frame-src and a nuxt-security CSP naming legacy hosts; a meta refresh,
// an Electron loadURL and a GET form to the legacy web client; a hyperscript (_="on message from window …") handler;
// plus lookalikes (40-59) that must stay byte-identical (Stripe in hookz, Adyen through EventManager, Plaid through
// fromEventPattern, PayPal through Umbrella, Onfido in UI5, a payment yup schema, a Paystack service-worker relay, a
// wallet content script, an Expo payment return, a refund getInitialProps, a bank-transfer useUrlSearchParams, a
// payout useQueryParam, a checkout guard, a CSP of other vendors, KYX already migrated in hookz and in Expo, a payment
// meta refresh, an h3 payment return, a MessageChannel port, a 3-D Secure rest destructuring).
// Judged by hand from the spec and MIGRATION.md BEFORE the codemod ran (the corpus and this file's judgements were
// committed before the first run, f24944a); disagreements are explained where they were resolved (a defect fixed, or
// the judgement corrected with the reason). The first run agreed on 19 of the 30 judged parsed legacy files (01, 06,
// 09 — once its `lacks` stopped matching the marker's own text —, 10-13, 17, 19, 21, 23-31), on the Mako page (listed)
// and on 19 of the 20 lookalikes. The 13 others were defects: 02, 03, 05, 07, 08, 16, 18, 20, 22, 32 and lookalike 49
// (a refund return page renamed) fixed as judged (said at each); 04 was fixed to a flag (its origin was translated and
// its reads left, silently) and its full renames are a known gap (GAPS); the Slim view (14) is a known gap
// (UNPARSED_LEGACY: the fix conflicted with an earlier decision, reason at the file).
import { resolve } from 'node:path';
import {
  frontendRoundCorpus, frontendRoundSuite, FULL_ALLOW, type JudgedExpectation,
} from '../support/frontend-holdout.js';

const DIR = resolve(import.meta.dirname, 'round14-frontend');
const corpus = frontendRoundCorpus(DIR);

type Expectation = JudgedExpectation;
const IEH = 'iframe-event-handler';
const IFA = 'iframe-allow';
const WCH = 'web-client-host';
const LE = 'legacy-endpoint';

const EXPECT: Record<string, Expectation> = {
  // @react-hookz/web's useEventListener takes the target first, as VueUse's does.
  '01-KycFrame.hookz.tsx': { has: ["event.origin.endsWith('.jumio.ai')", 'onVerified(data.workflowExecutionId)', `allow="${FULL_ALLOW}"`], lacks: ['transactionReference'], manual: [] },
  // EventManager.addGlobalEventListener('window', 'message', this.onMessage): a window listener (an arrow field).
  '02-kyc-frame.event-manager.ts': { has: ["event.origin.endsWith('.jumio.ai')", 'this.verified.emit(data.workflowExecutionId)', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference'], manual: [] },
  // fromEventPattern whose add handler attaches to the window's message event: the stream is fromEvent(window, 'message').
  // Only the origin got legacy-endpoint's item. Fixed: fromEventPattern(add) whose add attaches its handler to the
  // window (library-listeners.ts), and a raw stream kept in a variable with one consumer is followed there, for
  // fromEvent too (rxjs-pipeline.ts; fixtures iframe-event-handler/from-event-pattern, raw-stream-variable).
  '03-kyc-events.pattern.ts': { has: ["e.origin.endsWith('.jumio.ai')", 'reference: data.workflowExecutionId as string'], lacks: ['transactionReference'], manual: [] },
  // The parsed event held in a signal (toSignal) and read in computed(): the interface the parse asserts is renamed too.
  // The run translated the origin and completed the allow list but left the reads and the interface, silently (every KYX
  // event then read undefined). Fixed to a flag: the parsed stream handed whole to a call is an escape (rxjs-pipeline.ts
  // handOff); following the signal's reads was a gap, closed in the seventeenth session: a private field's toSignal is
  // read at each this.frameEvent() of the class (signal-flow.ts toSignalReads; fixtures iframe-event-handler/
  // to-signal-parsed-stream, now migrated, and to-signal-template-field, a field the template reads: still flagged).
  '04-kyc-frame.signal.ts': { has: ["e.origin.endsWith('.jumio.ai')", `allow="${FULL_ALLOW}" allowfullscreen`, 'workflowExecutionId: string;', 'ev.workflowExecutionId'], lacks: ['ev.transactionReference'], manual: [] },
  // Umbrella JS's u(window).on('message', fn) hands fn the native MessageEvent. 02, 05 and 07 got legacy-endpoint's
  // origin item only. Fixed (library-listeners.ts: EventManager.addGlobalEventListener, u(window).on with u imported from
  // umbrellajs, ember-lifeline's addEventListener; fixtures iframe-event-handler/event-manager-global-listener,
  // umbrella-window-on, ember-lifeline-listener, neg-umbrella-local-u).
  '05-kyc-umbrella.js': { has: ["e.origin.indexOf('jumio.ai') === -1", "u('#kyc-reference').attr('value', data.workflowExecutionId)"], lacks: ['transactionReference'], manual: [] },
  // OpenUI5: the bound method kept in this._fnOnMessage is the handler.
  '06-Verify.controller.js': { has: ["oEvent.origin.indexOf('jumio.ai') === -1", "setProperty('/reference', oData.workflowExecutionId)"], lacks: ['transactionReference'], manual: [] },
  // ember-lifeline's addEventListener(this, window, 'message', fn) attaches fn to the window.
  '07-kyc-frame.lifeline.js': { has: ["event.origin.endsWith('.jumio.ai')", 'this.reference = data.workflowExecutionId', 'this.args.onVerified?.(data.workflowExecutionId)'], lacks: ['transactionReference'], manual: [] },
  // A yup schema of the same file validates the parsed event: its key is renamed (it would reject every KYX event).
  // The run flagged validateSync as an escape. Fixed (schema-validation.ts: validateSync / cast; fixture
  // iframe-event-handler/yup-validate-sync).
  '08-kyc-yup.ts': { has: ["e.origin.endsWith('.jumio.ai')", 'workflowExecutionId: string().required()', 'onDone(data.workflowExecutionId)'], lacks: ['transactionReference'], manual: [] },
  // The whole parsed event handed to the service worker: an escape (whoever reads it there reads the new name).
  // (Judgement's lacks corrected after the run: 'transactionReference' also matched the escape marker's own text, "code
  // that reads its transactionReference must read workflowExecutionId"; the read is what must be gone. The output agreed.)
  '09-kyc-sw-relay.js': { has: ["event.origin.endsWith('.jumio.ai')", "console.info('KYC event', data.payload.value, data.workflowExecutionId)"], lacks: ['data.transactionReference'], manual: [IEH], manualMentions: ['workflowExecutionId'] },
  // Exact white-label origin: translated with the region item; only a field is sent on (no escape).
  '10-kyc-content-script.js': { has: ["'https://acme.web.", 'reference: d.workflowExecutionId'], lacks: ['transactionReference', 'acme.netverify.com'], manual: [IEH] },
  // Svelte's {allow} shorthand of a $state is a computed allow: flagged (the handler is migrated).
  '11-KycFrame.svelte': { has: ["event.origin.endsWith('.jumio.ai')", 'reference = data.workflowExecutionId', 'onverified?.(data.workflowExecutionId)'], lacks: ['transactionReference'], manual: [IFA] },
  // allow={FRAME_ALLOW}: a computed allow, flagged.
  '12-KycDialog.const-allow.tsx': { has: ["e.origin.endsWith('.jumio.ai')", 'onClose(data.workflowExecutionId)'], lacks: ['transactionReference'], manual: [IFA] },
  // Rest destructuring of the parsed event: the rest object's read is renamed.
  '13-kyc-rest.ts': { has: ["event.origin.endsWith('.jumio.ai')", 'save(meta.workflowExecutionId, meta.dateTime)'], lacks: ['transactionReference'], manual: [] },
  // Landing pages.
  // The destructuring was renamed, the type argument not: the screen stopped type-checking. Fixed (query-types.ts;
  // fixture landing-page-params/expo-local-search-params-typed).
  '16-kyc-done.expo.tsx': { has: ['acquisitionStatus: transactionStatus', 'workflowExecutionId: transactionReference', 'acquisitionStatus?: string;', 'workflowExecutionId?: string;'], manual: [] },
  '17-kyc-done.initial-props.tsx': { has: ['query.acquisitionStatus', 'query.workflowExecutionId'], lacks: ['query.transactionStatus', 'query.transactionReference'], manual: [] },
  // Passed silently. Fixed (framework-queries.ts, vue-template.ts: the script's and the template's reads are one query
  // object; fixtures landing-page-params/vueuse-url-search-params, neg-url-search-params-local).
  '18-KycDone.vue': { has: ["params.acquisitionStatus === 'SUCCESS'", 'params.workflowExecutionId'], lacks: ['params.transactionStatus', 'params.transactionReference'], manual: [] },
  '19-kyc-done.nuxt.vue': { has: ["url.searchParams.get('acquisitionStatus')", "url.searchParams.get('workflowExecutionId')"], lacks: ["'transactionStatus'", "'transactionReference'"], manual: [] },
  // Passed silently. Fixed (query-hooks.ts; fixtures landing-page-params/use-query-param, neg-use-query-param-local-hook).
  '20-KycReturn.query-params.tsx': { has: ["useQueryParam('acquisitionStatus', StringParam)", "useQueryParam('workflowExecutionId', StringParam)"], lacks: ["'transactionStatus'", "'transactionReference'"], manual: [] },
  // A global guard's `to` is the route being entered (as a Nuxt middleware's).
  '21-kyc-guard.router.ts': { has: ["to.query.acquisitionStatus === 'ERROR'", 'to.query.workflowExecutionId'], lacks: ['to.query.transactionStatus', 'to.query.transactionReference'], manual: [] },
  // Aurelia 1 merges the query string into activate's params (with the route's own parameters). Passed silently. Fixed
  // (framework-queries.ts, query-types.ts: the inline parameter type too; fixtures landing-page-params/
  // aurelia-activate-params, neg-activate-not-aurelia).
  '22-kyc-return.aurelia.ts': { has: ["params.acquisitionStatus === 'SUCCESS'", 'params.workflowExecutionId', 'acquisitionStatus?: string', 'workflowExecutionId?: string'], lacks: ['transactionStatus', 'transactionReference'], manual: [] },
  '23-kyc-return.document-url.js': { has: ["query.get('acquisitionStatus')", "query.get('workflowExecutionId')"], lacks: ["'transactionStatus'", "'transactionReference'"], manual: [] },
  '24-kyc-return.get.ts': { has: ["params.get('acquisitionStatus')", "params.get('workflowExecutionId')"], lacks: ["'transactionStatus'", "'transactionReference'"], manual: [] },
  '25-kyc-return.itty.ts': { has: ["query.acquisitionStatus === 'SUCCESS'", 'query.workflowExecutionId'], lacks: ['query.transactionStatus', 'query.transactionReference'], manual: [] },
  '26-kyc-return.url-parse.js': { has: ["query.acquisitionStatus === 'SUCCESS'", 'showDone(query.workflowExecutionId)'], lacks: ['query.transactionStatus', 'query.transactionReference'], manual: [] },
  // CSP source lists naming the legacy frame host: the KYX frame would be blocked.
  '27-svelte.config.js': { manual: [LE], manualMentions: ['acme.netverify.com'] },
  '28-nuxt.config.ts': { manual: [LE], manualMentions: ['acme.lon.netverify.com'] },
  // A meta refresh to the legacy web client (the URL inside content="0; url=…").
  '29-kyc-redirect.ejs': { manual: [WCH], manualMentions: ['web.href'] },
  '30-kyc-window.electron.ts': { manual: [WCH], manualMentions: ['web.href', 'emea-1'] },
  // A GET form whose action is the legacy web client.
  '31-verify-form.html': { manual: [WCH], manualMentions: ['web.href'] },
  // The frame's src is the legacy web client (flagged, allow completed); its hyperscript handler reads the old field
  // and no rule parses it: it must be flagged. The handler passed silently. Fixed (iframe-event-handler/hyperscript.ts;
  // fixtures hyperscript-handler, neg-hyperscript-paypal).
  '32-kyc-hyperscript.html': { has: [`allow="${FULL_ALLOW}"`], manualMentions: ['web.href', 'transactionReference'] },
  // (Lookalike 49, a refund return page whose getInitialProps hands the status to the component that compares it with
  // 'REFUNDED', was renamed: the prop's comparison was not the status's. Fixed: compared-values.ts pagePropUses;
  // fixtures landing-page-params/neg-next-initial-props-refund, neg-next-server-side-props-settlement.)
};

/**
 * Judged defects: the right behaviour, asserted with it.fails while the defect stands (a file may have several).
 * A file may also be in EXPECT (what already works there must keep working). Fixed ones move to EXPECT.
 */
const GAPS: Record<string, (Expectation & { why: string })[]> = {
};

/** Unparsed templates the run lists as skipped with manual items; `why` marks a known gap (not listed). */
const UNPARSED_LEGACY: Record<string, { why?: string }> = {
  // A Slim view with the doc-sample handler (shortened to the renamed field and payload.value) in a javascript: block,
  // beside a camera/fullscreen frame. Not listed: the text scan lists the sample only with two more of its fields. A fix
  // counting the camera frame as one (906c2a6) was reverted: test/engine/template-scan.test.ts decides that a page
  // with such a frame reading the pair and one more field stays unlisted (a 3-D Secure page), and that decision is not
  // this round's to overturn. Left as a known gap.
  '14-verify.slim': { why: 'a Slim view with the shortened doc sample beside a camera/fullscreen frame is not listed (the text scan wants two more of the sample\'s fields)' },
  // A Mako (Pyramid) return page reading request.params.get('transactionStatus') / ('transactionReference').
  '15-kyc_return.mako': {},
};

frontendRoundSuite('hold-out round 14: front-end rules on unseen code', DIR, corpus, { expected: EXPECT, gaps: GAPS, unparsedLegacy: UNPARSED_LEGACY });
