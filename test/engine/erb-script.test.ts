// `*.js.erb`: JavaScript Rails renders through ERB. The rules read it with its tags blanked (erb-script.ts, through
// masked-files.ts); the tags come back byte for byte; Ruby inside them is listed, never edited.
import { describe, expect, it } from 'vitest';
import { kindOf } from '../../codemods/engine/file-kinds.js';
import { maskErbTags } from '../../codemods/engine/erb-script.js';
import { syntaxProblems, transformText } from '../../codemods/engine/run-on-text.js';
import { legacyEndpointRule } from '../../codemods/rules/legacy-endpoint/index.js';
import type { Rule, RuleFile } from '../../codemods/engine/types.js';

const rule = (id: string, run: Rule['run']): Rule => ({ id, title: id, prefilter: ['OLD'], kinds: ['script'], run });
const at = (f: RuleFile, needle: string) => f.text.indexOf(needle);
const rename = rule('rename', (f) => ({ edits: [{ start: at(f, 'OLD'), end: at(f, 'OLD') + 3, text: 'NEW', message: '' }], manual: [] }));
const run = (text: string, rules: Rule[], path = 'app/assets/javascripts/kyc.js.erb') => transformText({ path, absPath: `/tmp/erb/${path}`, text, rules });

const PAGE = [
  "var cfg = <%= raw({ done: kyc_done_path }.to_json) %>;",
  '<%# a comment tag %>',
  "<% if current_user %>OLD(cfg, '<%= j current_user.name %>');<% end %>",
  '',
].join('\n');

describe('ERB-rendered scripts', () => {
  it('are scripts (a .html.erb stays a page); blanked, they are JavaScript of the same length and lines', () => {
    expect([kindOf('a/kyc.js.erb'), kindOf('a/kyc.es6.erb'), kindOf('a/show.html.erb'), kindOf('a/x.erb')]).toEqual(['script', 'script', 'html', 'html']);
    const { masked } = maskErbTags(PAGE);
    expect(masked).toHaveLength(PAGE.length);
    expect(masked.split('\n')[0]).toBe('var cfg = ' + '_'.repeat(43) + ';');
    expect(masked).not.toContain('<%');
    expect(syntaxProblems('kyc.js.erb', PAGE)).toBeUndefined();
    expect(syntaxProblems('kyc.js.erb', 'var a = (<%= x %>;\n')?.message).toBeDefined();
  });

  it('get the rules\' edits with every tag put back byte for byte, CRLF and BOM kept', () => {
    expect(run(PAGE, [rename]).output).toBe(PAGE.replace('OLD(', 'NEW('));
    const crlf = '\uFEFF' + PAGE.replace(/\n/g, '\r\n');
    expect(run(crlf, [rename]).output).toBe(crlf.replace('OLD(', 'NEW('));
  });

  it('list a legacy Jumio URL inside a tag as Ruby the codemod does not rewrite, with no marker', () => {
    const text = "var origin = '<%= ENV.fetch('JUMIO_ORIGIN', 'https://acme.netverify.com') %>';\nvar base = 'https://lon.netverify.com/api/netverify/v2';\n";
    const r = run(text, [legacyEndpointRule]);
    expect(r.manual.map((m) => [m.line, m.message.slice(0, 45)])).toEqual([
      [1, 'in ERB code, which the codemod does not rewri'],
      [2, 'legacy Jumio API base URL lon.netverify.com/a'],
    ]);
    expect(r.output.split('\n')[0]).toBe(text.split('\n')[0]); // no marker above the Ruby
  });

  it('come back as they were when no rule wants them once blanked (the prefilter string was Ruby), or a rule throws', () => {
    const text = "var a = '<%= OLD %>';\n";
    const r = run(text, [rename]);
    expect([r.output, r.changed, r.error]).toEqual([text, false, undefined]);
    const boom = rule('boom', () => { throw new Error('kaput'); });
    expect(run('OLD(<%= a %>);\n', [boom])).toMatchObject({ output: 'OLD(<%= a %>);\n', changed: false, error: 'rule boom failed: kaput' });
  });

  it('are left untouched with an error when an edit cuts into a tag or copies one', () => {
    const cut = rule('cut', (f) => ({ edits: [{ start: at(f, '__') + 1, end: at(f, '__') + 2, text: 'x', message: '' }], manual: [] }));
    expect(run('OLD(<%= a %>);\n', [cut]).error).toMatch(/^a rule's edit reaches into the ERB tags at line 1/);
    const copy = rule('copy', (f) => ({ edits: [{ start: f.text.length, end: f.text.length, text: f.text, message: '' }], manual: [] }));
    const r = run('OLD(<%= a %>);\n', [copy]);
    expect(r.error).toBe('a rule moved or copied code holding the ERB tags, which it could not read: file left untouched (migrate it by hand)');
    expect(r.output).toBe('OLD(<%= a %>);\n');
  });
});
