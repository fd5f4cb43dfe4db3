// Hold-out regression corpus for the front-end rules (iframe-event-handler, iframe-allow, landing-page-params,
// web-client-host). The files under test/holdout/frontend/ were written from the spec's catalogue of real-world
// code (§2.7, §2.8, §2.10, §2.11) before the rules were read, then judged by hand; this test pins those judgements.
// Every file runs through the engine in process (transformText, the whole rule registry, a ProjectView rooted at
// the corpus so hand-offs stay inside it). For each file: no error, the output parses, a second run changes
// nothing; lookalikes stay byte-identical with no manual item; the rest carry the renames and flags judged right.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { transformText } from '../../codemods/engine/run-on-text.js';
import { createProjectView } from '../../codemods/engine/project-view.js';
import { rules } from '../../codemods/rules/index.js';
import { expectStableRerun } from '../support/stable-rerun.js';

const DIR = resolve(import.meta.dirname, 'frontend');
const project = createProjectView(DIR);
const files = readdirSync(DIR).sort();

function run(name: string, text = readFileSync(join(DIR, name), 'utf8')) {
  return transformText({ path: name, absPath: join(DIR, name), text, rules, project });
}

const TODO = 'TODO(netverify-migrate)';
const FULL_ALLOW = 'camera;fullscreen;accelerometer;gyroscope;magnetometer';

/** Lookalikes (§2.10) and already-migrated code: byte-identical, no manual item, no external edit. */
const UNTOUCHED = [
  '26-iframe-src-from-response.tsx', // src from the customer's own API: not provably the web client
  '28-jumio-handler.js', // reached through 28-imported-handler.js (asserted below)
  '33-already-kyx.tsx',
  '34-jumio-types.ts',
  ...files.filter((f) => /^(4\d|5\d)-/.test(f)),
];

interface Expectation {
  has?: string[];
  lacks?: string[];
  /** rule ids of the manual items, in order */
  manual?: string[];
  /** The file itself stays as it is (its work lands in another file, asserted below). */
  unchanged?: boolean;
}

const EXPECT: Record<string, Expectation> = {
  '01-doc-sample.jsp': { has: [`allow="${FULL_ALLOW}" allowfullscreen`, "console.log('transaction reference:', data.workflowExecutionId)", '<%@ page'], lacks: ['data.transactionReference'], manual: [] },
  '02-doc-sample.ejs': { has: [`allow="camera; fullscreen; accelerometer; gyroscope; magnetometer" allowfullscreen`, "getElementById('ref').value = data.workflowExecutionId", '<% if (user) { %>'], manual: [] },
  '03-doc-sample.hbs': { has: [`allow="${FULL_ALLOW}"`, 'var ref = data.workflowExecutionId;', '{{#if redirectUrl}}'], manual: [] },
  '04-identity.component.ts': { has: ["console.log('transaction reference:', data.workflowExecutionId)", 'this.reference = data.workflowExecutionId;'], lacks: ['data.transactionReference'], manual: [] },
  '04-identity.component.html': { has: [`allow="${FULL_ALLOW}" allowfullscreen`], manual: [] },
  '05-angular-hostlistener.component.ts': {
    has: ["endsWith('jumio.ai')", 'const { workflowExecutionId: transactionReference, payload } = data;', '//   console.log(\'transaction reference:\', data.transactionReference);'],
    manual: [],
  },
  '06-react-class.jsx': { has: ['if (!data.workflowExecutionId) return;', `allow="${FULL_ALLOW}"`, '{/* Jumio web client */}'], lacks: ['data.transactionReference'], manual: [] },
  '07-react-hooks.tsx': { has: ['onDone(data?.workflowExecutionId)', `allow="${FULL_ALLOW}"`], manual: ['iframe-event-handler'] },
  '08-react-errors.tsx': { has: ["data['workflowExecutionId']"], manual: ['iframe-event-handler', 'iframe-event-handler'] },
  '09-vue2-options.vue': { has: [`allow="${FULL_ALLOW}"`, 'this.transactionReference = data.workflowExecutionId;', 'ref: data.workflowExecutionId'], lacks: ['data.transactionReference'], manual: [] },
  '10-vue3-setup.vue': { has: ['{ workflowExecutionId: string; payload', "emit('done', data.workflowExecutionId)", 'camera;fullscreen;clipboard-write;accelerometer;gyroscope;magnetometer'], manual: ['iframe-event-handler'] },
  '11-jquery-attachevent.html': { has: [`allow: '${FULL_ALLOW}'`, 'ref: data.workflowExecutionId', "window.attachEvent('onmessage', receiveMessage);"], manual: ['iframe-allow'] },
  '12-global-handoff-index.html': { has: ['if (data.workflowExecutionId) {'], manual: [] },
  // Its callback's reads are renamed through 12's hand-off (asserted below). Judged untouched on its own in round 1;
  // since session 7 its frame is proven by that hand-off (iframe-allow/handoff-target.ts): the component shows the web
  // client whose events 12 hands it, so its legacy allow list gets the KYX features.
  '13-global-handoff-component.vue': { has: [`:src="jumioUrl" allow="${FULL_ALLOW}" allowfullscreen`, 'jumioIdScanReference: data.transactionReference,'], manual: [] },
  '14-origin-includes.js': { has: ["if ('workflowExecutionId' in data)", "e.origin.includes('netverify')"], manual: ['iframe-event-handler'] },
  '15-self-destructure-alias.ts': { has: ['  workflowExecutionId: string;', 'const { workflowExecutionId: ref, dateTime } = parsed;'], manual: [] },
  '16-server-template-literal.js': { has: ['data.transactionReference'], manual: ['iframe-allow', 'iframe-event-handler'] },
  '17-literal-src.html': { has: ['allow="camera; fullscreen; geolocation; accelerometer; gyroscope; magnetometer"', '  allowfullscreen\n'] },
  '18-set-attribute.js': { has: [`frame.setAttribute('allow', '${FULL_ALLOW}')`, '/jumio\\.ai$/', 'detail: data.workflowExecutionId'], manual: ['iframe-allow'] },
  '19-vue2-no-allow.vue': { has: [`:src="url" allow="${FULL_ALLOW}" allowfullscreen`, 'data.workflowExecutionId'], manual: [] },
  '20-landing-urlsearchparams.js': { has: ["params.get('acquisitionStatus')", "params.get('workflowExecutionId')", "params.get('errorCode')"], manual: ['landing-page-params'] },
  '21-landing-next.tsx': { has: ['const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference, errorCode } = router.query;'], manual: [] },
  '22-landing-vue-route.vue': { has: ['this.$route.query.acquisitionStatus', 'this.$route.query.workflowExecutionId'], manual: [] },
  '23-landing-express.ts': { has: ['const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference } = req.query'], manual: [] },
  '24-web-client-host-links.ts': { manual: ['web-client-host', 'web-client-host'] },
  '25-v3-widget.html': { has: ['<!-- TODO(netverify-migrate): web-client-host: legacy v3 widget script', '    // TODO(netverify-migrate): web-client-host: legacy v3 widget JumioClient.setVars'], manual: ['web-client-host', 'web-client-host'] },
  '28-imported-handler.js': { unchanged: true, manual: [] },
  '29-react-9836-jsx.tsx': { has: ['setRef(data.workflowExecutionId)', `allow="${FULL_ALLOW}"`], manual: [] },
  '30-vue-9836-template.vue': { has: [`allow="${FULL_ALLOW}"`], manual: ['iframe-event-handler', 'iframe-event-handler'] },
  '31-landing-page.html': { has: ["search.get('acquisitionStatus')", "search.get('workflowExecutionId')"], manual: [] },
  '32-object-keys.js': { has: ["hasOwnProperty('workflowExecutionId')", 'transactionReference: data.workflowExecutionId,', "data?.['workflowExecutionId']"], manual: [] },
  '34-typed-handler.ts': { has: ['cb(data.workflowExecutionId)'], manual: [] },
  '35-spread-copy.js': { has: ['saveRef(copy.workflowExecutionId, d2.workflowExecutionId)', "indexOf('jumio.ai')"], manual: [] },
  '36-landing-angular.component.ts': { has: ["params['acquisitionStatus']", "params['workflowExecutionId']"], manual: [] },
  '37-landing-node-url.js': { has: ['q.acquisitionStatus', 'q.workflowExecutionId'], manual: [] },
  '38-landing-use-search-params.tsx': { has: ["sp.get('acquisitionStatus')", "sp.get('workflowExecutionId')"], manual: [] },
  '39-jsx-computed-allow.tsx': { has: ['        {/* TODO(netverify-migrate): iframe-allow:', 'allow={PERMS}'], manual: ['iframe-allow'] },
  '61-landing-next-app-router.tsx': { has: ['{ searchParams: { acquisitionStatus?: string; workflowExecutionId?: string; errorCode?: string } }', 'searchParams.acquisitionStatus', 'searchParams.workflowExecutionId'], manual: [] },
  // A PSP return page that reads all three Jumio names and compares with 'SUCCESS': ambiguous, flagged, never renamed.
  '60-ambiguous-psp-order.js': { has: ["q.get('transactionStatus')", "q.get('transactionReference')"], lacks: ["get('acquisitionStatus')", "get('workflowExecutionId')"], manual: ['landing-page-params'] },
};

describe('hold-out corpus: front-end rules on unseen code', () => {
  it('every corpus file is judged (listed as untouched or with expectations)', () => {
    for (const f of files) expect(UNTOUCHED.includes(f) || f in EXPECT, f).toBe(true);
  });

  for (const f of files) {
    describe(f, () => {
      it('no error, output parses, a second run changes nothing', () => {
        const r = run(f);
        expectStableRerun(f, r, run(f, r.output), { sameManual: false });
      });

      if (UNTOUCHED.includes(f)) {
        it('stays byte-identical with no manual item', () => {
          const input = readFileSync(join(DIR, f), 'utf8');
          const r = run(f);
          expect(r.output).toBe(input);
          expect(r.manual).toEqual([]);
          expect(r.external).toEqual([]);
        });
        return;
      }

      const e = EXPECT[f]!;
      it('carries the judged renames and flags', () => {
        const r = run(f);
        expect(r.changed).toBe(!e.unchanged);
        for (const s of e.has ?? []) expect(r.output, `expected ${JSON.stringify(s)}`).toContain(s);
        for (const s of e.lacks ?? []) expect(r.output, `unexpected ${JSON.stringify(s)}`).not.toContain(s);
        if (e.manual) expect(r.manual.map((m) => m.rule)).toEqual(e.manual);
        // Every manual item leaves exactly one marker.
        expect(r.output.split(TODO).length - 1).toBe(r.manual.length);
      });
    });
  }

  it('JSX markers are JSX comments and markup markers are HTML comments', () => {
    for (const f of files) {
      const out = run(f).output;
      for (const line of out.split('\n').filter((l) => l.includes(TODO))) {
        const t = line.trim();
        if (/\.(html|jsp|ejs|hbs)$/.test(f) || (f.endsWith('.vue') && /^<!--/.test(t))) {
          expect(/^<!-- .* -->$/.test(t) || t.startsWith('//'), `${f}: ${t}`).toBe(true);
        } else {
          expect(t.startsWith('//') || /^\{\/\* .* \*\/\}$/.test(t), `${f}: ${t}`).toBe(true);
        }
      }
    }
  });

  it('a global hand-off is followed into the component that assigns the callback (and only there)', () => {
    const r = run('12-global-handoff-index.html');
    expect(r.external.map((x) => x.absPath)).toEqual([join(DIR, '13-global-handoff-component.vue')]);
    const text = readFileSync(join(DIR, '13-global-handoff-component.vue'), 'utf8');
    const [edit] = r.external[0]!.edits;
    expect(text.slice(edit!.start, edit!.end)).toBe('transactionReference');
    expect(edit!.text).toBe('workflowExecutionId');
    // Applied the way the runner applies it: the component then holds the rename, and a rerun is stable.
    const after = transformText({
      path: '13-global-handoff-component.vue', absPath: join(DIR, '13-global-handoff-component.vue'), text, rules, project,
      pre: [{ rule: 'iframe-event-handler', edits: r.external[0]!.edits }],
    });
    expect(after.error).toBeUndefined();
    expect(after.output).toContain('jumioIdScanReference: data.workflowExecutionId,');
    expect(after.output).toContain('idScanStatus: data.payload.value.toUpperCase(),');
  });

  it('the imported type of the parsed event is renamed in its own module, so the TypeScript still checks', () => {
    const r = run('34-typed-handler.ts');
    expect(r.external.map((x) => x.absPath)).toEqual([join(DIR, '34-jumio-types.ts')]);
    const types = readFileSync(join(DIR, '34-jumio-types.ts'), 'utf8');
    const [edit] = r.external[0]!.edits;
    expect(types.slice(edit!.start, edit!.end)).toBe('transactionReference');
    expect(edit!.text).toBe('workflowExecutionId');
  });

  it('an imported handler is migrated in its own module', () => {
    const r = run('28-imported-handler.js');
    expect(r.output).toBe(readFileSync(join(DIR, '28-imported-handler.js'), 'utf8'));
    expect(r.external.map((x) => x.absPath)).toEqual([join(DIR, '28-jumio-handler.js')]);
    expect(r.external[0]!.edits.map((x) => x.text)).toEqual(['workflowExecutionId']);
  });
});
