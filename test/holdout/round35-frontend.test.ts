// Hold-out round 35 for the front-end rules (iframe-event-handler, iframe-allow, landing-page-params,
// web-client-host, legacy-endpoint on pages). test/holdout/round35-frontend/ was written from the spec
// (real-world-legacy-code.md §2.7, §2.8, §2.10) and MIGRATION.md without reading the rules. Where round 34 weighed
// embedding contexts, round 35 weighs the REDIRECT LANDING PAGES in the ROUTING CONSTRUCTS that read them before a
// page renders: a route guard, a resolver, a client loader, a validated search schema, a service worker's route, a
// hash router — so that the query the web client appends to the success/error URL is read by the router's code, not by
// a component, in shapes earlier rounds (a global `beforeEach`, an inline `beforeEnter`, `route.queryParamMap.get` in a
// ResolveFn, `new URL(request.url).searchParams` in a clientLoader, zod `validateSearch`, a service worker's `fetch`
// listener, `location.hash.split('?')[1]`) did not take. Six landing files and two frame files of the same apps: a Vue
// Router 4 app on HASH HISTORY (the query sits after the fragment's path) whose return route's `beforeEnter` is an
// ARRAY holding a named guard typed `(to: RouteLocationNormalized)`, which destructures `to.query` with aliases
// (`transactionStatus: status`) and compares `Number(errorCode) === 9836`; that app's identity step, a `<script setup>`
// component cached by `<KeepAlive>` that attaches its handler in `onActivated` and removes it in `onDeactivated`, the
// origin's hostname taken in a try/catch and tested with a tenant regex const, the parse typed by a same-file interface,
// its template frame `camera;fullscreen` without the flag; an Angular routes file whose functional `CanActivateFn`
// DESTRUCTURES its parameter (`({ queryParamMap }) => queryParamMap.has(…) && queryParamMap.has(…)`) and whose
// `ResolveFn<IdentityOutcome>` keeps `route.queryParamMap` in a const, confirms the outcome with the app's API through
// rxjs and compares `code === '9836'`; a React Router 7 route module whose `clientLoader` destructures `const {
// searchParams } = new URL(request.url)`, throws `redirect()` on `Number(errorCode) === 9836`, sets
// `clientLoader.hydrate`, and whose component compares the app's own check state with `'approved'` (not the redirect's
// status); a TanStack Router file route whose `validateSearch` is an inline VALIBOT object (a Standard Schema:
// `v.fallback(v.picklist(…))`, `v.pipe(v.string(), v.uuid())`) read through `useSearch({ from: '/identity/done' })`
// as members; a Workbox service worker whose `registerRoute` handler takes the navigation's `url` from its options
// (`async ({ url }) => url.searchParams.get(…)`), keeps the outcome in IndexedDB, posts it to the open windows and
// serves the precached shell; a framework-free hash router (`hashchange`) splitting `location.hash` with array
// destructuring into a path and a `search` handed to `new URLSearchParams(search)`, switching on the path and dropping
// the outcome from the address bar with `history.replaceState`; and that React Router app's identity step, whose
// handler compares the origin with the frame URL's own origin (`new URL(frameUrl).origin`, no host written: proven by
// its fields) and posts the fields to the route's `clientAction` with a fetcher, its JSX frame `camera;fullscreen`
// without the flag. Plus 5 lookalikes (40-44) that must stay byte-identical, each in the very shape of a legacy file:
// a card processor's return in the hash-history guard (`status` / `transactionId` and the processor's lone
// `transactionReference`, 01), an OAuth callback's guard and resolver (`code`, `state`, `error`, 03), the clientLoader
// already on KYX (`acquisitionStatus`, `workflowExecutionId`, `accountId`, KYX's 9836, 04), a card-payment return in the
// Workbox route (the pair compared with `'AUTHORISED'`, 06), and an open-banking transfer return in the hash router (the
// pair compared with `'SUCCESS'`, transfer words, no identity word, 07).
// Judged by hand from the spec and MIGRATION.md BEFORE the codemod ran (the corpus and this file's judgements were
// written before the first run). Runs the round suite's parts directly (as rounds 18–34).
// First run (at f66e19a, the corpus and judgements committed before it): 29 tests, 28 passed, 1 failed; all 5
// lookalikes byte-identical; every diff read by hand, no judgement corrected. The failure was a DEFECT, fixed in the
// same session with a fixture red without it: the Angular `CanActivateFn` that destructures `({ queryParamMap })` was
// not read as a query, so the guard kept `has('transactionStatus')` / `has('transactionReference')` — migrated, it
// would turn every KYX return away before the (renamed) resolver ran (03; landing-page-params/query-reads.ts; fixture
// landing-page-params/angular-guard-destructured-query-map). After the fix: all passed, no known gap.
import { resolve } from 'node:path';
import {
  frontendRoundCorpus, frontendRoundSuite, FULL_ALLOW, KYX_REGEX,
  type JudgedExpectation,
} from '../support/frontend-holdout.js';

const DIR = resolve(import.meta.dirname, 'round35-frontend');
const corpus = frontendRoundCorpus(DIR);

type Expectation = JudgedExpectation;
const LPP = 'landing-page-params';

const EXPECT: Record<string, Expectation> = {
  // Vue Router on hash history: the router parses the query written after the fragment's path into the route's query,
  // so `to.query` is the redirect's query whatever the history. The return route's own guard (`beforeEnter: [guard]`,
  // a named function of the file) reads "the query the page renders with" (seventeenth-session additions: "a Vue /
  // Nuxt page's own route guards … `to` of …"; rounds 14 and 21 judged a global guard's and an inline `beforeEnter`'s
  // `to.query` so). It reads `transactionStatus` "together with `transactionReference` from the same query object",
  // compares the status with 'SUCCESS' only, in identity words: renamed, and "`const { transactionStatus } =
  // router.query` becomes `const { acquisitionStatus: transactionStatus } = router.query`, so local names stay" — here
  // the aliases `status` / `reference` stay. `errorCode` stays; "A converted landing-page value … `Number(errorCode) ===
  // 9836` … [is a comparison] of the parameter": the 9836 item (legacy meaning 9835). The shared `requireSession`
  // guard reads `to.fullPath` only.
  '01-router.hash-history.ts': {
    has: ['const { acquisitionStatus: status, workflowExecutionId: reference, errorCode } = to.query;',
      "if (Number(errorCode) === 9836) return { name: 'identity-locked' };", "if (status !== 'SUCCESS' || typeof reference !== 'string') {",
      'beforeEnter: [recordIdentityOutcome],', 'history: createWebHashHistory(),'],
    lacks: ['transactionStatus: status', 'transactionReference: reference'], manual: [LPP], manualMentions: ['9835'],
  },
  // The identity step. `onActivated` / `onDeactivated` are Vue lifecycle hooks like `onMounted`: "the Composition API
  // (`onMounted(() => window.addEventListener(…))`)" — an ordinary `addEventListener` call wherever it sits. The origin's
  // host is assigned in a `try` to a variable declared before it ("the origin's host assigned in a `try` to a variable
  // declared before it [is] translated", rounds 18–21) and tested with a regex const (guards read "through … const
  // aliases"): "regex `/…[a-z0-9-]+\.netverify\.com$/` … → `…\.web\.(?:amer-1|emea-1|apac-1)\.jumio\.ai…` (tenant label
  // kept, any region)", no item. The parse annotated with a same-file interface: its member renamed with the reads
  // ("the member of a type annotation that describes the object"); the reads handed to the store's methods are fields,
  // no escape; the app's own `route.query.retry` is no redirect parameter. The template frame of the component with the
  // proven handler: the KYX list and the flag.
  '02-IdentityStep.keep-alive.vue': {
    has: ['const WEB_CLIENT_HOST = /^[a-z0-9-]+' + KYX_REGEX + '$/;', 'if (!WEB_CLIENT_HOST.test(host)) return;',
      '  authorizationToken: string;\n  workflowExecutionId: string;\n  eventType: number;',
      'identity.markSubmitted(data.workflowExecutionId);', 'identity.markFailed(data.workflowExecutionId, data.payload.metainfo?.code);',
      "window.addEventListener('message', onFrameMessage);", `allow="${FULL_ALLOW}"`, 'allowfullscreen',
      "retry: route.query.retry === '1'"],
    lacks: ['transactionReference', '\\.netverify\\.com', 'allow="camera;fullscreen"'], manual: [],
  },
  // Angular routes file. Both functions read "Angular `queryParamMap`" (landing-page-params' URLSearchParams list, "read
  // with `get`/`has`/`getAll`"), each the pair from its own query object, in identity words, the status compared with
  // 'SUCCESS' only: renamed. AMBIGUOUS, judged: MIGRATION.md does not spell a `CanActivateFn` that destructures its
  // parameter (`({ queryParamMap }) => …`); the name is the route snapshot's `queryParamMap` all the same, and I relied on
  // the proof's "reads `transactionStatus` together with `transactionReference` from the same query object" — the guard,
  // left, would turn every KYX return back to /identity before the resolver runs. The resolver keeps `route.queryParamMap`
  // in a const (as "kept in a class field … read as `this.query.get(…)`"). `code === '9836'` through the local holding
  // `get('errorCode')`: the 9836 item (as round 32 judged `var errorCode = params.get('errorCode')`). The route config
  // and the confirmation's rxjs pipe hold no parameter name.
  '03-identity-return.routes.ts': {
    has: ["queryParamMap.has('acquisitionStatus') && queryParamMap.has('workflowExecutionId')",
      "const reference = query.get('workflowExecutionId');", "const code = query.get('errorCode');",
      "if (query.get('acquisitionStatus') !== 'SUCCESS' || !reference) {",
      "return of<IdentityOutcome>({ kind: 'failed', reference, code, retryLater: code === '9836' });",
      'resolve: { outcome: identityOutcomeResolver },'],
    lacks: ["'transactionStatus'", "'transactionReference'"], manual: [LPP], manualMentions: ['9835'],
  },
  // React Router 7 route module: "its `loader({ request })` / `clientLoader` (`new URL(request.url).searchParams`) … read
  // one query object". The `searchParams` is destructured from that URL (the destructured `{ searchParams }` of `new
  // URL(Astro.request.url)` is in the same list): the pair, compared with 'SUCCESS' only, in identity words — renamed.
  // `Number(errorCode) === 9836` is "a converted landing-page value": the 9836 item. The component compares
  // `loaderData.state` — the app's API's check state, not the redirect's status (the loader returns it from `check`) —
  // with 'approved': no "status compared with a value Jumio never sends", so no payment page; kept as written.
  '04-identity.done.client-loader.tsx': {
    has: ['const { searchParams } = new URL(request.url);', "const status = searchParams.get('acquisitionStatus');",
      "const reference = searchParams.get('workflowExecutionId');", "const errorCode = searchParams.get('errorCode');",
      "if (Number(errorCode) === 9836) throw redirect('/identity/locked');",
      "<h1>{loaderData.state === 'approved' ? 'Identity verified' : 'Thanks, your documents are in review'}</h1>"],
    lacks: ["'transactionStatus'", "'transactionReference'"], manual: [LPP], manualMentions: ['9835'],
  },
  // TanStack Router: "`Route.useSearch()` / `useSearch({ from })`, read like a query object; the route's `validateSearch`
  // schema of the same file (`x.object({ transactionStatus: …, transactionReference: … })`, inline or through a const)
  // gets the same renames, since it would reject the KYX redirect otherwise" — here valibot's `v.object({…})`, inline.
  // The component reads the pair as members of `useSearch({ from: '/identity/done' })`, compares the status with 'ERROR'
  // only, in identity words: the reads and the schema's keys renamed, the values' validators kept. The app's own
  // messages table holds no 9836 (no item); `check` is the app's hook, not the status.
  '05-identity.done.tanstack-valibot.tsx': {
    has: ["acquisitionStatus: v.fallback(v.picklist(['SUCCESS', 'ERROR']), 'ERROR'),",
      'workflowExecutionId: v.optional(v.pipe(v.string(), v.uuid())),', 'errorCode: v.optional(v.string()),',
      'const check = useIdentityCheck(search.workflowExecutionId);', "if (search.acquisitionStatus === 'ERROR') {",
      '<ReferenceBadge reference={search.workflowExecutionId} />', 'RETURN_MESSAGES[search.errorCode]'],
    lacks: ['transactionStatus: v.', 'transactionReference: v.', 'search.transactionStatus', 'search.transactionReference'], manual: [],
  },
  // Workbox: the route handler's `url` is the navigation's URL (workbox-routing hands it over parsed), and its
  // `searchParams` a URLSearchParams read with `get` (landing-page-params' first list: "`new URLSearchParams(location.
  // search)`, `new URL(location.href).searchParams`, …"). AMBIGUOUS, judged: MIGRATION.md names no Workbox handler
  // (round 10 judged a service worker's `fetch` listener with `new URL(event.request.url).searchParams`); I relied on the
  // proof's "reads `transactionStatus` together with `transactionReference` from the same query object" — here one
  // `url.searchParams`, compared with 'SUCCESS' only, in identity words: renamed. `errorCode` stays; nothing compares
  // it. The values kept in IndexedDB and posted to the windows go under the app's own keys.
  '06-sw.identity-return.js': {
    has: ["const status = url.searchParams.get('acquisitionStatus');", "const reference = url.searchParams.get('workflowExecutionId');",
      "const errorCode = url.searchParams.get('errorCode');",
      "client.postMessage({ type: 'identity-return', verified: status === 'SUCCESS', reference });"],
    lacks: ["'transactionStatus'", "'transactionReference'"], manual: [],
  },
  // The hash router: `new URLSearchParams(search)`, `search` being the part of `location.hash` after `?` (as round 15
  // judged `new URLSearchParams(window.location.hash.split('?')[1] || '')`; here the split is array-destructured first).
  // The identity route's case reads the pair from that one object, compares the status with 'SUCCESS' only, in
  // identity words: renamed. `query.has('retry')` is the app's own parameter; the `replaceState` path holds no name.
  '07-app.hash-router.js': {
    has: ["const status = query.get('acquisitionStatus');", "const reference = query.get('workflowExecutionId');",
      "const errorCode = query.get('errorCode');", "renderIdentityStart(outlet, { retry: query.has('retry') });",
      "history.replaceState(null, '', '#/identity/done');"],
    lacks: ["'transactionStatus'", "'transactionReference'"], manual: [],
  },
  // The React Router app's identity step: "React `useEffect` (with cleanup)" attaching a function of the effect. The
  // origin is compared with a non-literal (`new URL(frameUrl).origin`): "A comparison with a non-literal such as
  // `window.location.origin` … is neither" proof nor veto, and it is left as written (nothing to translate). Tie-breaker
  // 3: it parses `event.data` (in try/catch) and scores transactionReference +1, payload.value +1, compared with
  // 'loaded' +1, payload.metainfo +2, the camera frame +1 — proven. The interface member (the `let data:` annotation)
  // and the read renamed; the fields given to the fetcher's `submit` are a new object's (no escape); the clientAction
  // reads the app's own form keys. "JSX frames: the page-handler proof needs the handler in the same file": the KYX list
  // and `allowFullScreen`.
  '08-identity.start.fetcher.tsx': {
    has: ['  authorizationToken: string;\n  workflowExecutionId: string;\n  eventType: number;', 'if (event.origin !== webClientOrigin) return;',
      "{ reference: data.workflowExecutionId, step: data.payload.value, code: String(data.payload.metainfo?.code ?? '') },",
      `allow="${FULL_ALLOW}"`, 'allowFullScreen', "await api.post('/identity/progress', { reference: form.get('reference'), step, code: form.get('code') });"],
    lacks: ['data.transactionReference', 'transactionReference: string', 'allow="camera;fullscreen"'], manual: [],
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

// The lookalikes (40-44), byte-identical with no item, judged from:
// 40 — 01's guard for a card processor's return: it reads the processor's `status` and `transactionId` and, under an
//      alias, a lone `transactionReference` (the merchant's reference), never `transactionStatus`, nor `errorCode` —
//      "A lone `transactionStatus` or `transactionReference` (payment return pages) is left alone" (and the status is
//      compared with 'AUTHORISED' / 'PENDING', values Jumio never sends).
// 41 — 03's guard and resolver for an OAuth callback: `code`, `state`, `error`, `error_description` — no redirect
//      parameter of either web client; nothing for any rule.
// 42 — 04's clientLoader already on KYX: only `acquisitionStatus`, `workflowExecutionId`, `accountId` and `errorCode`
//      read; "A page already on KYX (it reads only the KYX names) means KYX's 9836: it gets the item only while an
//      earlier run's marker stands above the comparison" — none stands above `Number(errorCode) === 9836`.
// 43 — 06's Workbox route for a card-payment return: the pair read from one `url.searchParams`, but "A page that
//      compares the status with a value Jumio never sends (`'APPROVED'`, `'DECLINED'`…) is a payment page: left alone"
//      (`status === 'AUTHORISED'`; the report note is no manual item; round 31's 42 judged a card return with order
//      words so).
// 44 — 07's hash router for an open-banking return: the pair compared with 'SUCCESS' only, but "A page whose scope names
//      another money movement (`transfer`, …, `payee`, …; also at the start of a camelCase name: …) and no identity check
//      (`jumio`, `kyc`, `identity`, `verification`, `verified`, …) is another provider's return page: left alone, without a
//      note" — the file holds no identity word at all.
frontendRoundSuite('hold-out round 35: front-end rules on unseen code, landing pages in routing constructs', DIR, corpus, {
  expected: EXPECT, gaps: GAPS, unparsedLegacy: UNPARSED_LEGACY, lookalikeGaps: LOOKALIKE_GAPS,
  counts: { untouched: 5, files: 13, unparsed: 0 },
});
