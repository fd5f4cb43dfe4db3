// Hold-out round 16 for the front-end rules (iframe-event-handler, iframe-allow, landing-page-params,
// web-client-host, legacy-endpoint on pages). test/holdout/round16-frontend/ was written from the spec
// (real-world-legacy-code.md §2.7, §2.8, §2.10; jumio-api-facts.md §2, §5.4–5.6) and MIGRATION.md before the rules
// were read, in styles rounds 1–15 lack: a React 19 useReducer fed from a listener with an AbortSignal and an allow
// list joined from an array, a hook re-exported through a barrel and the component that imports it from there, a
// Svelte 5 frame inside a {#snippet} with <svelte:window onmessage>, a Salesforce Lightning Web Component (class +
// template .html by convention), Angular 19 outputFromObservable of a parsed fromEvent stream, an htmx trigger on
// window messages with an origin filter and hx-vals='js:{…}' reading the parse, Lit 3's ref() directive in the frame's
// start tag, an ArkType schema called on the parse, an @xstate/store fed field by field, a BroadcastChannel relay in
// a popup, a Preact module signal holding the parsed event read by computed(), a Vue <Teleport> with defineEmits,
// Angular 19 @let / @defer with DestroyRef.onDestroy, a uhtml custom element, a zustand store attaching its own
// handler through get(), a discriminated union on payload.value handed to a helper, Effect 3's
// Stream.fromEventListener, an Expo DOM component ('use dom'), a custom element listening on
// ownerDocument.defaultView; landing pages through a local hook over Next's useSearchParams() under Suspense, a
// Next.js 15 page handing the awaited searchParams to a child component, Astro middleware's context.url, a SvelteKit
// hooks.server handle, wouter's useSearch() string, a Nuxt 3 inline definePageMeta middleware beside route.query,
// Astro's Object.fromEntries(Astro.url.searchParams), a Lit @state field holding URLSearchParams, a custom element's
// static array of names, Angular 19's REQUEST token; an Astro 5 experimental CSP naming the legacy frame host; plus
// lookalikes (40-59) that must stay byte-identical (Stripe through a reducer, Onfido in a snippet, Veriff in an LWC,
// Adyen through outputFromObservable, Persona through an htmx trigger, YouTube behind ref(), a Checkout.com ArkType
// schema, the app's own bus in a signal, a bank's ACS union, PayPal through Effect, checkout, refund, payout and bank
// transfer returns in the same shapes as the landing pages, KYX already migrated in wouter and zustand, a Vimeo uhtml
// element, the hooks barrel, a CSP of other vendors).
// Judged by hand from the spec and MIGRATION.md BEFORE the codemod ran (the corpus and this file's judgements were
// committed before the first run, 36ac733); disagreements are explained where they were resolved. The first run (108
// tests: 99 passed, 9 failed) agreed on 23 of the 32 judged legacy files (01, 02, 04, 05-kycFrame.js, 06, 08, 10, 11,
// 13-15, 17, 20-24, 26, 27, 29-32) and on all 21 lookalike files (byte-identical). The 9 others are defects, none
// fixed here (the codemod was not changed) and no judgement was corrected: five left silently or with legacy-endpoint's
// origin item only — a hook imported through a barrel (03), an LWC template (05-kycFrame.html), a zustand method
// attached through get() (16), Effect's Stream.fromEventListener (18), a static class field of parameter names (28);
// one reported wrongly — an htmx trigger on window messages, its origin reported as an API base URL (07); one half
// migrated so that the page breaks — a Nuxt inline page middleware's to.query (25); two flagged as hand-offs where the
// documented analogues are followed — an ArkType schema (09), a Preact signal (12). Each is asserted in GAPS with
// it.fails; EXPECT keeps what the run already does for them. All nine were fixed in the seventeenth session and moved to
// EXPECT (25, 28, 03, 09, 16, 05, 18, 12, and the htmx trigger 07: the fix is named at each file); no gap is left.
import { resolve } from 'node:path';
import {
  frontendRoundCorpus, frontendRoundSuite, FULL_ALLOW, KYX_REGEX, SPACED_ALLOW, type JudgedExpectation,
} from '../support/frontend-holdout.js';

const DIR = resolve(import.meta.dirname, 'round16-frontend');
const corpus = frontendRoundCorpus(DIR);

type Expectation = JudgedExpectation;
const IEH = 'iframe-event-handler';
const IFA = 'iframe-allow';
const LE = 'legacy-endpoint';
const OLD_Q = ["'transactionStatus'", "'transactionReference'"];

const EXPECT: Record<string, Expectation> = {
  // A reducer fed field by field; the event's type alias renamed; the allow list joined from an array is computed.
  '01-IdentityStep.reducer.tsx': { has: ["event.origin.endsWith('.jumio.ai')", "dispatch({ type: 'done', reference: data.workflowExecutionId })", 'workflowExecutionId: string;'], lacks: ['transactionReference'], manual: [IFA], manualMentions: ['computed'] },
  // The hook's own module.
  '02-use-kyc-messages.ts': { has: ["event.origin.endsWith('.jumio.ai')", 'reference: data.workflowExecutionId'], lacks: ['transactionReference'], manual: [] },
  // The component uses the hook imported through the barrel (58): the hook attaches a proven handler, so its frame is the client's.
  // The frame kept camera;fullscreen, silently: the barrel's `export { … } from` was not followed. Fixed
  // (iframe-allow/imported-handlers.ts attachesProvenHandler, exports.ts reexportsOf; fixtures iframe-allow/
  // barrel-hook-frame, barrel-star-hook-frame, neg-barrel-constant-frame).
  '03-KycPanel.tsx': { has: [`allow="${FULL_ALLOW}"`, 'allowFullScreen'], manual: [] },
  // Svelte 5: <svelte:window onmessage>; the frame inside a {#snippet} is the component's markup.
  '04-KycFrame.svelte': { has: ["event.origin.endsWith('.jumio.ai')", 'onverified(data.workflowExecutionId)', `allow="${FULL_ALLOW}"`, 'allowfullscreen'], lacks: ['transactionReference'], manual: [] },
  // LWC: the class's arrow field attached in connectedCallback.
  '05-kycFrame.js': { has: ["event.origin.endsWith('.jumio.ai')", 'this.reference = data.workflowExecutionId', 'reference: data.workflowExecutionId'], lacks: ['transactionReference'], manual: [] },
  // LWC: the template beside the class (same base name, by convention) is the component's view.
  // Left as it was, silently, at first; fixed (iframe-allow/page-proof.ts: a view beside a class importing 'lwc';
  // fixtures iframe-allow/lwc-convention, neg-lwc-video).
  '05-kycFrame.html': { has: [`allow="${FULL_ALLOW}" allowfullscreen`], manual: [] },
  // The parsed stream handed whole to outputFromObservable: an escape (the parent's (frameEvent) binding reads it);
  // the origin in the filter is translated, the template's frame completed.
  '06-kyc-frame.output.component.ts': { has: ["e.origin.endsWith('.jumio.ai')", `allow="${FULL_ALLOW}" allowfullscreen`], manual: [IEH], manualMentions: ['workflowExecutionId'] },
  // htmx: hx-trigger="message[filter] from:window" is a window listener whose filter checks the origin; hx-vals' js:
  // object reads the parse. Code in attributes, edited in place like Alpine's; the page's frame is then the client's.
  // The run: the trigger is not read as a listener; legacy-endpoint reports 'netverify.com' in the attribute as a "legacy
  // Jumio API base URL" (not as an origin check), the hx-vals read and the frame are left. Fixed (analysis-frontend/
  // htmx-triggers.ts, read by attribute-scripts.ts; fixtures iframe-event-handler/htmx-window-message-trigger,
  // neg-htmx-message-trigger-other-origin).
  '07-kyc-frame.htmx.html': { has: ["event.origin.endsWith('.jumio.ai')", 'JSON.parse(event.data).workflowExecutionId', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference', 'netverify'], manual: [] },
  // Lit's ref() in the start tag binds the element; it writes no attribute (not spread props).
  '08-kyc-step.lit.ts': { has: ["event.origin.endsWith('.jumio.ai')", 'this.reference = data.workflowExecutionId', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference'], manual: [] },
  // ArkType: the schema called on the parse returns the validated object; its key is renamed with the reads (left,
  // the schema would reject every KYX event).
  // The run: the origin translated, the schema call flagged as a hand-off ("passed on to FrameEvent"); schema key and
  // reads left. Fixed (schema-validation.ts ArkType, syntax.ts narrowedAway for `out instanceof type.errors`; fixtures
  // iframe-event-handler/arktype-schema-event, neg-arktype-schema-other-sender).
  '09-kyc-events.arktype.ts': { has: ["event.origin.endsWith('.jumio.ai')", "workflowExecutionId: 'string'", 'reference: out.workflowExecutionId'], lacks: ['transactionReference'], manual: [] },
  '10-kyc-store.xstate.ts': { has: [`[a-z0-9-]+${KYX_REGEX}$/.test(event.origin)`, "kycStore.send({ type: 'done', reference: data.workflowExecutionId })", "kycStore.send({ type: 'failed', reference: data.workflowExecutionId"], lacks: ['transactionReference'], manual: [] },
  '11-kyc-popup-relay.js': { has: ["event.origin.includes('jumio.ai')", 'reference: data.workflowExecutionId'], lacks: ['transactionReference'], manual: [] },
  // A module signal whose one writer is the handler: followed like a Svelte store / nanostores atom of the same file
  // (its computed reader and the signal's type renamed); the frame completed.
  // The run: origin translated and frame completed; the write to lastEvent.value flagged as a hand-off, the computed
  // reader and the interface left. Fixed (analysis-frontend/signal-flow.ts; fixtures iframe-event-handler/
  // preact-signal-event, preact-signal-handed-on).
  '12-IdentityFrame.signals.tsx': { has: ["e.origin.endsWith('.jumio.ai')", `allow="${FULL_ALLOW}"`, 'lastEvent.value.workflowExecutionId', 'workflowExecutionId: string;'], lacks: ['transactionReference'], manual: [] },
  // Vue: a frame inside <Teleport>, `; ` separators kept.
  '13-KycDialog.teleport.vue': { has: ["event.origin.endsWith('.jumio.ai')", "emit('verified', data.workflowExecutionId)", `allow="${SPACED_ALLOW}"`, 'allowfullscreen'], lacks: ['transactionReference'], manual: [] },
  // Angular 19: the frame inside @defer of an inline template.
  '14-identity-step.defer.component.ts': { has: ["event.origin.endsWith('.jumio.ai')", 'this.reference.set(data.workflowExecutionId)', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference'], manual: [] },
  // uhtml's html`…` is a template of markup like lit-html's.
  '15-kyc-frame.uhtml.js': { has: [`${KYX_REGEX}$/.test(event.origin)`, 'this.#reference = data.workflowExecutionId', 'detail: data.workflowExecutionId', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference'], manual: [] },
  // zustand: the store's own method attached through get().onFrameMessage.
  // The run: not found as a listener; legacy-endpoint's origin item only. Fixed (analysis-frontend/zustand-state.ts;
  // fixtures iframe-event-handler/zustand-get-state-handler, neg-zustand-store-other-sender).
  '16-kyc-store.zustand.ts': { has: ["event.origin.endsWith('.jumio.ai')", "set({ phase: 'done', reference: data.workflowExecutionId })", "set({ phase: 'failed', reference: data.workflowExecutionId })"], lacks: ['transactionReference'], manual: [] },
  // A union of three object types (no shared base) handed to a local helper through `as`.
  '17-kyc-outcome.union.ts': { has: ["e.origin.endsWith('.jumio.ai')", 'eventType: 510; workflowExecutionId: string;', 'reference: event.workflowExecutionId'], lacks: ['transactionReference'], manual: [] },
  // Effect's Stream of window messages: filter (origin) → map (parse) → runForEach reads the parsed object.
  // The run: not found as a listener; legacy-endpoint's origin item only. Fixed (listeners.ts, rxjs-pipeline.ts: Effect's
  // Stream operators and runForEach; fixtures iframe-event-handler/effect-stream-listener, neg-effect-stream-other-sender).
  '18-kyc-events.effect.ts': { has: ["e.origin.endsWith('.jumio.ai')", 'onVerified(data.workflowExecutionId)', 'workflowExecutionId: string;'], lacks: ['transactionReference'], manual: [] },
  // Landing pages.
  // A local hook that takes the name and reads useSearchParams(): its string arguments are the reads.
  '20-kyc-done.suspense.tsx': { has: ["useQueryValue('acquisitionStatus')", "useQueryValue('workflowExecutionId')", "useQueryValue('errorCode')"], lacks: OLD_Q, manual: [] },
  // The awaited query handed to a child component of the same file: the child's reads and the shared type renamed.
  '21-verify-done.page.tsx': { has: ["acquisitionStatus?: 'SUCCESS' | 'ERROR'", 'workflowExecutionId?: string', "query.acquisitionStatus === 'SUCCESS'", 'query.workflowExecutionId'], lacks: ['transactionStatus', 'transactionReference'], manual: [] },
  '22-middleware.astro.ts': { has: ["context.url.searchParams.get('acquisitionStatus')", "context.url.searchParams.get('workflowExecutionId')"], lacks: OLD_Q, manual: [] },
  '23-hooks.server.ts': { has: ["searchParams.get('acquisitionStatus')", "searchParams.get('workflowExecutionId')"], lacks: OLD_Q, manual: [] },
  '24-KycReturn.wouter.tsx': { has: ["params.get('acquisitionStatus') === 'SUCCESS'", "params.get('workflowExecutionId')"], lacks: OLD_Q, manual: [] },
  // The inline middleware's to.query is the page's query: its lone read renamed with the page's pair.
  // The run: the page's pair renamed (script and template); the middleware's to.query.transactionReference left (GAPS).
  // An inline definePageMeta middleware's to.query is the page's query. Its lone transactionReference was left (every
  // KYX return turned away): fixed (landing-page-params/route-guards.ts; fixtures nuxt-page-meta-middleware,
  // vue-route-guard-lone-reference, neg-nuxt-page-meta-middleware-payment).
  '25-identity-done.nuxt.vue': { has: ['to.query.workflowExecutionId', "route.query.acquisitionStatus === 'SUCCESS'", '{{ route.query.workflowExecutionId }}'], lacks: ['query.transactionStatus', 'query.transactionReference'], manual: [] },
  '26-verify-done.astro': { has: ['acquisitionStatus: transactionStatus', 'workflowExecutionId: transactionReference'], manual: [] },
  '27-kyc-return.lit.ts': { has: ["this.query.get('acquisitionStatus')", "this.query.get('workflowExecutionId')"], lacks: OLD_Q, manual: [] },
  // Names read in one go from a static class field (like a const array). Left silently at first; fixed
  // (landing-page-params/query-keys.ts staticFieldValue; fixtures static-field-param-names,
  // neg-static-field-param-names-assigned).
  '28-kyc-result.html': { has: ["static PARAMS = ['acquisitionStatus', 'workflowExecutionId', 'errorCode']"], lacks: OLD_Q, manual: [] },
  '29-verify-return.request.component.ts': { has: ["this.params.get('acquisitionStatus') === 'SUCCESS'", "this.params.get('workflowExecutionId')"], lacks: OLD_Q, manual: [] },
  // A CSP frame-src naming the legacy frame host.
  '30-astro.config.mjs': { manual: [LE], manualMentions: ['acme.netverify.com'] },
  '31-IdentityWebFrame.dom.tsx': { has: ["event.origin.endsWith('.jumio.ai')", 'onVerified(data.workflowExecutionId)', `allow="${FULL_ALLOW}"`, 'allowFullScreen'], lacks: ['transactionReference'], manual: [] },
  // ownerDocument.defaultView is the window; an exact tenant regex keeps its label, any region.
  '32-identity-frame.element.ts': { has: [`acme${KYX_REGEX}$/.test(event.origin)`, 'reference: data.workflowExecutionId'], lacks: ['transactionReference'], manual: [] },
};

/**
 * Judged defects: the right behaviour, asserted with it.fails while the defect stands (a file may have several).
 * A file may also be in EXPECT (what already works there must keep working). Fixed ones move to EXPECT.
 */
const GAPS: Record<string, (Expectation & { why: string })[]> = {
};

/** Unparsed templates the run lists as skipped with manual items; `why` marks a known gap (not listed). */
const UNPARSED_LEGACY: Record<string, { why?: string }> = {};

frontendRoundSuite('hold-out round 16: front-end rules on unseen code', DIR, corpus, { expected: EXPECT, gaps: GAPS, unparsedLegacy: UNPARSED_LEGACY });
