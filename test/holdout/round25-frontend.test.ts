// Hold-out round 25 for the front-end rules (iframe-event-handler, iframe-allow, landing-page-params,
// web-client-host, legacy-endpoint on pages). test/holdout/round25-frontend/ was written from the spec
// (real-world-legacy-code.md §2.7, §2.8, §2.10) and MIGRATION.md without reading the rules. Like rounds 19–24 it weighs
// COMMON real-world shapes, written in ways rounds 2–24 have not: a React component whose `useEffect` attaches a named
// inner function with `{ signal: controller.signal }` and cleans up with `controller.abort()` (no removeEventListener),
// its JSX frame self-closing without allowFullScreen; a plain script whose handler compares the origin with a window
// global (`event.origin !== window.JUMIO_ORIGIN`) that the same file sets from a white-label literal; a class whose
// private `#onMessage` arrow property tests a tenant regex const and guards with `Object.hasOwn(data,
// 'transactionReference')` after a parse asserted to a same-file interface; a module with no origin check, proven by its
// fields, switching on `payload.value` against a TypeScript string enum (`enum FrameEvent { Loaded = 'loaded', … }`) and
// comparing `payload.metainfo?.code === 9836`; a Qwik component attaching the listener in `useVisibleTask$` with
// `cleanup(…)`, its origin checked on a destructured `new URL(event.origin)` hostname and its frame given `camera;
// fullscreen`; landing pages: a Remix route `loader` reading `new URL(request.url).searchParams` into a local and
// `redirect()`ing on 'ERROR', a SvelteKit `+page.svelte` reading `$page.url.searchParams.get(…)` in a reactive statement
// and in markup, and an Angular component reading `this.route.snapshot.queryParams['…']` by bracket with errorCode
// compared with '9836'. Plus 6 lookalikes (40-45) that must stay byte-identical, each in the very shape of a legacy
// file: a Stripe card frame in the AbortController component (01), a support chat's window-global origin (02), an Adyen
// checkout in the `#onMessage` / `Object.hasOwn` class (03), the shop's cart bus on a BroadcastChannel with the same
// enum (04), a PayPal frame in the Qwik component (05) and a card-payment return in the Remix loader's shape
// ('APPROVED' / 'DECLINED', 06).
// Judged by hand from the spec and MIGRATION.md BEFORE the codemod ran (the corpus and this file's judgements were
// written before the first run). Runs the round suite's parts directly (as rounds 18–24).
// First run (at ffae32b, the corpus and judgements committed before it): 31 tests, 30 passed, 1 failed; 7 of the 8
// legacy files as judged and all 6 lookalikes byte-identical; every diff read by hand, no judgement corrected. The
// failure was a DEFECT, fixed in the same session with fixtures red without it: an origin compared with
// `window.JUMIO_ORIGIN`, given its literal once in the file (`window.JUMIO_ORIGIN = 'https://acme.netverify.com'`), was
// not followed to that literal, so the check kept the legacy origin (with legacy-endpoint's item) while the reads were
// renamed — a member given its value once in the file (also a local object's property, `CONFIG.origin`) is now read
// (02; origin.ts via member-handlers.ts assignedMember; fixtures origin-global-member, origin-config-object-member,
// neg-origin-global-member-other-vendor). After the fix: 31 passed, no known gap.
import { resolve } from 'node:path';
import {
  frontendRoundCorpus, frontendRoundSuite, FULL_ALLOW, KYX_REGEX, SPACED_ALLOW,
  type JudgedExpectation,
} from '../support/frontend-holdout.js';

const DIR = resolve(import.meta.dirname, 'round25-frontend');
const corpus = frontendRoundCorpus(DIR);

type Expectation = JudgedExpectation;
const IEH = 'iframe-event-handler';
const LPP = 'landing-page-params';
const TODO = 'TODO(netverify-migrate)';

const EXPECT: Record<string, Expectation> = {
  // React: "React `useEffect` (with cleanup) … handlers"; `addEventListener('message', …)` on `window` finds the
  // listener however it is attached — the options object (`{ signal }`) and an AbortController cleanup change nothing.
  // `endsWith('.netverify.com')` is domain for domain (origin table, no item). The read handed to the callback is a
  // field (no escape, step 7): renamed. JSX frame of the same file with the proven handler ("JSX frames: the
  // page-handler proof needs the handler in the same file"): list completed, the flag added under its JSX name.
  '01-IdentityFrame.abort.tsx': {
    has: ["if (!event.origin.endsWith('.jumio.ai')) return;", 'onVerified(data.workflowExecutionId);',
      "window.addEventListener('message', onMessage, { signal: controller.signal });", `allow="${FULL_ALLOW}"`, 'allowFullScreen'],
    lacks: ['transactionReference', "'.netverify.com'"], manual: [],
  },
  // The exact white-label origin the handler compares with is held by the page's own global, set once from a literal in
  // the same file (origin table: "`origin === 'https://acme.netverify.com'` … a same-file constant holding it"): it
  // becomes the tenant's KYX web-client origin with the region item (no legacy API host is called in the corpus, so
  // amer-1; the item names the other regions' hosts). Left, the migrated handler would return early on every KYX event.
  // The handler is proven by its fields in any case (transactionReference, payload.value compared with 'loaded':
  // tie-breakers §3), so the read is renamed whatever the origin reading.
  '02-identity-origin.window-global.js': {
    has: ["window.JUMIO_ORIGIN = 'https://acme.web.amer-1.jumio.ai';", 'if (event.origin !== window.JUMIO_ORIGIN) return;',
      "document.getElementById('identity-ref').textContent = data.workflowExecutionId;", `${TODO}: ${IEH}`],
    lacks: ['transactionReference', "'https://acme.netverify.com'"],
    manualMentions: ['acme.web.emea-1.jumio.ai', 'acme.web.apac-1.jumio.ai'],
  },
  // Class with a private arrow property (`#onMessage = (event) => …`, "arrow properties") attached in the constructor.
  // The tenant regex const tested against the origin becomes the KYX web-client regex, label kept, any region, no item
  // (origin table). `Object.hasOwn(data, 'transactionReference')` is listed in step 3 (round 11: left, it dropped every
  // KYX event); the same-file interface's member is renamed ("so migrated TypeScript still type-checks").
  '03-identity-bridge.hasown.ts': {
    has: [KYX_REGEX, 'if (!FRAME_ORIGIN.test(event.origin)) return;', 'workflowExecutionId: string;',
      "if (!Object.hasOwn(data, 'workflowExecutionId')) return;", 'this.done(data.workflowExecutionId);'],
    lacks: ['transactionReference', '\\.netverify\\.com'], manual: [],
  },
  // No origin check: proven by its fields (tie-breakers §3: parses event.data in try/catch; transactionReference +1,
  // payload.value +1, payload.metainfo +2, a Jumio error code +2). The enum is the app's own and stays; the read handed
  // to the callback is renamed; `metainfo?.code === 9836` is flagged, never rewritten (step 5).
  '04-identity-events.enum.ts': {
    has: ["enum FrameEvent { Loaded = 'loaded', Success = 'success', Error = 'error' }", 'onDone(payloadData.workflowExecutionId);',
      'if (payloadData.payload.metainfo?.code === 9836) onLocked();'],
    lacks: ['transactionReference'], manual: [IEH], manualMentions: ['9835'],
  },
  // Qwik: an ordinary `addEventListener` inside `useVisibleTask$`. The origin's destructured hostname
  // (`const { hostname } = new URL(event.origin)`, round-13 addition) with `endsWith` is domain for domain. The field
  // written into a signal is a field read (no escape). The JSX frame of the same file gets the list in its own `; `
  // spacing (iframe-allow keeps the separator style); which spelling of the flag Qwik gets is not judged.
  '05-IdentityFrame.visible-task.tsx': {
    has: ["if (!hostname.endsWith('.jumio.ai')) return;", 'reference.value = message.workflowExecutionId;', `allow="${SPACED_ALLOW}"`],
    lacks: ['transactionReference', "'.netverify.com'"], manual: [],
  },
  // Remix route: `loader({ request })`'s `new URL(request.url).searchParams` (landing-page-params' list; round-13
  // addition), kept in a local, reads the pair → proven, both renamed; errorCode stays; compared with 'ERROR' only.
  '06-identity-return.loader.tsx': {
    has: ["const status = search.get('acquisitionStatus');", "const reference = search.get('workflowExecutionId');",
      "return redirect(`/identity/retry?code=${search.get('errorCode') ?? ''}`);"],
    lacks: ["'transactionStatus'", "'transactionReference'"], manual: [],
  },
  // SvelteKit page: "`$page.url.searchParams.get('…')` … are renamed in script and markup alike"; the script's status
  // and the markup's reference are one query object, so the pair proves the page.
  '07-identity-done+page.svelte': {
    has: ["$: status = $page.url.searchParams.get('acquisitionStatus');", "Reference {$page.url.searchParams.get('workflowExecutionId')}"],
    lacks: ["'transactionStatus'", "'transactionReference'"], manual: [],
  },
  // Angular `queryParams` (a query object) of the route snapshot read by bracket (`['name']`): the pair proves the page;
  // errorCode stays and its comparison with '9836' is flagged (Manual items; decision 8).
  '08-identity-result.snapshot.component.ts': {
    has: ["const status = this.route.snapshot.queryParams['acquisitionStatus'];",
      "this.reference = this.route.snapshot.queryParams['workflowExecutionId'] ?? '';",
      "const errorCode = this.route.snapshot.queryParams['errorCode'];", "if (status === 'ERROR' && errorCode === '9836') {"],
    lacks: ["'transactionStatus'", "'transactionReference'"], manual: [LPP], manualMentions: ['9835'],
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

frontendRoundSuite('hold-out round 25: front-end rules on unseen code, common shapes written afresh', DIR, corpus, {
  expected: EXPECT, gaps: GAPS, unparsedLegacy: UNPARSED_LEGACY, lookalikeGaps: LOOKALIKE_GAPS,
  counts: { untouched: 6, files: 14, unparsed: 0 },
});
