// Rule iframe-event-handler through the engine's in-process pipeline (transformText): the report (notes, manual
// items), hand-offs followed into other files (external edits applied the way the runner applies them), imported
// handlers, and the legacy-app page. The fixture harness (test/harness) covers the byte-level fixtures.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo, run } from '../../support/handler-repo.js';

const FIXTURES = resolve(import.meta.dirname, '../../../codemods/rules/iframe-event-handler/__testfixtures__');

const LISTENER = `<!DOCTYPE html>
<html><body>
<div id="app"></div>
<script>
  window.addEventListener('message', function (e) {
    var data = JSON.parse(e.data);
    if (data.payload !== undefined) {
      console.log(data.eventType, data.dateTime, data.payload.value);
      window.onJumioResult && window.onJumioResult(data);
    }
  });
</script>
</body></html>
`;

describe('global hand-off', () => {
  it('follows window.onJumioResult into a Vue component and a JS module that assign it', () => {
    const vue = `<template><p>{{ ref }}</p></template>
<script>
export default {
  data() { return { ref: null }; },
  mounted() { window.onJumioResult = this.onResult; },
  methods: {
    onResult(data) {
      this.ref = data.transactionReference;
      this.$http.post('/kyc', { jumioIdScanReference: data.transactionReference, idScanStatus: data.payload.value.toUpperCase() });
    },
  },
};
</script>
`;
    const js = `window.onJumioResult = ({ transactionReference, payload }) => {\n  save(transactionReference, payload.value);\n};\n`;
    const root = repo({ 'public/index.html': LISTENER, 'src/components/Result.vue': vue, 'src/legacy.js': js });
    const r = run(root, 'public/index.html');
    expect(r.error).toBeUndefined();
    expect(r.changed).toBe(false); // nothing to rename in the listener itself
    expect(r.notes.some((n) => /accountId/.test(n.message))).toBe(true);
    const byFile = new Map(r.external.map((x) => [x.absPath, x]));
    expect([...byFile.keys()].sort()).toEqual([join(root, 'src/components/Result.vue'), join(root, 'src/legacy.js')]);

    const vueOut = run(root, 'src/components/Result.vue', [byFile.get(join(root, 'src/components/Result.vue'))!]);
    expect(vueOut.error).toBeUndefined();
    expect(vueOut.output).toBe(vue.replaceAll('data.transactionReference', 'data.workflowExecutionId'));
    const jsOut = run(root, 'src/legacy.js', [byFile.get(join(root, 'src/legacy.js'))!]);
    expect(jsOut.output).toBe(js.replace('({ transactionReference,', '({ workflowExecutionId: transactionReference,'));

    // Once the assigners are migrated, a second run asks for nothing more.
    writeFileSync(join(root, 'src/components/Result.vue'), vueOut.output);
    writeFileSync(join(root, 'src/legacy.js'), jsOut.output);
    expect(run(root, 'public/index.html').external).toEqual([]);
  });

  it('decides on the whole shape: a neutral listener is proven by what its callback reads', () => {
    const listener = `<script>\n  window.addEventListener('message', function (e) {\n    var data = JSON.parse(e.data);\n    if (data.payload !== undefined) window.onVerificationResult(data);\n  });\n</script>\n`;
    const jumio = `window.onVerificationResult = function (data) {\n  if (data.payload.value === 'error') show(data.payload.metainfo.code);\n  else save(data.transactionReference);\n};\n`;
    const root = repo({ 'index.html': listener, 'cb.js': jumio });
    const r = run(root, 'index.html');
    expect(r.external.map((x) => x.absPath)).toEqual([join(root, 'cb.js')]);
    expect(r.notes).toHaveLength(1);

    const payment = `window.onVerificationResult = function (data) {\n  if (data.payload.value === 'success') pay(data.transactionReference, data.amount);\n};\n`;
    const root2 = repo({ 'index.html': listener, 'cb.js': payment });
    const r2 = run(root2, 'index.html');
    expect(r2.external).toEqual([]);
    expect(r2.notes).toEqual([]);
    expect(r2.manual).toEqual([]);
  });

  it('places external edits right in a CRLF file with a BOM', () => {
    const js = '\uFEFF// results\r\nwindow.onJumioResult = function (r) {\r\n  save(r.transactionReference);\r\n};\r\n';
    const root = repo({ 'index.html': LISTENER, 'cb.js': js });
    const r = run(root, 'index.html');
    const out = run(root, 'cb.js', r.external);
    expect(out.output).toBe(js.replace('r.transactionReference', 'r.workflowExecutionId'));
  });

  it('flags the hand-off with the global name when nothing assigns it', () => {
    const root = repo({ 'index.html': LISTENER });
    const r = run(root, 'index.html');
    expect(r.manual).toHaveLength(1);
    expect(r.manual[0]!.message).toMatch(/global onJumioResult\(\).*workflowExecutionId/);
    expect(r.output).toMatch(/\/\/ TODO\(netverify-migrate\): iframe-event-handler: the Jumio event is handed to the global onJumioResult/);
  });
});

describe('imported handler', () => {
  it('edits the module that exports the handler (external edits), and flags 9836 there', () => {
    const r = run(FIXTURES, 'imported-handler.input.js');
    expect(r.error).toBeUndefined();
    expect(r.external).toHaveLength(1);
    const x = r.external[0]!;
    expect(x.absPath).toBe(join(FIXTURES, 'support/jumio-events.js'));
    const text = readFileSync(x.absPath, 'utf8');
    expect(x.edits.map((e) => text.slice(e.start, e.end))).toEqual(['transactionReference']);
    expect(x.manual?.map((m) => m.message)).toEqual([expect.stringMatching(/9836 changed meaning.*9835/)]);
  });
});

describe('handler that is a member of an imported object', () => {
  const events = `export default {\n  onMessage(event) {\n    if (!event.origin.endsWith('.netverify.com')) return;\n    const data = JSON.parse(event.data);\n    if (data.payload.value === 'success') save(data.transactionReference);\n  },\n};\n`;
  const page = `import kycEvents from './kyc-events.js';\nexport const mount = () => window.addEventListener('message', kycEvents.onMessage);\n`;

  it('a method of a default-exported object, which its own module migrates: the importer asks that module for no edits', () => {
    const root = repo({ 'mount.js': page, 'kyc-events.js': events });
    const r = run(root, 'mount.js');
    expect(r.error).toBeUndefined();
    expect(r.external).toEqual([]);
    // The module's own run proves the method (a Jumio origin check, a parse) and migrates it.
    expect(run(root, 'kyc-events.js').output).toBe(events.replace('data.transactionReference', 'data.workflowExecutionId').replace("'.netverify.com'", "'.jumio.ai'"));
  });

  it('an exported function reached through a namespace import (its module does not attach it): the importer edits it', () => {
    const fn = `export function onFrameMessage(e) {\n  const data = JSON.parse(e.data);\n  if (data.payload.value === 'error') show(data.payload.metainfo.code);\n  else save(data.transactionReference);\n}\n`;
    const root = repo({ 'mount.js': `import * as verification from './verification.js';\nwindow.addEventListener('message', verification.onFrameMessage);\n`, 'verification.js': fn });
    const r = run(root, 'mount.js');
    expect(r.error).toBeUndefined();
    expect(r.external.map((x) => x.absPath)).toEqual([join(root, 'verification.js')]);
    expect(run(root, 'verification.js', r.external).output).toBe(fn.replace('data.transactionReference', 'data.workflowExecutionId'));
    // Its own run alone leaves it (an exported function is its importers' to migrate).
    expect(run(root, 'verification.js').changed).toBe(false);
  });

  it('a member of a named export whose module does not prove it by itself (no origin check): the importer edits it', () => {
    const named = `export const kycHandlers = {\n  message: (e) => {\n    const data = JSON.parse(e.data);\n    if (data.payload.value === 'error') show(data.payload.metainfo.code, data.transactionReference);\n  },\n};\n`;
    const root = repo({ 'mount.js': `import { kycHandlers } from './kyc-handlers.js';\nwindow.addEventListener('message', kycHandlers.message);\n`, 'kyc-handlers.js': named });
    const r = run(root, 'mount.js');
    expect(r.external.map((x) => x.absPath)).toEqual([join(root, 'kyc-handlers.js')]);
    expect(run(root, 'kyc-handlers.js', r.external).output).toBe(named.replace('data.transactionReference', 'data.workflowExecutionId'));
  });

  it('another vendor\'s object of handlers (3-D Secure) is not followed into', () => {
    const acs = `export default {\n  onMessage(event) {\n    if (event.origin !== 'https://acs.bank.example') return;\n    const data = JSON.parse(event.data);\n    if (data.payload.value === 'success') pay(data.transactionReference);\n  },\n};\n`;
    const root = repo({ 'mount.js': page, 'kyc-events.js': acs });
    const r = run(root, 'mount.js');
    expect(r.external).toEqual([]);
    expect(r.manual).toEqual([]);
    expect(run(root, 'kyc-events.js').changed).toBe(false);
  });
});

describe('imported event type', () => {
  it('renames the member in an imported discriminated union whose members extend a shared base (external edit)', () => {
    const r = run(FIXTURES, 'typed-imported-union.input.ts');
    expect(r.error).toBeUndefined();
    expect(r.manual).toEqual([]);
    expect(r.external.map((x) => x.absPath)).toEqual([join(FIXTURES, 'support/jumio-event-union.ts')]);
    const text = readFileSync(join(FIXTURES, 'support/jumio-event-union.ts'), 'utf8');
    expect(run(FIXTURES, 'support/jumio-event-union.ts', r.external).output).toBe(text.replace('  transactionReference: string;', '  workflowExecutionId: string;'));
  });
});

describe('linked page scripts', () => {
  it('finds a handler the page attaches but a local <script src> defines, and edits that file', () => {
    const page = `<html><body>\n<script src="js/jumio.js"></script>\n<script src="https://cdn.example.com/x.js"></script>\n<script>\n  window.addEventListener('message', receiveMessage, false);\n</script>\n</body></html>\n`;
    const js = `function receiveMessage(event) {\n  var data = window.JSON.parse(event.data);\n  console.log(data.transactionReference, data.payload.value, data.payload.metainfo);\n}\n`;
    const root = repo({ 'public/index.html': page, 'public/js/jumio.js': js });
    const r = run(root, 'public/index.html');
    expect(r.error).toBeUndefined();
    expect(r.external.map((x) => x.absPath)).toEqual([join(root, 'public/js/jumio.js')]);
    expect(run(root, 'public/js/jumio.js', r.external).output).toBe(js.replace('data.transactionReference', 'data.workflowExecutionId'));
  });
});

describe('imported helper', () => {
  it('follows the parsed object (or the forwarded event) into an imported helper and edits that module', () => {
    const helper = `export function handleJumioEvent(data) {\n  if (data.payload.value === 'error') report(data.payload.metainfo.code);\n  return data.transactionReference;\n}\nexport function onEvent(event) {\n  const d = JSON.parse(event.data);\n  save(d.transactionReference, d.eventType, d.payload.metainfo);\n}\n`;
    const page = `import { useEffect } from 'react';\nimport { handleJumioEvent, onEvent } from './jumio-helper';\n\nexport function useJumio(setRef) {\n  useEffect(() => {\n    const onMessage = (e) => setRef(handleJumioEvent(JSON.parse(e.data)));\n    window.addEventListener('message', onMessage);\n    window.addEventListener('message', (e) => onEvent(e));\n    return () => window.removeEventListener('message', onMessage);\n  }, [setRef]);\n}\n`;
    const root = repo({ 'src/useJumio.jsx': page, 'src/jumio-helper.js': helper });
    const r = run(root, 'src/useJumio.jsx');
    expect(r.error).toBeUndefined();
    expect(r.changed).toBe(false);
    expect(r.external.map((x) => x.absPath)).toEqual([join(root, 'src/jumio-helper.js')]);
    const out = run(root, 'src/jumio-helper.js', r.external);
    expect(out.output).toBe(helper.replaceAll('.transactionReference', '.workflowExecutionId'));
  });
});

describe('report', () => {
  it('notes accountId for every proven handler and nothing for lookalikes', () => {
    const pos = run(FIXTURES, 'doc-sample.input.html');
    expect(pos.notes).toEqual([expect.objectContaining({ line: 20, message: expect.stringMatching(/accountId/) })]);
    for (const neg of ['neg-3ds-payment.input.js', 'neg-oauth-popup.input.js', 'neg-paypal.input.js']) {
      const r = run(FIXTURES, neg);
      expect(r.notes).toEqual([]);
      expect(r.edits).toEqual([]);
    }
  });
  it('flags the region of an exact origin translation, not a domain suffix translation', () => {
    const jsp = run(FIXTURES, 'jsp-page.input.jsp');
    expect(jsp.manual.map((m) => m.message)).toEqual([expect.stringMatching(/acme\.web\.amer-1\.jumio\.ai.*acme\.web\.emea-1\.jumio\.ai/)]);
    const ng = run(FIXTURES, 'angular-window-json.input.ts');
    expect(ng.manual).toEqual([]);
    expect(ng.edits.map((e) => e.message)).toContain('origin check against .netverify.com → .jumio.ai (KYX web client)');
  });
  it('takes the region of an exact origin from the legacy API host the back end uses (one region only)', () => {
    const page = `<script>\n  window.onmessage = function (event) {\n    if (event.origin !== 'https://acme.netverify.com') return;\n    var data = JSON.parse(event.data);\n    keep(data.transactionReference);\n  };\n</script>\n`;
    const eu = repo({ 'web/index.html': page, 'server/jumio.js': `const BASE = 'https://lon.netverify.com/api/v4/initiate';\n` });
    const r = run(eu, 'web/index.html');
    expect(r.output).toContain(`event.origin !== 'https://acme.web.emea-1.jumio.ai'`);
    expect(r.manual[0]!.message).toMatch(/region emea-1 taken from the legacy API host lon\.netverify\.com used in server\/jumio\.js/);

    const mixed = repo({ 'web/index.html': page, 'a.js': `x('https://lon.netverify.com/api/v4/initiate');\n`, 'b.js': `x('https://netverify.com/api/v4/initiate');\n` });
    expect(run(mixed, 'web/index.html').output).toContain(`'https://acme.web.amer-1.jumio.ai'`);
    // A white-label web-client host is no region hint.
    const wl = repo({ 'web/index.html': page, 'a.js': `x('https://acme.netverify.com/web/v4/app');\n` });
    expect(run(wl, 'web/index.html').manual[0]!.message).toMatch(/the legacy host does not tell the region/);
  });

  it('flags JS inside a template string instead of rewriting it', () => {
    const r = run(FIXTURES, 'template-string.input.js');
    expect(r.edits).toEqual([]);
    expect(r.manual).toEqual([expect.objectContaining({ line: 6, message: expect.stringMatching(/template string.*transactionReference → workflowExecutionId/) })]);
  });
});

describe('fixtures/legacy-app front end', () => {
  it('migrates the page listener and keeps the rest of the page byte-identical', () => {
    const root = resolve(import.meta.dirname, '../../../fixtures/legacy-app');
    const r = run(root, 'public/index.html');
    const before = readFileSync(join(root, 'public/index.html'), 'utf8');
    expect(r.error).toBeUndefined();
    expect(r.edits).toHaveLength(4);
    expect(r.output).toBe(before.replaceAll('data.transactionReference', 'data.workflowExecutionId'));
  });
});
