// Hold-out round 50 for the front-end rules (iframe-event-handler, iframe-allow, landing-page-params, web-client-host,
// legacy-endpoint on pages). test/holdout/round50-frontend/ was written from the spec (real-world-legacy-code.md §2.7
// #2–#4, #6 and #8, §2.8, §2.10; jumio-api-facts.md §4.6, §5.4–§5.6) and MIGRATION.md without reading the rules. Where
// round 48 weighed where the web-client origin comes from and round 49 the UI state driven by the events, round 50 weighs
// PAGE LIFECYCLE AND NAVIGATION AROUND THE WEB CLIENT'S FRAME: the message listener's life is tied to the page's
// lifecycle and to the app's navigation — attached on `pageshow` and detached on `pagehide` (the back/forward cache),
// with a restore from the cache (`event.persisted`) reloading a stale frame and a real unload reporting the abandoned
// session with `sendBeacon`; the browser's `beforeunload` prompt added while the check runs and removed on success (by
// hand, through React Router's `useBeforeUnload`, or by SvelteKit's `beforeNavigate` cancelling a `willUnload`); the
// Navigation API's `navigate` event cancelled while the check runs; SPA router hooks (React Router `useBlocker` with its
// own leave dialog and `useNavigate` with `replace` and navigation `state` after success; Vue Router
// `onBeforeRouteLeave` / `onBeforeRouteUpdate`; Angular `Router.events` attaching the listener on `NavigationEnd` and
// detaching it on `NavigationStart`, `DestroyRef.onDestroy`, `router.navigate(…, { replaceUrl: true })`; SvelteKit
// `beforeNavigate` / `afterNavigate` and `goto(…, { replaceState: true })`); `history.replaceState` after the result;
// a watchdog paused on `visibilitychange` (`<svelte:document onvisibilitychange>`); and a frame re-created on every
// (re-)entry of its route (`key={location.key}`, `:key="frameKey"`, `{#if frameUrl}` emptied first, `@if
// (frameUrl(); as url)` reset on `NavigationStart`) — so that every rename, origin translation, allow-list edit and
// marker lands between lifecycle lines that must come out exactly as written.
// Earlier rounds already took (grep of test/holdout/round*-frontend/ and frontend*/ corpora, test files excluded):
// `pagehide` (2 files: round 44's 05-main.ts and its KYX lookalike, `window.addEventListener('pagehide',
// closeIdentityStep)` — a named function, no `persisted`, no `pageshow`), `popstate` (1: round 18's 16 Svelte return page),
// `navigation.addEventListener` (1: round 15's 31, a landing route `intercept`ed with a `handler` reading the query),
// `beforeunload` (2: round 31's EJS page and its lookalike, REMOVING the message listener on unload, no prompt),
// `history.replaceState` (4: rounds 20 and 35, `null` state, clearing the query or setting a hash route),
// `onBeforeRouteUpdate` (1: round 15's 29, a landing page re-reading `to.query`), `goto(` (8: rounds 4, 30, 40, 41, 42, 44 —
// round 40's 05 with `replaceState: true` after a landing page's status, round 44's 04 with the app's own `?ref=`),
// `sendBeacon` (6: rounds 23, 32, 39 — inside the handler: event fields, the raw message, an audit line), `useNavigate`
// (4: rounds 2, 3, 5, 20 — a plain `navigate(path)`), `takeUntilDestroyed` / `DestroyRef` (8 / 19 files: a `fromEvent`
// pipe, `renderer.listen`), `returnValue` (1: round 49's `dialog.returnValue`), `confirm(` (13 files, every one the app's
// own `confirm` method — no `window.confirm`), `cancel()` (1: round 8's 29, a throttled handler's `onMessage.cancel()`);
// and for `pageshow`, `persisted`, `visibilitychange`, `visibilityState`, `useBeforeUnload`, `useBlocker`,
// `onBeforeRouteLeave`, `NavigationStart`, `NavigationEnd`, `router.events`, `replaceUrl`, `history.state`,
// `window.navigation`, `beforeNavigate`, `afterNavigate`, `willUnload`, `svelte:document`, `location.key`, `frameKey`:
// no hit. Round 20's 14 had a legacy key in the handler's own link
// (`router.push(`/verify/done?transactionReference=${…}`)`, two links, two items). So this round AVOIDED a named
// `pagehide` teardown (round 44), a listener removed on `beforeunload` (round 31), a Navigation API landing route (round
// 15), a `fromEvent(window, 'message')` pipe ended by `takeUntilDestroyed` (round 19's 08) and a `<KeepAlive>` step
// following `onActivated` (round 35's 02). No corpus file attaches its listener on `pageshow`, reloads its frame on a
// restore from the back/forward cache, keeps the parsed event in `history.state` and reads it back on `pageshow`, adds a
// `beforeunload` PROMPT while the check runs, cancels a Navigation API `navigate`, blocks an SPA route change while the
// check runs (useBlocker, onBeforeRouteLeave, beforeNavigate), attaches and detaches its listener from Angular's router
// events, re-creates its frame keyed by the history entry or a counter, or pauses its watchdog while the tab is hidden.
// Five legacy integrations, one per framework: a plain HTML page with an inline module script (01: an exact EU
// data-centre white-label origin const, `pageshow`/`pagehide` with `persisted`, a `beforeunload` prompt, the Navigation
// API, and the parsed event WHOLE in `history.replaceState`'s state, read back as `saved.transactionReference` on
// `pageshow`; the markup frame `allow="fullscreen; camera"` in that order, no flag); React Router 6 (02:
// `event.origin.endsWith(…)`, the parse typed by a same-file type alias, `useBlocker` with a leave dialog,
// `useBeforeUnload`, `navigate(…, { replace: true, state: { faceCheckReference: …, checkedAt: … } })`, a JSX frame keyed
// by `location.key`); Vue 3 `<script setup>` (03: `const { hostname } = new URL(event.origin)` then `endsWith(…)`,
// `onBeforeRouteLeave` confirming and detaching, `onBeforeRouteUpdate` opening a new session for another claim, 9200/9210
// starting a new session, a template frame with `:key="frameKey"` and no flag); Angular 17 (04: a tenant-free regex
// const, an arrow-property listener attached on `NavigationEnd` of its step and detached on `NavigationStart` and in
// `DestroyRef.onDestroy`, `router.navigate(…, { replaceUrl: true })` after success, 9836 listed in a const array the
// handler reads with `includes`, an inline-template frame in `@if (frameUrl(); as url)` with a spaced list and the flag);
// and SvelteKit 2 / Svelte 5 (05: an exact US white-label origin const, `$effect` attaching the listener,
// `beforeNavigate` cancelling, `afterNavigate` opening a new session on every arrival, `<svelte:document
// onvisibilitychange>` pausing the watchdog, `goto(…?transactionStatus=SUCCESS&transactionReference=${…}, {
// replaceState: true })` to the app's own summary page after success, a frame in `{:else if frameUrl}` without the flag).
// Plus 3 lookalikes (40-42) that must stay byte-identical, each in the very shape of a legacy integration: 01's page for
// an open-banking payment of the claim excess (another vendor's origin, `allow="payment"`), 03's Vue step already on
// KYX, and 04's Angular step for a video-identification call (another vendor's origin, camera and microphone).
// What the rules must do, from MIGRATION.md: "**Rewrites every read of `transactionReference` on the parsed event
// object** → `workflowExecutionId`", with "the member of a type annotation that describes the object (an inline type
// literal or an interface/type alias of the same file …)", and "Reads of other objects that merely have a field of that
// name are never touched"; "**Translates origin checks** from the legacy web client (`https://<prefix>.netverify.com`) to
// the KYX web client (`https://<prefix>.web.<region>.jumio.ai`) with the same strictness" (the table's rows are quoted at
// each file); "**Flags error code 9836** wherever the handler (or a helper it calls) compares with it or lists it (`===`,
// `switch`/`case`, `[…].includes`, lookup tables)"; "**Flags escapes**: when the whole parsed object is passed somewhere
// the rule cannot follow (…), one marker per handler says that its consumers must read `workflowExecutionId`"; "**Legacy
// redirect parameters in the handler's own links** (session 13): … `` goto(`/verify/done?transactionStatus=ERROR`) `` in
// a proven handler gets an item on the link (the event read in it is renamed as usual)"; and iframe-allow "adds what is
// missing and keeps everything already there: other features (…), allowlists (…), their order, the separator style (`;`
// or `; `) and a trailing `;`. Nothing is duplicated". What they must leave alone: every lifecycle and navigation line.
// MIGRATION.md's rules edit field reads, origins, types, allow lists and write markers; nothing in it touches
// `pageshow`/`pagehide`/`beforeunload`/`visibilitychange` listeners, `event.persisted`, `sendBeacon`, the Navigation API,
// router guards and blockers, `navigate`/`goto` options, `history.replaceState`, keys on frames or the watchdog — so
// every judgement below pins those lines as written (the listener's attach and detach calls included), and the messages
// that print `payload.metainfo.code` keep their text ("| 9100, 9200, 9210, 9300, 9400, 9800, 9801, 9810 | same | same
// |": only 9836 is flagged; 9821 changed meaning too, but MIGRATION.md flags 9836 alone).
// Region of an exact white-label origin: "the region of the legacy API host the repository's code calls … when exactly
// one region is found, else amer-1" — no file of this corpus calls a legacy API host (white-label web-client hosts are no
// API hosts, as rounds 44, 46 and 49 judged), so 05's US white-label origin becomes `https://fenwick.web.amer-1.jumio.ai`
// with the region item, and 01's `harrow.lon.netverify.com` becomes `.web.emea-1.` with none ("the host tells the
// region"). Notes ("`event.data` now also carries `accountId` and `customerInternalReference`") are report-only, not
// manual items. Item order: the order of their place in the file (round 43's note).
// JUDGEMENT CALLS (each also at its file): (1) 01's `history.replaceState({ ...history.state, faceCheck: data }, …)` puts
// the WHOLE parsed object into the history entry's state — "passed somewhere the rule cannot follow" (like round 42's
// relayed `{ ...data, relayedAt }` and MIGRATION.md's `worker.postMessage({ raw: event.data })`): one iframe-event-handler
// item, the call kept; the `pageshow` listener's `saved.transactionReference` reads `history.state.faceCheck`, "other
// objects that merely have a field of that name", and stays — the escape item is what sends a human there (a run that
// followed the history entry into that reader and renamed it would be better than judged; the judgement would move);
// (2) 05's one link carrying both legacy keys (`?transactionStatus=SUCCESS&transactionReference=${…}`) gets ONE item
// ("an item on the link"), its event read renamed, the keys kept (they are the app's own text, read by its summary page,
// which is also the redirect flow's successUrl — a human changes them together), and no rule rewrites the written
// `transactionStatus` ("Writing these names … is not reading them — except in tests and stories"); (3) 04's
// `NO_RETRY_CODES = [9821, 9836]`, read by the handler as `NO_RETRY_CODES.includes(code)`, is a lookup table the handler
// reads ("lists it (`===`, `switch`/`case`, `[…].includes`, lookup tables)"): one item for its 9836, the array kept; it
// is not "a table of the file that lists it beside at least three other Jumio error codes" (it has one), so there is no
// second, handler-independent item; (4) 02's `state: { faceCheckReference: …, checkedAt: … }` given to `navigate` and
// 04's reference given to `confirmFaceCheck(…)` are FIELDS of the event in the app's own objects: renamed, no escape.
// Judged by hand from the spec and MIGRATION.md BEFORE the codemod ran (the corpus and this file's judgements were
// written before the first run). Runs the round suite's parts directly (as rounds 18–49).
// First run (at the corpus commit): 19 tests, 19 passed; every diff and item read by hand. No defect: the lifecycle
// and navigation code (pageshow/pagehide, beforeunload, the Navigation API, router guards and events) byte-identical
// around the renames, the three lookalikes untouched.
import { resolve } from 'node:path';
import {
  frontendRoundCorpus, frontendRoundSuite, FULL_ALLOW, KYX_REGEX, SPACED_ALLOW,
  type JudgedExpectation,
} from '../support/frontend-holdout.js';

const DIR = resolve(import.meta.dirname, 'round50-frontend');
const corpus = frontendRoundCorpus(DIR);

type Expectation = JudgedExpectation;
const IEH = 'iframe-event-handler';

const EXPECT: Record<string, Expectation> = {
  // ── 01: plain HTML page — the back/forward cache, a beforeunload prompt, the Navigation API, history.state ──
  // The listener: the named `onFrameMessage` of the page's inline module script, attached with `window.addEventListener(
  // 'message', onFrameMessage)` inside the `pageshow` listener and removed inside the `pagehide` one ("**Finds `message`
  // listeners however they are attached**: `addEventListener('message', …)` on `window`"). The check compares with a
  // const holding the EU data centre's white-label origin: "| `origin === 'https://acme.lon.netverify.com'` (a
  // white-label web client under a data centre's host, hold-out round 17) | `'https://acme.web.emea-1.jumio.ai'`: that
  // data centre's region … | no — the host tells the region |" — translated, no item. The parse in a one-line try; the
  // read written into the form's hidden input is a field: renamed. The success branch then puts the WHOLE parsed object
  // into the history entry (`history.replaceState({ ...history.state, faceCheck: data }, …)`) — JUDGEMENT CALL (1): one
  // escape item naming `workflowExecutionId`, the call kept; the `pageshow` listener's `saved.transactionReference` (of
  // `history.state.faceCheck`) is another object's field and stays. The error path prints the code: no 9836. The frame:
  // "an iFrame on a page whose own scripts attach a **proven Jumio message handler** (… the page's inline scripts …)"
  // and the only one — its list `fullscreen; camera` completed keeping "their order, the separator style (`;` or `; `)",
  // the missing `allowfullscreen` added, `title`, `width`, `height` and `hidden` kept. The script's own DOM code on the
  // frame sets `src` and `hidden` only (iframe-allow's DOM case is "`el.setAttribute('allow', '…')`, `el.allow = '…'`,
  // …"): nothing added there. Every lifecycle line — `warnBeforeLeaving`, the `beforeunload` add and removes, `pageshow`
  // with `event.persisted` and the stale frame's `about:blank`, `pagehide` with `sendBeacon`, the Navigation API's
  // `navigate` cancelled through `event.preventDefault()` — comes out as written.
  '01-claim-payout.bfcache.html': {
    has: ["const FRAME_ORIGIN = 'https://harrow.web.emea-1.jumio.ai';",
      'if (event.origin !== FRAME_ORIGIN) return;',
      "try { data = JSON.parse(event.data); } catch (e) { return; }\n      if (data.payload.value === 'loaded') {",
      "      } else if (data.payload.value === 'success') {\n        referenceInput.value = data.workflowExecutionId;",
      "history.replaceState({ ...history.state, faceCheck: data }, '', location.pathname + '?step=payout');\n        showVerified();\n        document.getElementById('payout-form').submit();",
      "statusLine.textContent = 'The face check stopped (code ' + data.payload.metainfo.code + '). Please reload the page.';",
      '    function warnBeforeLeaving(event) {\n      event.preventDefault();\n      event.returnValue = \'\';\n    }',
      "      checking = false;\n      window.removeEventListener('beforeunload', warnBeforeLeaving);\n      frame.hidden = true;",
      "      frame.src = frameUrl;\n      frame.hidden = false;\n      checking = true;\n      window.addEventListener('beforeunload', warnBeforeLeaving);",
      "    window.addEventListener('pageshow', (event) => {\n      window.addEventListener('message', onFrameMessage);\n      const saved = history.state && history.state.faceCheck;\n      if (saved) {\n        referenceInput.value = saved.transactionReference;\n        showVerified();\n      } else if (!event.persisted) {\n        startFaceCheck();\n      } else if (checking) {",
      "        frame.src = 'about:blank';\n        startFaceCheck();",
      "    window.addEventListener('pagehide', (event) => {\n      window.removeEventListener('message', onFrameMessage);",
      "if (checking && !event.persisted) navigator.sendBeacon(`/claims/api/${claimId}/face-check/abandon`);",
      "      window.navigation.addEventListener('navigate', (event) => {\n        if (!checking || !event.cancelable || event.hashChange || event.downloadRequest !== null) return;\n        if (!window.confirm('Leave the face check? Your claim is paid out only once it is done.')) event.preventDefault();",
      '<iframe id="face-frame" title="Face check before the payout" width="100%" height="620" allow="fullscreen; camera; accelerometer; gyroscope; magnetometer"',
      'allowfullscreen',
      '<input type="hidden" name="faceCheckReference" id="face-check-reference">'],
    lacks: ['data.transactionReference', 'harrow.lon.netverify.com', 'allow="fullscreen; camera"', 'amer-1', 'apac-1'],
    manual: [IEH], manualMentions: ['workflowExecutionId'],
  },

  // ── 02: React Router 6 — useBlocker with a leave dialog, useBeforeUnload, navigate with state, a frame keyed by entry ──
  // "React `useEffect` (with cleanup)" attaches the named `onMessage`; its check: "| `origin.endsWith('.netverify.com')`, …
  // | same call with `'.jumio.ai'` / `'jumio.ai'` | no — domain for domain |". The parse goes into a `let` typed by the
  // same-file type alias: its member is renamed ("an interface/type alias of the same file"). The reads handed to
  // `navigate(…, { replace: true, state: { faceCheckReference: …, checkedAt: … } })` are fields of the event in the app's
  // own object — JUDGEMENT CALL (4): renamed, no escape; `dateTime` is kept on KYX ("| `authorizationToken`, `eventType`,
  // `dateTime`, `payload` | same |"). The error path only stores the code: no 9836, no item. The JSX frame: "JSX frames:
  // the page-handler proof needs the handler in the same file" — the KYX list in place, `allowFullScreen` already there
  // ("Nothing is duplicated"), `key={location.key}` kept. Untouched lifecycle: the `checking` ref, `useBlocker`'s
  // callback, `useBeforeUnload(useCallback(…))`, the leave dialog's `blocker.proceed()` / `blocker.reset()`.
  '02-PayeeFaceCheck.blocker.tsx': {
    has: ["if (!event.origin.endsWith('.jumio.ai')) return;",
      '  authorizationToken: string;\n  workflowExecutionId: string;\n  dateTime: string;',
      '        message = JSON.parse(event.data);',
      "        checking.current = false;\n        setPhase('verified');\n        navigate(`/payees/new/${payeeDraftId}/confirm`, {\n          replace: true,\n          state: { faceCheckReference: message.workflowExecutionId, checkedAt: message.dateTime },\n        });",
      "        setErrorCode(message.payload.metainfo?.code ?? null);",
      '  const blocker = useBlocker(\n    ({ currentLocation, nextLocation }) => checking.current && currentLocation.pathname !== nextLocation.pathname,\n  );',
      "  useBeforeUnload(\n    useCallback((event: BeforeUnloadEvent) => {\n      if (!checking.current) return;\n      event.preventDefault();\n      event.returnValue = '';\n    }, []),\n  );",
      "    window.addEventListener('message', onMessage);\n    return () => window.removeEventListener('message', onMessage);\n  }, [navigate, payeeDraftId]);",
      `<iframe key={location.key} src={frameUrl} title="Face check for the new payee" allow="${FULL_ALLOW}" allowFullScreen />`,
      "{blocker.state === 'blocked' && (",
      '<button type="button" onClick={() => blocker.proceed()}>',
      '<button type="button" onClick={() => blocker.reset()}>'],
    lacks: ['transactionReference', 'netverify.com', 'allow="camera;fullscreen"', 'allowFullScreen allowFullScreen'],
    manual: [],
  },

  // ── 03: Vue 3 <script setup> — onBeforeRouteLeave confirming and detaching, a new frame on every route (re-)entry ──
  // "the Composition API (`onMounted(() => window.addEventListener(…))`)" attaches `onFrameMessage`; its check reads the
  // destructured host: "an origin check on `new URL(event.origin)`'s destructured host (`const { host } = new
  // URL(event.origin)`, also `hostname`) is translated like `new URL(origin).hostname`" (round 13), i.e. "| … `new
  // URL(origin).hostname.endsWith(…)` … | same call with `'.jumio.ai'` … | no |". The parse asserted `as` the same-file
  // type alias (member renamed); the read handed to the Pinia action is a field: renamed. The error path compares the
  // code with 9200 and 9210 only ("| 9100, 9200, 9210, … | same | same |") and opens a new session: no item, kept. The
  // route guards read `to.params` only — nothing landing-page-params reads ("a Vue / Nuxt page's own route guards read
  // the query … `to` of … `onBeforeRouteUpdate` / `onBeforeRouteLeave`" applies to `to.query`, and this page reads no
  // redirect parameter): kept. The template frame (`v-if`, `:key="frameKey"`, `:src` bound, `allow="camera;fullscreen"`,
  // no flag) on "a page whose own scripts attach a **proven Jumio message handler** (… the `.vue` component's script
  // …)": the KYX list and `allowfullscreen` added, the bindings kept. Untouched lifecycle: `frameKey.value += 1`,
  // `onBeforeRouteUpdate`, `onBeforeRouteLeave` with `window.confirm` / `return false` and the detach, `onBeforeUnmount`.
  '03-ClaimFaceCheck.route-leave.vue': {
    has: ['  const { hostname } = new URL(event.origin);\n  if (!hostname.endsWith(\'.jumio.ai\')) return;',
      '  authorizationToken: string;\n  workflowExecutionId: string;\n  eventType: number;',
      'const message = JSON.parse(event.data) as NetverifyMessage;',
      "      state.value = 'done';\n      claims.recordFaceCheck(route.params.claimId as string, message.workflowExecutionId);\n      router.replace({ name: 'claim-payout', params: { claimId: route.params.claimId } });",
      "      const code = message.payload.metainfo?.code;\n      // 9200/9210: the session expired while the claimant was away from the tab — quietly start a new one.\n      if (code === 9200 || code === 9210) {\n        void openSession(route.params.claimId as string);",
      '  frameKey.value += 1; // the web client never gets a second URL in the same frame\n  frameUrl.value = data.frameUrl;',
      "onMounted(() => {\n  window.addEventListener('message', onFrameMessage);\n  void openSession(route.params.claimId as string);\n});",
      'onBeforeRouteUpdate((to) => {\n  if (to.params.claimId !== route.params.claimId) void openSession(to.params.claimId as string);\n});',
      "onBeforeRouteLeave(() => {\n  if (state.value === 'capturing' && !window.confirm('Leave the face check? The payout waits until it is done.')) {\n    return false;\n  }\n  window.removeEventListener('message', onFrameMessage);\n});",
      "onBeforeUnmount(() => window.removeEventListener('message', onFrameMessage));",
      '      v-if="frameUrl && state !== \'failed\'"\n      :key="frameKey"\n      :src="frameUrl"\n      class="claim-face-check__frame"\n      title="Face check for your claim payout"\n      allow="' + FULL_ALLOW + '"',
      'allowfullscreen'],
    lacks: ['transactionReference', 'netverify.com', 'allow="camera;fullscreen"\n'],
    manual: [],
  },

  // ── 04: Angular 17 — the listener attached on NavigationEnd, detached on NavigationStart and by DestroyRef ──
  // "class methods, bound (…) or arrow properties": the private arrow property `onFrameMessage`, attached with
  // `window.addEventListener('message', this.onFrameMessage)` inside the `router.events` subscriber. The check is a
  // tenant-free regex in a const: "| regex `/…[a-z0-9-]+\.netverify\.com$/`, … | `…\.web\.(?:amer-1|emea-1|apac-1)\.jumio\
  // .ai…` (tenant label kept, any region) | no |". The parse goes into a `let` typed by the same-file interface (member
  // renamed); the read handed to `this.mandates.confirmFaceCheck(…)` is a field (JUDGEMENT CALL (4)): renamed. The 9836:
  // `NO_RETRY_CODES = [9821, 9836]`, read in the handler as `NO_RETRY_CODES.includes(code)` — JUDGEMENT CALL (3): one
  // item naming 9835 ("the legacy meaning (*no acceptable submission in 3 attempts*) is now 9835"), the array and the
  // comment above it kept; 9821 is not flagged ("Flags error code 9836"). The inline template's frame ("an `<iframe>` in
  // a component's inline template (Angular ``@Component({ template: `…` })`` …) in a file with a proven handler: edited
  // like a page's markup when the literal has no escapes"): the list completed in its `; ` style, `allowfullscreen`
  // kept, `[src]="url"` of `@if (frameUrl(); as url)` kept. Untouched lifecycle: the `router.events` pipe with its type
  // predicate and `takeUntilDestroyed()`, the detach on `NavigationStart`, the attach and `openSession()` on
  // `NavigationEnd` of the step, `destroyRef.onDestroy`, `router.navigate([…], { replaceUrl: true })`.
  '04-mandate-face-check.router-events.component.ts': {
    has: [`const WEB_CLIENT_ORIGIN = /^https:\\/\\/[a-z0-9-]+${KYX_REGEX}$/;`,
      'if (!WEB_CLIENT_ORIGIN.test(event.origin)) return;',
      '  authorizationToken: string;\n  workflowExecutionId: string;\n  eventType: number;',
      '      message = JSON.parse(event.data);',
      "this.mandates.confirmFaceCheck(this.mandateId(), message.workflowExecutionId).subscribe(() => {\n        void this.router.navigate(['/mandates', this.mandateId(), 'sign'], { replaceUrl: true });\n      });",
      'const NO_RETRY_CODES: readonly number[] = [9821, 9836];',
      "      const code = message.payload.metainfo?.code ?? 0;\n      this.errorCode.set(code);",
      "this.state.set(NO_RETRY_CODES.includes(code) ? 'locked' : 'failed');",
      "        if (e instanceof NavigationStart) {\n          window.removeEventListener('message', this.onFrameMessage);\n          this.frameUrl.set(null);\n        } else if (e.urlAfterRedirects.endsWith('/face-check')) {\n          window.addEventListener('message', this.onFrameMessage);\n          this.openSession();\n        }",
      "filter((e): e is NavigationStart | NavigationEnd => e instanceof NavigationStart || e instanceof NavigationEnd),\n        takeUntilDestroyed(),",
      "    this.destroyRef.onDestroy(() => window.removeEventListener('message', this.onFrameMessage));",
      `<iframe [src]="url" class="mandate-face-check__frame" title="Face check before signing" allow="${SPACED_ALLOW}" allowfullscreen></iframe>`],
    lacks: ['transactionReference', 'netverify\\.com', 'allow="camera; fullscreen"', 'allowfullscreen allowfullscreen'],
    manual: [IEH], manualMentions: ['9835'],
  },

  // ── 05: SvelteKit 2 / Svelte 5 — beforeNavigate / afterNavigate, a visibility-paused watchdog, goto after success ──
  // "listeners added in `onMount(() => …)` or a Svelte 5 `$effect(() => …)` are ordinary `addEventListener` calls":
  // `onMessage` attached in an `$effect` with its cleanup. The check compares with a const holding the US white-label
  // origin: "| `origin === 'https://acme.netverify.com'`, …, a same-file constant holding it, … |
  // `'https://acme.web.<region>.jumio.ai'`: the region of the legacy API host the repository's code calls … when exactly
  // one region is found, else amer-1 | **yes**: … the marker says where the region came from, names the other regions'
  // hosts …" — `https://fenwick.web.amer-1.jumio.ai` and one region item. The parse goes into a `let` typed by the
  // same-file interface (member renamed). On success the handler navigates to the app's own summary page with the legacy
  // KEYS in the link (`?transactionStatus=SUCCESS&transactionReference=${encodeURIComponent(message.transactionReference)}`):
  // "**Legacy redirect parameters in the handler's own links** … `` goto(`/verify/done?transactionStatus=ERROR`) `` in a
  // proven handler gets an item on the link (the event read in it is renamed as usual)" — JUDGEMENT CALL (2): the read
  // renamed, the keys and `{ replaceState: true }` kept, ONE item for the link. The error path stores the code: no 9836.
  // The frame in `{:else if frameUrl}`: "`.svelte` components (scripts and markup: `allow="…"` … are edited" on a
  // component with a proven handler — the KYX list, `allowfullscreen` added, `class` and `title` kept. Untouched
  // lifecycle: `frameUrl = null` before each session, the watchdog armed only while `document.visibilityState` is not
  // hidden, `<svelte:document onvisibilitychange={onVisibilityChange} />`, `beforeNavigate` with `cancel()` /
  // `willUnload` / `confirm(…)`, `afterNavigate` opening a new session.
  '05-TransferFaceCheck.before-navigate.svelte': {
    has: ["const WEB_CLIENT_ORIGIN = 'https://fenwick.web.amer-1.jumio.ai';",
      'if (event.origin !== WEB_CLIENT_ORIGIN) return;',
      '    authorizationToken: string;\n    workflowExecutionId: string;\n    eventType: number;',
      '      message = JSON.parse(event.data);',
      "goto(`/transfers/${page.params.transferId}/summary?transactionStatus=SUCCESS&transactionReference=${encodeURIComponent(message.workflowExecutionId)}`, { replaceState: true });",
      "      phase = 'failed';\n      failureCode = message.payload.metainfo?.code ?? null;",
      "    frameUrl = null; // {#if} drops the old frame; the new URL gets a new one\n    phase = 'starting';",
      "    clearTimeout(stallTimer);\n    if (phase !== 'loading' || document.visibilityState === 'hidden') return;\n    stallTimer = setTimeout(() => (phase = 'stalled'), STALL_AFTER_MS);",
      "  function onVisibilityChange() {\n    if (document.visibilityState === 'hidden') clearTimeout(stallTimer);\n    else armWatchdog();\n  }",
      "  $effect(() => {\n    window.addEventListener('message', onMessage);\n    return () => window.removeEventListener('message', onMessage);\n  });",
      "  beforeNavigate(({ cancel, willUnload }) => {\n    if (phase !== 'capturing') return;",
      "    if (willUnload || !confirm('Leave the face check? The transfer will not be sent.')) cancel();",
      '  afterNavigate(() => {\n    void openSession();\n  });',
      '<svelte:document onvisibilitychange={onVisibilityChange} />',
      `  {:else if frameUrl}\n    <iframe src={frameUrl} class="face-check__frame" title="Face check for this transfer" allow="${FULL_ALLOW}" allowfullscreen></iframe>`],
    lacks: ['message.transactionReference', '  transactionReference: string;', "'https://fenwick.netverify.com'",
      'allow="camera;fullscreen"'],
    manual: [IEH, IEH], manualMentions: ['fenwick.web.apac-1.jumio.ai'],
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
// 40 — 01's page for the claim EXCESS paid by bank through an open-banking provider (Brightpay Connect): the same inline
//      module script to the line — `pageshow` attaching the listener and reading `history.state.payment`, `persisted`
//      reloading the frame through `about:blank`, `pagehide` detaching it and sending the abandon beacon, the
//      `beforeunload` prompt added and removed, the Navigation API's `navigate` cancelled, the parsed event kept WHOLE in
//      `history.replaceState`'s state — and the same handler reading `data.transactionReference` and `data.payload.value`.
//      Its const holds the provider's origin: "An origin check against any other host (…) **vetoes** a handler with no
//      Jumio check, whatever fields it reads"; it compares `payload.value` with `'bank_selected'` / `'authorised'` /
//      `'rejected'` ("compares `payload.value` with a value Jumio never sends") and reads `payload.reason`, so tie-breaker
//      6 ("compares `payload.value` only with values Jumio sends") does not flag it either. Its frame asks for `payment`,
//      not `camera`, on a page with no proven handler: "Only iFrames proven to show the Jumio web client". No legacy host,
//      no error code.
// 41 — 03's Vue step already on KYX: `hostname.endsWith('.jumio.ai')` of the destructured `new URL(event.origin)`, a type
//      alias with `accountId`, `workflowExecutionId` and `customerInternalReference?`, the Pinia action given
//      `message.workflowExecutionId` and `message.accountId`, the same 9200/9210 restart and the same route guards. "A
//      handler **already on KYX** (reads `workflowExecutionId`, never `transactionReference`, checks no legacy origin)" has
//      nothing to rename or translate, and notes are only "for every proven handler not already on KYX". Its frame
//      already has the KYX list and `allowfullscreen`: "a complete list is left alone".
// 42 — 04's Angular step for a VIDEO-IDENTIFICATION call (Vidara): the same `router.events` pipe attaching the arrow
//      property on `NavigationEnd` of its step and detaching it on `NavigationStart` and in `DestroyRef.onDestroy`, the
//      same `@if (frameUrl(); as url)` frame, `router.navigate(…, { replaceUrl: true })` after the call, and a const list
//      of reasons read with `includes`. Its regex is `[a-z0-9-]+\.vidara\.example` — another host, which vetoes — and it
//      reads `message.type`, `message.status`, `message.sessionId`, `message.reason`, keys Jumio never sends (and neither
//      `transactionReference` nor `payload.value`, so tie-breaker 6 does not apply). Its frame (`camera; microphone;
//      fullscreen; display-capture` with the flag) is on a component with no proven handler: "Only iFrames proven to show
//      the Jumio web client", and "The `allow` list alone is never a Jumio signal". No legacy host, no error code.
frontendRoundSuite('hold-out round 50: front-end rules on unseen code, page lifecycle and navigation around the web client\'s frame', DIR, corpus, {
  expected: EXPECT, gaps: GAPS, unparsedLegacy: UNPARSED_LEGACY, lookalikeGaps: LOOKALIKE_GAPS,
  counts: { untouched: 3, files: 8, unparsed: 0 },
});
