// Hold-out round 26 for the front-end rules (iframe-event-handler, iframe-allow, landing-page-params,
// web-client-host, legacy-endpoint on pages). test/holdout/round26-frontend/ was written from the spec
// (real-world-legacy-code.md §2.7, §2.8, §2.10) and MIGRATION.md without reading the rules. Like rounds 19–25 it weighs
// COMMON real-world shapes, written in ways rounds 2–25 have not: a plain script whose proven handler hands the parsed
// object to a same-file table of arrow actions by its `payload.value` (`actions[data.payload.value]?.(data)`), the
// table's functions reading the reference; a bare Node `http.createServer` landing route reading
// `new URLSearchParams(req.url.split('?')[1] ?? '')`; a Vue 3 `<script setup>` landing page that `watch`es
// `route.query.transactionStatus` and keeps the reference in a `computed`; a Next.js pages-router page reading
// `router.query` through an array-flattening helper after `router.isReady`; a Vue `<script setup>` frame listening with
// VueUse's `useEventListener(window, 'message', onMessage)` behind an exact-tenant regex const; a TypeScript listener
// whose parsed `unknown` is narrowed by an assertion function (`asserts x is FrameEvent`, `'transactionReference' in x`)
// behind `origin.includes('netverify.com')`; a plain landing script reading `new URL(document.URL).searchParams`; and a
// Preact component setting `window.onmessage` in `useEffect` (cleanup `= null`) with no origin check, proven by its
// fields. Plus 6 lookalikes (40-45) that must stay byte-identical, each in the very shape of a legacy file: a hosted
// card form's action table (01), a card-payment return on the bare Node server ('APPROVED' / 'DECLINED', 02), an order
// payment return watched in Vue ('AUTHORISED' / 'REFUSED', 03), a bank transfer return in Next.js ('SETTLED', 04), a
// Veriff frame with VueUse (05) and a checkout widget's assertion-function listener (06).
// Judged by hand from the spec and MIGRATION.md BEFORE the codemod ran (the corpus and this file's judgements were
// written before the first run). Runs the round suite's parts directly (as rounds 18–25).
// First run (at 7922f61, the corpus and judgements committed before it): 31 tests, 30 passed, 1 failed; all 8 legacy
// files as judged, 5 of the 6 lookalikes byte-identical; every diff read by hand, no judgement corrected. The failure
// was a DEFECT, fixed in the same session with a fixture red without it: a card-payment return page in Vue 3 watching
// `() => route.query.transactionStatus` and comparing the watch callback's `status` with 'AUTHORISED' / 'REFUSED' was
// renamed as a Jumio landing page — the values a `watch` callback's first parameter is compared with now count
// (42; landing-page-params/compared-values.ts watchedValueUses; fixture neg-vue-watch-payment-return). After the fix:
// 31 passed, no known gap.
import { resolve } from 'node:path';
import {
  frontendRoundCorpus, frontendRoundSuite, KYX_REGEX,
  type JudgedExpectation,
} from '../support/frontend-holdout.js';

const DIR = resolve(import.meta.dirname, 'round26-frontend');
const corpus = frontendRoundCorpus(DIR);

type Expectation = JudgedExpectation;

const EXPECT: Record<string, Expectation> = {
  // `addEventListener('message', …)` on `window`; `endsWith('.netverify.com')` is domain for domain (origin table, no
  // item). The parsed object is followed "into each function of a same-file dispatch table it is handed to by a
  // computed key, `handlers[data.payload.value]?.(data)`" (step 1, round-10 hold-out): the table's reads are renamed,
  // the call itself stays.
  '01-identity-frame.action-table.js': {
    has: ["if (!event.origin.endsWith('.jumio.ai')) return;", 'completeIdentity(d.workflowExecutionId);',
      'showIdentityError(d.payload.metainfo.code, d.workflowExecutionId);', 'actions[data.payload.value]?.(data);'],
    lacks: ['transactionReference', "'.netverify.com'"], manual: [],
  },
  // landing-page-params: a page "reads `transactionStatus` together with `transactionReference` from the same query
  // object" (one URLSearchParams of the request URL's query) → proven, both renamed; `errorCode` stays (mapping table).
  '02-identity-return.node-http.js': {
    has: ["const status = params.get('acquisitionStatus');", "const reference = params.get('workflowExecutionId');",
      "const errorCode = params.get('errorCode');"],
    lacks: ["'transactionStatus'", "'transactionReference'"], manual: [],
  },
  // Vue `useRoute().query` (query objects list), both names read in the script (a `watch` source and a `computed`):
  // the pair proves the page; compared with 'SUCCESS' / 'ERROR' only; errorCode in the template stays.
  '03-IdentityDone.watch.vue': {
    has: ['const reference = computed(() => route.query.workflowExecutionId);', '() => route.query.acquisitionStatus,',
      '{{ route.query.errorCode }}'],
    lacks: ['route.query.transactionStatus', 'route.query.transactionReference'], manual: [],
  },
  // Next `useRouter().query` (query objects list) read by member inside the helper call's argument: the pair proves it.
  '04-identity-return.is-ready.page.tsx': {
    has: ['const status = first(router.query.acquisitionStatus);', 'setReference(first(router.query.workflowExecutionId));'],
    lacks: ['router.query.transactionStatus', 'router.query.transactionReference'], manual: [],
  },
  // VueUse's target-first `useEventListener(window, 'message', fn)` (step 1) in a `.vue` script block. The exact-tenant
  // regex const becomes the KYX web-client regex, tenant kept, any region, no item (origin table); the field handed to
  // `emit` is a field read (no escape).
  '05-IdentityFrame.vueuse.vue': {
    has: [`/^https:\\/\\/acme${KYX_REGEX}$/`, "emit('verified', message.workflowExecutionId);"],
    lacks: ['transactionReference', '\\.netverify\\.com'], manual: [],
  },
  // `includes('netverify.com')` → `includes('jumio.ai')`, domain for domain (origin table). The parsed object is passed
  // to a local helper (step 3: "parameters of local helper functions the object is passed to"), whose
  // `'transactionReference' in x` is renamed; the same-file interface's member too ("so migrated TypeScript still
  // type-checks"), and the read after the assertion.
  '06-identity-listener.asserts.ts': {
    has: ['workflowExecutionId: string;', "!('workflowExecutionId' in x)", 'onDone(parsed.workflowExecutionId);', "jumio.ai')) return;"],
    lacks: ['transactionReference', "'netverify.com'"], manual: [],
  },
  // `new URL(location.href).searchParams` is listed; `document.URL` is the same page URL. The pair proves the page.
  '07-identity-done.document-url.js': {
    has: ["const status = query.get('acquisitionStatus');", "const reference = query.get('workflowExecutionId');",
      "query.get('errorCode')"],
    lacks: ["'transactionStatus'", "'transactionReference'"], manual: [],
  },
  // `window.onmessage = …` (step 1) in a Preact `useEffect`. No origin check: proven by its fields (tie-breakers §3:
  // parses event.data in try/catch; transactionReference +1, payload.value +1, compared with 'loaded' +1,
  // payload.metainfo +2). The read handed to the callback is renamed; no 9836.
  '08-IdentityStep.preact.tsx': {
    has: ['onDone(msg.workflowExecutionId);', "if (msg.payload.value === 'loaded') setReady(true);"],
    lacks: ['transactionReference'], manual: [],
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

frontendRoundSuite('hold-out round 26: front-end rules on unseen code, common shapes written afresh', DIR, corpus, {
  expected: EXPECT, gaps: GAPS, unparsedLegacy: UNPARSED_LEGACY, lookalikeGaps: LOOKALIKE_GAPS,
  counts: { untouched: 6, files: 14, unparsed: 0 },
});
