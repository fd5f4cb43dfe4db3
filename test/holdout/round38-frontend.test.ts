// Hold-out round 38 for the front-end rules (iframe-event-handler, iframe-allow, landing-page-params,
// web-client-host, legacy-endpoint on pages). test/holdout/round38-frontend/ was written from the spec
// (real-world-legacy-code.md §2.7, §2.10) and MIGRATION.md without reading the rules. Where round 37 weighed the frame
// inside dialogs, round 38 weighs LISTENER INDIRECTION: the web client's message listener is not a plain
// `window.addEventListener('message', fn)` of a function the file declares, but an EventListener object, a property
// assignment, a closure a factory returns, a bound function with a pre-applied argument, or a dispatch table the
// handler routes the parsed object through. Earlier rounds already took: `handleEvent` on a CLASS (round 6's
// `implements EventListenerObject` with attach/detach, round 23's custom element registering `this`); `window.onmessage`
// given an INLINE function (rounds 2, 3, 21, round 26's Preact effect) or a forwarding arrow in a constructor (round
// 5), Svelte's `<svelte:window onmessage>` (16) and `attachEvent('onmessage')` (7, 28); an AbortController's `signal`
// (round 25's React effect, round 11's promise, round 36's listener middleware, rounds 13/16/34's elements); a factory's
// closure HELD IN A CONST before it is attached (round 8, Solid); the autobind decorator (11); the app's own wrapper
// handed the listener (32); dispatch tables keyed by the LOWER-CASE value the client sends, the parse as the table
// function's ONLY argument (round 10's `table[value]` then `if (handle) handle(data)`, 26's `actions[value]?.(data)`,
// 33's `satisfies Record` table) and round 10's origin-keyed Map router. Five legacy files, each in another style: a
// plain ES5 page whose listener is an OBJECT LITERAL with a `handleEvent` method, held in a `var` and registered and
// removed by that name (tenant-free regex, `code === 9836`, a markup frame `camera;fullscreen`); a React component
// attaching, inline in the `addEventListener` call, the ANONYMOUS CLOSURE a same-file factory
// `makeVerificationListener({ … })` returns, detached by `controller.abort()` (its JSX frame without allowFullScreen);
// a Vue 3 Options API step that assigns its method to `window.onmessage` in `mounted` (`window.onmessage =
// this.onFrameMessage`, Vue binds methods) and compares the origin with a const holding the EU data-centre white-label
// origin; an Angular standalone component whose `@HostListener` hands the parse, as the SECOND argument, to a
// module-level table keyed by the UPPER-CASED status (`STATUS_REACTIONS[status]?.(this, frameEvent)`), its inline
// template frame `camera;fullscreen`; and a vanilla TypeScript module attaching `onWebClientMessage.bind(null,
// callbacks)` — a partial application, so the browser's event arrives as the function's SECOND parameter. Plus 3
// lookalikes (40-42) that must stay byte-identical, each in the very shape of a legacy file: a card top-up through the
// listener object (01), the Angular status table already on KYX (04), and an e-signature frame through
// `window.onmessage` (03).
// Proof vs finding. In every legacy file the origin check alone would prove the handler — tie-breaker 1: "An origin
// check against a legacy Jumio host (`netverify.com`, `<prefix>.netverify.com`, `jumio.com`) … **proves** the handler on
// its own" — so what each file weighs is whether the listener is FOUND and its event known. Four are judged found (01,
// 03, 04 on sentences that name the shape; 02 on "Finds `message` listeners however they are attached" and "A wrapper
// that reads the event itself is still the listener" — a judgement call, see there). 05 is judged CONSERVATIVELY:
// MIGRATION.md never says which parameter of an attached function is the event (only for Angular's `@HostListener`
// argument lists: "each parameter gets its value"), and for a handler it cannot prove it decides "precision over
// recall"; the unproven handler is flagged (legacy-endpoint's origin item), not rewritten.
// Judged by hand from the spec and MIGRATION.md BEFORE the codemod ran (the corpus and this file's judgements were
// written before the first run). Runs the round suite's parts directly (as rounds 18–37).
// First run (at f4d8771; the corpus committed before it): 19 tests, 18 passed; all 3 lookalikes byte-identical; every
// diff read by hand. The one failure, 05, was flagged as judged, but the judgement's `lacks: 'jumio.ai'` also hit the
// marker's own text; reading it showed the partial bind was resolved with the FIRST parameter taken for the event —
// a gap, fixed (resolve-handler.ts `shifted`; fixtures partial-bind-event-second, lodash-partial-bind). 05's judgement
// moved to the migration its own paragraph called better; 19/19 after the fix.
import { resolve } from 'node:path';
import {
  frontendRoundCorpus, frontendRoundSuite, FULL_ALLOW, KYX_REGEX,
  type JudgedExpectation,
} from '../support/frontend-holdout.js';

const DIR = resolve(import.meta.dirname, 'round38-frontend');
const corpus = frontendRoundCorpus(DIR);

type Expectation = JudgedExpectation;
const IEH = 'iframe-event-handler';

const EXPECT: Record<string, Expectation> = {
  // Plain ES5 page, EventListener object. Step 1 finds "an EventListener object (`addEventListener('message', this)` in a
  // class with a `handleEvent` method, or an inline `{ handleEvent(e) {…} }`)", and "The handler may be inline, a function
  // or variable of the same file": the object literal is not written inside the call but held in a `var` of the same
  // inline script and registered by that name (and removed by it in `stop`) — read here as the two sentences together
  // (a small judgement call: neither names a variable holding the object). Its `handleEvent` is the handler. The
  // tenant-free regex: "regex `/…[a-z0-9-]+\.netverify\.com$/` … → `…\.web\.(?:amer-1|emea-1|apac-1)\.jumio\.ai…`
  // (tenant label kept, any region)", no item (round 36's 07 judged `/\.netverify\.com$/` so). The reads renamed; the
  // fields handed to the object's own `showError` are strings and numbers (no escape). "Flags error code 9836 wherever the
  // handler (or a helper it calls) compares with it": `code === 9836`, `code` holding `payload.metainfo.code` — one item
  // naming the legacy meaning 9835 (the comment above is the app's). The markup frame: "an iFrame on a page whose own
  // scripts attach a **proven Jumio message handler** (… the page's inline scripts …)" — the KYX list and the flag; its
  // `src` set by the script from sessionStorage.
  '01-identity-step.listener-object.html': {
    has: ['if (!/' + KYX_REGEX + '$/.test(event.origin)) return;',
      "sessionStorage.setItem('identityReference', data.workflowExecutionId);",
      'this.showError(code, data.workflowExecutionId, retryable);', 'var retryable = code === 9836;',
      "window.addEventListener('message', identityStep, false);", `allow="${FULL_ALLOW}"`, 'allowfullscreen'],
    lacks: ['data.transactionReference', '\\.netverify\\.com', 'allow="camera;fullscreen"'],
    manual: [IEH], manualMentions: ['9835'],
  },
  // React, a factory's closure attached inline. The function attached is `makeVerificationListener({ … })`'s return value,
  // an anonymous arrow whose first parameter is the MessageEvent; it is not held in any variable (the AbortController's
  // `signal` detaches it). MIGRATION.md lists no factory among the attachment shapes; it says the rule "Finds `message`
  // listeners however they are attached", follows the app's own wrapper — a same-file call whose returned closure hands
  // the event on — and adds "A wrapper that reads the event itself is still the listener" (round 32). JUDGEMENT CALL: a
  // same-file function whose returned closure reads the event itself is read as that closure being the listener (round
  // 8's factory, held in a const first, passed so). Found, the closure is proven by tie-breaker 1 and needs nothing that
  // MIGRATION.md leaves open: "`origin.endsWith('.netverify.com')` … → same call with `'.jumio.ai'`", no item; the parse
  // annotated with a same-file type alias: its member renamed ("the member of a type annotation that describes the object
  // (… an interface/type alias of the same file)"); the callbacks get fields (no escape). The JSX frame: "JSX frames: the
  // page-handler proof needs the handler in the same file" — the factory is the file's: the KYX list and allowFullScreen.
  // (Left unfound, the file would keep every read and get only legacy-endpoint's origin item: round 32 judged that a
  // DEFECT for its wrapper.)
  '02-PayoutReauthentication.factory.tsx': {
    has: ["if (!event.origin.endsWith('.jumio.ai')) return;", '  authorizationToken: string;\n  workflowExecutionId: string;',
      'onVerified(message.workflowExecutionId);',
      'onFailed(message.workflowExecutionId ?? null, message.payload.metainfo?.code ?? null);',
      '{ signal: controller.signal },', `allow="${FULL_ALLOW}"`, 'allowFullScreen'],
    lacks: ['transactionReference', "'.netverify.com'", 'allow="camera;fullscreen"'],
    manual: [],
  },
  // Vue 3 Options API, `window.onmessage` given a method. Step 1 finds "`window.onmessage = …` / `onmessage = …`" and
  // "Vue `mounted`/`created` hooks reaching `methods` through `this.x`": `window.onmessage = this.onFrameMessage` names
  // the method (the `===` test before resetting it to null in `beforeUnmount` is no second handler). The origin: a
  // same-file const holding the EU data centre's white-label host — "`origin === 'https://acme.lon.netverify.com'` (a
  // white-label web client under a data centre's host …) → `'https://acme.web.emea-1.jumio.ai'`: that data centre's
  // region … | no — the host tells the region", no item. The parse annotated with a same-file interface: its member
  // renamed. `$emit` is given a field and an object BUILT from fields, never the parsed object — step 7's escape is "the
  // whole parsed object … passed somewhere" (`this.$emit`): no item. The template frame of the component whose script
  // attaches the proven handler: the KYX list and the flag.
  '03-IdentityStep.onmessage.vue': {
    has: ["const WEB_CLIENT_ORIGIN = 'https://acme.web.emea-1.jumio.ai';", 'if (event.origin !== WEB_CLIENT_ORIGIN) return;',
      '  authorizationToken: string;\n  workflowExecutionId: string;', 'this.reference = message.workflowExecutionId;',
      "this.$emit('verified', message.workflowExecutionId);",
      "this.$emit('failed', { reference: message.workflowExecutionId, code: this.errorCode });",
      'window.onmessage = this.onFrameMessage;', `allow="${FULL_ALLOW}"`, 'allowfullscreen'],
    lacks: ['transactionReference', 'netverify.com', 'allow="camera;fullscreen"'],
    manual: [],
  },
  // Angular, a status table. "Angular `@HostListener('window:message', ['$event'])`" attaches the method; "`new
  // URL(origin).hostname.endsWith(…)` → same call with `'.jumio.ai'`", no item. The parse annotated with a same-file
  // interface: its member renamed. The parse is then routed "into each function of a same-file dispatch table it is
  // handed to by a computed key, `handlers[data.payload.value]?.(data)`": the table is a module-level const of the same
  // file; its key is computed from `payload.value` (upper-cased into a local first) and the parsed object is the call's
  // SECOND argument (the first is the component). MIGRATION.md restricts neither the key's expression nor the argument's
  // position, and "parameters of local helper functions the object is passed to" are followed: judged followed — the
  // table functions' reads renamed, no escape item (judgement call on the letter: the sentence's example hands the object
  // as the only argument). Left unfollowed, step 7 would flag the hand-off and the table would no longer type-check
  // against the renamed interface. The inline template's frame: "an `<iframe>` in a component's inline template (Angular
  // ``@Component({ template: `…` })`` …) … in a file with a proven handler: edited like a page's markup when the literal
  // has no escapes" (it has none; `@if` is text to parse5) — the KYX list and the flag.
  '04-identity-step.status-table.component.ts': {
    has: ["if (!new URL(event.origin).hostname.endsWith('.jumio.ai')) return;",
      '  authorizationToken: string;\n  workflowExecutionId: string;',
      'SUCCESS: (step, frameEvent) => step.verified.emit(frameEvent.workflowExecutionId),',
      'step.failed.emit({ reference: frameEvent.workflowExecutionId, code: frameEvent.payload.metainfo?.code ?? null }),',
      'STATUS_REACTIONS[status]?.(this, frameEvent);', `allow="${FULL_ALLOW}"`, 'allowfullscreen'],
    lacks: ['transactionReference', "'.netverify.com'", 'allow="camera;fullscreen"'],
    manual: [],
  },
  // Vanilla TypeScript, a partial application. `onWebClientMessage.bind(null, callbacks)` is attached: the function's
  // FIRST parameter is the callbacks object, and the MessageEvent arrives as its SECOND. MIGRATION.md names binding only
  // for `this` ("class methods, bound (`this.h.bind(this)`, Underscore/lodash `_.bind(this.h, this)`, jQuery
  // `$.proxy(this.h, this)`)"), and says which parameter holds the event only for `@HostListener` argument lists ("each
  // parameter gets its value, and the origin parameter's checks count"). Whether the rule can prove this handler — its
  // origin check and parse are on the second parameter — is therefore NOT decided. JUDGED CONSERVATIVELY, as the brief of
  // this round asks and as MIGRATION.md leans ("is not proven (precision over recall)" for a parse it cannot see): not
  // rewritten — every read, the interface and the legacy origin check kept — and flagged: "A legacy host that a message
  // event's origin is compared with (… `endsWith` …) in a handler no other rule proved is reported as an origin check"
  // (legacy-endpoint, one item). Step 6's flag ("A handler that is **not** proven but reads both `transactionReference` and
  // `payload.value` … is **flagged, not rewritten**") would do as well; only the rule id pins legacy-endpoint's. A run that
  // migrates this file correctly (origin → `'.jumio.ai'`, reads and interface renamed, no item) would be better than
  // judged; the judgement would then move, not the code.
  // MOVED after the first run (the lead): the first run flagged the file as judged, but its `lacks: 'jumio.ai'` also
  // hit the legacy-endpoint marker's own text. Reading the file then showed a real gap: the partial bind was resolved
  // to the function with the FIRST parameter taken for the event (so nothing was proven, and a first parameter that
  // looked like an event would have been read as one). Fixed (analysis-frontend/resolve-handler.ts `shifted`: the
  // arguments bound before the event move it; fixtures `partial-bind-event-second`, `lodash-partial-bind`), the file
  // is now migrated as the paragraph above says a better run would: origin, reads and interface, no item.
  '05-identity-messages.partial-bind.ts': {
    has: ["if (!event.origin.endsWith('.jumio.ai')) return;",
      'callbacks.onVerified(message.workflowExecutionId, message.dateTime);',
      'callbacks.onFailed(message.workflowExecutionId ?? null, message.payload.metainfo?.code ?? null);',
      '  authorizationToken: string;\n  workflowExecutionId: string;', 'const listener = onWebClientMessage.bind(null, callbacks);'],
    lacks: ['transactionReference', "'.netverify.com'"],
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
// 40 — 01's listener-object page for a card top-up on an acquirer's hosted payment page: "An origin check against any
//      other host (`https://js.stripe.com`, `.adyen.com`, a bank's ACS) **vetoes** a handler with no Jumio check, whatever
//      fields it reads" — the regex admits the acquirer's domain only, although `handleEvent` reads `transactionReference`,
//      `payload.value` (compared with `'authorised'` / `'declined'`, values Jumio never sends) and `payload.metainfo.code`
//      like 01's; without the veto it would score 1 + 1 + 2 − 2 = 2 all the same. Its `code === 51` is no Jumio code
//      ("Numbers alone prove nothing"). The frame asks for `payment`, on a page with no proven handler: iframe-allow works
//      on "Only iFrames proven to show the Jumio web client".
// 41 — 04's status-table component already on KYX: the KYX domain check, only KYX names read and typed
//      (`workflowExecutionId`, `accountId`, `customerInternalReference`), no legacy host — "A handler **already on KYX**
//      (reads `workflowExecutionId`, never `transactionReference`, checks no legacy origin)"; the table's functions read the
//      KYX name; the inline template's frame carries the full list and the flag: "a complete list is left alone".
// 42 — 03's Options API step for an e-signature provider's signing page through `window.onmessage = this.onSigningMessage`:
//      the veto (a same-file const of another host), although the method reads `transactionReference` and
//      `payload.value` (`'loaded'` beside `'signed'` / `'declined'`, which Jumio never sends) and `payload.metainfo` — a
//      score the veto makes moot. The frame asks for `fullscreen; clipboard-write`, not the camera, on a page with no
//      proven handler.
frontendRoundSuite('hold-out round 38: front-end rules on unseen code, listener indirection', DIR, corpus, {
  expected: EXPECT, gaps: GAPS, unparsedLegacy: UNPARSED_LEGACY, lookalikeGaps: LOOKALIKE_GAPS,
  counts: { untouched: 3, files: 8, unparsed: 0 },
});
