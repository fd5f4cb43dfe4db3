// Rule web-client-host: flags (never rewrites) hard-coded legacy web-client URLs and the v3 widget, in scripts
// and in HTML/Vue attributes, without ever printing a query string (it carries the authorization token).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { transformText } from '../../../codemods/engine/run-on-text.js';
import { createProjectView } from '../../../codemods/engine/project-view.js';
import { webClientHost } from '../../../codemods/rules/web-client-host/index.js';
import { rules } from '../../../codemods/rules/index.js';

const FIXTURES = resolve(import.meta.dirname, '../../../codemods/rules/web-client-host/__testfixtures__');

function run(rel: string, text = readFileSync(join(FIXTURES, rel), 'utf8'), ruleList = [webClientHost]) {
  return transformText({ path: rel, absPath: join(FIXTURES, rel), text, rules: ruleList, project: createProjectView(FIXTURES) });
}

describe('web-client-host', () => {
  it('flags the iframe src, the widget script tag and JumioClient.setVars, with what replaces them', () => {
    const r = run('iframe-and-widget.input.html');
    expect(r.edits).toEqual([]);
    expect(r.manual.map((m) => [m.line, m.message.split(':')[0]])).toEqual([
      [4, 'legacy v3 widget script https'],
      [8, 'hard-coded legacy web-client URL https'],
      [10, 'legacy v3 widget JumioClient.setVars(…) (its events carry scanReference, not the KYX fields) has no KYX equivalent'],
    ]);
    expect(r.manual[1]!.message).toMatch(/web\.href.*acme\.web\.amer-1\.jumio\.ai/);
    expect(r.manual[0]!.message).toMatch(/@jumio\/websdk/);
  });

  it('never prints the query string (authorizationToken) of a URL', () => {
    const r = run('iframe-and-widget.input.html');
    const all = JSON.stringify(r.manual) + r.output.split('\n').filter((l) => l.includes('TODO')).join('\n');
    expect(all).not.toMatch(/secret-token|authorizationToken=|locale=en-GB/);
  });

  it('flags a template-built URL without a known tenant prefix', () => {
    const r = run('script-constants.input.ts');
    expect(r.manual.map((m) => m.line)).toEqual([1, 2, 5]);
    expect(r.manual[2]!.message).toMatch(/<prefix>\.web\.amer-1\.jumio\.ai/);
  });

  it('runs before legacy-endpoint so a script literal is flagged once', () => {
    const r = run('script-constants.input.ts', undefined, rules);
    const sites = r.manual.filter((m) => m.line <= 5).map((m) => m.rule);
    expect(sites).toEqual(['web-client-host', 'web-client-host', 'web-client-host']);
  });
});
