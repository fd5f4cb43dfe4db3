// What iframe-allow and landing-page-params report (notes, manual items), and how their fixtures fare under
// the whole registry: the lookalikes stay byte-identical whatever rule runs, and a second run changes nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { transformText } from '../../../codemods/engine/run-on-text.js';
import { createProjectView } from '../../../codemods/engine/project-view.js';
import { rules } from '../../../codemods/rules/index.js';
import { iframeAllowRule } from '../../../codemods/rules/iframe-allow/index.js';
import { landingPageParamsRule } from '../../../codemods/rules/landing-page-params/index.js';
import type { Rule } from '../../../codemods/engine/types.js';

const RULES_DIR = resolve(import.meta.dirname, '../../../codemods/rules');
const dirOf = (rule: string) => join(RULES_DIR, rule, '__testfixtures__');

function run(rule: string, file: string, ruleSet: readonly Rule[], text?: string) {
  const dir = dirOf(rule);
  const absPath = join(dir, file);
  return transformText({ path: file, absPath, text: text ?? readFileSync(absPath, 'utf8'), rules: ruleSet, project: createProjectView(dir) });
}

describe('landing-page-params report', () => {
  it('a PSP return page comparing the status with APPROVED is left alone, with a note saying why', () => {
    const r = run('landing-page-params', 'psp-return.input.js', [landingPageParamsRule]);
    expect(r.changed).toBe(false);
    expect(r.manual).toEqual([]);
    expect(r.notes.map((n) => n.message).join('\n')).toMatch(/'APPROVED', which Jumio never sends/);
  });

  it('a page reading transactionReference with errorCode only is flagged, not rewritten', () => {
    const r = run('landing-page-params', 'partial-error-page.input.js', [landingPageParamsRule]);
    expect(r.edits).toEqual([]);
    expect(r.manual).toHaveLength(1);
    expect(r.manual[0]!.message).toMatch(/acquisitionStatus and workflowExecutionId/);
  });

  it('errorCode compared with 9836 becomes a manual item naming 9835; the new parameters are noted', () => {
    const r = run('landing-page-params', 'express-req-query.input.js', [landingPageParamsRule]);
    expect(r.manual.map((m) => m.message)).toEqual([expect.stringMatching(/9836 changed meaning.*9835/)]);
    expect(r.manual[0]!.line).toBe(7);
    expect(r.notes.map((n) => n.message)).toContain('KYX also appends accountId and customerInternalReference to the redirect URL');
  });

  it("a page migrated by a run keeps its 9836 item on every rerun while the marker stands; without the marker, none", () => {
    const first = run('landing-page-params', 'express-req-query.input.js', [landingPageParamsRule]);
    const again = run('landing-page-params', 'express-req-query.input.js', [landingPageParamsRule], first.output);
    expect(again.changed).toBe(false);
    expect(again.manual.map((m) => m.message)).toEqual(first.manual.map((m) => m.message));
    // A human who decided the comparison removes the marker: the page, now on KYX, is not reported again.
    const decided = first.output.split('\n').filter((l) => !l.includes('TODO(netverify-migrate)')).join('\n');
    const after = run('landing-page-params', 'express-req-query.input.js', [landingPageParamsRule], decided);
    expect(after.changed).toBe(false);
    expect(after.manual).toEqual([]);
  });

  it('a page already reading the KYX names next to the legacy ones is left as is', () => {
    const r = run('landing-page-params', 'already-migrated.input.js', [landingPageParamsRule]);
    expect(r.changed).toBe(false);
    expect(r.notes).toHaveLength(1);
  });
});

describe('iframe-allow report', () => {
  it('a frame injected at runtime gets its permissions and a manual item about static markup', () => {
    const r = run('iframe-allow', 'dom-create-element.input.js', [iframeAllowRule]);
    expect(r.edits.map((e) => e.line)).toEqual([12, 12]);
    expect(r.manual.map((m) => m.message)).toEqual([expect.stringMatching(/must not be injected at runtime/)]);
  });

  it('other widgets give no edit, no manual item and no note', () => {
    for (const f of ['other-widgets.input.html', 'react-video-widget.input.jsx', 'dom-other-frame.input.js', 'weak-handler.input.html']) {
      const r = run('iframe-allow', f, [iframeAllowRule]);
      expect({ f, edits: r.edits, manual: r.manual, notes: r.notes }).toEqual({ f, edits: [], manual: [], notes: [] });
    }
  });
});

describe('under the whole rule registry', () => {
  const lookalikes: [string, string][] = [
    ['iframe-allow', 'other-widgets.input.html'],
    ['iframe-allow', 'react-video-widget.input.jsx'],
    ['iframe-allow', 'dom-other-frame.input.js'],
    ['iframe-allow', 'weak-handler.input.html'],
    ['iframe-allow', 'mqtt-dashboard.input.html'],
    ['landing-page-params', 'psp-return.input.js'],
    ['landing-page-params', 'psp-status-alone.input.ts'],
    ['landing-page-params', 'query-writer.input.js'],
    ['landing-page-params', 'psp-next-props.input.ts'],
  ];
  for (const [rule, file] of lookalikes) {
    it(`${rule}/${file} stays byte-identical with no manual item`, () => {
      const r = run(rule, file, rules);
      expect(r.error).toBeUndefined();
      expect(r.changed).toBe(false);
      expect(r.manual).toEqual([]);
    });
  }

  // Idempotency together with the other front-end rules (the backend rules' behaviour on these fixtures is
  // theirs to pin; see MIGRATION.md (iframe-allow, landing-page-params) for what they did here).
  const frontEnd = rules.filter((r) => ['iframe-allow', 'iframe-event-handler', 'web-client-host', 'landing-page-params'].includes(r.id));
  it('the front-end rules are all registered', () => {
    expect(frontEnd.map((r) => r.id).sort()).toEqual(['iframe-allow', 'iframe-event-handler', 'landing-page-params', 'web-client-host']);
  });
  for (const rule of ['iframe-allow', 'landing-page-params', 'iframe-event-handler', 'web-client-host']) {
    for (const file of readdirSync(dirOf(rule)).filter((f) => /\.input\./.test(f)).sort()) {
      it(`${rule}/${file}: a second run of the front-end rules changes nothing`, () => {
        const first = run(rule, file, frontEnd);
        expect(first.error).toBeUndefined();
        const second = run(rule, file, frontEnd, first.output);
        expect(second.error).toBeUndefined();
        expect(second.output).toBe(first.output);
        // Manual items are reported again (so --check keeps failing) but get no second marker.
        expect(second.manual.length).toBe(first.manual.length);
      });
    }
  }

  for (const file of ['index.html', 'app.js', 'success.html']) {
    it(`fixtures/legacy-app/public/${file}: every rule, twice, second run changes nothing`, () => {
      const dir = resolve(import.meta.dirname, '../../../fixtures/legacy-app/public');
      const go = (text: string) => transformText({ path: file, absPath: join(dir, file), text, rules, project: createProjectView(dir) });
      const first = go(readFileSync(join(dir, file), 'utf8'));
      expect(first.error).toBeUndefined();
      expect(first.manual).toEqual([]);
      const second = go(first.output);
      expect(second.output).toBe(first.output);
      expect(second.edits).toEqual([]);
    });
  }
});
