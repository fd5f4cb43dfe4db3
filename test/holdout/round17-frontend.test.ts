// Hold-out round 17 for the front-end rules (iframe-event-handler, iframe-allow, landing-page-params,
// web-client-host, legacy-endpoint on pages). test/holdout/round17-frontend/ was written from the spec
// (real-world-legacy-code.md §2.7, §2.8, §2.10) and MIGRATION.md before the rules were read, in shapes rounds 1–16 lack:
// a React 19 step whose listener writes the frame's events into the TanStack Query cache (setQueryData) beside a
// useMutation that starts the session, SolidJS's makeEventListener in onMount with its remover given to onCleanup, a
// no-build page rendering Preact + htm from esm.sh in a module script (the frame inside htm's html`…`), a page inside
// the native apps' web views relaying the outcome to WKWebView / React Native WebView / WebView2 bridges, an Angular 18
// standalone component taking the window from the DOCUMENT token with DestroyRef and output(), a Vue 3.5 <script
// setup> with onMounted/onUnmounted, an exact EU white-label origin and the legacy 9836 compared in a switch; landing
// pages through Svelte 5 $derived over the $app/stores page store, a Next.js 15 client page unwrapping the
// searchParams promise with use(), an Astro 5 page handing Astro.url.searchParams reads to a client:load island as
// props, and a Capacitor appUrlOpen listener reading the universal link's query; plus 4 lookalikes (40-43) that must
// stay byte-identical (a 3-D Secure ACS frame cached with setQueryData, Veriff through makeEventListener, a PSP return
// page in the same $derived shape, the Next.js page already on KYX).
// Judged by hand from the spec and MIGRATION.md BEFORE the codemod ran (the corpus and this file's judgements were
// committed before the first run, 686e70e). Runs the round suite's parts directly (frontendRoundSuite asks for 12
// lookalikes; this round has 4). First run: 30 tests, 27 passed, 3 failed; 7 of the 10 legacy files as judged (01, 02,
// 04, 05, 06, 09, 10) and all 4 lookalikes byte-identical; every diff read by hand. Of the three failures, one was my
// judgement's form (03: an exact origin string judged as the regex form; MIGRATION.md's table writes the exact KYX
// origin with a region item — corrected at the file), two are defects: an exact check on the EU white-label origin
// acme.lon.netverify.com left unchanged (07), and the type alias of a Next.js 15 client page's Promise<Search> prop left
// legacy while use(searchParams)'s destructuring was renamed (08). Reading the diffs found a third defect the judgement
// had not asserted: React's allowFullScreen added to a Solid component's frame (02). Each is asserted in GAPS with
// it.fails; EXPECT keeps what the run already does for those files. All three fixed in the same session (dff090d,
// d199731, f0859cf) and moved to EXPECT: no gap left.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  corpusFileTests, expectMarkersAreComments, frontendRoundCorpus, FULL_ALLOW, KYX_REGEX, unparsedTemplateTests, type JudgedExpectation,
} from '../support/frontend-holdout.js';

const DIR = resolve(import.meta.dirname, 'round17-frontend');
const corpus = frontendRoundCorpus(DIR);

type Expectation = JudgedExpectation;
const IEH = 'iframe-event-handler';
const OLD_Q = ["'transactionStatus'", "'transactionReference'"];

const EXPECT: Record<string, Expectation> = {
  // The listener's reads go into setQueryData objects; the frame (src from our own API) is the page's, completed.
  '01-KycStep.query.tsx': { has: ["event.origin.endsWith('.jumio.ai')", "{ state: 'done', reference: data.workflowExecutionId }", "{ state: 'failed', reference: data.workflowExecutionId", `allow="${FULL_ALLOW}"`], lacks: ['transactionReference', 'netverify.com'], manual: [] },
  // makeEventListener(window, 'message', handler) is a window listener like createEventListener.
  // (After the run: as judged, but the attribute added beside the list is React's allowFullScreen — a DEFECT in a Solid
  // file, whose JSX types name it allowfullscreen (round 11 judged the same); see GAPS.)
  // (The fullscreen attribute came out as React's allowFullScreen — a defect, fixed in the same session: iframe-allow/
  // frame-tag.ts writes allowfullscreen in a Solid file; fixture iframe-allow/solid-frame-fullscreen.)
  '02-KycFrame.solid.tsx': { has: ["event.origin.endsWith('.jumio.ai')", 'props.onVerified(data.workflowExecutionId)', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference', 'netverify.com', 'allowFullScreen'], manual: [] },
  // A module script of an HTML page; the exact white-label origin keeps its label (any region); htm's html`…` frame.
  // (After the run: judged as the regex form, but the check is an exact string comparison — MIGRATION.md's table
  // translates `origin === 'https://acme.netverify.com'` to 'https://acme.web.<region>.jumio.ai' (amer-1 when no API
  // call of the run tells the region) with a marker. The output is that; judgement corrected on form.)
  '03-kyc-frame.esm.html': { has: ["event.origin !== 'https://acme.web.amer-1.jumio.ai'", 'setReference(data.workflowExecutionId)', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference', 'netverify.com'], manual: [IEH], manualMentions: ['acme.web.emea-1.jumio.ai'] },
  '04-kyc-done+page.svelte': { has: ["$page.url.searchParams.get('acquisitionStatus')", "$page.url.searchParams.get('workflowExecutionId')", "$page.url.searchParams.get('errorCode')"], lacks: OLD_Q, manual: [] },
  // endsWith('netverify.com') (no dot) → the KYX suffix; output() emits the reference.
  '05-kyc-frame.component.ts': { has: ['event.origin.endsWith(', 'jumio.ai', 'this.verified.emit(data.workflowExecutionId)', `allow="${FULL_ALLOW}"`], lacks: ['transactionReference', 'netverify.com'], manual: [] },
  // The relay sends named fields (not the parsed event whole): the read is renamed, the regex origin translated.
  '06-kyc-webview.html': { has: ['.test(event.origin)', 'reference: data.workflowExecutionId', `allow="${FULL_ALLOW}"`], lacks: ['transactionReference', 'netverify.com'], manual: [] },
  // An exact EU white-label origin; both reads renamed; the 9836 comparison gets its manual item (meaning changed).
  // (After the run: the reads, the frame and the 9836 item as judged; the origin check on 'https://acme.lon.netverify.com'
  // left unchanged with a "cannot be translated exactly" item — a DEFECT, see GAPS. Judged at first as the regex form
  // (`.test(event.origin)`); corrected to the exact form of MIGRATION.md's table.) The defect was fixed in the same
  // session: a data centre's white-label host names its region (api/hosts.ts dataCentreWebClient, used by
  // origin-rewrite.ts; fixture iframe-event-handler/origin-data-centre-host), so no region item is left.
  '07-KycPanel.mounted.vue': { has: ["event.origin !== 'https://acme.web.emea-1.jumio.ai'", "emit('verified', data.workflowExecutionId)", 'query: { ref: data.workflowExecutionId }', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference', "'https://acme.lon.netverify.com'"], manual: [IEH], manualMentions: ['9836'] },
  // use(searchParams): the destructuring renamed to the KYX keys, the Search type with it.
  // (After the run: the destructuring renamed, the Search type left legacy — a DEFECT, see GAPS.)
  // (The Search alias was left legacy at first — a defect, fixed in the same session: query-types.ts reads the type of
  // use(searchParams); fixture landing-page-params/next-use-search-params-type.)
  '08-verify-done.page.tsx': { has: ['acquisitionStatus: transactionStatus', 'workflowExecutionId: transactionReference', 'acquisitionStatus?: string', 'workflowExecutionId?: string'], lacks: ['transactionStatus?:', 'transactionReference?:'], manual: [] },
  // The frontmatter's searchParams read in the island's props (markup expressions).
  '09-kyc-done.astro': { has: ["q.get('acquisitionStatus')", "q.get('workflowExecutionId')", "q.get('errorCode')"], lacks: OLD_Q, manual: [] },
  // The universal link's query: both names read together and the status compared with SUCCESS.
  '10-kyc-return.capacitor.ts': { has: ["link.searchParams.get('acquisitionStatus')", "link.searchParams.get('workflowExecutionId')"], lacks: OLD_Q, manual: [] },
};

/**
 * Judged defects: the right behaviour, asserted with it.fails while the defect stands (a file may have several).
 * A file may also be in EXPECT (what already works there must keep working). Fixed ones move to EXPECT.
 */
const GAPS: Record<string, (Expectation & { why: string })[]> = {
};

/** Unparsed templates the run lists as skipped with manual items; `why` marks a known gap (not listed). */
const UNPARSED_LEGACY: Record<string, { why?: string }> = {};

describe('hold-out round 17: front-end rules on unseen code', () => {
  const { files, unparsed, untouched, runner } = corpus;
  it('every corpus file is judged', () => {
    for (const f of files) expect(untouched.includes(f) || f in EXPECT || f in GAPS, f).toBe(true);
    for (const f of unparsed) expect(f in UNPARSED_LEGACY || untouched.includes(f), f).toBe(true);
    expect(untouched.length).toBe(4);
    expect(files.length).toBe(14);
  });
  corpusFileTests(DIR, files, untouched, EXPECT, GAPS, runner);
  unparsedTemplateTests(DIR, unparsed, UNPARSED_LEGACY);
  it('markers are comments of the place: HTML comments in markup, line or JSX comments in scripts', () => expectMarkersAreComments(files, runner.result));
});
