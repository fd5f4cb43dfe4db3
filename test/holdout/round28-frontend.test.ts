// Hold-out round 28 for the front-end rules (iframe-event-handler, iframe-allow, landing-page-params,
// web-client-host, legacy-endpoint on pages). test/holdout/round28-frontend/ was written from the spec
// (real-world-legacy-code.md §2.7, §2.8, §2.10) and MIGRATION.md without reading the rules. Where rounds 19–26 weighed
// which framework a handler lives in, round 28 weighs how older, messier code is ORGANISED: a plain-script wizard step
// written as an object literal whose method is bound into a local variable before it is attached
// (`var listener = this.onFrameMessage.bind(this)`), its frame built with `document.createElement('iframe')` and
// `setAttribute('allow', 'camera;fullscreen')`; a TypeScript module typing the web client's messages as a
// discriminated union of interfaces extending a shared base, parsing through a local never-throwing
// `safeParse<T>(raw)` and testing the origin with a local predicate over a `readonly string[]` allow-list (`.includes`)
// holding the EU data-centre white-label origin; a React class component whose componentDidMount keeps a forwarding
// arrow in a member (`this.listener = (event) => this.receive(event)`) and whose origin allow-list is a module-level
// `new Set([...])` of the US white-label origin, its JSX frame self-closing without allowFullScreen; an ES5 return page
// (`var`, a `queryParam(name)` helper over `new RegExp(…).exec(document.location.search)` and `decodeURIComponent`)
// comparing errorCode with '9836'; a bridge whose arrow listener destructures the event in its parameter list
// (`({ data, origin }) => …`), tests an inline tenant regex and routes `payload.value` through a switch whose
// 'success' case falls through into 'error', handing the parsed object to a local reporting helper; a revealing-module
// IIFE (`var AcmeIdentity = (function (window, document) { … return { open, close }; })(window, document)`) proven by
// its fields alone, whose frame is created at run time with NO allow at all; a RequireJS `define([...], function ($)
// { … })` module with an exact-tenant regex const, an addEventListener / attachEvent fallback and the whole parsed
// object handed to a caller-supplied `settings.onFinished(data)`; and a React class landing page whose
// componentDidMount copies the query into state. Plus 6 lookalikes (40-45) that must stay byte-identical, each in the
// very shape of a legacy file: a card issuer's 3-D Secure step in the bound-variable object literal with a `payment`
// frame (01), a hosted card form's union / safeParse / predicate module (02), Veriff in the React class with a Set
// (03), a card-payment return in the ES5 page ('APPROVED' / 'DECLINED', 04), a pay-by-link bridge in the
// destructured / fall-through shape (05) and an order payment return in the class landing page ('AUTHORISED', 08).
// Judged by hand from the spec and MIGRATION.md BEFORE the codemod ran (the corpus and this file's judgements were
// written before the first run). Runs the round suite's parts directly (as rounds 18–26).
// First run (at bc4270a, the corpus and judgements committed before it): 31 tests, 30 passed, 1 failed; all 6
// lookalikes byte-identical; every diff read by hand, no judgement corrected. The failure was a DEFECT, fixed in the
// same session with a fixture red without it: a revealing module's frame held in `var frame = null`, set to
// `document.createElement('iframe')` in `open()` and reset in `close()`, was not known as an iFrame (only a
// declaration's initialiser was read), so the runtime-frame item and the allow list were missing (06); a variable
// declared empty now takes what its assignments give it when they agree (iframe-allow/dom-frames.ts, via
// analysis/sole-assignment.ts assignedValues; fixtures dom-frame-assigned-later, neg-dom-frame-assigned-unlike).
// After the fix: 31 passed, no known gap.
import { resolve } from 'node:path';
import {
  frontendRoundCorpus, frontendRoundSuite, FULL_ALLOW, KYX_REGEX,
  type JudgedExpectation,
} from '../support/frontend-holdout.js';

const DIR = resolve(import.meta.dirname, 'round28-frontend');
const corpus = frontendRoundCorpus(DIR);

type Expectation = JudgedExpectation;
const IEH = 'iframe-event-handler';
const IFA = 'iframe-allow';
const LPP = 'landing-page-params';

const EXPECT: Record<string, Expectation> = {
  // A method of an object literal, bound into a local variable and attached (step 1: "class methods, bound
  // (`this.h.bind(this)` …)"; "a member … of a local object"; "The handler may be … a function or variable of the same
  // file"). `indexOf('.netverify.com') === -1` reads as a skip of everything but Jumio ("`=== -1` / `< 0` as a skip";
  // round 19 judged `indexOf(…) < 0` so): domain for domain, no item (origin table). The read handed to the step's
  // callback is a field (no escape). The frame is an iFrame (`createElement('iframe')`) of a file with a proven handler
  // given the legacy list by `setAttribute('allow', …)`: the list completed, and the missing flag "added as a statement
  // after the one that sets `allow` (`setAttribute('allowfullscreen', '')` …)"; and flagged as "an iFrame created at
  // runtime (`createElement('iframe')` …)" (iframe-allow's manual items; as rounds 3, 19 and 22 judged).
  '01-identity-wizard.bound-var.js': {
    has: ["if (event.origin.indexOf('.jumio.ai') === -1) {", 'this.onComplete(data.workflowExecutionId);',
      'var listener = this.onFrameMessage.bind(this);', `frame.setAttribute('allow', '${FULL_ALLOW}');`,
      "frame.setAttribute('allowfullscreen', '');"],
    lacks: ['transactionReference', "'.netverify.com'"], manual: [IFA],
  },
  // The origin is passed to a local predicate ("also inside a local predicate the handler passes the origin to
  // (`isJumioOrigin(event.origin)`)") that tests a same-file list with `includes`; its entry is the EU data centre's
  // white-label origin, whose host tells the region: `'https://acme.web.emea-1.jumio.ai'`, no item (origin table,
  // hold-out round 17 row). The object comes back from a local helper ("The parsed object handed back by a local helper
  // is followed at its call (`const msg = safeParse<JumioMessage>(e.data)` …: the call's type argument is the event's
  // type)"); the type is "a union of interfaces extending a shared base": the base's member renamed with the reads, so
  // the module still type-checks. `payload` destructured is not the field.
  '02-identity-events.union.ts': {
    has: ["const FRAME_ORIGINS: readonly string[] = ['https://acme.web.emea-1.jumio.ai'];", 'return FRAME_ORIGINS.includes(origin);',
      'workflowExecutionId: string;', 'callbacks.verified(msg.workflowExecutionId);',
      'callbacks.failed(msg.workflowExecutionId, payload.metainfo.code);'],
    lacks: ['transactionReference', 'netverify.com'], manual: [],
  },
  // React class: componentDidMount keeps a forwarding arrow in a member ("a member the function was assigned to once in
  // the same component"; "A handler that only forwards — `(e) => this.onMessage(e)` — is followed into the local …
  // method"). "Origin Sets: `ORIGINS.has(event.origin)` … over a `new Set([...])` of the file are read like a list's
  // `includes`": the US white-label origin becomes the tenant's KYX web-client origin with the region item, which names
  // the other regions' hosts (origin table; no legacy API call in the run tells the region, so apac-1 is named as
  // another region's host whichever is picked — round 23 judged the same way without pinning the region). The JSX
  // frame of the same file is the client's ("JSX frames: the page-handler proof needs the handler in the same file"):
  // list completed, `allowFullScreen` added (JSX name).
  '03-IdentityFrame.class.jsx': {
    has: ['this.listener = (event) => this.receive(event);', 'if (!JUMIO_ORIGINS.has(event.origin)) return;',
      "const JUMIO_ORIGINS = new Set(['https://acme.web.", 'this.props.onVerified(data.workflowExecutionId);',
      `allow="${FULL_ALLOW}"`, 'allowFullScreen'],
    lacks: ["new Set(['https://acme.netverify.com'])", 'data.transactionReference'], manual: [IEH],
    manualMentions: ['acme.web.apac-1.jumio.ai'],
  },
  // ES5 page helper "of the `getParameterByName('transactionStatus')` kind (a local function that takes the name and
  // reads `location.search`/`location.href`): the string argument is renamed" — here `document.location.search`, the
  // same Location. Both names read through it prove the page (compared only with 'SUCCESS'; identity words, no
  // payment words). errorCode stays; its comparison with '9836' through a local is flagged (decision 8,
  // landing-page-params' manual items: legacy 9836 is 9835 on KYX).
  '04-identity-return.es5.html': {
    has: ["var outcome = queryParam('acquisitionStatus');", "var reference = queryParam('workflowExecutionId');",
      "var code = queryParam('errorCode');", "} else if (code === '9836') {"],
    lacks: ["'transactionStatus'", "'transactionReference'"], manual: [LPP], manualMentions: ['9835'],
  },
  // The listener destructures the event in its parameter list (`{ data, origin }`: the event's posted string and
  // origin, as round 23 judged for a typed bridge). The inline tenant regex `/…[a-z0-9-]+\.netverify\.com$/` becomes
  // the KYX web-client regex, tenant part kept, any region, no item (origin table). The typeof-ternary parse;
  // the fall-through case keeps its shape; the parsed object handed to a local helper is followed into it ("parameters
  // of local helper functions the object is passed to"): its read, a field inside JSON.stringify({ … }), renamed (no
  // escape).
  '05-identity-bridge.fallthrough.js': {
    has: ['if (!/^https:\\/\\/[a-z0-9-]+' + KYX_REGEX + '$/.test(origin)) return;', "case 'success':\n    case 'error':",
      'report(msg);', 'reference: event.workflowExecutionId,'],
    lacks: ['transactionReference', '\\.netverify\\.com'], manual: [],
  },
  // Revealing module: the handler is a function of the IIFE attached in open() on the IIFE's `window` parameter. No
  // origin check: proven by its fields (tie-breakers §3: JSON.parse in try/catch; transactionReference +1, payload.value
  // +1, compared with 'loaded' +1, payload.metainfo +2). Both reads handed to the caller's callbacks are fields:
  // renamed. The frame is created at run time on a page with a proven handler and given NO allow list: iframe-allow's
  // manual item for "an iFrame created at runtime (`createElement('iframe')` …)". Whether the rule also writes the
  // KYX list onto it is not judged (MIGRATION.md shows the missing flag added after an existing `allow`, not a missing
  // list on a DOM frame).
  '06-identity-overlay.revealing.js': {
    has: ['if (callbacks.done) callbacks.done(data.workflowExecutionId);',
      'if (callbacks.fail) callbacks.fail(data.payload.metainfo.code, data.workflowExecutionId);'],
    lacks: ['transactionReference'], manual: [IFA],
  },
  // RequireJS module: the function of the define() callback attached through addEventListener and the `attachEvent`
  // fallback (step 1). The exact-tenant regex const becomes the KYX web-client regex, tenant label kept, any region, no
  // item (origin table). `$.parseJSON` behind a typeof ternary is a parse. The logged read is renamed (logging is no
  // escape); the whole parsed object handed to the caller's `settings.onFinished(data)` is an escape (step 7: "passed
  // somewhere the rule cannot follow … one marker per handler says that its consumers must read workflowExecutionId").
  '07-identity-step.amd.js': {
    has: ['var FRAME_ORIGIN = /^https:\\/\\/acme' + KYX_REGEX + '$/;',
      "window.console.log('identity frame event', data.payload.value, data.workflowExecutionId);", 'settings.onFinished(data);'],
    lacks: ['data.payload.value, data.transactionReference', '\\.netverify\\.com'], manual: [IEH],
    manualMentions: ['workflowExecutionId'],
  },
  // React class landing page: `new URLSearchParams(window.location.search)` read with get in componentDidMount — the pair
  // proves the page; the state keeps the app's own names; the status is compared only with 'SUCCESS'. errorCode stays.
  '08-IdentityReturn.class.tsx': {
    has: ["status: params.get('acquisitionStatus'),", "reference: params.get('workflowExecutionId'),", "code: params.get('errorCode'),"],
    lacks: ["'transactionStatus'", "'transactionReference'"], manual: [],
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

frontendRoundSuite('hold-out round 28: front-end rules on unseen code, how older code is organised', DIR, corpus, {
  expected: EXPECT, gaps: GAPS, unparsedLegacy: UNPARSED_LEGACY, lookalikeGaps: LOOKALIKE_GAPS,
  counts: { untouched: 6, files: 14, unparsed: 0 },
});
