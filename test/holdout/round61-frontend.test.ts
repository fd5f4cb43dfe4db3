// Hold-out round 61 for the front-end rules (iframe-event-handler, iframe-allow, landing-page-params, web-client-host,
// legacy-endpoint on pages). test/holdout/round61-frontend/ was written from the spec (real-world-legacy-code.md §2.7
// — 2: "`event.data` is a JSON string …", 3: the guards that identify Jumio messages and the origin checks ("often **no
// origin check at all**"), 5: "the listener forwards to a global callback … The field access is therefore in a
// **different file** from the listener", 8: the iframe element itself and "`allow="camera;fullscreen;…"` … is not a Jumio
// signal on its own" —, §2.10 (`transactionReference` in payment code; "Mobile SDK code … is a different product"),
// §2.11 ("JS source **inside JS template-literal strings**"); jumio-api-facts.md §2.1 — "Required attributes: `allow=
// "camera;fullscreen" allowfullscreen`", "The client does not support WebViews (mobile table in L-AUTH)" —, §2.2 —
// "Logging works only when the client runs inside an iframe, not in a standalone tab" —, §5.4, §5.6) and MIGRATION.md
// without reading the rules. Where round 59 weighed the markup's formatting and round 60 the frame drawn in dialogs,
// portals and lazy UI, round 61 weighs THE WEB CLIENT HOSTED OUTSIDE AN ORDINARY PAGE: desktop shells, browser
// extensions and mobile hybrid shells that embed the legacy web client and RELAY its iFrame events to another process,
// a native layer or a service worker — an Electron PRELOAD (contextIsolation, sandbox) that attaches the listener inside
// `process.once('loaded', …)` and sends the posted string UNPARSED to the main process with `ipcRenderer.send(
// 'jumio-event', event.data)`, the page getting its API through `contextBridge.exposeInMainWorld`; a Manifest V3
// extension's SIDE PANEL (React) that frames the client and hands the WHOLE PARSED EVENT to the service worker inside
// `chrome.runtime.sendMessage({ type, event: data })`; a React Native screen whose `WebView` loads an HTML DOCUMENT
// WRITTEN IN A TEMPLATE LITERAL (`source={{ html: framePage(frameUrl), baseUrl }}`) that holds both the frame and a
// `<script>` relaying `e.data` to `window.ReactNativeWebView.postMessage`, with the screen's `onMessage` parsing
// `event.nativeEvent.data`; a hybrid page loaded by the native apps' web views that bridges the parsed event whole to iOS
// (`window.webkit.messageHandlers.jumio.postMessage(data)`) or Android (`window.JumioBridge.onEvent(JSON.stringify(
// data))`); an Ionic Angular + Capacitor page whose frame sits in an `<ion-modal>`'s `<ng-template>` in the page's
// `templateUrl` view (`05-identity.page.html`, Ionic's `.page` naming), its listener attached by the modal's
// `(willPresent)` and removed by `(didDismiss)`; and a Cordova app whose InAppBrowser opens the company's hosted frame
// page and INJECTS the listener with `executeScript({ code: RELAY_EVENTS })` on `loadstop`, the injected code posting
// `e.data` over `webkit.messageHandlers.cordova_iab` and the app's `iab.addEventListener('message', …)` parsing it. The
// questions at each file: which listeners are proven to be the web client's and renamed; what happens to events relayed
// whole (unparsed, or as the parsed object) to a native side or another process; what happens to listener code that is
// only a STRING; which frames get the KYX `allow` list.
// Earlier rounds already took (grep -rlF over test/holdout/round*-frontend*/, frontend*/ and round4-lookalikes/, test
// files included; round 61 excluded): `ipcRenderer`: 2 (round 4's 15 preload sending an object of FIELDS, and round
// 54's test quoting MIGRATION.md) — never the posted string itself; `contextBridge`: 1 (round 4's 15); `process.once`: 0;
// `<webview`: 2 (round 6's 09, a landing query read on `did-navigate`); `chrome.runtime.sendMessage`: 4 (round 14's 10
// content script and its wallet lookalike 47 sending FIELDS, round 34's 07 options page asking for the URL) — never the
// parsed object, never a side panel (`chrome.sidePanel` / "side panel": 0); `ReactNativeWebView.postMessage`: 6 (round
// 4's 13 `injectedJavaScript` relay and its lookalikes, round 17's 06 hybrid page sending fields) — `injectedJavaScript`:
// 2, `nativeEvent.data`: 5, `source={{ html`: 0 (every WebView loads a `uri`), no frame written inside a WebView's HTML
// string; `webkit.messageHandlers`: 1 (round 17's 06, an object of fields to a `kyc` handler), `JumioBridge` /
// `@JavascriptInterface`: 0, never the parsed object whole; `@capacitor`: 3 (round 17's 10, round 34's 06 and 44),
// `ion-modal`: 0, `ng-template`: 1 (round 3's 18, no frame), `.page.html`: 0 (the five `templateUrl` pairs are all
// `.component.html`); `InAppBrowser`: 4 (rounds 4 and 6: the landing URL caught on `loadstart`), `executeScript` /
// `cordova_iab` / `loadstop`: 0; `@tauri-apps`: 1 (round 18's 08 — Tauri is not taken again); `parent.postMessage(
// event.data`: 5 (round 34's 04 and round 54's 03 relays to a parent window). So this round adds: the unparsed string
// to another process, the parsed object whole to a service worker and to two native bridges, a frame and its relay
// both inside a WebView's HTML string, listener code injected by an in-app browser, and an Ionic `.page` view.
// Six legacy files (05 is a pair: the Ionic page's class and its view), six fictional companies: Saltcote Payroll's
// Electron preload (01), Hartsholme Brokerage's extension side panel (02), Brackenridge Motor Insurance's React Native
// claim screen (03), Culverden Credit Union's hybrid page (04), Penrose Mutual's Ionic page (05) and Oakhanger
// Lettings' Cordova app (06). Plus 3 lookalikes (40-42) that must stay byte-identical, each in the very shape of a legacy
// file: 04's hybrid page for ANOTHER IDENTITY VENDOR's capture frame (Veridex), 01's preload relay ALREADY ON KYX, and
// 06's InAppBrowser bridge for a CARD PAYMENT page (Cardstream).
// What decides, from MIGRATION.md: the listeners ("**Finds `message` listeners however they are attached**:
// `addEventListener('message', …)` on `window` …; never a worker, port, socket or channel"; "Listeners on anything but
// the window (workers, sockets, MQTT clients, `document`) are never considered"; "class methods, bound … or arrow
// properties"; "React `useEffect` (with cleanup)"); the proof ("An origin check against a legacy Jumio host … **proves**
// the handler on its own"; "An origin check against any other host … **vetoes** a handler with no Jumio check, whatever
// fields it reads"); the reads ("**Rewrites every read of `transactionReference` on the parsed event object** →
// `workflowExecutionId`", "the member of a type annotation that describes the object (… an interface/type alias of the
// same file …)"); the origins ("`origin.endsWith('.netverify.com')`, `includes`/`indexOf('netverify.com')`, `new
// URL(origin).hostname.endsWith(…)` … | same call with `'.jumio.ai'` / `'jumio.ai'` | no"; "an origin check on `new
// URL(event.origin)`'s destructured host (`const { host } = new URL(event.origin)`, also `hostname`) is translated like
// `new URL(origin).hostname`"; "regex `/…[a-z0-9-]+\.netverify\.com$/` … | `…\.web\.(?:amer-1|emea-1|apac-1)\.jumio\.ai…`
// … | no"; "`origin === 'https://acme.netverify.com'` … a same-file constant holding it … | `'https://acme.web.<region>.
// jumio.ai'`: the region of the legacy API host the repository's code calls … when exactly one region is found, else
// amer-1 | **yes**"); what leaves ("**Flags escapes**: when the whole parsed object is passed somewhere the rule cannot
// follow (a setter, `this.$emit`, `fetch(… JSON.stringify(data) …)`, an assignment to a property), one marker per handler
// says that its consumers must read `workflowExecutionId` … The posted string itself handed on unparsed (`worker.
// postMessage({ raw: event.data })`, `window.ReactNativeWebView.postMessage(e.data)`, `ipcRenderer.send(…, e.data)`) gets
// the same marker: whoever parses it there reads the renamed field"; "A handler already on KYX that hands its event on
// … now gets none"); strings ("JavaScript that sits *inside a string* … is flagged, never rewritten"; "**Flags JS inside
// strings**: a string or template literal whose content (substitutions replaced by placeholders; `<script>` blocks
// extracted when it is HTML) holds a proven Jumio handler gets one marker listing what to change by hand — also a relay
// that parses nothing (a React Native WebView's `injectedJavaScript` that checks the origin against the legacy host and
// forwards `e.data`)"); the frames ("`allow="camera;fullscreen;accelerometer;gyroscope;magnetometer"` and
// `allowfullscreen` (`allowFullScreen` in JSX …) … on every iFrame that shows the web client"; "an iFrame on a page whose
// own scripts attach a **proven Jumio message handler** …: the page's inline scripts, … and for an Angular
// `x.component.html` the component in `x.component.ts` that names it in `templateUrl`"; "JSX frames: the page-handler
// proof needs the handler in the same file"; "an `<iframe>` inside a JS string … whose `src` is a web-client URL or
// interpolates an initiate response, or whose markup holds the doc-sample handler: flagged on the line above the
// literal, never edited"; "Only iFrames proven to show the Jumio web client"; "The `allow` list alone is never a Jumio
// signal"); 9836 ("**Flags error code 9836** wherever the handler … compares with it or lists it (`===`, `switch`/`case`
// …)"). Notes ("`event.data` now also carries `accountId` and `customerInternalReference`") are report-only.
// JUDGEMENT CALLS (each also at its file; where MIGRATION.md is silent, the conservative reading):
// (1) 01: a relay that PARSES NOTHING. Its only Jumio signal is the origin check, which "**proves** the handler on its
//     own" (round 54's 03, a raw relay to the parent, was judged so). So the destructured `hostname` check is translated
//     and the posted string sent on with `ipcRenderer.send('jumio-event', event.data)` gets MIGRATION.md's marker, which
//     names that very call. The main process's `ipcMain` consumer is no part of the corpus (and no window listener).
// (2) 02, 04: the whole parsed object leaving. In 02 it leaves inside an object literal given to `chrome.runtime.
//     sendMessage({ type, event: data })` — "passed somewhere the rule cannot follow" as surely as `fetch(…
//     JSON.stringify(data) …)` — while the handler's own read (`setReference(data.transactionReference)`) is renamed: one
//     marker. In 04 it leaves twice in one handler (the iOS message handler, the Android interface's `JSON.stringify`):
//     "one marker per handler" — one escape item, beside the exact origin's region item.
// (3) 03, 06: the CONSUMER of a relay that is no window listener — the React Native `WebView`'s `onMessage` parsing
//     `event.nativeEvent.data`, the InAppBrowser's `iab.addEventListener('message', …)` parsing `params.data.raw`. "Listeners
//     on anything but the window … are never considered", and "A handler whose `event.data` is parsed by a helper … is not
//     proven (precision over recall)": their `transactionReference` reads are LEFT as written, with no item of their own;
//     the string's marker is where MIGRATION.md tells the human ("whoever parses it there reads the renamed field").
//     Renaming the consumer while the relay's legacy origin check stays in an unedited string would migrate half a flow.
// (4) 03: the frame INSIDE the WebView's HTML string. Its `src` interpolates a route parameter (no initiate response, no
//     web-client URL) and its markup holds a relay, not "the doc-sample handler". Read: the string's script is a proven
//     Jumio handler (rule 10 flags it as one), so the string is "a page whose own scripts attach a **proven Jumio message
//     handler**" and its frame is the web client's — iframe-allow flags the literal too ("flagged on the line above the
//     literal, never edited"). Left unflagged, the frame would keep `camera;fullscreen` and the KYX face capture would
//     fail with only the relay's item pointing nowhere near the `allow` list. Both markers stand above the `return` that
//     holds the literal; on the same line the items come in the engine's rule order (iframe-event-handler first).
// (5) 05: Ionic's `identity.page.ts` / `identity.page.html` pair. MIGRATION.md names "an Angular `x.component.html` the
//     component in `x.component.ts` that names it in `templateUrl`"; an Ionic page IS an Angular component whose
//     decorator names its view in `templateUrl` — the `.component` infix is the Angular CLI's habit, the link is the
//     decorator. Read: the view's frame is on a page whose component attaches a proven handler — the KYX list and the
//     flag, on the view's own run. The frame inside `<ion-modal>` / `<ng-template>` exists only while the modal is
//     presented: no runtime item (round 60's JUDGEMENT CALL (4): that item is for `createElement('iframe')`).
// (6) 41: the same raw relay ALREADY ON KYX (`hostname.endsWith('.jumio.ai')`) reads no field at all. MIGRATION.md's
//     "already on KYX" handler "reads `workflowExecutionId`, never `transactionReference`, checks no legacy origin"; this
//     one checks only the KYX origin and reads nothing legacy, and "A handler already on KYX that hands its event on …
//     now gets none" (round 42, `neg-kyx-handler-relays-event`): its consumer already gets KYX events. A marker there
//     could never be satisfied by any code change, so `--check` would stay red: byte-identical, no item.
// (7) 04: the exact origin's region is amer-1: no legacy API host is called anywhere in the corpus, so "else amer-1"; the
//     item names the other regions' hosts (`culverden.web.emea-1.jumio.ai`, as round 60's named `oriel.web.emea-1…`).
// (8) 03, 04, 06: jumio-api-facts.md §2.1 says the legacy client "does not support WebViews"; MIGRATION.md names no item
//     for a web client hosted in a WebView or an in-app browser, and the codemod migrates code, not support matrices:
//     no item for that alone.
// Judged by hand from the spec and MIGRATION.md BEFORE the codemod ran (the corpus and this file's judgements were
// written before the first run). Runs the round suite's parts directly (as rounds 18–60), plus a block of its own for
// the lines each output adds (a marker line per item, nothing else: every frame edit stays on its line) and for the
// two strings holding listener code (03, 06), which must come out byte for byte.
// First run (at the corpus commit, the lead, session 29): 25 tests, 22 passed; every diff and item read by hand. The
// Electron preload, the extension side panel, the hybrid bridge page, the Ionic page pair and the Cordova relay string as
// judged. FIXED: (1) lookalike 41, a preload that accepts only `.jumio.ai` and relays `event.data` over IPC, got the
// "passed on unparsed" marker — on code already on KYX, a marker no change could clear; a handler reading no event id
// and checking the KYX origin only is now already on KYX (iframe-event-handler/already-kyx.ts, plan.ts; fixtures
// `neg-kyx-origin-relays-raw-event`, `neg-kyx-origin-only-9836`). (2) 03's frame inside the WebView's HTML string, beside
// a relay checking `.netverify.com`, got no iframe-allow item — JUDGEMENT CALL (4) taken as the lead's decision:
// iframe-allow/string-frames.ts now reads a listener whose origin check names a Jumio host like the doc-sample handler,
// and markup written as a `'…' + x + '…'` chain as one string (fixtures `string-frame-origin-relay`,
// `neg-string-frame-other-vendor-relay`). One judgement slip: the order of two items on one line (the report lists them
// in the rules' registry order). 25/25.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  frontendRoundCorpus, frontendRoundSuite, FULL_ALLOW, KYX_REGEX,
  type JudgedExpectation,
} from '../support/frontend-holdout.js';

const DIR = resolve(import.meta.dirname, 'round61-frontend');
const corpus = frontendRoundCorpus(DIR);

type Expectation = JudgedExpectation;
const IEH = 'iframe-event-handler';
const IFA = 'iframe-allow';

/** MIGRATION.md's 9836 marker, verbatim from its fixture `try-catch-switch` (iframe-event-handler). */
const IEH_9836 = '// TODO(netverify-migrate): iframe-event-handler: error code 9836 changed meaning on KYX: it now means "authentication failure"; ' +
  'the legacy meaning ("no acceptable submission in 3 attempts") is 9835 — decide which of the two this code stands for here';

const EXPECT: Record<string, Expectation> = {
  // ── 01: Saltcote Payroll — Electron preload, the posted string sent unparsed to the main process ──
  // The listener is "`addEventListener('message', …)` on `window`" (inside `process.once('loaded', …)`: however it is
  // attached). Proven by its origin check alone (JUDGEMENT CALL (1)): "an origin check on `new URL(event.origin)`'s
  // destructured host (… also `hostname`) is translated like `new URL(origin).hostname`" → "same call with `'.jumio.ai'`
  // … | no". "The posted string itself handed on unparsed (… `ipcRenderer.send(…, e.data)`) gets the same marker: whoever
  // parses it there reads the renamed field": one item naming the call and `workflowExecutionId`; the call kept as
  // written. The `typeof` guard, the `IdentityApi` bridge and `contextBridge.exposeInMainWorld` untouched.
  '01-identity-preload.electron.ts': {
    has: ["const { hostname } = new URL(event.origin);\n    if (!hostname.endsWith('.jumio.ai')) return;\n",
      "ipcRenderer.send('jumio-event', event.data);\n  });\n});\n",
      "    if (typeof event.data !== 'string') return;\n",
      "  cancel: () => ipcRenderer.send('identity:cancel'),\n",
      "contextBridge.exposeInMainWorld('identity', identity);\n"],
    lacks: ["endsWith('.netverify.com')"],
    manual: [IEH], manualMentions: ['ipcRenderer.send', 'workflowExecutionId'],
  },

  // ── 02: Hartsholme Brokerage — MV3 side panel (React), the parsed event handed whole to the service worker ──
  // "React `useEffect` (with cleanup)": `onFrameMessage`, proven by the regex const ("regex `/…[a-z0-9-]+\.netverify\.com$/`
  // … | `…\.web\.(?:amer-1|emea-1|apac-1)\.jumio\.ai…` … | no", read "through … const aliases"). Its read handed to the
  // state setter is a field: renamed. The object itself inside `chrome.runtime.sendMessage({ type, event: data })`:
  // "**Flags escapes** … one marker per handler" (JUDGEMENT CALL (2)). The JSX frame: "JSX frames: the page-handler proof
  // needs the handler in the same file" — it is: the KYX list and "`allowFullScreen` in JSX" after it on its line. The
  // start request's `answer.frameUrl` is the extension's own message answer: kept.
  '02-IdentitySidePanel.extension.tsx': {
    has: ['const WEB_CLIENT_ORIGIN = /^https:\\/\\/[a-z0-9-]+' + KYX_REGEX + '$/;\n',
      '      if (!WEB_CLIENT_ORIGIN.test(event.origin)) return;\n      const data = JSON.parse(event.data);\n',
      "void chrome.runtime.sendMessage({ type: 'identity/event', event: data });\n",
      "        setReference(data.workflowExecutionId);\n        setPhase('done');\n",
      `        <iframe className="panel__frame" src={frameUrl} title="Identity check" allow="${FULL_ALLOW}" allowFullScreen />\n`,
      "      .sendMessage({ type: 'identity/start' })\n"],
    lacks: ['data.transactionReference', '\\.netverify\\.com', 'allow="camera;fullscreen" />', 'allowFullScreen allowFullScreen'],
    manual: [IEH], manualMentions: ['workflowExecutionId'],
  },

  // ── 03: Brackenridge Motor Insurance — React Native WebView loading an HTML document written in a template literal ──
  // The literal's `<script>` is "a relay that parses nothing (a React Native WebView's `injectedJavaScript` that checks
  // the origin against the legacy host and forwards `e.data`)", here inside HTML: "`<script>` blocks extracted when it is
  // HTML" — one iframe-event-handler marker, the string "never rewritten" (its `indexOf('.netverify.com')` and
  // `ReactNativeWebView.postMessage(e.data)` as written). JUDGEMENT CALL (4): the literal's frame is the web client's —
  // one iframe-allow marker, the `allow="camera;fullscreen"` in the string unedited. JUDGEMENT CALL (3): `onMessage`
  // parses `event.nativeEvent.data`, no window listener — its `data.transactionReference` read stays as written. No item
  // for the WebView itself (JUDGEMENT CALL (8)).
  '03-IdentityCheckScreen.rn-webview-html.tsx': {
    has: ["      if (e.origin.indexOf('.netverify.com') === -1) return;\n      window.ReactNativeWebView.postMessage(e.data);\n",
      '<iframe id="identity" src="${frameUrl}" style="border:0;width:100vw;height:100vh" allow="camera;fullscreen"></iframe>\n',
      "        navigation.replace('ClaimPayout', { claimId, identityReference: data.transactionReference });\n",
      "  const source = useMemo(() => ({ html: framePage(frameUrl), baseUrl: PAGE_BASE_URL }), [frameUrl]);\n",
      '      mediaCapturePermissionGrantType="grant"\n'],
    lacks: ['identityReference: data.workflowExecutionId', "indexOf('.jumio.ai')", 'magnetometer"></iframe>',
      'allowfullscreen></iframe>'],
    // The lead, first run: both markers stand above the same line, and the report lists a line's items in the rules'
    // registry order (iframe-allow before iframe-event-handler) — the order guessed here was a judgement slip.
    manual: [IFA, IEH], manualMentions: ['ReactNativeWebView.postMessage', 'workflowExecutionId'],
  },

  // ── 04: Culverden Credit Union — hybrid page, the parsed event bridged whole to iOS and Android ──
  // Proven by "`origin === 'https://acme.netverify.com'` … a same-file constant holding it … | `'https://acme.web.<region>.
  // jumio.ai'` … else amer-1 | **yes**": the const translated, one item naming the other regions (JUDGEMENT CALL (7)). The
  // object handed to `webkit.messageHandlers.jumio.postMessage(data)` and, stringified, to `JumioBridge.onEvent`: "one
  // marker per handler" (JUDGEMENT CALL (2)); both calls as written. The frame, no `src` in the markup (the script sets
  // it from the query): "an iFrame on a page whose own scripts attach a **proven Jumio message handler**" — the KYX list
  // and the flag on its line. The fallback paragraph and the bridge detection untouched; no WebView item (JUDGEMENT CALL
  // (8)).
  '04-identity-frame.hybrid-bridge.html': {
    has: ["    var JUMIO_ORIGIN = 'https://culverden.web.amer-1.jumio.ai';\n",
      '      if (event.origin !== JUMIO_ORIGIN) return;\n      var data = JSON.parse(event.data);\n',
      '        window.webkit.messageHandlers.jumio.postMessage(data);\n',
      '        window.JumioBridge.onEvent(JSON.stringify(data));\n',
      `  <iframe id="jumio-frame" title="Identity check" allow="${FULL_ALLOW}" allowfullscreen></iframe>\n`,
      "      frame.src = new URLSearchParams(location.search).get('u');\n"],
    lacks: ["var JUMIO_ORIGIN = 'https://culverden.netverify.com'", 'allow="camera;fullscreen">', 'allowfullscreen allowfullscreen'],
    manual: [IEH, IEH], manualMentions: ['culverden.web.emea-1.jumio.ai', 'workflowExecutionId'],
  },

  // ── 05 (component): Penrose Mutual — Ionic Angular page, the listener alive while the ion-modal is presented ──
  // An arrow property ("class methods, bound … or arrow properties") attached in `listen()` (the modal's `(willPresent)`)
  // and removed in `onDismissed()`. Proven by "`includes`/`indexOf('netverify.com')` … | same call with … `'jumio.ai'` |
  // no". "the member of a type annotation that describes the object (… an interface/type alias of the same file …)":
  // `WebClientEvent`'s member renamed with the read inside `this.zone.run(…)` (a field in the app's own query key
  // `identity`). "**Flags error code 9836** wherever the handler … compares with it or lists it (`===`, `switch`/`case`
  // …)": MIGRATION.md's marker above `case 9836:` at its indentation; 9200 / 9210 as written.
  '05-identity.page.ts': {
    has: ['  authorizationToken: string;\n  workflowExecutionId: string;\n  eventType: number;\n',
      "    if (!event.origin.includes('jumio.ai')) return;\n    const message: WebClientEvent = JSON.parse(event.data);\n",
      '          queryParams: { identity: message.workflowExecutionId },\n',
      '        case 9200:\n        case 9210:\n',
      '        ' + IEH_9836 + '\n        case 9836:\n',
      "    window.addEventListener('message', this.onFrameMessage);\n",
      "  templateUrl: './05-identity.page.html',\n"],
    lacks: ['message.transactionReference', '  transactionReference: string;', "includes('netverify.com')"],
    manual: [IEH], manualMentions: ['9835'],
  },

  // ── 05 (view): the page's template, the frame inside <ion-modal><ng-template> ──
  // JUDGEMENT CALL (5): the component that names this view in `templateUrl` attaches the proven handler — the KYX list
  // and the flag after it on the frame's line; `[src]="frameUrl"` (a sanitised URL of the app's API) and the modal's
  // bindings as written; no runtime item.
  '05-identity.page.html': {
    has: [`        <iframe class="identity-frame" [src]="frameUrl" title="Identity check" allow="${FULL_ALLOW}" allowfullscreen></iframe>\n`,
      '  <ion-modal [isOpen]="!!frameUrl" [backdropDismiss]="false" (willPresent)="listen()" (didDismiss)="onDismissed()">\n    <ng-template>\n'],
    lacks: ['allow="camera;fullscreen">', 'allowfullscreen allowfullscreen'],
    manual: [],
  },

  // ── 06: Oakhanger Lettings — Cordova InAppBrowser, the listener injected with executeScript ──
  // `RELAY_EVENTS` is a template literal holding a window listener that checks the origin against the legacy host and
  // forwards `e.data`: "**Flags JS inside strings** … — also a relay that parses nothing" — one marker, the string "never
  // rewritten". JUDGEMENT CALL (3): the InAppBrowser's `message` listener (`iab`, no window) parsing `params.data.raw`
  // keeps its reads; `executeScript({ code: RELAY_EVENTS })` on `loadstop` as written; no in-app-browser item
  // (JUDGEMENT CALL (8)).
  '06-identity-check.cordova-iab.js': {
    has: [String.raw`      if (!/\\.netverify\\.com$/.test(e.origin)) return;` + '\n',
      "      webkit.messageHandlers.cordova_iab.postMessage(JSON.stringify({ kind: 'identity', raw: e.data }));\n",
      '      iab.executeScript({ code: RELAY_EVENTS });\n',
      "        done(null, { verified: true, reference: data.transactionReference });\n"],
    lacks: ['reference: data.workflowExecutionId'],
    manual: [IEH], manualMentions: ['workflowExecutionId'],
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
// 40 — 04's hybrid page for Stourvale Building Society framing ANOTHER IDENTITY VENDOR's capture flow (Veridex): the same
//      comment, the same `camera;fullscreen` frame without `src`, the same listener parsing `event.data` and bridging the
//      object whole to `webkit.messageHandlers.idv` / `IdvBridge.onEvent(JSON.stringify(data))`. Its exact origin is
//      `https://stourvale.capture.veridex.example`: "An origin check against any other host … **vetoes** a handler with no
//      Jumio check, whatever fields it reads"; the frame is then on no Jumio page — "Only iFrames proven to show the Jumio
//      web client", "The `allow` list alone is never a Jumio signal". No Jumio host, word or field.
// 41 — 01's preload relay ALREADY ON KYX (Halyard Accounts): the same `process.once('loaded', …)` listener, the
//      destructured `hostname.endsWith('.jumio.ai')`, the same `ipcRenderer.send('jumio-event', event.data)` and bridge.
//      JUDGEMENT CALL (6): "A handler already on KYX that hands its event on … now gets none" — no marker, no note; no
//      legacy host anywhere.
// 42 — 06's InAppBrowser bridge for Pellow Energy's CARD PAYMENT page (Cardstream's hosted payment page): the same
//      `executeScript({ code: RELAY_EVENTS })` on `loadstop`, the same template literal posting `{ kind, raw: e.data }`
//      over `cordova_iab`, the same consumer reading `data.transactionReference` and `data.payload.value`. The string's
//      listener checks `/\.cardstream-pay\.example$/` (tie-breaker 2: veto — it holds no proven Jumio handler, so rule 10
//      has nothing to flag), the consumer is no window listener and compares `payload.value` with values Jumio never
//      sends (`'captured'`, `'declined'`); `transactionReference` is the payment's ("payment and banking code
//      everywhere").
frontendRoundSuite('hold-out round 61: front-end rules on unseen code, the web client hosted in desktop, extension and mobile shells', DIR, corpus, {
  expected: EXPECT, gaps: GAPS, unparsedLegacy: UNPARSED_LEGACY, lookalikeGaps: LOOKALIKE_GAPS,
  counts: { untouched: 3, files: 10, unparsed: 0 },
});

// The lines each output adds, which no `has` string can count: a marker line per manual item, nothing else (renames and
// origin translations stay on their lines; every frame edited here is a one-line tag, its flag on its line; the frames
// inside strings are not edited).
describe('hold-out round 61: the lines each migrated file adds', () => {
  const out = (f: string): string => corpus.runner.result(f).output;
  const input = (f: string): string => readFileSync(join(DIR, f), 'utf8');

  it('each output has the input\'s lines plus its marker lines, no more', () => {
    for (const [f, added] of [
      ['01-identity-preload.electron.ts', 1], // the hand-off marker
      ['02-IdentitySidePanel.extension.tsx', 1], // the escape marker
      ['03-IdentityCheckScreen.rn-webview-html.tsx', 2], // the string's handler and its frame
      ['04-identity-frame.hybrid-bridge.html', 2], // the region marker and the escape marker
      ['05-identity.page.ts', 1], // the 9836 marker
      ['05-identity.page.html', 0],
      ['06-identity-check.cordova-iab.js', 1], // the string's relay
    ] as const) {
      expect(out(f).split('\n').length, f).toBe(input(f).split('\n').length + added);
    }
  });

  it('the strings holding listener code are kept byte for byte (flagged, never rewritten)', () => {
    const literal = (text: string, start: string): string => {
      const from = text.indexOf(start);
      return text.slice(from, text.indexOf('`;', from + start.length) + 2);
    };
    for (const [f, start] of [
      ['03-IdentityCheckScreen.rn-webview-html.tsx', 'return `<!DOCTYPE html>'],
      ['06-identity-check.cordova-iab.js', 'var RELAY_EVENTS = `'],
    ] as const) {
      const before = literal(input(f), start);
      expect(before.length, f).toBeGreaterThan(start.length + 2);
      expect(literal(out(f), start), f).toBe(before);
    }
  });
});
