// Hold-out round 19 for the front-end rules (iframe-event-handler, iframe-allow, landing-page-params,
// web-client-host, legacy-endpoint on pages). test/holdout/round19-frontend/ was written from the spec
// (real-world-legacy-code.md §2.7, §2.8, §2.10; jumio-api-facts.md §2, §5.4–5.6) and MIGRATION.md without reading the
// rules. Unlike rounds 10–18 it weighs the MOST COMMON real-world shapes, written in fresh ways: a plain HTML page with
// jQuery ($(window).on('message.verify'), originalEvent, $.parseJSON, indexOf(…) < 0, a GCOX-style
// `if (!data.transactionReference)` guard, the frame's src set by $.post's callback), the vendor's doc sample pasted into
// a page that builds the frame with document.createElement + setAttribute('allow', …) and switches on
// payload.metainfo.code (9836), a React custom hook in its own file (useRef to the latest callback, the origin's hostname
// taken in a try/catch before endsWith) and the component that uses it beside its frame, a Vue 3 options component
// (mounted/beforeUnmount, methods, a tenant regex const, $store/$router), a Vue 3 <script setup> component checking
// an origin allow-list imported from a config module (US and EU white-label hosts), an Angular @HostListener component
// whose origin test is a private method over an exact-tenant regex (templateUrl view), an Angular standalone component
// with fromEvent(…).pipe(filter(includes), map(JSON.parse as T), takeUntilDestroyed) and an inline template, an
// Express route sending the whole page (frame + doc-sample handler) in a template literal, a vanilla TS module given
// the frame element (frame.allow, a JUMIO_RETRYABLE_CODES table holding 9836), a popup opening a templated legacy
// web-client URL; less common frameworks not yet covered: a Polymer 3 element (html`` template, a handler bound in
// the constructor) and a Meteor Blaze template (Template.x.onCreated assigning this.onMessage; its .html view imported
// by the script beside it); landing pages: Next.js pages router (router.query through a first() helper, errorCode
// '9836'), Next.js 15 App Router (await props.searchParams typed as a Record, dot and bracket reads), Express
// (req.query destructured with renames and a default), a static page (Object.fromEntries(new URLSearchParams(…))
// destructured), Vue Router's useRoute() in script and template, Angular's route.snapshot.queryParams destructured;
// plus 12 lookalikes (40-51) that must stay byte-identical (Stripe 3-D Secure in the same jQuery shape, a Plaid hook
// and the component using it with a camera;fullscreen frame, Veriff in a Vue options component, the app's own shell
// bus, a card-payment and a PayPal return in the landing pages' shapes, a page already on KYX, Sumsub through
// @HostListener, Persona in a createElement frame with the legacy allow list, a donation return through useRoute(),
// Onfido in the vanilla bridge's shape).
// Judged by hand from the spec and MIGRATION.md BEFORE the codemod ran (the corpus and this file's judgements were
// committed before the first run, 42a3246). Runs the round suite's parts directly (as round 18). First run: 71 tests,
// 64 passed, 7 failed; 18 of the 23 judged legacy files as judged (01, 02, 04, 05, 06-IdentityFrame.vue with its external
// edits in 06-frame-origins.ts, 06-frame-origins.ts, 07-kyc-frame.component.html, 08, 10, 12-17, 18-kyc-frame.js, 19)
// and 11 of the 12 lookalikes byte-identical; every diff read by hand (a dry run of bin/netverify-migrate.js over a
// copy). Of the seven failures, one was my judgement's form: 11's two items stand above the same line and come
// iframe-allow first, not in rule order — the order corrected at the file, the items as judged. The six others are five
// defects, asserted in GAPS with it.fails while EXPECT keeps what the run does today: an origin hostname taken into a
// `let` inside try/catch and tested with endsWith is left legacy and reported by legacy-endpoint as an API base URL
// (03); an exact-tenant regex const tested in a private method the @HostListener passes event.origin to is left
// legacy with no item at all — the migrated handler drops every KYX event (07); errorCode read through a local helper
// (first(router.query.errorCode)) and compared with '9836' gets no item (09); a Meteor Blaze view imported for its side
// effect (import './x.html') by the script beside it, which attaches the proven handler, keeps camera;fullscreen
// (18-kyc-frame.html); a card-payment return page comparing the status (read through the same first() helper) with
// 'APPROVED'/'DECLINED' is flagged as a payment-worded Jumio page instead of left alone, and a rerun words that item
// differently (it quotes 'payments' from its own marker): lookalike 45, two failures. Reading the diffs found no other
// defect.
// Session 18 fixed 03 and 07 (origin checks, analysis-frontend/origin.ts); session 19 fixed 09 and 45 together (a
// helper of the file that hands back its argument, first(value), is read through: compared-values.ts) and 18's Blaze
// view (a side-effect import of the view names the script that attaches the handler: iframe-allow/page-proof.ts).
// Round 19 front end has no known gap left.
import { resolve } from 'node:path';
import {
  frontendRoundCorpus, frontendRoundSuite, FULL_ALLOW, KYX_REGEX, SPACED_ALLOW,
  type JudgedExpectation,
} from '../support/frontend-holdout.js';

const DIR = resolve(import.meta.dirname, 'round19-frontend');
const corpus = frontendRoundCorpus(DIR);

type Expectation = JudgedExpectation;
const IEH = 'iframe-event-handler';
const IFA = 'iframe-allow';
const LPP = 'landing-page-params';
const WCH = 'web-client-host';
const LE = 'legacy-endpoint';

const EXPECT: Record<string, Expectation> = {
  // jQuery on the window, namespaced; the event through originalEvent; indexOf(…) < 0 is a skip of anything but the
  // legacy web client: domain for domain; the GCOX guard and the read renamed; the page's frame (src set by the
  // script) completed.
  '01-verify.jquery.html': { has: ["evt.origin.indexOf('.jumio.ai') < 0", 'if (!data.workflowExecutionId) { return; }', "$('#verify-ref').val(data.workflowExecutionId)", `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference', 'netverify.com'], manual: [] },
  // The doc sample: reads renamed; 9836 in the switch flagged (legacy meaning is 9835 now); the createElement frame's
  // setAttribute('allow', …) completed (allowfullscreen already set), and flagged as a frame created at runtime.
  '02-face-login.html': { has: ["console.log('transaction reference:', data.workflowExecutionId)", "sessionStorage.setItem('faceLoginReference', data.workflowExecutionId)", `frame.setAttribute('allow', '${FULL_ALLOW}')`, "frame.setAttribute('allowfullscreen', '')"], lacks: ['transactionReference'], manual: [IEH, IFA], manualMentions: ['9835'] },
  // The hook: the hostname taken from new URL(event.origin) in a try, then endsWith — domain for domain; the
  // interface's member renamed with the read.
  // (After the run: the reads and the interface renamed, the check left legacy and reported by legacy-endpoint as an API
  // base URL — a DEFECT, left as a known gap. Fixed in the eighteenth session: origin.ts follows an origin value assigned
  // to a variable declared before; fixture iframe-event-handler/origin-host-assigned-in-try.)
  '03-useJumioMessages.ts': { has: ["host.endsWith('.jumio.ai')", 'workflowExecutionId: string;', 'reference: data.workflowExecutionId'], lacks: ['transactionReference', 'netverify.com'], manual: [] },
  // Imports and uses the hook whose exported declaration attaches the proven handler: its frame is the client's.
  '04-IdentityCheck.tsx': { has: [`allow="${FULL_ALLOW}" allowFullScreen`], manual: [] },
  // Vue options: methods reached through this.x from mounted; the tenant regex keeps its wildcard, any region.
  '05-KycVerify.vue': { has: [`/^https:\\/\\/[a-z0-9-]+${KYX_REGEX}$/`, "'kyc/verified', message.workflowExecutionId", 'ref: message.workflowExecutionId', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference', 'netverify'], manual: [] },
  // The allow-list module exports nothing but Jumio origins as literals: translated there (external edits) — the US
  // white-label host to amer-1 with the region item (no legacy API call in the run tells the region), the EU one to
  // emea-1 (the host tells it); the reads and the interface renamed; `; ` separators kept.
  '06-IdentityFrame.vue': {
    has: ["emit('verified', msg.workflowExecutionId)", 'workflowExecutionId: string;', `allow="${SPACED_ALLOW}" allowfullscreen`], lacks: ['transactionReference'], manual: [],
    external: { '06-frame-origins.ts': ["'https://acme.web.amer-1.jumio.ai'", "'https://acme.web.emea-1.jumio.ai'"] },
  },
  // On its own run the allow-list module's two white-label origins are legacy-endpoint's (the handler's run
  // translates them, above).
  '06-frame-origins.ts': { manual: [LE, LE], manualMentions: ['acme.netverify.com'] },
  // The origin passed to a private method testing an exact-tenant regex: tenant kept, any region, no item; the
  // interface renamed with the read.
  // (After the run: the reads and the interface renamed, the regex left legacy with no item — a DEFECT, left as a known
  // gap. Fixed in the eighteenth session: origin.ts reads a method of the handler's class the origin is passed to as a
  // local predicate; fixture iframe-event-handler/origin-method-predicate.)
  '07-kyc-frame.component.ts': { has: [`/^https:\\/\\/acme${KYX_REGEX}$/`, 'this.completed.emit(data.workflowExecutionId)', 'workflowExecutionId: string;'], lacks: ['transactionReference', 'netverify'], manual: [] },
  // Its templateUrl view.
  '07-kyc-frame.component.html': { has: [`allow="${FULL_ALLOW}" allowfullscreen`], manual: [] },
  // fromEvent + filter(includes) + map(JSON.parse as T): the filter's check translated domain for domain, the
  // subscriber's reads and the type alias renamed, the inline template's frame completed.
  '08-identity-frame.component.ts': { has: ["event.origin.includes('jumio.ai')", 'this.verified.emit(data.workflowExecutionId)', 'workflowExecutionId: string;', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference', 'netverify'], manual: [] },
  // Pages router: the pair read from router.query (through a helper's argument) renamed; errorCode '9836' flagged.
  // (First run: the pair renamed, no item on the 9836 comparison — a DEFECT, fixed in session 19: a helper of the file
  // that hands back its argument (first(value)) is the parameter's value; fixture landing-page-params/next-pass-through-helper.)
  '09-identity-done.page.tsx': { has: ['first(router.query.acquisitionStatus)', 'first(router.query.workflowExecutionId)', 'first(router.query.errorCode)', "errorCode !== '9836'"], lacks: ['router.query.transactionStatus', 'router.query.transactionReference'], manual: [LPP], manualMentions: ['9835'] },
  // App Router: the awaited searchParams, dot and bracket reads; the Record type needs no rename.
  '10-verify-done.page.tsx': { has: ['const status = query.acquisitionStatus;', "typeof query['workflowExecutionId'] === 'string' ? query['workflowExecutionId'] : undefined"], lacks: ['transactionStatus', 'transactionReference'], manual: [] },
  // JS inside a string (a server rendering the page): the handler and the frame flagged above the literal, never
  // rewritten. (After the run: as judged; the two items stand above the same line, iframe-allow's first — the order
  // was judged [IEH, IFA], corrected, a correction of form.)
  '11-face-login.route.js': { has: ["console.log('transaction reference:', data.transactionReference);", 'allow="camera;fullscreen" allowfullscreen'], manual: [IFA, IEH], manualMentions: ['workflowExecutionId'] },
  // req.query destructured with renames and a default: local names and the default stay.
  '12-identity-return.express.js': { has: ["acquisitionStatus: status = 'ERROR',", 'workflowExecutionId: reference,'], lacks: ['transactionStatus', 'transactionReference'], manual: [] },
  // The frame element handed to the module (typed HTMLIFrameElement) in a file with a proven handler: its allow
  // completed in its own spacing (allowFullscreen already set); the guard, read and interface renamed; the Jumio
  // retryable-codes table holding 9836 flagged.
  '13-netverify-bridge.ts': { has: [`frame.allow = '${SPACED_ALLOW}';`, "event.origin.endsWith('.jumio.ai')", 'if (!data.workflowExecutionId) return;', 'callbacks.onSuccess(data.workflowExecutionId)', 'workflowExecutionId: string;'], lacks: ['transactionReference', 'netverify.com'], manual: [IEH], manualMentions: ['9835'] },
  // Object.fromEntries(new URLSearchParams(location.search)) destructured: local names kept.
  '14-verify-done.html': { has: ['const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference, errorCode } = Object.fromEntries('], lacks: ["'transactionStatus'", "'transactionReference'"], manual: [] },
  // useRoute() in script and template: one query object.
  '15-IdentityDone.vue': { has: ["route.query.acquisitionStatus === 'SUCCESS'", "String(route.query.workflowExecutionId ?? '')", '{{ route.query.workflowExecutionId }}'], lacks: ['transactionStatus', 'transactionReference'], manual: [] },
  // route.snapshot.queryParams destructured.
  '16-identity-return.component.ts': { has: ['const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference, errorCode } = this.route.snapshot.queryParams;'], manual: [] },
  // Polymer 3: the handler bound in the constructor; the html`` template's frame (a Polymer binding as src) completed.
  '17-kyc-frame.polymer.js': { has: ["event.origin.endsWith('.jumio.ai')", 'this.reference = data.workflowExecutionId;', 'reference: data.workflowExecutionId', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference', 'netverify.com'], manual: [] },
  // Meteor Blaze: the handler assigned to this.onMessage and attached in the same function; the suffix regex
  // translated (either KYX suffix form is right).
  '18-kyc-frame.js': { has: ['jumio\\.ai$/.test(event.origin)', "Meteor.call('kyc.complete', data.workflowExecutionId)"], lacks: ['transactionReference', 'netverify'], manual: [] },
  // Its view, imported by the script beside it (import './18-kyc-frame.html'): the frame's allow list completed.
  // (First run: left as it was — a DEFECT, fixed in session 19: a side-effect import of the view names its script;
  // fixture iframe-allow/blaze-side-effect-import.)
  '18-kyc-frame.html': { has: [`allow="${FULL_ALLOW}" allowfullscreen`], manual: [] },
  // A templated legacy web-client URL opened in a popup: flagged (web.href of the KYX response).
  '19-identity-popup.js': { has: [`TODO(netverify-migrate): ${WCH}`], manual: [WCH], manualMentions: ['web.href'] },
};

/**
 * Judged defects: the right behaviour, asserted with it.fails while the defect stands (a file may have several).
 * A file may also be in EXPECT (what already works there must keep working). Fixed ones move to EXPECT.
 */
const GAPS: Record<string, (Expectation & { why: string })[]> = {
  // (09 and 18-kyc-frame.html were here after the first run; both fixed in session 19, now in EXPECT.)
};

/** Lookalikes the run touches today (a DEFECT each): tested apart, what the run does now in `today`, the judgement
 * (byte-identical, no item; a rerun stable) with it.fails. */
const LOOKALIKE_GAPS: Record<string, { why: string; today: Expectation }> = {
  // (45-lookalike-card-return.page.tsx was here after the first run: the card-payment return reading the pair through
  // the same first() helper was flagged as a payment-worded Jumio page, and a rerun worded the item differently. Fixed
  // with 09 in session 19 — the helper's result is the parameter's value, so 'APPROVED'/'DECLINED' mark a payment page —
  // and back among the byte-identical lookalikes; fixture landing-page-params/neg-next-pass-through-helper-payment.)
};

/** Unparsed templates the run lists as skipped with manual items; `why` marks a known gap (not listed). */
const UNPARSED_LEGACY: Record<string, { why?: string }> = {};

frontendRoundSuite('hold-out round 19: front-end rules on unseen code, the most common shapes', DIR, corpus, {
  expected: EXPECT, gaps: GAPS, unparsedLegacy: UNPARSED_LEGACY, lookalikeGaps: LOOKALIKE_GAPS,
  counts: { untouched: 12, files: 34 },
});
