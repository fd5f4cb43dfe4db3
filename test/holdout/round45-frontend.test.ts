// Hold-out round 45 for the front-end rules (iframe-event-handler, iframe-allow, landing-page-params, web-client-host,
// legacy-endpoint on pages). test/holdout/round45-frontend/ was written from the spec (real-world-legacy-code.md §2.7,
// §2.10; jumio-api-facts.md §5.4, §5.6) and MIGRATION.md without reading the rules. Where round 43 weighed error codes
// and messages, round 45 weighs LESS COMMON FRONT-END FRAMEWORKS AND THEIR OWN WAYS OF ATTACHING A WINDOW LISTENER AND
// RENDERING THE FRAME: the listener is declared the framework's way (a Stimulus action in the markup, an Alpine binding
// object, a Solid directive, a Qwik element attribute, a Lit element's lifecycle callbacks) and the frame is rendered
// the framework's way (a Stimulus target, an Alpine-bound `:src`, a Lit `html` template, a JSX element carrying a
// directive). Every framework named in this round's brief was already used by an earlier round (grep of the headers and
// corpora of test/holdout/round*-frontend/ and frontend*/ for `Stimulus`, `stimulus`, `@window->`, `Alpine`, `x-bind`,
// `Alpine.bind`, `Lit`, `from 'lit'`, `static properties`, `Solid`, `use:`, `Qwik`, `useOnWindow`, `window:on`,
// `Ember`, `on-window`, `Preact`, `Mithril`, `Marko`, `.riot`): Stimulus as a controller FILE importing
// `@hotwired/stimulus` beside a server view (round 5; round 6's `message@window->kyc-window#receive` in an ERB view;
// round 11's arrow field attached in connect(); round 13's targets; round 21's `#handle`; round 22's TypeScript
// values); Alpine as `x-on:message.window` / `@message.window` naming an `x-data` method or with an inline body,
// `x-init`, `Alpine.data` and `Alpine.store` (rounds 3, 5, 7, 13, 15, 20, 22, 27); Lit always in TypeScript with
// decorators (arrow-property and #private handlers, `@query`, ReactiveControllers, `ref()`, `@state`: rounds 3, 5, 6,
// 8, 11, 13, 16, 20, 22, 27); Solid with onMount/onCleanup, createEffect, factories, primitives' listeners, stores and
// resources (rounds 3, 8, 11, 13, 17, 18, 20, 22) — `use:` only as a SVELTE action (rounds 5, 29); Qwik through
// `useVisibleTask$` and `useOnWindow('message', $(…))` inline (rounds 4, 7, 18, 25); Ember modifiers and ember-lifeline
// (rounds 3, 4, 7, 8, 12, 14); Preact signals (5, 13, 16), Mithril (4, 8, 15), Marko (4, 21) and Riot (6). No corpus
// file declares the Stimulus controller INLINE on a plain HTML page (a class expression handed to `Stimulus.register`
// from a CDN import); writes a Lit element in PLAIN JAVASCRIPT (`static properties`, the handler bound in the
// constructor); spreads an `Alpine.bind` object whose `'@message.window'` METHOD is the listener; attaches the listener
// inside a SOLID `use:` DIRECTIVE; or listens through Qwik's `window:onMessage$` ELEMENT ATTRIBUTE. Five legacy files,
// one per shape: a no-build Stimulus page (`data-action="message@window->identity-check#receive"`,
// `endsWith('.netverify.com')`, the frame a target whose `src` the controller sets); a plain-JS Lit element (a tenant
// regex const, a `typeof` guarded parse, composed CustomEvents of fields, its `html` frame without the flag); an Alpine
// page whose `Alpine.bind` binding holds the listener (`new URL(event.origin).hostname`, `$dispatch` of a field, `code
// === 9836`); a Solid component whose `use:webClient` directive points the frame and attaches the listener (a const
// holding the EU data centre's white-label origin, the parse asserted to a same-file interface, the JSX frame without
// the flag); and a Qwik component whose root element carries `window:onMessage$={onFrameMessage}`
// (`includes('netverify.com')`). Plus 3 lookalikes (40-42) that must stay byte-identical, each in the very shape of a
// legacy file: 01's no-build Stimulus page for a card issuer's 3-D Secure challenge, 04's Solid directive already on
// KYX, and 03's Alpine binding for an open-banking consent page.
// How the listener is found. MIGRATION.md's step 1 "**Finds `message` listeners however they are attached**" lists the
// markup forms it reads: Svelte's `<svelte:window on:message={handle} />`, "Alpine.js `x-on:message.window="onMessage(
// $event)"` / `@message.window="…"`", "a page's `<body onmessage="handle(event)">`", "a Stimulus action on the window
// declared in a view (`data-action="message@window->kyc#receive"`: the controller's method; … a controller is known by
// extending Stimulus's `Controller` or an imported `…Controller` base class, and is named by its
// `controllers/…_controller.js` path or by the `application.register('kyc', Kyc)` that imports it)", "Qwik's
// `useOnWindow('message', $(fn))`"; and for what a script cannot see: "A named function or method that nothing in the
// script refers to — attached where the script cannot see it: an Ember `@action` given to a `{{window-message
// this.onMessage}}` modifier in the template, a Knockout or Glimmer binding — counts as a handler when its parameter's
// `origin` is checked against a Jumio host and its `data` is parsed (an exported function is left to the files that
// import and attach it)". Where a form is not listed, this round relies on that last sentence when it fits (01, 03)
// and judges conservatively when it does not (05): see the JUDGEMENT CALLs at the files.
// Judged by hand from the spec and MIGRATION.md BEFORE the codemod ran (the corpus and this file's judgements were
// written before the first run). Runs the round suite's parts directly (as rounds 18–43).
// First run (at the corpus commit 7ffd1ce): 19 tests, 19 passed; every diff and item read by hand. No defect against
// the judgements; one outcome judged conservatively (05, Qwik's `window:onMessage$` element attribute, left with
// legacy-endpoint's origin item) is now migrated, as the judgement itself called better: the attribute is read like
// `useOnWindow` (library-listeners.ts qwikWindowAttributes; fixture qwik-window-attribute). 05's judgement moved.
import { resolve } from 'node:path';
import {
  frontendRoundCorpus, frontendRoundSuite, FULL_ALLOW, KYX_REGEX,
  type JudgedExpectation,
} from '../support/frontend-holdout.js';

const DIR = resolve(import.meta.dirname, 'round45-frontend');
const corpus = frontendRoundCorpus(DIR);

type Expectation = JudgedExpectation;
const IEH = 'iframe-event-handler';
const LE = 'legacy-endpoint';

const EXPECT: Record<string, Expectation> = {
  // Stimulus without a build step. The page's `<script type="module">` imports `Controller` from the CDN build and
  // hands `Stimulus.register('identity-check', class extends Controller { … })` an anonymous class; the markup declares
  // `data-action="message@window->identity-check#receive"`. MIGRATION.md reads "a Stimulus action on the window declared
  // in a view (…: the controller's method; … a controller is known by extending Stimulus's `Controller` or an imported
  // `…Controller` base class, and is named by … the `application.register('kyc', Kyc)` that imports it)" — here the view
  // and the registration are the same page and the class is not imported but written in the call. JUDGEMENT CALL: the
  // handler is found either way, because `receive` is also "A named function or method that nothing in the script
  // refers to — attached where the script cannot see it …" (the comment naming it is not a reference), and it "counts as
  // a handler when its parameter's `origin` is checked against a Jumio host and its `data` is parsed" — `endsWith(
  // '.netverify.com')`, then `JSON.parse(event.data)` in a try. Proven; "`origin.endsWith('.netverify.com')` … | same call
  // with `'.jumio.ai'` … | no"; `this.confirm(data.transactionReference)` hands a FIELD to the controller's own method
  // (renamed; `confirm`'s parameter is a string, the app's own `faceCheckReference` key stays). The frame, a Stimulus
  // target with no `src` in markup: "an iFrame on a page whose own scripts attach a **proven Jumio message handler**
  // (… the page's inline scripts …)" — `camera;fullscreen` completed in place, its `allowfullscreen` kept (nothing
  // duplicated). `URLSearchParams(window.location.search).get('transfer')` reads the app's own parameter, not a redirect
  // parameter Jumio appends: no landing-page-params work. No 9836, no escape, no legacy URL: no item.
  '01-face-check.stimulus-cdn.html': {
    has: ["if (!event.origin.endsWith('.jumio.ai')) return;",
      'this.confirm(data.workflowExecutionId);',
      "this.statusTarget.textContent = 'The check stopped (code ' + data.payload.metainfo.code + ').';",
      "Stimulus.register('identity-check', class extends Controller {",
      'data-action="message@window->identity-check#receive">',
      'body: JSON.stringify({ faceCheckReference: reference }),',
      "this.transferId = new URLSearchParams(window.location.search).get('transfer');",
      `allow="${FULL_ALLOW}"\n            allowfullscreen></iframe>`],
    lacks: ['data.transactionReference', "endsWith('.netverify.com')", 'allow="camera;fullscreen"'],
    manual: [],
  },
  // Lit 3 in plain JavaScript: `static properties` instead of decorators, the method bound once in the constructor
  // (`this._onMessage = this._onMessage.bind(this)`) and attached in `connectedCallback`, removed in
  // `disconnectedCallback`. "class methods, bound (`this.h.bind(this)`, …)"; and "`this._onMessage =
  // this._onMessage.bind(this)` gives the member no new function, so `addEventListener('message', this._onMessage)`
  // resolves to `Widget.prototype._onMessage`" (round 22's ES5 constructor; a class constructor's rebinding is the same
  // member — a small JUDGEMENT CALL that the class form reads as the ES5 one). The check is a tenant regex held in a
  // const: "regex `/…[a-z0-9-]+\.netverify\.com$/` … | `…\.web\.(?:amer-1|emea-1|apac-1)\.jumio\.ai…` (tenant label
  // kept, any region) | no". The parse behind "`typeof … ? JSON.parse(…) : …`"; the guard `!data.transactionReference`
  // ("truthiness guards") and the CustomEvent `detail` reads renamed — `detail` is a NEW object of fields, not the parsed
  // event (no escape), and `data.dateTime` is a field Jumio sends. The frame: "an `<iframe>` in a component's inline
  // template (… a Lit element's ``html`…` `` whose `${…}` parts count as templated values) … in a file with a proven
  // handler: edited like a page's markup when the literal has no escapes" — the KYX list and the missing
  // `allowfullscreen` (round 3's Lit element got it right after `allow`). No 9836: no item.
  '02-face-login-check.lit.js': {
    has: [`const WEB_CLIENT_ORIGIN = /^https:\\/\\/[a-z0-9-]+${KYX_REGEX}$/;`,
      'if (!WEB_CLIENT_ORIGIN.test(event.origin)) return;',
      "data = typeof event.data === 'string' ? JSON.parse(event.data) : null;",
      'if (!data || !data.workflowExecutionId) return;',
      'detail: { reference: data.workflowExecutionId, at: data.dateTime },',
      "this._onMessage = this._onMessage.bind(this);\n  }\n\n  connectedCallback() {\n    super.connectedCallback();\n    window.addEventListener('message', this._onMessage);",
      `<iframe src=\${this.sessionUrl} title="Face login" allow="${FULL_ALLOW}" allowfullscreen></iframe>`],
    lacks: ['transactionReference', '\\.netverify\\.com', 'allow="camera;fullscreen"'],
    manual: [],
  },
  // Alpine.js: `Alpine.bind('webClientEvents', () => ({ '@message.window'(event) { … } }))`, spread on the step's
  // element with `x-bind="webClientEvents"` beside `x-data="reauthStep"`. MIGRATION.md names Alpine's attribute forms
  // ("`x-on:message.window="onMessage($event)"` / `@message.window="…"` (a method of the object an `x-data` function
  // returns, or a page function)", and an inline `@message.window` body) but not a binding object. JUDGEMENT CALL: the
  // `'@message.window'` method is "A named function or method that nothing in the script refers to — attached where the
  // script cannot see it" (Alpine attaches it when it applies the binding; its name is the string key), and "counts as
  // a handler when its parameter's `origin` is checked against a Jumio host and its `data` is parsed": `new
  // URL(event.origin).hostname.endsWith('.netverify.com')` and `JSON.parse(event.data)`. Proven; the check is "`new
  // URL(origin).hostname.endsWith(…)` … | same call with `'.jumio.ai'` | no". `this.reference = data.transactionReference`
  // assigns a field (a string) to the component, not the parsed object ("an Alpine `x-data` property assigned in
  // `@message.window`" is flagged only when it holds the object), and `$dispatch(…, { reference: … })` sends a new object
  // of fields: both renamed, no escape. The 9836: "**Flags error code 9836** wherever the handler … compares with it
  // (`===`, …)" — `data.payload.metainfo.code === 9836` in the ternary: one item naming 9835, the comparison and the
  // app's comment above it kept. The frame (`:src="frameUrl"`, no literal src) on "a page whose own scripts attach a
  // **proven Jumio message handler**": the KYX list, its `allowfullscreen` kept. The inline `@identity-confirmed` and
  // `@click` attributes are not message listeners (Alpine's inline code is read for "`x-init="window.addEventListener(
  // 'message', …)"` and an inline `@message.window="…"`"): kept as written.
  '03-reauth-step.alpine-bind.html': {
    has: ["'@message.window'(event) {\n          if (!new URL(event.origin).hostname.endsWith('.jumio.ai')) return;",
      'this.reference = data.workflowExecutionId;',
      "this.$dispatch('identity-confirmed', { reference: data.workflowExecutionId });",
      "this.phase = data.payload.metainfo.code === 9836 ? 'retry' : 'failed';",
      '<main class="reauth" x-data="reauthStep" x-bind="webClientEvents"',
      "body: JSON.stringify($event.detail) }).then(() => window.location.assign('/withdrawals'))\">",
      `allow="${FULL_ALLOW}" allowfullscreen></iframe>`],
    lacks: ['data.transactionReference', "endsWith('.netverify.com')", 'allow="camera;fullscreen"'],
    manual: [IEH], manualMentions: ['9835'],
  },
  // SolidJS `use:` directive. `webClient(frame, options)` is a plain exported function of the file that attaches its
  // own arrow `onMessage` with `window.addEventListener('message', …)` and removes it in `onCleanup` — the listener is
  // an ordinary `addEventListener` on `window`, whoever calls the directive (the exported-function caveat is about
  // functions nothing attaches). Its check compares the origin with a same-file const holding the EU data centre's
  // white-label web-client origin: "| `origin === 'https://acme.lon.netverify.com'` (a white-label web client under a
  // data centre's host, hold-out round 17) | `'https://acme.web.emea-1.jumio.ai'`: that data centre's region … | no —
  // the host tells the region |", read through the const as "a same-file constant holding it" is for the exact row
  // (round 31's 01 judged such a const the same). The parse asserted `as WebClientEvent` is read through "an
  // interface/type alias of the same file", whose member is renamed with the read `onVerified(data.transactionReference)`
  // (the destructured callbacks come from `options()`, not from the event; `WebClientOptions` and its
  // `onVerified: (reference: string) => void` describe the app's callbacks: kept). The frame: a JSX `<iframe>` carrying
  // the directive and `allow="camera;fullscreen"`, its `src` set by the directive at run time — "JSX frames: the
  // page-handler proof needs the handler in the same file", which it is: the KYX list and the flag under the name a
  // Solid file uses ("`allowfullscreen` in a Solid file, whose JSX types use the HTML names"), never `allowFullScreen`.
  // The directive sets no `allow` at run time and creates no frame: no iframe-allow item. No 9836: no item.
  '04-PayeeFaceCheck.solid-directive.tsx': {
    has: ["const WEB_CLIENT_ORIGIN = 'https://harbor.web.emea-1.jumio.ai';",
      'if (event.origin !== WEB_CLIENT_ORIGIN) return;',
      '  authorizationToken: string;\n  workflowExecutionId: string;\n  eventType: number;',
      'const data = JSON.parse(event.data) as WebClientEvent;',
      "if (data.payload.value === 'success') onVerified(data.workflowExecutionId);",
      '  onVerified: (reference: string) => void;\n  onFailed: (code: number) => void;',
      "frame.src = options().url;\n  window.addEventListener('message', onMessage);",
      '        use:webClient={{\n          url: props.sessionUrl,',
      `allow="${FULL_ALLOW}"`, 'allowfullscreen'],
    lacks: ['data.transactionReference', '  transactionReference: string;', 'harbor.lon.netverify.com',
      'allow="camera;fullscreen"', 'allowFullScreen'],
    manual: [],
  },
  // Qwik: the root element's `window:onMessage$={onFrameMessage}` attribute, `onFrameMessage` a `$(async (event:
  // MessageEvent) => …)` QRL of the component. MIGRATION.md lists only "Qwik's `useOnWindow('message', $(fn))`" for Qwik,
  // and none of its markup forms (Svelte's `<svelte:window on:message={handle} />`, Alpine's attributes, `<body
  // onmessage>`, the Stimulus action) is Qwik's element attribute; the named-method rule does not fit either (the JSX
  // refers to `onFrameMessage`). JUDGEMENT CALL, judged CONSERVATIVELY as the brief asks (round 38's 05 was first judged so): not rewritten
  // — the origin check, the read `message.transactionReference`, the `FrameMessage` interface and the frame's
  // `camera;fullscreen` all kept ("Only iFrames proven to show the Jumio web client"; "The `allow` list alone is never a
  // Jumio signal") — and flagged: "A legacy host that a message event's origin is compared with (…
  // `origin.indexOf('netverify.com')`, `endsWith`, `includes`) in a handler no other rule proved is reported as an origin
  // check" (legacy-endpoint, one item). A run that migrates this file (origin → `includes('jumio.ai')`, the read and the
  // interface renamed, the frame given the KYX list, no item) would be better than judged — Qwik's `useOnWindow` is
  // read, and this is the same listener written as an attribute; the judgement would then move, not the code. A run
  // that leaves the file with NO item would be a defect: a legacy handler passed silently.
  // (After the first run, the lead: the run left the file with the one legacy-endpoint item, as judged. The "better
  // than judged" outcome above is now what the codemod does — Qwik's `window:onMessage$` attribute is read like its
  // `useOnWindow('message', $(fn))` (library-listeners.ts qwikWindowAttributes; fixture qwik-window-attribute) — so
  // the judgement moved: the origin check, the read and the interface renamed, the frame given the KYX list with its
  // `allowFullScreen` kept, no item.)
  '05-IdentityCheck.qwik-window-attr.tsx': {
    has: ["if (!event.origin.includes('jumio.ai')) return;",
      'await onVerified$(message.workflowExecutionId);',
      '  authorizationToken: string;\n  workflowExecutionId: string;\n  eventType: number;',
      '<div class="identity-check" window:onMessage$={onFrameMessage}>',
      `allow="${FULL_ALLOW}" allowFullScreen />`],
    lacks: ['message.transactionReference', '  transactionReference: string;', 'netverify.com'],
    manual: [],
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

// The lookalikes (40-42), byte-identical with no item, judged from:
// 40 — 01's no-build Stimulus page for the card issuer's 3-D Secure challenge of a savings top-up: the same inline
//      `Stimulus.register('card-challenge', class extends Controller { … })`, the same window action in the markup
//      (`message@window->card-challenge#receive`), the same parse in a try and `switch (data.payload.value)` over
//      `'loaded'` / `'success'` / `'error'`, and `data.transactionReference` handed to the controller's own `capture`.
//      Its check is `event.origin !== 'https://acs.meridian-cards.com'`: "An origin check against any other host (…, a
//      bank's ACS) **vetoes** a handler with no Jumio check, whatever fields it reads"; the named-method rule needs "its
//      parameter's `origin` … checked against a Jumio host"; and the header comment names 3-D Secure and the ACS ("names
//      another vendor or protocol (…, 3-D Secure/ACS, …)" −3). Its frame asks for `payment`, not `camera`, on a page with
//      no proven handler: "Only iFrames proven to show the Jumio web client". No legacy host, no redirect parameter read
//      (`topup` is the app's own), no 9836.
// 41 — 04's Solid directive already on KYX: the same `use:webClient` directive and component, the origin const
//      `'https://harbor.web.emea-1.jumio.ai'`, the interface with `accountId` / `workflowExecutionId` /
//      `customerInternalReference`, the read `onVerified(data.workflowExecutionId)`. "A handler **already on KYX** (reads
//      `workflowExecutionId`, never `transactionReference`, checks no legacy origin)": nothing to rename or translate (the
//      origin table translates legacy checks only), and "**Notes** (report only, no marker) for every proven handler not
//      already on KYX" gives none. Its JSX frame already has the KYX list and `allowfullscreen`: "Nothing is duplicated;
//      a complete list is left alone". No 9836.
// 42 — 03's Alpine binding for an open-banking consent page: the same `Alpine.data` step and `Alpine.bind` object whose
//      `'@message.window'` method parses `event.data`, reads `data.transactionReference` into the component and
//      `$dispatch`es it, and compares `payload.value` with `'success'` / `'error'`. Its check is `new
//      URL(event.origin).hostname.endsWith('.northwind-openbanking.com')`: another host, which "**vetoes** a handler with
//      no Jumio check, whatever fields it reads" (and the named-method rule needs a Jumio host); it also reads
//      `payload.reason`, a key Jumio never sends. Its frame has no `allow` and the page no proven handler: iframe-allow has
//      nothing to complete. No legacy host, no 9836.
frontendRoundSuite('hold-out round 45: front-end rules on unseen code, less common frameworks\' own listeners and frames', DIR, corpus, {
  expected: EXPECT, gaps: GAPS, unparsedLegacy: UNPARSED_LEGACY, lookalikeGaps: LOOKALIKE_GAPS,
  counts: { untouched: 3, files: 8, unparsed: 0 },
});
