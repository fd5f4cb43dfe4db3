// Hold-out round 51 for the front-end rules (iframe-event-handler, iframe-allow, landing-page-params, web-client-host,
// legacy-endpoint on pages). test/holdout/round51-frontend/ was written from the spec (real-world-legacy-code.md §2.7,
// §2.10; jumio-api-facts.md §4.6, §5.4–§5.6) and MIGRATION.md without reading the rules. Where round 49 weighed the UI
// state driven by the events and round 50 the page lifecycle and navigation, round 51 weighs CMS AND LOW-CODE
// PLATFORMS' FRONT-END CODE around the web client's frame: the handler lives in the shape a platform imposes — a Drupal
// behavior (`Drupal.behaviors.x = { attach(context, settings) { once(…).forEach(…) }, detach(…, trigger) {
// once.remove(…) } }` reading `settings` / `drupalSettings`, its frame written by a `Drupal.theme.x` function that
// CONCATENATES the markup), a WordPress plugin script (`jQuery(function ($) { … })` reading the `wp_localize_script`
// object `window.acmeIdentity`, `wp.hooks.doAction` for add-ons, `wp.i18n.__`, an `admin-ajax.php` post with a nonce,
// the frame printed by a shortcode and given its `allow` by `.attr({ … })`), a Salesforce Lightning Web Component
// (`LightningElement`, `connectedCallback` binding a method into a member, `disconnectedCallback`, imperative Apex, the
// origin an imported CUSTOM LABEL, `FlowNavigationNextEvent`, and its template in a separate `.html` beside the `.js`,
// `if:true` / `if:false` directives), a Magento 2 RequireJS module (`define([...], function ($, $t, customerData) { … })`
// declaring a jQuery UI widget whose listener is namespaced by `this.eventNamespace` and bound with `$.proxy`, an error
// table of `$t(…)` messages, `customerData.reload`, `$.mage.cookies`; the frame in a `.phtml` view outside the
// corpus), and a Webflow export (`data-wf-page` / `data-wf-site`, the `w-embed w-iframe` embed, page custom code queued
// with `window.Webflow.push(async function () { … })`, Memberstack's `$memberstackDom`, a Make.com webhook giving the
// frame URL, `window.onmessage = …`) — so that every rename, origin translation, allow-list edit and marker lands in
// platform code that must come out exactly as written.
// Earlier rounds already took (grep -rlF over test/holdout/, both kinds, test files included): `LightningElement` (2:
// round 16's 05-kycFrame.js — an ARROW PROPERTY, `endsWith('.netverify.com')`, a `CustomEvent` with a field, an
// `lwc:if`/`lwc:else` template with the full flag — and its Veriff lookalike), `define([` (7: round 3's Backbone view,
// round 6's Dojo widget, round 12's backend UMD, round 14's AngularJS controller and its Onfido lookalike, round 28's
// 07 `define(['jquery'], …)` with a regex const and `settings.onFinished(data)`), `require([` (3: round 12's two
// `.phtml` views, round 28's 07), `Magento` (3: round 12's `.phtml` views), `_on(this.window` (1: round 9's 08 jQuery UI
// widget, a method named in an events map), `window.onmessage =` (7: rounds 5, 21, 26, 38 and frontend/14),
// `connectedCallback` (40+ custom elements), `once(` (Vue `once` options and `{ once: true }` only); and for
// `Drupal.behaviors`, `drupalSettings`, `Drupal.theme`, `once.remove`, `wp.hooks`, `doAction`, `wp_localize`,
// `jQuery(function`, `ajaxurl`, `requirejs`, `x-magento-init`, `customerData`, `eventNamespace`, `Webflow`,
// `Webflow.push`, `data-wf-`, `Squarespace`, `memberstack`, `@salesforce/label`, `FlowNavigationNextEvent`: no hit. So
// this round AVOIDED round 16's LWC shape (an arrow property, an origin suffix, the flag already there) and round 9's
// jQuery UI events map; no corpus file attaches its listener in a Drupal behavior, hands the parsed event to
// `wp.hooks.doAction`, checks the origin against a Salesforce custom label, namespaces a jQuery listener with a widget's
// `eventNamespace`, or queues its script on `window.Webflow`.
// Five legacy integrations, one per platform (03 is the LWC's two files): a Drupal 10 behavior (01: `indexOf(
// '.netverify.com') === -1` as an early return, a `WeakMap` of handlers for `detach`, `$.post(Drupal.url(…))` and a
// jQuery `trigger` given the reference, `Drupal.announce`; the frame CONCATENATED in `Drupal.theme.acmeFaceCheckFrame`
// with `camera;fullscreen` and the flag); a WordPress plugin (02: an exact-tenant regex written inline on
// `e.originalEvent.origin`, the parsed event WHOLE to `wp.hooks.doAction`, a `switch` on `payload.value`, the frame's
// `.attr({ src, allow: 'camera;fullscreen' })` on an id of the shortcode's markup, no flag); an LWC (03-*.js: a method
// bound into `this._onMessage`, `event.origin !== FRAME_ORIGIN` of `@salesforce/label/c.…`, imperative Apex given the
// reference, the reference in an `@api` Flow output, `code === 9836` locking the withdrawal; 03-*.html: `src={frameUrl}`
// under `if:true`, `allow="camera; fullscreen"` without the flag); a Magento 2 widget (04: an exact US white-label
// origin const, `'message' + this.eventNamespace` with `$.proxy`, a `$t` table of 9200/9210/9836 looked up by the
// handler, `$.ajax` with the form key and `_trigger` given the reference; the frame only given its `src`); and a Webflow
// export (05: `e.origin.includes('netverify.com')`, `window.onmessage` inside `Webflow.push`, the reference to
// Memberstack's custom field and the app's own `?ref=` link; the embed's frame `src="about:blank"`, `camera;fullscreen`,
// `allowfullscreen=""`). Plus 3 lookalikes (40-42) that must stay byte-identical, each in the very shape of a legacy
// integration: 01's behavior for an e-signature provider, 03's LWC already on KYX, and 04's widget for an open-banking
// payment.
// What the rules must do, from MIGRATION.md: "**Rewrites every read of `transactionReference` on the parsed event
// object** → `workflowExecutionId`" ("Reads of other objects that merely have a field of that name are never touched");
// "**Translates origin checks** from the legacy web client (`https://<prefix>.netverify.com`) to the KYX web client
// (`https://<prefix>.web.<region>.jumio.ai`) with the same strictness" (the table's rows are quoted at each file);
// "**Flags error code 9836** wherever the handler (or a helper it calls) compares with it or lists it (`===`,
// `switch`/`case`, `[…].includes`, lookup tables)"; "**Flags escapes**: when the whole parsed object is passed somewhere
// the rule cannot follow (…), one marker per handler says that its consumers must read `workflowExecutionId`"; and
// iframe-allow "adds what is missing and keeps everything already there: … their order, the separator style (`;` or
// `; `) … Nothing is duplicated", with "Markup assembled at run time (`'<iframe src="' + url + '" …>'`, …) is never
// edited (its allow list may sit in any piece): it gets a marker at the statement … on a page with a proven handler".
// What they must leave alone: every platform line — `Drupal.behaviors`, `once`/`once.remove`, `Drupal.theme`, `Drupal.t`,
// `Drupal.announce`, `wp.hooks`, `wp.i18n`, nonces, Apex imports and calls, Flow and toast events, `define`, `$.widget`,
// `$.proxy`, `eventNamespace`, `customerData`, `$.mage.cookies`, `Webflow.push`, Memberstack calls, the Make.com fetch,
// Webflow's own head scripts. Notes ("`event.data` now also carries `accountId` and `customerInternalReference`") are
// report-only, not manual items. Item order: the order of their place in the file (round 43's note). Region of an exact
// white-label origin: "the region of the legacy API host the repository's code calls … when exactly one region is found,
// else amer-1" — no file of this corpus calls a legacy API host, so 04's US white-label origin becomes
// `https://bexley.web.amer-1.jumio.ai` with the region item.
// JUDGEMENT CALLS (each also at its file): (1) 01's `Drupal.theme.acmeFaceCheckFrame` returns the frame as markup
// CONCATENATED around `Drupal.checkPlain(url)` and `Drupal.t(…)` — "Markup assembled at run time … is never edited … it
// gets a marker at the statement … else on a page with a proven handler. Such a frame counts only when it asks for the
// camera": MIGRATION.md names no Drupal theme function; we judge the behavior's script file, whose own proven handler
// frames what the theme function returns (`$(wrapper).html(Drupal.theme(…))`), to be that page — one iframe-allow item
// at the `return`, the string as written; (2) 02's `wp.hooks.doAction('acmeIdentity.faceCheckEvent', data)` hands the
// WHOLE parsed object to every add-on hooked on the action — "passed somewhere the rule cannot follow": one
// iframe-event-handler item, the call kept; (3) 03's origin is a Salesforce custom label (`import FRAME_ORIGIN from
// '@salesforce/label/c.Identity_Frame_Origin'`), whose value lives in org metadata outside the corpus — as round 48
// judged a check against a value the file does not hold, the check stays as written with NO item (no rule can see the
// legacy origin); "A comparison with a non-literal … is neither", so the handler is proven by its fields (the parse,
// `payload.value` with `'loaded'`, `payload.metainfo`, 9836, `transactionReference`) and migrated; (4) 03's template is
// `03-identityFaceCheck.html` beside `03-identityFaceCheck.js`, "a Salesforce Lightning Web Component importing `lwc`,
// whose view it is by convention": its frame gets the KYX list in the template's `; ` style and `allowfullscreen`;
// (5) 04's listener is attached as `'message' + this.eventNamespace` (jQuery UI's `.<widgetName><uuid>` namespace):
// MIGRATION.md names "a jQuery namespace computed at run time (`$(window).on('message.' + this.cid, …)`)"; the
// event-type piece is the literal `'message'` and the rest is jQuery UI's own namespace string, so we judge it the same
// window message listener, with `$.proxy(this._onFrameMessage, this)` the bound method; (6) 04's `ERROR_MESSAGES`
// (9200, 9210, 9836) is a lookup table the handler reads (`ERROR_MESSAGES[data.payload.metainfo.code]`): ONE item for its
// 9836 entry; it lists only two other codes, so there is no handler-independent second item; (7) 04's frame is in the
// `.phtml` view (outside the corpus) and the widget only sets its `src` (`this.$frame.attr('src', …)`) — iframe-allow's
// DOM case is "`el.setAttribute('allow', '…')`, `el.allow = '…'`, jQuery `$('#id').attr('allow', '…')`": nothing is
// added there and no item (the view is the human's, as rounds 46 and 49 judged a script that sets `src` only); (8) 05's
// `'/payouts/confirm?ref=' + …` and 02/03/04/05's references handed to the platform (`$.post`, Apex, `_trigger`,
// Memberstack's `customFields`, an `@api` property) are FIELDS of the event in the app's own objects or links with the
// app's own key: renamed, no escape, no link item ("Legacy redirect parameters in the handler's own links" is about the
// legacy keys only); (9) 05's Make.com webhook answer `{ frameUrl }` is the app's own service, not a legacy initiate:
// nothing on the `fetch`, and the embed's frame is proven by the page's handler ("`src=\"about:blank\"` … counts as no
// `src`").
// Judged by hand from the spec and MIGRATION.md BEFORE the codemod ran (the corpus and this file's judgements were
// written before the first run). Runs the round suite's parts directly (as rounds 18–50).
// First run (at the corpus commit): 21 tests, 17 passed; every diff and item read by hand. Two DEFECTS, fixed: the
// Magento widget's `'message' + this.eventNamespace` (jQuery UI's namespace starts with its dot) was not read as a
// window message listener, so the file got only legacy-endpoint's host item (listeners.ts; fixture
// jquery-ui-event-namespace); and the Drupal theme function RETURNING the frame's markup assembled at run time got no
// item (html-sinks.ts: a return of assembled markup is a sink; fixtures returned-concat-markup,
// neg-returned-concat-video). Two JUDGEMENT SLIPS (02, 03): `lacks` named `transactionReference` and `netverify`,
// which the judged markers themselves spell; narrowed to the legacy read and host. 21/21 now.
import { resolve } from 'node:path';
import {
  frontendRoundCorpus, frontendRoundSuite, FULL_ALLOW, KYX_REGEX, SPACED_ALLOW,
  type JudgedExpectation,
} from '../support/frontend-holdout.js';

const DIR = resolve(import.meta.dirname, 'round51-frontend');
const corpus = frontendRoundCorpus(DIR);

type Expectation = JudgedExpectation;
const IEH = 'iframe-event-handler';
const ALLOW = 'iframe-allow';

const EXPECT: Record<string, Expectation> = {
  // ── 01: Drupal 10 behavior — once() in attach, once.remove() in detach, the frame from a Drupal.theme function ──
  // The listener: the `onMessage` arrow of the `once(…).forEach` callback, attached with `window.addEventListener(
  // 'message', onMessage)` ("**Finds `message` listeners however they are attached**: `addEventListener('message', …)`
  // on `window`"). The check: "`origin.indexOf(X) !== -1` (…) reads as a match, `=== -1` / `< 0` as a skip" — an early
  // return for every other origin, so the code after it is Jumio's — and "| `origin.endsWith('.netverify.com')`,
  // `includes`/`indexOf('netverify.com')`, … | same call with `'.jumio.ai'` / `'jumio.ai'` | no — domain for domain |".
  // The reads handed to `$.post(…, { reference: … })` and to the jQuery `trigger`'s argument array are fields: renamed.
  // The error path prints the code through `Drupal.t`'s placeholder: no 9836, kept. The frame: JUDGEMENT CALL (1) — one
  // iframe-allow item at the theme function's `return`, the concatenated string as written. Untouched platform code:
  // the `(function ($, Drupal, drupalSettings, once) { … })(jQuery, Drupal, drupalSettings, once)` wrapper,
  // `settings.acmeIdentity || drupalSettings.acmeIdentity`, `once(…)`, the `WeakMap`, `detach` with its `'unload'`
  // trigger and `once.remove(…)`, `Drupal.announce`.
  '01-acme_identity.face_check.drupal.js': {
    has: ["if (event.origin.indexOf('.jumio.ai') === -1) {",
      "            $.post(Drupal.url(config.completePath), {\n              reference: data.workflowExecutionId,\n              level: config.assuranceLevel,\n            }).done(() => {",
      "$(wrapper).trigger('acmeIdentity:confirmed', [data.workflowExecutionId]);",
      "status.textContent = Drupal.t('The face check stopped (code @code).', { '@code': data.payload.metainfo.code });",
      "return '<iframe class=\"acme-face-check__frame\" src=\"' + Drupal.checkPlain(url) + '\" title=\"' + Drupal.t('Face check') + '\" allow=\"camera;fullscreen\" allowfullscreen></iframe>';",
      "      once('acme-face-check', '[data-acme-face-check]', context).forEach((wrapper) => {\n        const config = settings.acmeIdentity || drupalSettings.acmeIdentity;",
      "$(wrapper).html(Drupal.theme('acmeFaceCheckFrame', config.frameUrl)).append(status);",
      "        handlers.set(wrapper, onMessage);\n        window.addEventListener('message', onMessage);",
      "      if (trigger !== 'unload') {\n        return;\n      }\n      once.remove('acme-face-check', '[data-acme-face-check]', context).forEach((wrapper) => {\n        window.removeEventListener('message', handlers.get(wrapper));\n        handlers.delete(wrapper);\n      });",
      '})(jQuery, Drupal, drupalSettings, once);'],
    lacks: ['transactionReference', 'netverify.com'],
    manual: [ALLOW],
  },

  // ── 02: WordPress plugin — jQuery(function ($) { … }), wp_localize_script settings, wp.hooks, admin-ajax ──
  // "jQuery `$(window).on('message', …)`, also namespaced (`'message.kyc'`) and through `.off(…)` chains (reading
  // `e.originalEvent.data`, also through `var evt = e.originalEvent` — any alias of the event counts)". The check is an
  // exact-tenant regex written inline: "| regex `/…[a-z0-9-]+\.netverify\.com$/`, `/^https:\/\/acme\.netverify\.com$/`, … |
  // `…\.web\.(?:amer-1|emea-1|apac-1)\.jumio\.ai…` (tenant label kept, any region) | no |". The parse behind a `typeof`
  // guard. JUDGEMENT CALL (2): `wp.hooks.doAction(…, data)` — one iframe-event-handler item, the call kept. The read in
  // the `admin-ajax.php` post is a field: renamed; the error text prints the code: kept. The frame: "an element a script
  // file looks up by an id it cannot see (`querySelector('#kyc-frame')`, `getElementById`, `$('#x')`: the page's
  // `<iframe>` lives in a view that loads the script …) when the script gives it a list granting camera and fullscreen
  // beside a proven handler of the file", given through jQuery's attributes object: "`.attr({ src, allow,
  // allowfullscreen })` … in one object" is edited, and "what is missing is chained onto that call, which returns the
  // element (`….attr({ … }).attr('allowfullscreen', '')`". Untouched platform code: `window.acmeIdentity || {}`,
  // `wp.i18n.__`, the nonce and order key, `update_checkout`, `$(window).off('message.acmeIdentity')`.
  '02-acme-identity-face-check.wp-plugin.js': {
    has: [`if (!/^https:\\/\\/ridgeway${KYX_REGEX}$/.test(evt.origin)) {`,
      "\t\tvar evt = e.originalEvent;",
      "\t\tvar data = typeof evt.data === 'string' ? JSON.parse(evt.data) : evt.data;",
      "wp.hooks.doAction('acmeIdentity.faceCheckEvent', data);",
      "\t\t\t\t\torder_key: settings.orderKey,\n\t\t\t\t\treference: data.workflowExecutionId\n\t\t\t\t}).done(function (response) {",
      `\t\tsrc: settings.frameUrl,\n\t\tallow: '${FULL_ALLOW}'\n\t})`,
      ".attr('allowfullscreen', '')",
      "\t\t\t\t$(window).off('message.acmeIdentity');",
      "\tvar settings = window.acmeIdentity || {};",
      "__('The face check stopped. Please try again.', 'acme-identity') + ' (' + data.payload.metainfo.code + ')'"],
    // (After the first run, the lead: JUDGEMENT SLIP — the judged escape item's own text names transactionReference and
    // every marker is spelled TODO(netverify-migrate), so these two `lacks` named the legacy read and host instead.)
    lacks: ['data.transactionReference', 'netverify.com', "allow: 'camera;fullscreen'\n"],
    manual: [IEH], manualMentions: ['workflowExecutionId'],
  },

  // ── 03: Salesforce LWC — a method bound into a member in connectedCallback, an origin from a custom label ──
  // "class methods, bound (`this.h.bind(this)`, …)" and "a member the function was assigned to once in the same
  // component or file": `this._onMessage = this.handleFrameMessage.bind(this)`, attached in `connectedCallback`. The
  // origin: JUDGEMENT CALL (3) — the custom label check kept, no item; the handler proven by its fields and migrated. The
  // reads handed to the imperative Apex call and to the `@api` Flow output property are fields: renamed. The 9836:
  // `code === 9836` through a local, under the app's comment giving the LEGACY meaning: "**Flags error code 9836** …
  // the legacy meaning (*no acceptable submission in 3 attempts*) is now 9835" — one item naming 9835, both branches
  // kept. Untouched platform code: the Apex, label, toast and Flow imports, `startFaceCheck(…)`, `FlowNavigationNextEvent`,
  // `ShowToastEvent`, `disconnectedCallback`.
  '03-identityFaceCheck.js': {
    has: ["import FRAME_ORIGIN from '@salesforce/label/c.Identity_Frame_Origin';",
      '        if (event.origin !== FRAME_ORIGIN) {\n            return;\n        }\n        const data = JSON.parse(event.data);',
      'completeFaceCheck({ withdrawalId: this.recordId, reference: data.workflowExecutionId })',
      '                    this.faceCheckReference = data.workflowExecutionId;\n                    this.dispatchEvent(new FlowNavigationNextEvent());',
      '            const code = data.payload.metainfo.code;',
      'if (code === 9836) {',
      "        this._onMessage = this.handleFrameMessage.bind(this);\n        window.addEventListener('message', this._onMessage);",
      "    disconnectedCallback() {\n        window.removeEventListener('message', this._onMessage);\n    }"],
    // (After the first run, the lead: JUDGEMENT SLIP — the judged 9836 item is a marker spelled TODO(netverify-migrate);
    // `lacks` names the legacy read and host instead.)
    lacks: ['data.transactionReference', 'netverify.com'],
    manual: [IEH], manualMentions: ['9835'],
  },

  // ── 03 (template): the LWC's view beside it ──
  // JUDGEMENT CALL (4): "for a view `x.html`, also the `x.ts`/`x.js` beside it that … is … a Salesforce Lightning Web
  // Component importing `lwc`, whose view it is by convention" — the frame under `if:true={frameUrl}` gets the KYX list in
  // its `; ` style ("the separator style (`;` or `; `)") and the missing `allowfullscreen`; `src={frameUrl}`, `class`,
  // `title`, `width`, `height` and every `lightning-*` element and directive kept.
  '03-identityFaceCheck.html': {
    has: ['<iframe src={frameUrl} class="face-check__frame" title="Face check" width="100%" height="640" allow="' + SPACED_ALLOW + '"',
      'allowfullscreen',
      '            <template if:true={locked}>\n                <lightning-button label="Find a branch" onclick={openBranchFinder}></lightning-button>\n            </template>',
      '<lightning-spinner alternative-text="Loading the face check" size="medium"></lightning-spinner>'],
    lacks: ['allow="camera; fullscreen"', 'netverify'],
    manual: [],
  },

  // ── 04: Magento 2 RequireJS module — a jQuery UI widget, `'message' + this.eventNamespace`, a $t error table ──
  // JUDGEMENT CALL (5): the window listener is `$.proxy(this._onFrameMessage, this)` under jQuery UI's namespace; the
  // method reads `event.originalEvent` (an alias of the event). The check compares with a const holding the US
  // white-label origin: "| `origin === 'https://acme.netverify.com'`, …, a same-file constant holding it, … |
  // `'https://acme.web.<region>.jumio.ai'`: the region of the legacy API host the repository's code calls … when exactly
  // one region is found, else amer-1 | **yes**: … the marker says where the region came from, names the other regions'
  // hosts …" — `https://bexley.web.amer-1.jumio.ai` and one region item. The reads in `$.ajax`'s data and in
  // `_trigger`'s data are fields: renamed. JUDGEMENT CALL (6): one item for the table's 9836 entry, the entry and its
  // `$t` text kept. JUDGEMENT CALL (7): the frame only given its `src` — nothing. Untouched platform code: the `define`
  // dependency list, `$.widget`, `options`, `$.getJSON`, `$.mage.cookies.get('form_key')`, `customerData.reload`,
  // `_destroy` with `$(window).off(this.eventNamespace)`, `return $.acme.identityFaceCheck`.
  '04-identity-face-check.magento.js': {
    has: ["var WEB_CLIENT_ORIGIN = 'https://bexley.web.amer-1.jumio.ai';",
      '            var message = event.originalEvent;\n            if (message.origin !== WEB_CLIENT_ORIGIN) {',
      "data: { form_key: $.mage.cookies.get('form_key'), reference: data.workflowExecutionId }",
      "                    customerData.reload(['acme-identity'], true);\n                    this._trigger('verified', null, { reference: data.workflowExecutionId });",
      "        9836: $t('We could not take an acceptable photo. Please contact our support team.')",
      "ERROR_MESSAGES[data.payload.metainfo.code] || $t('The face check stopped. Please try again.')",
      "            $(window).on('message' + this.eventNamespace, $.proxy(this._onFrameMessage, this));",
      "                this.$frame.attr('src', session.frame_url);",
      '        _destroy: function () {\n            $(window).off(this.eventNamespace);\n        }',
      "define([\n    'jquery',\n    'mage/translate',\n    'Magento_Customer/js/customer-data',\n    'jquery-ui-modules/widget'\n], function ($, $t, customerData) {"],
    lacks: ['transactionReference', 'bexley.netverify.com', 'allowfullscreen', 'accelerometer'],
    manual: [IEH, IEH], manualMentions: ['bexley.web.emea-1.jumio.ai', '9835'],
  },

  // ── 05: Webflow export — page custom code queued on window.Webflow, Memberstack, a Make.com webhook ──
  // "`window.onmessage = …`" attaches the handler, inside the `Webflow.push` callback. The check: "| … `includes`/
  // `indexOf('netverify.com')` … | same call with `'.jumio.ai'` / `'jumio.ai'` | no — domain for domain |". The reads
  // handed to Memberstack's `updateMember` and to the app's own `?ref=` link are fields (JUDGEMENT CALL (8)): renamed, no
  // item. The error text prints the code: kept. The embed's frame: "an iFrame on a page whose own scripts attach a
  // **proven Jumio message handler** (… the page's inline scripts …)" with `src="about:blank"` ("counts as no `src`",
  // JUDGEMENT CALL (9)): the KYX list in place, `allowfullscreen=""` already there ("Nothing is duplicated"), `style`
  // kept. Untouched platform code: Webflow's head snippet, the Memberstack and jQuery script tags with their `integrity`,
  // `window.Webflow ||= []`, the Make.com `fetch`, `frame.src = …`, the retry link.
  '05-verify-identity.webflow.html': {
    has: ["if (!e.origin.includes('jumio.ai')) return;",
      '        var data = JSON.parse(e.data);',
      "await memberstack.updateMember({ customFields: { 'face-check-reference': data.workflowExecutionId } });",
      "window.location.href = '/payouts/confirm?ref=' + encodeURIComponent(data.workflowExecutionId);",
      "statusEl.textContent = 'The face check stopped (code ' + data.payload.metainfo.code + ').';",
      `<iframe id="face-check-frame" src="about:blank" title="Face check" width="100%" height="640" style="border:0" allow="${FULL_ALLOW}" allowfullscreen=""></iframe>`,
      '    window.Webflow ||= [];\n    window.Webflow.push(async function () {',
      "var res = await fetch('https://hook.eu2.make.com/8c1x5pq2v7ktn3yhwz0a9f4b6e1d2c3m', {",
      '        frame.src = (await res.json()).frameUrl;',
      '<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>'],
    lacks: ['transactionReference', 'netverify.com', 'allow="camera;fullscreen"', 'allowfullscreen="" allowfullscreen'],
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
// 40 — 01's Drupal behavior for an E-SIGNATURE provider (Inksign): the same `once` / `once.remove` / `WeakMap` / detach
//      lines, the same `$.post(Drupal.url(…))` and `trigger` given `data.transactionReference`, the same parse in a
//      try. Its check is `indexOf('.inksign.example') === -1` → return: "An origin check against any other host (…)
//      **vetoes** a handler with no Jumio check, whatever fields it reads"; it compares `payload.value` with `'ready'` /
//      `'signed'` / `'declined'` ("compares `payload.value` with a value Jumio never sends") and reads `payload.reason`,
//      so tie-breaker 6 ("compares `payload.value` only with values Jumio sends") does not flag it either. Its
//      concatenated frame asks for `clipboard-write; fullscreen`, not the camera: "Such a frame counts only when it asks
//      for the camera", on a file with no proven handler. No legacy host, no error code.
// 41 — 03's LWC already on KYX (its template is not in the corpus): the same label check, bound member and Flow
//      output, the Apex call given `data.accountId` and `data.workflowExecutionId`, `code === 9835 || code === 9836`.
//      "A handler **already on KYX** (reads `workflowExecutionId`, never `transactionReference`, checks no legacy
//      origin) means KYX's 9836 — its comparisons and tables are not flagged", and notes are only "for every proven
//      handler not already on KYX". No frame, no legacy host.
// 42 — 04's Magento widget for an OPEN-BANKING payment (Paywell): the same `define` list, `$.widget`, `'message' +
//      this.eventNamespace` with `$.proxy`, `$.ajax` and `_trigger` given `data.transactionReference`, a `$t` table.
//      Its const holds `https://connect.paywell.example` — another host, which vetoes — and it compares `payload.value`
//      with `'authorised'` / `'declined'` and reads `payload.reason`; its table is keyed by Paywell's reason strings, no
//      Jumio error code. Its frame is in its `.phtml` and the widget sets only `src`. No legacy host.
frontendRoundSuite('hold-out round 51: front-end rules on unseen code, CMS and low-code platforms\' front-end code around the web client\'s frame', DIR, corpus, {
  expected: EXPECT, gaps: GAPS, unparsedLegacy: UNPARSED_LEGACY, lookalikeGaps: LOOKALIKE_GAPS,
  counts: { untouched: 3, files: 9, unparsed: 0 },
});
