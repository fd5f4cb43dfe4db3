// Hold-out round 49 for the front-end rules (iframe-event-handler, iframe-allow, landing-page-params, web-client-host,
// legacy-endpoint on pages). test/holdout/round49-frontend/ was written from the spec (real-world-legacy-code.md §2.7
// #2–#4, #6 and #8, §2.10; jumio-api-facts.md §2.2, §4.6, §5.4, §5.6) and MIGRATION.md without reading the rules. Where
// round 46 weighed the security policies around the frame and round 47 older front-end frameworks, round 49 weighs UI
// STATE AND ACCESSIBILITY DRIVEN BY THE WEB CLIENT'S EVENTS: the handler's real job is the page's UI — a skeleton or
// spinner hidden on 'loaded', a watchdog timer started when the frame gets its URL (or is inserted) and cleared on the
// first event, with a fallback that shows a "Try again" link and moves focus to it, an `aria-live` region announcing
// the outcome or the error code, focus moved to a result heading or back to a button, `inert` / `aria-busy` toggled on
// the surrounding form or stepper, a progress stepper advanced by the events (`aria-current="step"`), a frame's height
// set from a resize (the window's, and another frame's resize message), a `<dialog>` closed on success, `title` /
// `aria-describedby` on the frame, ElementInternals ARIA and custom states — so that every rename, origin translation
// and allow-list edit lands in the middle of UI code that must come out exactly as written.
// Earlier rounds already took (grep of test/holdout/round*-frontend/ and frontend*/ corpora for `aria-live` (8 files:
// a status paragraph in rounds 16, 29, 45), `aria-busy` (rounds 7, 33, 36, 38, 46: a JSX section attribute bound to a
// phase), `spinner` (11 files: a loading class or a `<Spinner>`), `skeleton` (round 2's 05, a `v-if` div),
// `setTimeout` / `clearTimeout` (round 6's 27 wait-for-jumio promise, round 32's 01 watchdog re-armed on 'loaded' and
// reporting to Sentry/GA4, round 42's 01 popup timer, round 44's 01/02 session timeouts in an effect and a composable),
// `watchdog` (round 32 only), `.focus(` (round 12's 04 and 08 focusing the frame, round 16's 08 Lit frame on 'loaded',
// round 35's hash-router outlet), `<dialog` / `showModal` / `dialog.close` (rounds 5, 8, 12, 14, 16; round 37's 01
// native dialog creating its frame on open and closing with `close('verified')`), `resize` / `style.height` (round 4's
// lookalike 41 auto-height, round 11's lookalike 53 chat, round 13's 11 jQuery events map), `aria-label` (rounds 34, 37),
// `toggleAttribute` (round 34's 03), `useReducer` (rounds 16, 23), `createEventDispatcher` / `svelte:window on:message`
// (rounds 3, 24, 39…), `defineEmits` (rounds 8, 12, 17, 19) and `this.$emit('verified', data)` of the whole parse in
// an OPTIONS component (round 20's 09); and for `inert`, `:inert`, `aria-current`, `aria-atomic`, `role="progressbar"`,
// `flushSync`, `attachInternals`, `ElementInternals`, `setFormValue`, `formAssociated`, `ariaBusy`, `delegatesFocus`,
// `returnValue`, `onresize`, `{#key`, `tick()`, `nextTick(` in a script block, `emit('progress', data)`: no hit). So this
// round AVOIDED a watchdog that reports to telemetry (round 32), a timeout kept in an effect beside a `<Spinner>` (round
// 44), a frame created on a dialog's open (round 37), a frame focused by itself (rounds 12, 16). No corpus file locks a
// form with `inert` while the frame runs, announces through an `aria-live="assertive"` region cleared and refilled,
// commits React state with `flushSync` before moving focus, starts a watchdog in a React REF CALLBACK on the frame,
// advances an `aria-current` stepper and focuses its next heading with `nextTick`, emits the whole parse through a
// `<script setup>` `defineEmits` emit, sits beside ANOTHER frame whose own resize messages size it, closes a Svelte 5
// `<dialog>` with a return value and restores focus to the opener, sizes the frame from `<svelte:window onresize>`, or
// is a FORM-ASSOCIATED custom element whose form value is the reference and whose state is ElementInternals ARIA and
// custom states. Five legacy integrations, one per framework: a plain HTML page (01: an ES2017 IIFE, a const list of the
// US and EU white-label origins `.includes(event.origin)`, `form.inert` and `aria-busy`, a skeleton, an assertive live
// region, a 45 s watchdog and a "Try again" link, the reference written to a hidden input before `requestSubmit()`,
// `code === 9836` through a local; the markup frame `camera;fullscreen` without the flag, with `title`,
// `aria-describedby` and `hidden`); React 18 with refs and state (02: a tenant-free regex const, a `let` typed by a
// same-file interface, `flushSync` then `ref.current?.focus()`, the watchdog in the frame's ref callback, a JSX frame
// without `allowFullScreen`); a Vue 3 `<script setup>` stepper (03: `new URL(event.origin).hostname.endsWith(…)`, the
// parse annotated with a same-file interface and emitted WHOLE for the wizard's timeline, `:inert` on the stepper and
// footer, `aria-current`, `nextTick` focus; a help-centre tips frame beside the identity frame, sized by its own
// listener); a Svelte 5 `<dialog>` (04: an exact EU data-centre white-label origin const, `<svelte:window
// onmessage={…} onresize={…} />`, `$effect` watchdog, `dialog.close('verified')`, `returnValue`, focus restored); and a
// form-associated Web Component (05: an exact-tenant regex const, a #private arrow listener, the frame in a shadow root
// written by `innerHTML` from a template literal whose `title` is `${…}`, `setFormValue` / `setValidity` /
// `states` / `ariaBusy`, 9200/9210 handled as an expired session). Plus 3 lookalikes (40-42) that must stay
// byte-identical, each in the very shape of a legacy integration: 01's page for a card issuer's 3-D Secure challenge
// (ACS origins, `allow="payment"`), 03's stepper already on KYX (emitting its KYX event whole, the tips frame beside it),
// and 05's form-associated element for a video call with an adviser (Whereby, camera and microphone).
// What the rules must do, from MIGRATION.md: "**Rewrites every read of `transactionReference` on the parsed event
// object** → `workflowExecutionId`", with "the member of a type annotation that describes the object (an inline type
// literal or an interface/type alias of the same file …)"; "**Translates origin checks** from the legacy web client
// (`https://<prefix>.netverify.com`) to the KYX web client (`https://<prefix>.web.<region>.jumio.ai`) with the same
// strictness" (the table's rows are quoted at each file); "**Flags error code 9836** wherever the handler (or a helper it
// calls) compares with it"; "**Flags escapes**: when the whole parsed object is passed somewhere the rule cannot follow
// (a setter, `this.$emit`, …), one marker per handler says that its consumers must read `workflowExecutionId`"; and
// iframe-allow "adds what is missing and keeps everything already there: other features (…), allowlists (…), their
// order, the separator style (`;` or `; `) and a trailing `;`. Nothing is duplicated". What they must leave alone: every
// line of UI code. MIGRATION.md's rules edit field reads, origins, types, allow lists and write markers; nothing in it
// touches `inert`, `aria-*`, `hidden`, `title`, focus calls, timers, `flushSync`, `dialog.close(…)`, ElementInternals or
// the live-region text — so every judgement below pins those lines as written (with the line above them where a stray
// marker could slip in), and the "code (…)" messages that print `payload.metainfo.code` keep their text ("| 9100, 9200,
// 9210, 9300, 9400, 9800, 9801, 9810 | same | same |": only 9836 is flagged).
// Region of an exact white-label origin: "the region of the legacy API host the repository's code calls … when exactly
// one region is found, else amer-1" — no file of this corpus calls a legacy API host (white-label web-client hosts are no
// API hosts, as rounds 44 and 46 judged), so a US white-label origin becomes `https://<tenant>.web.amer-1.jumio.ai` with
// the region item, and `<tenant>.lon.netverify.com` becomes `.web.emea-1.` with none ("the host tells the region").
// Notes ("`event.data` now also carries `accountId` and `customerInternalReference`") are report-only, not manual items.
// Item order: the order of their place in the file (round 43's note).
// JUDGEMENT CALLS (each also at its file): (1) 03's `emit('progress', data)` — `emit` of `defineEmits` is the Composition
// API's `this.$emit` — is an escape: one iframe-event-handler item; (2) 03's second frame (the help centre's tips, no
// `allow`, a bound `src`) is no candidate: the identity frame is "the only one whose `allow` already has `camera`", so it
// is edited and the tips frame and its own listener stay as written (the "unless a handler of the file also compares the
// origin with another vendor's" clause is about several frames that all carry the client's list); (3) 01's two-entry
// list gets ONE region item, for its US entry (the EU entry's host tells its region); (4) 05's `setFormValue(…)` and
// 01's hidden-input `value` are given a FIELD of the event, not the object: renamed, no escape.
// Judged by hand from the spec and MIGRATION.md BEFORE the codemod ran (the corpus and this file's judgements were
// written before the first run). Runs the round suite's parts directly (as rounds 18–47).
// First run (at the corpus commit): 19 tests, 19 passed; every diff and item read by hand. No defect: the UI code
// (focus, timers, inert/aria-busy, live regions, dialog.close, ElementInternals) byte-identical around the renames,
// the three lookalikes untouched.
import { resolve } from 'node:path';
import {
  frontendRoundCorpus, frontendRoundSuite, FULL_ALLOW, KYX_REGEX, SPACED_ALLOW,
  type JudgedExpectation,
} from '../support/frontend-holdout.js';

const DIR = resolve(import.meta.dirname, 'round49-frontend');
const corpus = frontendRoundCorpus(DIR);

type Expectation = JudgedExpectation;
const IEH = 'iframe-event-handler';

const EXPECT: Record<string, Expectation> = {
  // ── 01: plain HTML page — inert form, skeleton, assertive live region, watchdog and "Try again" ──
  // The listener: the named `onFrameMessage` of the page's inline script, attached with `window.addEventListener(
  // 'message', onFrameMessage)` ("**Finds `message` listeners however they are attached**: `addEventListener('message',
  // …)` on `window`"). The check is a const LIST of the two white-label origins tested with `includes`: "| `origin ===
  // 'https://acme.netverify.com'`, `['https://acme.netverify.com'].includes(origin)`, a same-file constant holding it, … |
  // `'https://acme.web.<region>.jumio.ai'`: … else amer-1 | **yes**: … the marker says where the region came from, names
  // the other regions' hosts …" for the US entry, and "| `origin === 'https://acme.lon.netverify.com'` … |
  // `'https://acme.web.emea-1.jumio.ai'`: that data centre's region … | no — the host tells the region |" for the EU
  // entry — so both entries translated and ONE region item (JUDGEMENT CALL (3)). The parse in a one-line try; the read
  // written into the form's hidden input (`byId('face-check-reference').value = data.transactionReference`) is a field
  // (JUDGEMENT CALL (4)): renamed, and the input's own name `faceCheckReference` is the app's. The 9836: `const code =
  // data.payload.metainfo.code; … if (code === 9836)` under the app's comment giving the LEGACY meaning ("No acceptable
  // selfie after three attempts"): "**Flags error code 9836** wherever the handler … compares with it … the legacy meaning
  // (*no acceptable submission in 3 attempts*) is now 9835" (round 32's `code === 9836` through a local was judged so) —
  // one item naming 9835, the comparison and both branches kept. The frame: "an iFrame on a page whose own scripts attach
  // a **proven Jumio message handler** (… the page's inline scripts …)": the KYX list in place and the missing
  // `allowfullscreen` added ("The rule adds what is missing"); `title`, `aria-describedby`, `width`, `height` and
  // `hidden` kept. The script's own DOM code on that frame (`frame.src = …`, `frame.hidden`, `frame.removeAttribute(
  // 'src')`) sets no `allow` — iframe-allow's DOM case is "`el.setAttribute('allow', '…')`, `el.allow = '…'`, …" — so
  // nothing is added there (round 46's 04-main.ts was judged so). Every UI line — `form.inert`, `aria-busy`, the
  // skeleton, the announcer cleared and refilled through `window.setTimeout`, the watchdog, `requestSubmit()`, the focus
  // calls — comes out as written.
  '01-payout-account.face-check.html': {
    has: ["const FRAME_ORIGINS = ['https://ostbank.web.amer-1.jumio.ai', 'https://ostbank.web.emea-1.jumio.ai'];",
      'if (!FRAME_ORIGINS.includes(event.origin)) return;',
      "try { data = JSON.parse(event.data); } catch (e) { return; }\n        // Any event proves the frame is alive.\n        window.clearTimeout(watchdog);",
      "          verified = true;\n          byId('face-check-reference').value = data.workflowExecutionId;\n          section.hidden = true;\n          lockForm(false);",
      "announce('Thank you. Saving the new payout account.');\n          form.requestSubmit();",
      '          const code = data.payload.metainfo.code;',
      "if (code === 9836) {\n            showRetry('We could not confirm it is you. Please visit a branch to change the payout account.', false);\n          } else {\n            showRetry('The face check stopped (code ' + code + ').', true);",
      `<iframe id="face-frame" title="Face check for the new payout account" aria-describedby="face-check-hint" width="100%" height="600" allow="${FULL_ALLOW}"`,
      'allowfullscreen',
      "      function lockForm(locked) {\n        form.inert = locked;\n        form.setAttribute('aria-busy', String(locked));\n      }",
      "        frame.src = session.frameUrl;\n        frame.hidden = false;\n        window.clearTimeout(watchdog);\n        watchdog = window.setTimeout(function () {\n          showRetry('The face check is taking too long to start.', true);\n        }, WATCHDOG_MS);",
      "        frame.hidden = true;\n        frame.removeAttribute('src');\n        retryText.textContent = text;",
      'if (canRetry) retryLink.focus(); else heading.focus();',
      "announcer.textContent = ''; // cleared first, so that a repeated message is read again\n        window.setTimeout(function () { announcer.textContent = text; }, 50);",
      '<p id="announcer" class="visually-hidden" aria-live="assertive" aria-atomic="true"></p>',
      '<div id="face-skeleton" class="face-check__skeleton" aria-hidden="true"></div>',
      '<input type="hidden" name="faceCheckReference" id="face-check-reference">',
      "      window.addEventListener('message', onFrameMessage);"],
    lacks: ['data.transactionReference', "'https://ostbank.netverify.com'", "'https://ostbank.lon.netverify.com'",
      'allow="camera;fullscreen"'],
    manual: [IEH, IEH], manualMentions: ['ostbank.web.apac-1.jumio.ai', '9835'],
  },

  // ── 02: React 18 — refs and state, flushSync before focus, the watchdog in the frame's ref callback ──
  // "React `useEffect` (with cleanup) …" attaches the named `onMessage`; the check is a tenant-free regex in a const:
  // "| regex `/…[a-z0-9-]+\.netverify\.com$/`, … | `…\.web\.(?:amer-1|emea-1|apac-1)\.jumio\.ai…` (tenant label kept, any
  // region) | no |" (round 47's 04 pinned the same tail). The parse goes into a `let` typed by the same-file interface
  // (`as WebClientEvent`): its member is renamed ("an interface/type alias of the same file") and so is the read handed to
  // the prop callback `onVerified(message.transactionReference)` (a field, no escape). The error path only prints
  // `payload.metainfo.code`: no 9836, no item. The JSX frame: "JSX frames: the page-handler proof needs the handler in the
  // same file" — the KYX list in place and `allowFullScreen` (JSX name) added; `key`, the ref callback `frameMounted`,
  // `title` and the computed `className` kept. The ref callback sets no `allow` (iframe-allow edits "a React `ref.current`
  // of `<iframe ref={ref}>`" only where code sets `allow` on it): nothing else is added. Untouched UI: `settle` with its
  // `flushSync(…)` then `focus.current?.focus()`, the watchdog armed in the ref callback and cleared on the first event,
  // the live region, the result heading with `tabIndex={-1}`, the restart button's ref.
  '02-PayoutFaceCheck.focus-refs.tsx': {
    has: [`const WEB_CLIENT_ORIGIN = /^https:\\/\\/[a-z0-9-]+${KYX_REGEX}$/;`,
      'if (!WEB_CLIENT_ORIGIN.test(event.origin)) return;',
      '  authorizationToken: string;\n  workflowExecutionId: string;\n  eventType: number;',
      'message = JSON.parse(event.data) as WebClientEvent;',
      "          settle('verified', 'Thank you, your face check is complete.', resultHeading);\n          onVerified(message.workflowExecutionId);\n          break;",
      "          setErrorCode(message.payload.metainfo?.code ?? null);\n          settle('failed', `The face check stopped (code ${message.payload.metainfo?.code ?? 'unknown'}).`, restartButton);",
      '    flushSync(() => {\n      setPhase(next);\n      setAnnouncement(text);\n    });\n    focus.current?.focus();',
      "      window.clearTimeout(watchdog.current);\n      if (!frame) return;\n      watchdog.current = window.setTimeout(() => {\n        settle('stalled', 'The face check did not start. You can try again.', restartButton);\n      }, WATCHDOG_MS);",
      '        return;\n      }\n      window.clearTimeout(watchdog.current);\n\n      switch (message.payload.value) {',
      '<p className="sr-only" aria-live="polite">',
      '<h2 ref={resultHeading} tabIndex={-1} className="face-check__result">',
      '<button ref={restartButton} type="button" onClick={onRestart}>',
      "{phase === 'loading' && <div className=\"face-check__skeleton\" aria-hidden=\"true\" />}",
      "            key={frameUrl}\n            ref={frameMounted}\n            src={frameUrl}\n            title=\"Face check\"\n            className={phase === 'loading' ? 'face-check__frame face-check__frame--hidden' : 'face-check__frame'}\n            allow=\"" + FULL_ALLOW + '"',
      'allowFullScreen',
      "<section className=\"face-check\" aria-busy={phase === 'loading'}>"],
    lacks: ['transactionReference', 'netverify\\.com', 'allow="camera;fullscreen"'],
    manual: [],
  },

  // ── 03: Vue 3 <script setup> — a progress stepper, `:inert`, `nextTick` focus, the parse emitted whole ──
  // "the Composition API (`onMounted(() => window.addEventListener(…))`)" attaches `onFrameMessage`; its check:
  // "| `origin.endsWith('.netverify.com')`, …, `new URL(origin).hostname.endsWith(…)`, … | same call with `'.jumio.ai'` /
  // `'jumio.ai'` | no — domain for domain |". The parse annotated with the same-file interface (member renamed); the field
  // emitted as `verified` renamed. `emit('progress', data)` hands the WHOLE parsed object to the parent wizard's timeline:
  // "**Flags escapes**: when the whole parsed object is passed somewhere the rule cannot follow (a setter, `this.$emit`,
  // …), one marker per handler says that its consumers must read `workflowExecutionId`" — JUDGEMENT CALL (1): `emit` of
  // `defineEmits` is the Composition API's `this.$emit` (round 20's options-API `this.$emit('verified', data)` was judged
  // one item): one iframe-event-handler item, the call kept. The `defineEmits` type names the interface and stays. The
  // second listener, `onTipsMessage`, compares the origin with the app's own help-centre host and reads `event.data.type`
  // / `event.data.height` without parsing: "An origin check against any other host … **vetoes** a handler with no Jumio
  // check, whatever fields it reads" — not touched; and since it is a function of its own, `onFrameMessage` reads no key
  // "Jumio never sends" (no shared-listener item). The frames: the identity frame is on a component whose script attaches
  // a proven handler and is "the only one whose `allow` already has `camera`" — JUDGEMENT CALL (2) — so its list is
  // completed in the component's `; ` style ("the separator style"), `allowfullscreen` kept ("Nothing is duplicated"), its
  // `v-show` and bound `:title` kept; the tips frame (no `allow`, `:src` bound, `:style` height from the resize message)
  // comes out as written. Untouched UI: `:inert="busy"` on the stepper and the footer, `:aria-current`, the live region,
  // the progressbar spinner, `nextTick(() => reviewHeading.value?.focus())`, `tabindex="-1"`.
  '03-DirectorCheck.stepper.vue': {
    has: ["if (!new URL(event.origin).hostname.endsWith('.jumio.ai')) return;",
      '  authorizationToken: string;\n  workflowExecutionId: string;\n  eventType: number;',
      'const data: NetverifyEvent = JSON.parse(event.data);',
      "emit('progress', data);",
      "      frameState.value = 'done';\n      emit('verified', data.workflowExecutionId);\n      current.value = 2;",
      "      liveText.value = `Step 3 of ${steps.length}: review your application.`;\n      nextTick(() => reviewHeading.value?.focus());",
      "      failureCode.value = data.payload.metainfo?.code ?? null;\n      liveText.value = `The ID check stopped (code ${failureCode.value ?? 'unknown'}).`;",
      'progress: [event: NetverifyEvent];',
      "const HELP_ORIGIN = 'https://help.verdant-business.example';",
      "function onTipsMessage(event: MessageEvent) {\n  if (event.origin !== HELP_ORIGIN || event.data?.type !== 'tips:resize') return;\n  tipsHeight.value = Math.min(Math.max(Number(event.data.height) || 0, 200), 900);\n}",
      "const busy = computed(() => current.value === 1 && frameState.value !== 'failed');",
      '<ol class="stepper" aria-label="Onboarding progress" :inert="busy">',
      ':aria-current="i === current ? \'step\' : undefined"',
      '<p class="visually-hidden" aria-live="polite">{{ liveText }}</p>',
      '        v-show="frameState !== \'failed\'"\n        :src="props.frameUrl"\n        :title="`${steps[current]}, step ${current + 1} of ${steps.length}`"\n        class="director-check__frame"\n        allow="' + SPACED_ALLOW + '"\n        allowfullscreen\n      ></iframe>',
      '      <aside class="director-check__tips">\n        <iframe :src="props.tipsUrl" title="Tips for a good photo of your ID" :style="{ height: `${tipsHeight}px` }" loading="lazy"></iframe>',
      '<h2 ref="reviewHeading" tabindex="-1">Review your application</h2>',
      '<footer class="director-check__footer" :inert="busy">'],
    lacks: ['data.transactionReference', '  transactionReference: string;', "endsWith('.netverify.com')", 'allow="camera; fullscreen"',
      'allowfullscreen allowfullscreen'],
    manual: [IEH], manualMentions: ['workflowExecutionId'],
  },

  // ── 04: Svelte 5 — a modal <dialog> closed on success, focus restored, the frame sized on window resize ──
  // "`<svelte:window on:message={handle} />` (Svelte 5: `onmessage={handle}`; …) attaches `handle` of the component's
  // script as a window message handler" — here beside `onresize={fitFrame}` on the same element, which is the app's and
  // stays. The check compares with a const holding the EU data centre's white-label origin: "| `origin ===
  // 'https://acme.lon.netverify.com'` … | `'https://acme.web.emea-1.jumio.ai'`: that data centre's region … | no — the host
  // tells the region |" — no item. The read handed to the callback prop in a NEW object of fields (`onverified?.({
  // reference: data.transactionReference, at: data.dateTime })`) is renamed, no escape. No 9836. The frame inside the
  // dialog's `{#key attempt}` block: "`.svelte` components (scripts and markup: `allow="…"` … are edited" on a component
  // with a proven handler — the KYX list in place, `allowfullscreen` kept; `bind:this={frame}` is used for `focus()` and
  // `style.height` only (no `setAttribute('allow', …)` to edit). Untouched UI: the two `$effect`s (showModal/close, the
  // 40 s watchdog with its cleanup), `dialog.close('verified')`, `dialog.returnValue`, `returnFocusTo?.focus()`,
  // `fitFrame`, the live region, the spinner.
  '04-TransferFaceCheck.dialog.svelte': {
    has: ["const WEB_CLIENT_ORIGIN = 'https://kestrel.web.emea-1.jumio.ai';",
      'if (event.origin !== WEB_CLIENT_ORIGIN) return;',
      "      liveMessage = 'Thank you, the transfer is confirmed.';\n      dialog.close('verified');\n      onverified?.({ reference: data.workflowExecutionId, at: data.dateTime });",
      "      status = 'failed';\n      liveMessage = `The face check stopped (code ${data.payload.metainfo.code}).`;",
      "    if (dialog.returnValue !== 'verified') oncancel?.();\n    returnFocusTo?.focus();",
      "    if (!open || status !== 'loading') return;\n    const timer = setTimeout(() => {\n      status = 'stalled';",
      '    return () => clearTimeout(timer);',
      "    if (frame) frame.style.height = `${Math.max(window.innerHeight - 120, 480)}px`;",
      "      status = 'ready';\n      liveMessage = 'The camera check is ready.';\n      fitFrame();\n      frame.focus();",
      '<svelte:window onmessage={onMessage} onresize={fitFrame} />',
      '<dialog bind:this={dialog} class="face-check" aria-labelledby="face-check-title" onclose={onClose}>',
      '<p class="face-check__live" aria-live="polite">{liveMessage}</p>',
      `    {#key attempt}\n      <iframe bind:this={frame} src={frameUrl} title="Face check for this transfer" allow="${FULL_ALLOW}" allowfullscreen></iframe>\n    {/key}`],
    lacks: ['transactionReference', 'kestrel.lon.netverify.com', 'allow="camera;fullscreen"'],
    manual: [],
  },

  // ── 05: a form-associated Web Component — ElementInternals ARIA and custom states, the reference as form value ──
  // The listener is the #private arrow field `#onMessage`, attached with `window.addEventListener('message',
  // this.#onMessage)` in `connectedCallback`: "class methods, bound (…) or arrow properties" (round 34's 03 was a private
  // arrow field too). The check is an exact-tenant regex const: "| regex `/…[a-z0-9-]+\.netverify\.com$/`,
  // `/^https:\/\/acme\.netverify\.com$/`, … | `…\.web\.(?:amer-1|emea-1|apac-1)\.jumio\.ai…` (tenant label kept, any
  // region) | no |". The reads given to `this.#internals.setFormValue(…)` and to the CustomEvent's `detail` object are
  // fields (JUDGEMENT CALL (4)): renamed, no escape. The error path compares the code with 9200 and 9210 only — "| 9100,
  // 9200, 9210, … | same | same |": no item, the lines kept. The frame lives in the shadow root's markup, written by
  // `this.#root.innerHTML = \`…\`` with `title="${escapeAttr(title)}"`: "markup a script hands to the browser's HTML parser
  // — `el.innerHTML = …` (a `<template>` element, a shadow root, a container) … — is edited the same way when the value is
  // one literal (directly or through a `const`): a `${…}` filling an attribute value is a templated value", and "the same
  // way" is the inline-template case's "in a file with a proven handler" — so the KYX list in the literal and the
  // `allowfullscreen` added (round 23's 04 and round 34's 01 were judged so, with no runtime-injection item: that item is
  // for `createElement('iframe')`). Untouched UI: `static formAssociated`, `attachInternals`, `setValidity`, `ariaLabel`,
  // `ariaBusy`, `states.add/delete`, `delegatesFocus`, the watchdog and its fallback link's `focus()`.
  '05-identity-check-field.element.js': {
    has: [`const WEB_CLIENT_ORIGIN = /^https:\\/\\/ridgeway${KYX_REGEX}$/;`,
      'if (!WEB_CLIENT_ORIGIN.test(event.origin)) return;',
      "      this.#setState('verified');\n      this.#internals.setFormValue(data.workflowExecutionId);\n      this.#internals.setValidity({});",
      "this.dispatchEvent(new CustomEvent('identity-verified', { bubbles: true, detail: { reference: data.workflowExecutionId } }));",
      "      const code = data.payload.metainfo && data.payload.metainfo.code;\n      // 9200/9210: the session expired; the portal fetches a new URL and sets session-url again.\n      if (code === 9200 || code === 9210) {",
      'this.#fallBack(`The identity check stopped (code ${code}).`);',
      '<iframe part="frame" title="${escapeAttr(title)}" allow="' + FULL_ALLOW + '"',
      'allowfullscreen',
      '      <div class="skeleton" part="skeleton"></div>',
      "    this.#watchdog = setTimeout(() => this.#fallBack('The identity check did not start.'), WATCHDOG_MS);",
      "    this.#internals.states.add(state);\n    this.#internals.ariaBusy = state === 'loading' ? 'true' : 'false';",
      "    this.#internals.setValidity({ valueMissing: true }, 'Please complete the identity check first.');",
      "    fallback.hidden = false;\n    fallback.querySelector('a').focus();",
      "    clearTimeout(this.#watchdog);\n    if (data.payload.value === 'loaded') {\n      this.#internals.states.delete('loading');",
      "    window.addEventListener('message', this.#onMessage);",
      'static formAssociated = true;'],
    lacks: ['transactionReference', 'netverify\\.com', 'allow="camera;fullscreen"'],
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
// 40 — 01's page for a card issuer's 3-D Secure challenge before a company card is saved: the same inert form, skeleton,
//      assertive live region, 45 s watchdog, "Try again" link, hidden input filled with `data.transactionReference`
//      before `requestSubmit()`, and the same handler reading `data.payload.value` and `data.payload.metainfo.code`. Its
//      const list holds the issuer's ACS origins: "An origin check against any other host (…, a bank's ACS) **vetoes** a
//      handler with no Jumio check, whatever fields it reads"; its comment and hint name 3-D Secure ("names another vendor
//      or protocol (…, 3-D Secure/ACS, …)" −3). It compares the code with the issuer's `'R'`, no 9836. Its markup frame
//      asks for `payment`, not `camera`, on a page with no proven handler: "Only iFrames proven to show the Jumio web
//      client". No legacy host.
// 41 — 03's stepper already on KYX: `new URL(event.origin).hostname.endsWith('.jumio.ai')`, an interface with
//      `accountId`, `workflowExecutionId` and `customerInternalReference?`, `emit('verified', data.workflowExecutionId,
//      data.accountId)`, the same `emit('progress', data)` of the whole event, and the same tips frame and listener. "A
//      handler **already on KYX** (reads `workflowExecutionId`, never `transactionReference`, checks no legacy origin)"
//      has nothing to rename or translate and gets no note; and "A handler already on KYX that hands its event on …
//      (`channel.postMessage({ ...data, relayedAt })`) got the "passed on … must read workflowExecutionId" marker — noise
//      on code already migrated … It now gets none" (round 42): no escape item for its emit. Its identity frame already
//      has the spaced KYX list and `allowfullscreen` ("a complete list is left alone"); the tips frame asks for nothing.
// 42 — 05's form-associated element for a video call with an adviser (Whereby embed): the same `formAssociated`,
//      ElementInternals states and ARIA, #private arrow listener, watchdog and fallback link, and the same shadow-root
//      `innerHTML` template literal with `title="${escapeAttr(title)}"`. Its regex is `ridgeway.whereby.com` — another
//      host, which vetoes — and it reads `data.type` and `data.payload.role` / `roomSessionId` / `reason`, keys Jumio
//      never sends. So no handler of the file is proven and its frame (`camera; microphone; fullscreen; speaker;
//      display-capture; autoplay`, no flag) is not the client's: "Only iFrames proven to show the Jumio web client", and
//      "The `allow` list alone is never a Jumio signal". No legacy host, no 9836.
frontendRoundSuite('hold-out round 49: front-end rules on unseen code, UI state and accessibility driven by the web client\'s events', DIR, corpus, {
  expected: EXPECT, gaps: GAPS, unparsedLegacy: UNPARSED_LEGACY, lookalikeGaps: LOOKALIKE_GAPS,
  counts: { untouched: 3, files: 8, unparsed: 0 },
});
