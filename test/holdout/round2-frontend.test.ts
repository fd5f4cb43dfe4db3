// Hold-out round 2 for the front-end rules (iframe-event-handler, iframe-allow, landing-page-params,
// web-client-host). test/holdout/round2-frontend/ was written from the spec (real-world-legacy-code.md §2.7, §2.8,
// §2.10, §2.11; jumio-api-facts.md §2, §4.6, §5.4, §5.5) before the rules were read, in styles the first corpora
// did not cover: React hooks/classes, Vue 2/3 SFCs with self-closed <iframe/> and bound src, Angular
// HostListener/Renderer2/inline templates, jQuery, plain pages, JSP/EJS/Handlebars/Thymeleaf/Jinja pages with
// quoted server tags inside attributes, landing pages (URLSearchParams, a hand-written location.search parser,
// Next router.query, Vue useRoute, Express), plus lookalikes (40-49) that must stay byte-identical.
// Judged by hand from the CLI's dry run; the same checks as test/holdout/frontend.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { transformText } from '../../codemods/engine/run-on-text.js';
import { createProjectView } from '../../codemods/engine/project-view.js';
import { rules } from '../../codemods/rules/index.js';
import { expectStableRerun } from '../support/stable-rerun.js';

const DIR = resolve(import.meta.dirname, 'round2-frontend');
const project = createProjectView(DIR);
const files = readdirSync(DIR).sort();

function run(name: string, text = readFileSync(join(DIR, name), 'utf8')) {
  return transformText({ path: name, absPath: join(DIR, name), text, rules, project });
}

const TODO = 'TODO(netverify-migrate)';
const FULL_ALLOW = 'camera;fullscreen;accelerometer;gyroscope;magnetometer';
const RENAMED = 'data.workflowExecutionId';

/** Lookalikes: other vendors' frames and message handlers, payment return pages, a message bus. */
const UNTOUCHED = files.filter((f) => /^4\d-lookalike-/.test(f));

interface Expectation {
  has?: string[];
  lacks?: string[];
  /** rule ids of the manual items, in order */
  manual?: string[];
}

const EXPECT: Record<string, Expectation> = {
  '01-react-hook-cleanup.jsx': { has: ['navigate(`/onboarding/review?ref=${data.workflowExecutionId}`)', `allow="${FULL_ALLOW}"`, 'return () => window.removeEventListener'], lacks: ['data.transactionReference'], manual: [] },
  // endsWith('.netverify.com') → the KYX web-client domain; 9836 in the message table is flagged.
  '02-react-class-origin.tsx': { has: ["event.origin.endsWith('.jumio.ai')", 'this.props.onComplete(data.workflowExecutionId)', `allow="${FULL_ALLOW}" allowFullScreen`], lacks: ['netverify.com'], manual: ['iframe-event-handler'] },
  '03-react-custom-hook.ts': { has: ["!== 'mybank.web.amer-1.jumio.ai'", 'cb.current(data.payload.value, data.workflowExecutionId)'], manual: ['iframe-event-handler'] },
  // A self-closed <iframe … /> used to hide the whole <script> from parse5: nothing was migrated, nothing flagged.
  '04-vue2-options-selfclosing.vue': { has: [`<iframe :src="redirectUrl" allow="${FULL_ALLOW}" allowfullscreen class="kyc-frame" />`, 'if (!data.workflowExecutionId) return;', '{ reference: data.workflowExecutionId }', '<style scoped>'], lacks: ['data.transactionReference'], manual: [] },
  '05-vue3-setup-selfclosing.vue': { has: ['/\\.web\\.(?:amer-1|emea-1|apac-1)\\.jumio\\.ai$/.test(event.origin)', "emit('verified', data.workflowExecutionId)", `allow="${FULL_ALLOW}" allowfullscreen />`], lacks: ['data.transactionReference'], manual: [] },
  '06-vue3-define-component.vue': { has: [`allow="${FULL_ALLOW}"`, '{ reference: data.workflowExecutionId }'], manual: [] },
  // The inline `template:` iframe was left with the legacy allow list (neither edited nor flagged).
  '07-angular-hostlistener.component.ts': { has: [`<iframe [src]="safeUrl" allow="${FULL_ALLOW}" allowfullscreen`, "event.origin.indexOf('jumio.ai') === -1", 'this.finished.emit(data.workflowExecutionId)'], manual: [] },
  // Renderer2.listen('window', 'message', …) and renderer.setAttribute(frame, 'allow', …) were not recognised.
  '08-angular-renderer.component.ts': { has: [`this.renderer.setAttribute(frame, 'allow', '${FULL_ALLOW}')`, 'this.kyc.markCompleted(data.workflowExecutionId)'], manual: ['iframe-allow'] },
  '09-plain-module-onmessage.js': { has: [`iframe.allow = '${FULL_ALLOW}'`, 'onSuccess(data.workflowExecutionId)'], manual: ['iframe-allow'] },
  '10-jquery-message.js': { has: [`allow: '${FULL_ALLOW}'`, `$('#kyc-reference').val(${RENAMED})`], manual: ['iframe-allow'] },
  '11-plain-html-inline.html': { has: ["event.origin !== 'https://acme.web.amer-1.jumio.ai'", `'Thank you! Reference: ' + ${RENAMED}`, `allow="${FULL_ALLOW}" allowfullscreen`], manual: ['iframe-event-handler'] },
  // Quotes inside <%= … %> in the src attribute: the allow list used to be spliced into the JSP expression.
  '12-jsp-attr-tags.jsp': { has: [`<iframe src="<%= request.getAttribute("redirectUrl") %>" title="<c:out value="\${frameTitle}"/>" allow="${FULL_ALLOW}" allowfullscreen width="100%"`, `console.log('transaction reference:', ${RENAMED})`], lacks: ['getAttribute(" allow='], manual: [] },
  // Quotes inside <%= __("…") %> in attributes: the whole page used to be skipped.
  '13-ejs-attr-tags.ejs': { has: [`class="<%= embedded ? "embedded" : "full" %>" allow="${FULL_ALLOW}" allowfullscreen>`, `encodeURIComponent(${RENAMED})`], manual: [] },
  // allowfullscreen behind {{#if}} stays the template's decision (no unconditional duplicate).
  '14-handlebars.hbs': { has: [`allow="${FULL_ALLOW}" {{#if allowFullscreen}}allowfullscreen{{/if}}`, `{ ref: ${RENAMED} }`], manual: [] },
  '15-thymeleaf.html': { has: [`th:src="\${redirectUrl}" src="" allow="${FULL_ALLOW}" allowfullscreen`, `getElementById('txRef').value = ${RENAMED}`, 'name="transactionReference" id="txRef"'], manual: [] },
  '16-jinja.html': { has: [`allow="${FULL_ALLOW}" allowfullscreen`, `{ reference: ${RENAMED} }`, "{{ url_for('kyc.complete') }}"], manual: [] },
  // Reading customerInternalReference (the legacy v4 client sent it too) used to mark the page "already KYX".
  '17-landing-urlsearchparams.js': { has: ["params.get('acquisitionStatus')", "params.get('workflowExecutionId')", "params.get('customerInternalReference')", "params.get('errorCode')"], lacks: ["get('transactionStatus')"], manual: [] },
  // A hand-written location.search parser was not a query source.
  '18-landing-location-search.js': { has: ["q.acquisitionStatus === 'SUCCESS'", "q.acquisitionStatus === 'ERROR'", "' + q.workflowExecutionId + '", 'q.errorCode'], lacks: ['q.transactionStatus'], manual: [] },
  '19-landing-next-router.tsx': { has: ['router.query.acquisitionStatus as string', 'router.query.workflowExecutionId as string', 'router.query.errorCode'], manual: [] },
  // First route proven (status + reference); the error route reads errorCode + transactionReference only: flagged.
  '20-landing-express.js': { has: ['const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference, customerInternalReference } = req.query;'], manual: ['landing-page-params'] },
  '21-landing-vue-composition.vue': { has: ["route.query.acquisitionStatus === 'SUCCESS'", 'route.query.workflowExecutionId'], manual: [] },
  '22-landing-html-page.html': { has: ["search.get('acquisitionStatus')", "search.get('workflowExecutionId')", "case '9836'"], manual: ['landing-page-params'] },
  // US origin translated (region flagged), EU white-label origin flagged. (Seventeenth session: the EU data centre's
  // white-label host names its region, so it is translated to its emea-1 web client without an item, as imported lists
  // and test mocks already were — hold-out round 17's 07; the judgement follows: one region item, for the US origin.)
  '23-origin-whitelabel-list.js': { has: ["'https://acme.web.amer-1.jumio.ai'", "'https://acme.web.emea-1.jumio.ai'", 'reference: data.workflowExecutionId'], manual: ['iframe-event-handler'] },
  // The EU white-label web-client URL used to go unflagged next to the flagged US one.
  // Reads transactionReference and payload.value of a parsed message, with no origin check and no Jumio word: the
  // same evidence as the team's negative fixture neg-3ds-no-origin (a payment widget), so it is not migrated; the
  // identity-check context (class KycFrameBridge) gets it flagged (was a known gap: no marker at all).
  '24-typeof-guard-handler.ts': { has: ['fn(data.transactionReference)'], manual: ['iframe-event-handler'] },
  '25-web-client-host-config.ts': { manual: ['web-client-host', 'web-client-host'] },
  '26-next-jsx-component.tsx': { has: ['onDone(msg.workflowExecutionId)', 'allow="camera; fullscreen; accelerometer; gyroscope; magnetometer"'], manual: [] },
  // A CSP frame-src with the white-label hosts: both flagged (by legacy-endpoint; the EU data-centre host
  // acme.lon.netverify.com went unflagged until hold-out round 3).
  '27-helmet-csp.js': { manual: ['legacy-endpoint', 'legacy-endpoint'] },
  // usehooks-ts useEventListener('message', …) was not a listener; HostListener ['$event.data'] was not either.
  '28-react-use-event-listener.tsx': { has: ['onDone(data.workflowExecutionId)', `allow="${FULL_ALLOW}" allowFullScreen`], manual: [] },
  '29-angular-hostlistener-event-data.component.ts': { has: ['this.ref = data.workflowExecutionId', `allow="${FULL_ALLOW}" allowfullscreen`], manual: [] },
};

/** Known gaps, asserted as the right behaviour with it.fails: each flips to a failure once fixed (then move it). */
const KNOWN_GAPS: Record<string, string> = {};

describe('hold-out round 2: front-end rules on unseen code', () => {
  it('every corpus file is judged', () => {
    for (const f of files) expect(UNTOUCHED.includes(f) || f in EXPECT || f in KNOWN_GAPS, f).toBe(true);
    expect(UNTOUCHED.length).toBeGreaterThanOrEqual(8);
  });

  for (const f of files) {
    describe(f, () => {
      it('no error, output parses, a second run changes nothing', () => {
        const r = run(f);
        expectStableRerun(f, r, run(f, r.output), { sameManual: true });
      });

      if (UNTOUCHED.includes(f)) {
        it('stays byte-identical with no manual item', () => {
          const r = run(f);
          expect(r.output).toBe(readFileSync(join(DIR, f), 'utf8'));
          expect(r.manual).toEqual([]);
          expect(r.external).toEqual([]);
        });
        return;
      }
      if (f in KNOWN_GAPS) {
        it.fails(`KNOWN GAP: legacy handler gets a ${KNOWN_GAPS[f]} manual item`, () => {
          expect(run(f).manual.map((m) => m.rule)).toContain(KNOWN_GAPS[f]);
        });
        return;
      }
      const e = EXPECT[f]!;
      it('carries the judged renames and flags', () => {
        const r = run(f);
        expect(r.changed).toBe(true);
        expect(r.external).toEqual([]);
        for (const s of e.has ?? []) expect(r.output, `expected ${JSON.stringify(s)}`).toContain(s);
        for (const s of e.lacks ?? []) expect(r.output, `unexpected ${JSON.stringify(s)}`).not.toContain(s);
        if (e.manual) expect(r.manual.map((m) => m.rule)).toEqual(e.manual);
        expect(r.output.split(TODO).length - 1).toBe(r.manual.length);
      });
    });
  }

  it('markers are comments of the place: HTML comments in markup, line or JSX comments in scripts', () => {
    for (const f of files) {
      for (const line of run(f).output.split('\n').filter((l) => l.includes(TODO))) {
        const t = line.trim();
        const markup = /\.(html|jsp|ejs|hbs)$/.test(f) && !t.startsWith('//');
        if (markup) expect(/^<!-- .* -->$/.test(t), `${f}: ${t}`).toBe(true);
        else expect(t.startsWith('//') || /^\{\/\* .* \*\/\}$/.test(t), `${f}: ${t}`).toBe(true);
      }
    }
  });

  it('no legacy iFrame field read is left in a migrated handler file without a marker', () => {
    for (const f of Object.keys(EXPECT).filter((x) => !/landing|web-client-host|csp/.test(x))) {
      const r = run(f);
      const legacyReads = (r.output.match(/\bdata\.transactionReference\b/g) ?? []).length;
      if (legacyReads > 0) expect(r.manual.length, f).toBeGreaterThan(0);
    }
  });
});
