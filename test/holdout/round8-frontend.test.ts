// Hold-out round 8 for the front-end rules (iframe-event-handler, iframe-allow, landing-page-params,
// web-client-host, legacy-endpoint on pages). test/holdout/round8-frontend/ was written from the spec
// (real-world-legacy-code.md §2.7, §2.8, §2.10; jumio-api-facts.md §2, §5.4–5.6) before the rules were read, in
// styles rounds 1–7 lack: Svelte 5 runes ($effect with an AbortController signal, a .svelte.ts rune class), a Solid
// handler returned by a local factory, a Lit ReactiveController, Stencil componentDidLoad, an ember-modifier class,
// an Aurelia 2 element with its view, Vue 3 watchEffect(onCleanup), a valibot schema (v.safeParse → .output), a
// CustomEvent relay, a handler cast `as EventListener`, jQuery's $('<iframe>', {…}), an ES5 IIFE with a computed
// allow list, Angular afterNextRender + DOCUMENT.defaultView, toSignal(queryParamMap), signal input() binding, an
// environment object holding the white-label origin, a lodash-throttled handler, petite-vue, a Set of restartable
// codes, a Vue custom element (.ce.vue), createContextualFragment markup, lit-html render(); landing pages in React
// Router 7 clientLoader, Fresh 2, an Astro endpoint, URL.parse(), Nuxt 3 destructuring, express-validator, PHP,
// FreeMarker, Mithril m.route.param, Svelte 5 $derived(page.url.searchParams), page.js; Edge templates; a Vite
// proxy and MSW mocks naming legacy hosts; plus lookalikes (40-53) that must stay byte-identical (Veriff InContext,
// Sumsub, iDenfy, YouTube in Lit, Interswitch return, KYX Svelte frame and KYX landing, 3-D Secure in Aurelia, a
// Fresh payment return, an Onfido proxy, MSW payment mocks, a payout return with express-validator, Whereby in
// petite-vue, Plaid Link).
// Judged by hand from the spec and MIGRATION.md BEFORE the codemod ran; disagreements are explained where they were
// resolved (a defect fixed, or the judgement corrected with the reason).
import { resolve } from 'node:path';
import {
  frontendRoundCorpus, frontendRoundSuite, FULL_ALLOW, KYX_REGEX, type JudgedExpectation,
} from '../support/frontend-holdout.js';

const DIR = resolve(import.meta.dirname, 'round8-frontend');
const corpus = frontendRoundCorpus(DIR);

/** Lookalikes: other IDV vendors (Veriff, Sumsub, iDenfy, Onfido), video embeds, payment and payout return pages,
 * 3-D Secure, Plaid, KYX code. */
// (corpus.untouched: the files named 4N-/5N-lookalike-…)

type Expectation = JudgedExpectation;
const IEH = 'iframe-event-handler';

const EXPECT: Record<string, Expectation> = {
  '01-KycFrame.svelte': { has: ["event.origin.endsWith('.jumio.ai')", 'ondone(data.workflowExecutionId)', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference'], manual: [] },
  // No origin check: proven by the parse, eventType 510, payload.value and metainfo.
  '02-kyc-session.svelte.ts': { has: ['this.reference = msg.workflowExecutionId'], lacks: ['transactionReference'], manual: [] },
  // The handler is what a local factory returns; the regex is a module constant. The file was left untouched: fixed
  // (wrapped-handlers.ts, fixture iframe-event-handler/wrapped-handlers).
  '03-VerifyFrame.tsx': { has: [`/^https:\\/\\/[a-z0-9-]+${KYX_REGEX}$/`, 'onDone(data.workflowExecutionId)', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference', 'allowFullScreen'], manual: [] },
  '04-kyc-step-element.ts': { has: ["event.origin.includes('jumio.ai')", 'this.reference = data.workflowExecutionId', 'detail: data.workflowExecutionId', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference'], manual: [] },
  '05-kyc-verify.tsx': { has: ["hostname.endsWith('.jumio.ai')", 'this.verified.emit(data.workflowExecutionId)', `allow="${FULL_ALLOW}" allowFullScreen`], lacks: ['transactionReference'], manual: [] },
  '06-jumio-events-modifier.js': { has: ["event.origin.endsWith('.jumio.ai')", 'this.onVerified?.(data.workflowExecutionId)'], lacks: ['transactionReference'], manual: [] },
  // The Aurelia view of 07-kyc-step.ts, which imports it as its template: left with camera;fullscreen. Fixed
  // (page-proof.ts: a view's component is also the same-named script that imports it or is an Aurelia element; fixtures
  // iframe-allow/aurelia-view, aurelia-convention, neg-aurelia-3ds-view).
  '07-kyc-step.html': { has: [`allow="${FULL_ALLOW}" allowfullscreen`], manual: [] },
  '07-kyc-step.ts': { has: ["event.origin.endsWith('.jumio.ai')", 'this.reference = data.workflowExecutionId;', 'this.verified(data.workflowExecutionId)'], lacks: ['transactionReference'], manual: [] },
  // An exact white-label origin in a constant: translated with the region marker. Judged amer-1; the region is emea-1,
  // taken from the legacy API host lon.netverify.com that 26-vite.config.ts proxies to — the repository's own data
  // centre, as MIGRATION.md says (judgement corrected).
  '08-IdentityStep.vue': { has: ["'https://acme.web.emea-1.jumio.ai'", "emit('verified', data.workflowExecutionId)", `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['data.transactionReference'], manual: [IEH], manualMentions: ['acme.web.'] },
  // valibot: v.safeParse(Schema, x) read as result.output was flagged as an escape, schema and read left: fixed
  // (schema-validation.ts, fixture iframe-event-handler/valibot-schema).
  '09-netverify-event.ts': { has: ['workflowExecutionId: v.string()', 'result.output.workflowExecutionId', "event.origin.endsWith('.jumio.ai')"], lacks: ['transactionReference'], manual: [] },
  // The parsed object is cast to KycDetail and re-dispatched as a CustomEvent's detail. Judged with the interface and
  // the detail's reader renamed together; the rule flags the hand-off (`{ detail: data }`, an escape it does not
  // follow: MIGRATION.md "What stays manual") and renames neither, which keeps the file consistent and names the field
  // to change — right (judgement corrected).
  '10-kyc-relay.ts': { has: ["event.origin.endsWith('.jumio.ai')"], manual: [IEH], manualMentions: ['{ detail: data }', 'workflowExecutionId'] },
  // 11, 12, 13 create the frame at run time: judged without the iframe-allow item "must not be injected at runtime",
  // which the KYX guide states (jumio-api-facts §4.6) and round 5 already judged right (judgement corrected).
  '11-kyc-embed.ts': { has: ['onSuccess(msg.workflowExecutionId)', `iframe.setAttribute('allow', '${FULL_ALLOW}')`], lacks: ['transactionReference'], manual: ['iframe-allow', IEH], manualMentions: ['9836', 'injected at runtime'] },
  '12-kyc-page.js': { has: ["evt.origin.indexOf('jumio.ai') === -1", "$('#kyc-reference').val(data.workflowExecutionId)", `allow: '${FULL_ALLOW}'`], lacks: ['transactionReference'], manual: ['iframe-allow'], manualMentions: ['injected at runtime'] },
  // The allow list is computed (FEATURES.join(';')): flagged, not guessed.
  '13-kyc-frame.js': { has: [`${KYX_REGEX}$/.test(event.origin)`, "getElementById('kyc-ref').value = data.workflowExecutionId"], lacks: ['transactionReference'], manual: ['iframe-allow', 'iframe-allow'], manualMentions: ['injected at runtime', 'allow value is computed'] },
  '14-kyc-host.component.ts': { has: ["event.origin.endsWith('.jumio.ai')", 'this.verified.emit(data.workflowExecutionId)', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference'], manual: [] },
  // toSignal(route.queryParamMap) read as this.query()?.get(…) was no query read (left silent): fixed (query-reads.ts
  // toSignalSource, fixture landing-page-params/angular-to-signal).
  '15-kyc-result.component.ts': { has: ["get('acquisitionStatus') === 'SUCCESS'", "get('workflowExecutionId')"], lacks: ["'transactionStatus'", "'transactionReference'"], manual: [] },
  // Router input binding with signal inputs: like round 4's @Input() case, flagged (the input names are the URL keys).
  '16-kyc-done.component.ts': { manual: ['landing-page-params'], manualMentions: ['withComponentInputBinding', 'acquisitionStatus'] },
  '17-kyc.return.tsx': { has: ["url.searchParams.get('acquisitionStatus')", "url.searchParams.get('workflowExecutionId')"], lacks: ["'transactionStatus'", "'transactionReference'"], manual: [] },
  '18-kyc-return.tsx': { has: ["ctx.url.searchParams.get('acquisitionStatus')", "ctx.url.searchParams.get('workflowExecutionId')"], lacks: ["'transactionStatus'", "'transactionReference'"], manual: [] },
  '19-kyc-return.ts': { has: ["url.searchParams.get('acquisitionStatus')", "url.searchParams.get('workflowExecutionId')"], lacks: ["'transactionStatus'", "'transactionReference'"], manual: [] },
  '20-verify-return.js': { has: ["params?.get('acquisitionStatus')", "params?.get('workflowExecutionId')"], lacks: ["'transactionStatus'", "'transactionReference'"], manual: [] },
  '21-identity-done.vue': { has: ['const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference, errorCode } = useRoute().query;'], manual: [] },
  // express-validator: the names in query('…') chains and matchedData(req)'s destructuring were left silent: fixed
  // (express-validator.ts; fixtures express-validator-chains, neg-express-validator-payment).
  '22-kyc-return.router.js': { has: ["query('acquisitionStatus').isIn", "query('workflowExecutionId').isUUID()", 'const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference, errorCode } = matchedData(req);'], manual: [] },
  // PHP reads $_GET: no rule parses PHP, and the page passed silently. Fixed: the <?php regions are read as text like an
  // unparsed template's code, each read line gets an item with a // marker (php-server.ts; fixtures php-get-landing,
  // neg-php-payment-return). The script's lone get('transactionStatus') (a dataLayer push) stays: a lone read proves
  // nothing, and the page items say to read the KYX names.
  '23-kyc-return.php': { manual: ['landing-page-params', 'landing-page-params'], manualMentions: ['acquisitionStatus', 'workflowExecutionId', "PHP code"] },
  // Judged "listed as skipped" (the engine did not discover .edge: the page passed silently); Edge's `{{ }}` is blanked
  // like Handlebars', so the page is now parsed and migrated, which is better than a list (file-kinds.ts, fixture
  // iframe-allow/edge-template; round 7 did the same for Go templates).
  '25-verify.edge': { has: ["event.origin.endsWith('.jumio.ai')", "getElementById('reference').value = data.workflowExecutionId", `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference'], manual: [] },
  '26-vite.config.ts': { manual: ['legacy-endpoint'], manualMentions: ['lon.netverify.com'] },
  '27-kyc-handlers.ts': { manual: ['web-client-host'], manualMentions: ['acme.netverify.com'] },
  // On its own run the settings file's white-label origin is flagged (the handler's run translates it, see 28-kyc-origin).
  '28-environment.prod.ts': { manual: ['legacy-endpoint'], manualMentions: ['acme.netverify.com'] },
  // The origin is a member of an imported settings object that also holds other URLs. Judged "flagged at the check
  // with the module and the KYX origin"; the rule did nothing at the check (the module's own legacy-endpoint item was
  // all). Fixed better than judged: the literal at that member path is read like an imported constant, so it proves
  // the handler and is translated in 28-environment.prod.ts with the region item (origin.ts, imported-constants.ts;
  // fixture iframe-event-handler/imported-origin-settings-member, test/rules/frontend/imported-origins.test.ts).
  '28-kyc-origin.component.ts': {
    has: ['this.verified.emit(data.workflowExecutionId)', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['data.transactionReference'], manual: [],
    external: { '28-environment.prod.ts': ["webClientOrigin: 'https://acme.web.emea-1.jumio.ai'", 'region emea-1 taken from the legacy API host lon.netverify.com'] },
  },
  // A lodash throttle inside useMemo: only legacy-endpoint's origin marker was left. Fixed (wrapped-handlers.ts).
  '29-IdentityFrame.jsx': { has: ["event.origin.endsWith('.jumio.ai')", 'onVerified(data.workflowExecutionId)', `allow="${FULL_ALLOW}" allowFullScreen`], lacks: ['transactionReference'], manual: [] },
  '30-verify-petite.html': { has: ["event.origin.endsWith('.jumio.ai')", 'this.reference = data.workflowExecutionId', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference'], manual: [] },
  // Mithril m.route.param('…') was no query read (left silent): fixed (query-reads.ts; fixtures mithril-route-param,
  // neg-mithril-route-param-payment).
  '31-kyc-return-mithril.js': { has: ["m.route.param('acquisitionStatus')", "m.route.param('workflowExecutionId')"], lacks: ["'transactionStatus'", "'transactionReference'"], manual: [] },
  // $derived(page.url.searchParams) kept in `params` and read in script and markup was no query read (left silent):
  // fixed (query-reads.ts, svelte-markup.ts aliases; fixtures svelte5-derived-params-alias, neg-svelte5-derived-params-payment).
  '32-kyc-done+page.svelte': { has: ["params.get('acquisitionStatus')", "params.get('workflowExecutionId')"], lacks: ["'transactionStatus'", "'transactionReference'"], manual: [] },
  '33-kyc-routes.js': { has: ["q.get('acquisitionStatus')", "q.get('workflowExecutionId')"], lacks: ["'transactionStatus'", "'transactionReference'"], manual: [] },
  // A user-defined type guard (x is JumioFrameEvent): its `in` test and the read were renamed, the interface it asserts
  // was not (the migrated file no longer type-checked): fixed (event-shapes.ts guardedTypes, fixture
  // iframe-event-handler/type-guard-predicate).
  '34-jumio-guard.ts': { has: ["'workflowExecutionId' in x", 'workflowExecutionId: string;', 'parsed.workflowExecutionId'], lacks: ['transactionReference'], manual: [] },
  // A Set of restartable codes lists 9836 (the Jumio client's, per its comment and use).
  '35-useJumioOutcome.ts': { has: ["event.origin.includes('jumio.ai')", 'handlers.onSuccess(data.workflowExecutionId)'], lacks: ['transactionReference'], manual: [IEH], manualMentions: ['9836'] },
  // Uses the hook of 35, which attaches the proven handler: its iframe is the client's.
  '36-KycModal.tsx': { has: [`allow="${FULL_ALLOW}" allowFullScreen`], manual: [] },
  '37-KycFrame.ce.vue': { has: ["event.origin.endsWith('.jumio.ai')", "this.$emit('verified', data.workflowExecutionId)", `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference'], manual: [] },
  // Markup given to createRange().createContextualFragment(…) was no HTML sink (frame left with camera;fullscreen):
  // fixed (html-sinks.ts, fixtures iframe-allow/contextual-fragment-sink, neg-contextual-fragment-3ds). Like the innerHTML
  // sinks, it gets no runtime-injection item (the createElement frames of 11-13 do).
  '38-kyc-dialog.js': { has: ['onVerified(data.workflowExecutionId)', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference'], manual: [] },
  '39-kyc-view.js': { has: [`/^https:\\/\\/[\\w-]+${KYX_REGEX}$/`, 'onDone(data.workflowExecutionId)', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference'], manual: [] },
};

/**
 * Judged defects: the right behaviour, asserted with it.fails while the defect stands (a file may have several).
 * A file may also be in EXPECT (what already works there must keep working). Fixed ones move to EXPECT.
 */
const GAPS: Record<string, (Expectation & { why: string })[]> = {
};

/** Unparsed templates the run lists as skipped with manual items; `why` marks a known gap (not listed). */
const UNPARSED_LEGACY: Record<string, { why?: string }> = {
  '24-kyc-return.ftl': {},
};

frontendRoundSuite('hold-out round 8: front-end rules on unseen code', DIR, corpus, { expected: EXPECT, gaps: GAPS, unparsedLegacy: UNPARSED_LEGACY });
