// Hold-out round 24 for the front-end rules (iframe-event-handler, iframe-allow, landing-page-params,
// web-client-host, legacy-endpoint on pages). test/holdout/round24-frontend/ was written from the spec
// (real-world-legacy-code.md §2.7, §2.8, §2.10; jumio-api-facts.md §2, §5.4–5.6) and MIGRATION.md without reading the
// rules. Like rounds 19–23 it weighs COMMON real-world shapes, written in ways rounds 2–23 have not: a React component
// keeping its frame in a `useRef` (the handler first compares `event.source` with the ref's contentWindow) whose
// `useEffect` attaches a named inner function, the origin tested by a module-level arrow predicate over a domain regex
// (`const isJumio = (o: string) => /\.netverify\.com$/.test(o)`), switching on `data.payload?.value`, its JSX frame
// self-closing without allowFullScreen; a TypeScript module whose listener tests the origin with `event.origin.match(…)`
// against a tenant regex const, guards with `if (!(event.data && typeof event.data === 'string')) return;`, parses in a
// try/catch into an untyped `let` and destructures the event with a defaulted nested pattern (`const { payload: { value,
// metainfo } = {}, transactionReference } = data`), comparing `code === 9836`; a class router with an arrow-property
// handler whose `switch (true)` has one case per origin (Jumio's `endsWith`, the page's own origin counting health
// pings) and parses inside the Jumio case with an assertion to a same-file interface; a Vue 3 Options API component
// attaching a `methods` member in `mounted` and removing it in `beforeUnmount`, its origin checked on `new
// URL(event.origin).hostname` and its template frame already flagged allowfullscreen; a Svelte 4 component whose handler
// is attached by markup (`<svelte:window on:message={handle} />`) with an `indexOf(…) === -1` skip, its frame given
// `camera; fullscreen`; a static page whose exact white-label origin sits in a `var` and whose frame gets its allow list
// at run time from an array joined with '; ' (`frame.setAttribute('allow', FRAME_PERMISSIONS.join('; '))`); landing
// pages: a Nuxt 3 page (`definePageMeta`, `const query = useRoute().query` read in `computed`s and in the template)
// comparing errorCode with '9836', an Express router casting `req.query as Record<string, string>` into a local read by
// member, switching on the status and comparing the errorCode local with '9836', a Hono route reading
// `c.req.query('…')` by name, and a static page's script destructuring
// `Object.fromEntries(new URL(window.location.href).searchParams)`. Plus 8 lookalikes (40-47) that must stay
// byte-identical, each in the very shape of a legacy file: Onfido in the useRef component (01), Paystack checkout in the
// `.match` / defaulted-destructuring module (02, with a 9836 of its own), the shop's cart bus and a card issuer's 3-D
// Secure challenge in the `switch (true)` router (03), Veriff in the Options API component (04), Sumsub in the
// `<svelte:window>` component (05), a 3-D Secure challenge page joining a `payment` list (06), a card-payment return in
// the Nuxt 3 page's shape ('APPROVED' / 'DECLINED', 07) and a Hono return route already on KYX comparing errorCode with
// KYX's '9836' (09; no earlier marker above it).
// Judged by hand from the spec and MIGRATION.md BEFORE the codemod ran (the corpus and this file's judgements were
// written before the first run). Runs the round suite's parts directly (as rounds 18–23).
// First run (at 18ec50c, the corpus and judgements committed before it): 39 tests, 38 passed, 1 failed; all 10 legacy
// files rewritten as judged and all 8 lookalikes byte-identical; every diff read by hand. The one failure was the
// JUDGEMENT, corrected: 02's `lacks: ['netverify']` matched the marker's own tag `TODO(netverify-migrate)` of the 9836
// item the same judgement expects; it now names the legacy regex's text (`\\.netverify\\.com`). No defect, no known gap.
import { resolve } from 'node:path';
import {
  frontendRoundCorpus, frontendRoundSuite, FULL_ALLOW, KYX_REGEX, SPACED_ALLOW,
  type JudgedExpectation,
} from '../support/frontend-holdout.js';

const DIR = resolve(import.meta.dirname, 'round24-frontend');
const corpus = frontendRoundCorpus(DIR);

type Expectation = JudgedExpectation;
const IEH = 'iframe-event-handler';
const LPP = 'landing-page-params';
const TODO = 'TODO(netverify-migrate)';

const EXPECT: Record<string, Expectation> = {
  // React: the handler is a named inner function attached in useEffect with cleanup ("React `useEffect` (with cleanup)
  // … handlers"); the `event.source` comparison with the ref's window is no origin check. The origin goes through a
  // local predicate ("also inside a local predicate the handler passes the origin to (`isJumioOrigin(event.origin)`)"),
  // whose domain regex without a tenant label is translated to the KYX domain — MIGRATION.md's regex row shows only the
  // form with a tenant label, so only the common tail `\.jumio\.ai$` is judged (as round 23's 05). The read handed to
  // the callback is a field (no escape, step 7): renamed. JSX frame of the same file ("JSX frames: the page-handler
  // proof needs the handler in the same file"): list completed, the flag added under the JSX name (iframe-allow).
  '01-IdentityFrame.ref.tsx': {
    has: ['\\.jumio\\.ai$/.test(o);', 'if (!isJumio(event.origin)) return;', 'onVerified(data.workflowExecutionId);',
      `allow="${FULL_ALLOW}"`, 'allowFullScreen'],
    lacks: ['transactionReference', 'netverify'], manual: [],
  },
  // Plain TS module: a regex tested against the origin (`event.origin.match(FRAME_ORIGIN)`, a same-file const) is a
  // regex origin check; its tenant regex becomes the KYX web-client regex with the label kept and any region, no item
  // (origin table, row "regex `/…[a-z0-9-]+\.netverify\.com$/`"). The handler is proven by that check, and by the fields
  // in any case (payload.value compared with 'loaded', payload.metainfo, 9836: tie-breakers §3). Destructuring keeps
  // the local name (`const { transactionReference } = data` → `const { workflowExecutionId: transactionReference } =
  // data`, step 3), also beside a defaulted nested pattern. `code === 9836` (code taken from the destructured metainfo)
  // is flagged, never rewritten (decision 8, step 5).
  '02-identity-events.match.ts': {
    has: [KYX_REGEX, 'if (!event.origin.match(FRAME_ORIGIN)) return;',
      'const { payload: { value, metainfo } = {}, workflowExecutionId: transactionReference } = data;',
      "if (code === 9836) console.warn('identity: no acceptable submission after three attempts');"],
    // (`lacks` names the legacy regex's text: 'netverify' alone is in the marker's own tag, corrected after the first run.)
    lacks: ['\\.netverify\\.com', '{ value, metainfo } = {}, transactionReference }'], manual: [IEH], manualMentions: ['9835'],
  },
  // `switch (true) { case origin.endsWith(…): }` router, read like `switch (event.origin)` (tie-breakers §1): the Jumio
  // case's body is Jumio's (its only label is a Jumio origin); the page's own origin is neither Jumio's nor another
  // vendor's ("a comparison with a non-literal such as `window.location.origin` … is neither"). `endsWith` is domain for
  // domain ('.jumio.ai', no item). The parse asserted to a same-file interface: reads and the interface member renamed
  // ("so migrated TypeScript still type-checks"); the arrow-property handler is a listener ("arrow properties").
  '03-frame-router.switch-true.ts': {
    has: ["case event.origin.endsWith('.jumio.ai'): {", 'workflowExecutionId: string;',
      'this.onDone(message.workflowExecutionId, true);', 'this.onDone(message.workflowExecutionId, false);',
      'case event.origin === window.location.origin:'],
    lacks: ['transactionReference', 'netverify'], manual: [],
  },
  // Vue 3 Options API: `mounted` reaching `methods` through `this.onFrameMessage` ("Vue `mounted`/`created` hooks
  // reaching `methods` through `this.x`"). `new URL(origin).hostname.endsWith(…)` is domain for domain (origin table).
  // The typeof-ternary parse; the emitted reads are fields (not the object: no escape). The template's frame of a
  // component with a proven handler gets the KYX list; its allowfullscreen is already there.
  '04-IdentityStep.options.vue': {
    has: ["if (!new URL(event.origin).hostname.endsWith('.jumio.ai')) return;", "this.$emit('verified', data.workflowExecutionId);",
      "this.$emit('failed', { reference: data.workflowExecutionId, code: this.errorCode });", `allow="${FULL_ALLOW}" allowfullscreen`],
    lacks: ['transactionReference', 'netverify'], manual: [],
  },
  // Svelte 4: `<svelte:window on:message={handle} />` attaches `handle` of the script as a window message handler
  // (Front-end rules). `indexOf('netverify.com') === -1` reads as a skip of non-Jumio origins (tie-breakers §1) and
  // becomes `indexOf('jumio.ai')` (origin table, as includes). The dispatched details carry fields: renamed. The markup
  // frame completed in its own `; ` spacing, the flag under its HTML name.
  '05-IdentityCheck.window.svelte': {
    has: ["if (event.origin.indexOf('jumio.ai') === -1) return;", "dispatch('verified', { reference: message.workflowExecutionId });",
      "dispatch('failed', { reference: message.workflowExecutionId, code: message.payload.metainfo?.code });",
      `allow="${SPACED_ALLOW}"`, 'allowfullscreen', '<svelte:window on:message={handle} />'],
    lacks: ['transactionReference', 'netverify'], manual: [],
  },
  // Static page: an exact white-label origin held in a same-file constant (`var`) becomes the tenant's KYX web-client
  // origin with the region item (origin table: the corpus calls no legacy API host, so amer-1; the item names the other
  // regions' hosts). The reference posted to the page's own API inside JSON.stringify({ reference: … }) is a field.
  // The frame (getElementById of the page's <iframe>, a page with a proven handler) is given its list at run time from
  // `FRAME_PERMISSIONS.join('; ')`: a computed value, which iframe-allow flags ("Manual items: a computed `allow`";
  // DOM code is edited only for a literal list). Whether the markup frame itself also gets a list is not judged.
  '06-verify-frame.html': {
    has: ["var FRAME_ORIGIN = 'https://acme.web.amer-1.jumio.ai';", "result.textContent = 'Thank you. Reference: ' + data.workflowExecutionId;",
      'body: JSON.stringify({ reference: data.workflowExecutionId })', `${TODO}: ${IEH}`, `${TODO}: iframe-allow`],
    lacks: ['transactionReference', "'https://acme.netverify.com'"],
    manualMentions: ['acme.web.emea-1.jumio.ai', 'acme.web.apac-1.jumio.ai'],
  },
  // Nuxt 3 page: `useRoute().query` kept in a top-level const, read in the script (computed) and in the template
  // (Limits: "`<name>.<param>` on a top-level name of the script holding the route's query: … `useRoute().query`");
  // the pair proves the page. errorCode stays; its comparison with '9836' is flagged (decision 8, manual items).
  '07-IdentityDone.nuxt.vue': {
    has: ['const status = computed(() => query.acquisitionStatus);', 'Reference: {{ query.workflowExecutionId }}',
      "const locked = computed(() => query.errorCode === '9836');"],
    lacks: ['query.transactionStatus', 'query.transactionReference'], manual: [LPP], manualMentions: ['9835'],
  },
  // Express router: `req.query` kept in a local through an assertion to `Record<string, string>` (no member to rename)
  // and read by member — the pair proves the route; the status switch compares only Jumio's values. The errorCode local
  // compared with '9836' is flagged (decision 8; as round 23's 11 through a local).
  '08-identity-return.express.ts': {
    has: ["const reference = q.workflowExecutionId ?? '';", 'switch (q.acquisitionStatus) {', 'const code = q.errorCode;',
      "if (code === '9836') return res.redirect(303, '/onboarding/identity/locked');"],
    lacks: ['q.transactionStatus', 'q.transactionReference'], manual: [LPP], manualMentions: ['9835'],
  },
  // Hono: `c.req.query('name')` takes the name (landing-page-params' list); both names read → renamed; errorCode stays.
  '09-identity-complete.hono.ts': {
    has: ["const status = c.req.query('acquisitionStatus');", "const reference = c.req.query('workflowExecutionId');",
      "const errorCode = c.req.query('errorCode');"],
    lacks: ["'transactionStatus'", "'transactionReference'"], manual: [],
  },
  // `Object.fromEntries(params)` of the page URL's searchParams is a query object (landing-page-params' list),
  // destructured: the renames keep the local names (`{ acquisitionStatus: transactionStatus }`); errorCode stays.
  '10-identity-return.entries.js': {
    has: ['const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference, errorCode } = Object.fromEntries(new URL(window.location.href).searchParams);'],
    lacks: ['{ transactionStatus, transactionReference'], manual: [],
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

frontendRoundSuite('hold-out round 24: front-end rules on unseen code, common shapes written afresh', DIR, corpus, {
  expected: EXPECT, gaps: GAPS, unparsedLegacy: UNPARSED_LEGACY, lookalikeGaps: LOOKALIKE_GAPS,
  counts: { untouched: 8, files: 18, unparsed: 0 },
});
