// Hold-out round 18 for the front-end rules (iframe-event-handler, iframe-allow, landing-page-params,
// web-client-host, legacy-endpoint on pages). test/holdout/round18-frontend/ was written from the spec
// (real-world-legacy-code.md §2.7, §2.8, §2.10; jumio-api-facts.md §2, §5.4–5.6) and MIGRATION.md without reading the
// rules, in shapes rounds 1–17 lack: a Hyperapp 2 app whose window subscription dispatches the raw event to an action
// that checks the origin and parses it (the frame built with hyperapp's h), a Svelte 5 runes class (.svelte.ts) whose
// constructor attaches a #private arrow field in $effect and the component that instantiates it beside its frame, an
// Aurelia 2 element (resolve(IPlatform).window, IEventAggregator; its view by convention), an RTK Query
// onCacheEntryAdded listener writing updateCachedData drafts with an exact tenant origin in a const, a jotai-effect
// atomEffect with a regex on new URL(origin).hostname, SWR's useSWRSubscription handing the parsed event to next(), a
// Tauri 2 window page (module script, invoke, a CSP meta naming the legacy frame host), a micro-frontend page that
// runs inside the shell's iframe and relays to window.parent, Qwik's useOnWindow with the event cast to MessageEvent,
// a Qwik City onGet redirecting to a templated legacy web-client URL; landing pages as a React Router 7 framework
// route (Route.LoaderArgs loader, loaderData), URLPattern's exec() with URLSearchParams(match.search.input), an Angular
// 20 component bound by withComponentInputBinding (input.required, linkedSignal), Solid's typed useSearchParams<Q>()
// feeding createResource, Svelte 5's SvelteURL from svelte/reactivity read in script and markup; plus 10 lookalikes
// (40-49) that must stay byte-identical (3-D Secure through a Hyperapp subscription, Onfido in a runes class, PayPal
// through onCacheEntryAdded, the app's own bus through useSWRSubscription beside a same-origin camera frame, Persona
// in a micro-frontend page, a card payment return in React Router 7, an open-banking transfer return through
// URLPattern, a Solid page already on KYX, Sumsub through atomEffect, a bank-transfer ledger row with the same
// Angular inputs).
// Judged by hand from the spec and MIGRATION.md BEFORE the codemod ran (the corpus and this file's judgements were
// committed before the first run, 4bb3332). Runs the round suite's parts directly (frontendRoundSuite asks for 12
// lookalikes; this round has 10). First run: 57 tests, 53 passed, 4 failed; 13 of the 17 judged legacy files as judged
// (02, 03, 04-kyc-frame.ts, 04-kyc-frame.html, 05-08, 10-13, 15) and all 10 lookalikes byte-identical; every diff read by
// hand (a dry run of bin/netverify-migrate.js over a copy). Of the four failures, two were my judgements' form: a `lacks`
// that matched the marker's own text (09: 'netverify' is in every TODO(netverify-migrate); 14: the input-binding item
// quotes `{ alias: 'acquisitionStatus' }`) — the output is as judged, the `lacks` narrowed at the file. Two are defects,
// asserted in GAPS with it.fails while EXPECT keeps what the run does today: a Hyperapp action reached through its
// window subscription (dispatch(action, event)) is not found as the handler — only legacy-endpoint's origin item, the
// reads and the frame left (01); a Svelte 5 page reading SvelteURL's searchParams in script and markup is flagged as a
// partial landing page, nothing renamed (16). Reading the diffs found no other defect.
// Both fixed since: 16 in session 18 (svelte-markup.ts), 01 in session 19 (hyperapp-subscriptions.ts: the action gets
// the event as its second parameter). Round 18 front end has no known gap left.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  corpusFileTests, expectMarkersAreComments, frontendRoundCorpus, FULL_ALLOW, KYX_REGEX, SPACED_ALLOW, unparsedTemplateTests,
  type JudgedExpectation,
} from '../support/frontend-holdout.js';

const DIR = resolve(import.meta.dirname, 'round18-frontend');
const corpus = frontendRoundCorpus(DIR);

type Expectation = JudgedExpectation;
const IEH = 'iframe-event-handler';
const IFA = 'iframe-allow';
const LPP = 'landing-page-params';
const WCH = 'web-client-host';
const LE = 'legacy-endpoint';
const OLD_Q = ["'transactionStatus'", "'transactionReference'"];

const EXPECT: Record<string, Expectation> = {
  // The subscription's listener hands the raw event to the action (dispatch(action, event)); the action checks the
  // origin against the legacy web client and parses event.data: it is the handler. Its reads renamed, the suffix
  // translated domain for domain, the h('iframe', { allow }) of the same app completed with allowfullscreen: true.
  // (First run: the action was not found as a handler; legacy-endpoint reported the origin check, the reads and the
  // frame were left — a DEFECT, fixed in session 19: a Hyperapp subscription's action
  // gets the event as its second parameter, analysis-frontend/hyperapp-subscriptions.ts; fixture
  // iframe-event-handler/hyperapp-subscription.)
  '01-kyc-frame.hyperapp.js': { has: ["event.origin.endsWith('.jumio.ai')", 'reference: data.workflowExecutionId', `allow: '${FULL_ALLOW}'`, 'allowfullscreen: true'], lacks: ['transactionReference', 'netverify.com'], manual: [] },
  // The runes class's #private arrow field attached in $effect; the regex keeps the tenant wildcard, any region; the
  // FrameEvent alias renamed with the reads.
  '02-kyc-session.svelte.ts': { has: [`/^https:\\/\\/[a-z0-9-]+${KYX_REGEX}$/`, 'workflowExecutionId: string;', 'this.reference = data.workflowExecutionId'], lacks: ['transactionReference', 'netverify'], manual: [] },
  // The component instantiates the class imported from 02, whose exported declaration attaches the proven handler
  // (as a hook or composable would): its frame is the client's.
  '03-KycStep.svelte': { has: [`allow="${FULL_ALLOW}"`, 'allowfullscreen'], manual: [] },
  // Aurelia 2: resolve(IPlatform).window is the window; includes('netverify.com') → includes('jumio.ai'); the
  // interface renamed with the reads.
  '04-kyc-frame.ts': { has: ["event.origin.includes('jumio.ai')", 'workflowExecutionId: string;', "this.events.publish('kyc:verified', data.workflowExecutionId)", 'reference: data.workflowExecutionId'], lacks: ['transactionReference', 'netverify.com'], manual: [] },
  // Its view by Aurelia's convention (same base name).
  '04-kyc-frame.html': { has: [`allow="${FULL_ALLOW}" allowfullscreen`], manual: [] },
  // An exact white-label origin in a same-file const: translated to the amer-1 host (no API call of the run tells
  // the region) with the region item naming the other regions' hosts.
  '05-kyc-api.rtk.ts': { has: ["const FRAME_ORIGIN = 'https://acme.web.amer-1.jumio.ai'", 'draft.reference = data.workflowExecutionId'], lacks: ['transactionReference', "'https://acme.netverify.com'"], manual: [IEH], manualMentions: ['acme.web.emea-1.jumio.ai'] },
  // A suffix regex on the hostname (either KYX suffix form, '\.jumio\.ai$' or the web-client one, is right); the
  // `; ` separators kept; React's allowFullScreen added.
  '06-KycFrame.jotai-effect.tsx': { has: ['jumio\\.ai$/;', 'set(referenceAtom, data.workflowExecutionId)', `allow="${SPACED_ALLOW}"`, 'allowFullScreen'], lacks: ['transactionReference', 'netverify'], manual: [] },
  // The parsed event handed whole to SWR's next(): an escape (MIGRATION.md, item 7), flagged so its consumers read
  // workflowExecutionId; the origin translated and the frame completed. The FrameEvent type and the component's
  // frameEvent.transactionReference read stay consistent (both left with the flag).
  '07-IdentityFrame.swr.tsx': { has: ["event.origin.endsWith('.jumio.ai')", `allow="${FULL_ALLOW}" allowFullScreen`, 'transactionReference: string;', 'onDone(frameEvent.transactionReference)'], lacks: ['netverify.com'], manual: [IEH], manualMentions: ['workflowExecutionId'] },
  // The exact tenant regex keeps its label, any region; the frame (src set by the script) completed; the CSP meta's
  // frame-src naming the legacy frame host is legacy-endpoint's item.
  '08-kyc-window.tauri.html': { has: [`acme${KYX_REGEX}$/;`, 'reference: data.workflowExecutionId', `allow="${FULL_ALLOW}"`, 'allowfullscreen'], lacks: ['transactionReference'], manual: [LE], manualMentions: ['acme.netverify.com'] },
  // indexOf('.netverify.com') === -1 → '.jumio.ai'; the frame completed; the page runs in the shell's frame
  // (window.parent): every enclosing iframe needs the same list — iframe-allow's item.
  // (After the run: as judged; the `lacks` was 'netverify', which the item's own TODO(netverify-migrate) holds —
  // narrowed to 'netverify.com', a correction of form.)
  '09-kyc-step.microfrontend.html': { has: ["event.origin.indexOf('.jumio.ai') === -1", 'reference: data.workflowExecutionId', `allow="${FULL_ALLOW}" allowfullscreen`], lacks: ['transactionReference', 'netverify.com'], manual: [IFA] },
  // useOnWindow('message', $(fn)); the event cast to MessageEvent is an alias of it.
  '10-IdentityFrame.qwik.tsx': { has: ["message.origin.endsWith('.jumio.ai')", 'onVerified$(data.workflowExecutionId)', `allow="${FULL_ALLOW}"`, 'allowFullScreen'], lacks: ['transactionReference', 'netverify'], manual: [] },
  // A ${tenant}-templated legacy web-client URL: flagged (web.href of the KYX response), never its query string.
  '11-identity-start.qwik-city.ts': { has: [`TODO(netverify-migrate): ${WCH}`], manual: [WCH], manualMentions: ['web.href'] },
  // Landing pages.
  '12-identity.done.route.tsx': { has: ["url.searchParams.get('acquisitionStatus')", "url.searchParams.get('workflowExecutionId')", "url.searchParams.get('errorCode')"], lacks: OLD_Q, manual: [] },
  '13-identity-return.urlpattern.js': { has: ["query.get('acquisitionStatus')", "query.get('workflowExecutionId')", "query.get('errorCode')"], lacks: OLD_Q, manual: [] },
  // Angular input binding: inputs named like both legacy parameters, in a file naming Jumio and
  // withComponentInputBinding — flagged, not renamed (MIGRATION.md, "Angular input binding").
  // (After the run: as judged; the `lacks` was 'acquisitionStatus', which the item's text quotes (the alias to write)
  // — narrowed to the code's own spellings, a correction of form.)
  '14-identity-return.component.ts': { has: ['readonly transactionStatus = input.required<string>();', 'readonly transactionReference = input<string>();'], lacks: ['readonly acquisitionStatus', 'this.acquisitionStatus'], manual: [LPP], manualMentions: ['withComponentInputBinding'] },
  // Solid's useSearchParams<Q>(): the reads (createResource's source included) and the query type renamed.
  '15-IdentityDone.solid-resource.tsx': { has: ["params.acquisitionStatus === 'ERROR'", 'createResource(() => params.workflowExecutionId', 'Reference {params.workflowExecutionId}', 'acquisitionStatus?: string;', 'workflowExecutionId?: string;'], lacks: ['transactionStatus', 'transactionReference'], manual: [] },
  // SvelteURL's searchParams, read in the script and the markup: one query object.
  // (After the run: flagged as a partial page — "reads transactionStatus, errorCode from the query" — nothing renamed; the
  // markup's url.searchParams.get('transactionReference') was not joined to the script's reads — a DEFECT, left as a
  // known gap.) Fixed in the eighteenth session (svelte-markup.ts: a variable holding the page's URL, new SvelteURL(window.location.href),
  // is read in markup like the page store; fixture landing-page-params/svelte-url-markup).
  '16-IdentityReturn.svelte': { has: ["url.searchParams.get('acquisitionStatus')", "url.searchParams.get('workflowExecutionId')"], lacks: OLD_Q, manual: [] },
};

/**
 * Judged defects: the right behaviour, asserted with it.fails while the defect stands (a file may have several).
 * A file may also be in EXPECT (what already works there must keep working). Fixed ones move to EXPECT.
 */
const GAPS: Record<string, (Expectation & { why: string })[]> = {
  // (01-kyc-frame.hyperapp.js was here until session 19; fixed, now in EXPECT. Round 18 front end has no known gap left.)
};

/** Unparsed templates the run lists as skipped with manual items; `why` marks a known gap (not listed). */
const UNPARSED_LEGACY: Record<string, { why?: string }> = {};

describe('hold-out round 18: front-end rules on unseen code', () => {
  const { files, unparsed, untouched, runner } = corpus;
  it('every corpus file is judged', () => {
    for (const f of files) expect(untouched.includes(f) || f in EXPECT || f in GAPS, f).toBe(true);
    for (const f of unparsed) expect(f in UNPARSED_LEGACY || untouched.includes(f), f).toBe(true);
    expect(untouched.length).toBe(10);
    expect(files.length).toBe(27);
  });
  corpusFileTests(DIR, files, untouched, EXPECT, GAPS, runner);
  unparsedTemplateTests(DIR, unparsed, UNPARSED_LEGACY);
  it('markers are comments of the place: HTML comments in markup, line or JSX comments in scripts', () => expectMarkersAreComments(files, runner.result));
  it('no manual item quotes a web-client URL\'s query string (it carries the authorization token)', () => {
    for (const f of files) for (const m of runner.result(f).manual) expect(m.message, f).not.toMatch(/authorizationToken=/);
  });
});
