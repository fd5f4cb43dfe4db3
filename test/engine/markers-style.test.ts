// Markers (placement, comment syntax, no duplicates), style detection, text round trips and edit mapping.
import { describe, expect, it } from 'vitest';
import { transformText } from '../../codemods/engine/run-on-text.js';
import { decodeForRules, detectStyle, encodeFromRules } from '../../codemods/engine/text-format.js';
import { fileStyle } from '../../codemods/engine/markup-style.js';
import { applyEdits, mapBack, mapForward, normaliseEdits } from '../../codemods/engine/edits.js';
import type { Rule } from '../../codemods/engine/types.js';

const flag = (needle: string, message = 'do this', extra: object = {}): Rule => ({
  id: 'flag', title: 'flag', prefilter: [needle], kinds: ['script', 'html', 'vue'],
  run: (f) => ({ edits: [], manual: [{ pos: f.text.indexOf(needle), message, ...extra }] }),
});
const run = (path: string, text: string, rule: Rule) => transformText({ path, absPath: `/tmp/${path}`, text, rules: [rule] }).output;

describe('manual markers', () => {
  it('go on their own line above the site with its indentation, once', () => {
    const once = run('a.ts', 'function f() {\n    SITE();\n}\n', flag('SITE'));
    expect(once).toBe('function f() {\n    // TODO(netverify-migrate): flag: do this\n    SITE();\n}\n');
    expect(run('a.ts', once, flag('SITE'))).toBe(once);
    // a reworded message from the same rule at the same site is not added again
    expect(run('a.ts', once, flag('SITE', 'do that instead'))).toBe(once);
  });

  it('go above a comment bound to the site line (a JSDoc @type, a lint or ts directive), not between the two, once', () => {
    const typed = 'async function f() {\n  /** @type {Resp} */\n  const r = SITE();\n}\n';
    const once = run('a.js', typed, flag('SITE'));
    expect(once).toBe('async function f() {\n  // TODO(netverify-migrate): flag: do this\n  /** @type {Resp} */\n  const r = SITE();\n}\n');
    expect(run('a.js', once, flag('SITE'))).toBe(once);
    const directive = 'x();\n// a note stays above\n// @ts-expect-error legacy typings\n// eslint-disable-next-line no-await-in-loop\nSITE();\n';
    expect(run('a.ts', directive, flag('SITE'))).toBe('x();\n// a note stays above\n// TODO(netverify-migrate): flag: do this\n// @ts-expect-error legacy typings\n// eslint-disable-next-line no-await-in-loop\nSITE();\n');
    const multi = '/**\n * @type {Resp}\n */\nconst r = SITE();\n';
    expect(run('a.js', multi, flag('SITE'))).toBe('// TODO(netverify-migrate): flag: do this\n' + multi);
    // A plain comment is not bound: the marker stays right above the site.
    expect(run('a.ts', '// the call\nSITE();\n', flag('SITE'))).toBe('// the call\n// TODO(netverify-migrate): flag: do this\nSITE();\n');
  });

  it('are never put inside a string or template literal', () => {
    const src = 'const q = `\n  line one\n  SITE\n`;\n';
    expect(run('a.ts', src, flag('SITE'))).toBe('// TODO(netverify-migrate): flag: do this\n' + src);
  });

  it('use JSX comments among JSX children and block comments between attributes', () => {
    const children = 'const v = (\n  <div>\n    <b>SITE</b>\n  </div>\n);\n';
    expect(run('a.tsx', children, flag('SITE'))).toBe('const v = (\n  <div>\n    {/* TODO(netverify-migrate): flag: do this */}\n    <b>SITE</b>\n  </div>\n);\n');
    const attrs = 'const v = (\n  <iframe\n    src="SITE"\n  />\n);\n';
    expect(run('a.tsx', attrs, flag('SITE'))).toBe('const v = (\n  <iframe\n    /* TODO(netverify-migrate): flag: do this */\n    src="SITE"\n  />\n);\n');
  });

  it('use HTML comments in markup, line comments inside scripts, and sanitise comment terminators', () => {
    const page = '<div>\n  <a href="SITE">x</a>\n</div>\n';
    expect(run('p.html', page, flag('SITE', 'a --> b'))).toBe('<div>\n  <!-- TODO(netverify-migrate): flag: a - -> b -->\n  <a href="SITE">x</a>\n</div>\n');
    const js = 'x();\nSITE();\n';
    expect(run('a.js', js, flag('SITE', 'two\nlines */', { commentStyle: 'block' }))).toBe('x();\n/* TODO(netverify-migrate): flag: two lines * / */\nSITE();\n');
  });

  it('go above the <script> tag when the site is inside an inline script that does not parse', () => {
    const page = '<body>\n  <script>\n    var t = <%= token %>; SITE();\n  </script>\n</body>\n';
    expect(run('p.ejs', page, flag('SITE'))).toBe('<body>\n  <!-- TODO(netverify-migrate): flag: do this -->\n  <script>\n    var t = <%= token %>; SITE();\n  </script>\n</body>\n');
  });

  it('go above a start tag that spans lines, a Svelte {…} or a Vue {{ … }} that holds the site, never inside it', () => {
    const flagAll = { ...flag('SITE'), kinds: ['script', 'html', 'vue', 'svelte'] } as Rule;
    const page = '<div>\n  <iframe\n    src="x"\n    data-a="SITE"\n  ></iframe>\n</div>\n';
    const once = run('p.html', page, flagAll);
    expect(once).toBe('<div>\n  <!-- TODO(netverify-migrate): flag: do this -->\n  <iframe\n    src="x"\n    data-a="SITE"\n  ></iframe>\n</div>\n');
    expect(run('p.html', once, flagAll)).toBe(once);
    const vue = '<template>\n  <p :title="t">\n    {{\n      SITE\n    }}\n  </p>\n</template>\n<script>\nexport default {};\n</script>\n';
    expect(run('c.vue', vue, flagAll)).toBe(vue.replace('    {{', '    <!-- TODO(netverify-migrate): flag: do this -->\n    {{'));
    const vueAttr = '<template>\n  <iframe\n    :src="url"\n    :allow="SITE"\n  />\n</template>\n<script>\nexport default {};\n</script>\n';
    expect(run('c.vue', vueAttr, flagAll)).toBe(vueAttr.replace('  <iframe', '  <!-- TODO(netverify-migrate): flag: do this -->\n  <iframe'));
    const svelte = '<script>\n  let a = 1;\n</script>\n\n{#if a}\n  <p>{a +\n    SITE}</p>\n{/if}\n';
    expect(run('c.svelte', svelte, flagAll)).toBe(svelte.replace('  <p>', '  <!-- TODO(netverify-migrate): flag: do this -->\n  <p>'));
    // A tag on one line keeps the marker right above the site's line, as before.
    const oneLine = '<div>\n  <a href="SITE">x</a>\n</div>\n';
    expect(run('p.html', oneLine, flagAll)).toBe('<div>\n  <!-- TODO(netverify-migrate): flag: do this -->\n  <a href="SITE">x</a>\n</div>\n');
  });

  it('are skipped when the rule says marker: false (the item is still reported)', () => {
    const r = transformText({ path: 'a.ts', absPath: '/tmp/a.ts', text: 'SITE;\n', rules: [flag('SITE', 'm', { marker: false })] });
    expect(r.output).toBe('SITE;\n');
    expect(r.manual).toEqual([{ rule: 'flag', line: 1, message: 'm' }]);
  });
});

describe('style and text', () => {
  it('detects quotes, indentation, line endings and semicolons', () => {
    expect(detectStyle("import a from 'a';\nif (a) {\n    b('c');\n}\n")).toEqual({ quote: "'", indent: '    ', eol: '\n', semicolons: true });
    expect(detectStyle('const a = "x"\r\nif (a) {\r\n\tb("c")\r\n\tc()\r\n\td()\r\n}\r\n')).toEqual({ quote: '"', indent: '\t', eol: '\r\n', semicolons: false });
  });

  it('takes a page or component\'s quotes from its scripts, not from its markup attributes', () => {
    const markup = '<div class="a" id="b" title="c" role="d">\n  <iframe id="f" width="1" height="2"></iframe>\n</div>\n';
    const script = "<script>\n  document.getElementById('f').setAttribute('allow', 'camera');\n</script>\n";
    expect(detectStyle(markup + script).quote).toBe('"');
    expect(fileStyle(markup + script, 'html').quote).toBe("'");
    expect(fileStyle(`<template>\n${markup}</template>\n${script}`, 'vue').quote).toBe("'");
    // Scripts without a string literal say nothing: the whole file decides, as for a script file.
    expect(fileStyle(`${markup}<script>\n  go(1);\n</script>\n`, 'html').quote).toBe('"');
    expect(fileStyle("const a = 'x';\n", 'script')).toEqual(detectStyle("const a = 'x';\n"));
  });

  it('round-trips BOM + CRLF exactly and leaves lone CR / mixed endings alone', () => {
    for (const raw of ['\uFEFFa\r\nb\r\n', 'a\nb\r\nc', 'a\rb\n', '', '\uFEFF']) {
      expect(encodeFromRules(decodeForRules(raw).text, decodeForRules(raw))).toBe(raw);
    }
    expect(decodeForRules('a\r\nb\r\n')).toEqual({ text: 'a\nb\n', bom: false, crlf: true });
  });

  it('edits: duplicates dropped, overlaps rejected, positions mapped both ways', () => {
    expect(normaliseEdits([{ start: 1, end: 2, text: 'x' }, { start: 1, end: 2, text: 'x' }], 5, 'r')).toHaveLength(1);
    expect(() => normaliseEdits([{ start: 1, end: 3, text: 'x' }, { start: 2, end: 4, text: 'y' }], 5, 'r')).toThrow(/overlapping/);
    const { text, batch } = applyEdits('abcdef', [{ start: 1, end: 3, text: 'XYZW' }, { start: 4, end: 4, text: '+' }]);
    expect(text).toBe('aXYZWd+ef');
    expect(mapBack(text.indexOf('e'), batch)).toBe(4);
    expect(mapBack(text.indexOf('Z'), batch)).toBe(1);
    expect(mapForward(4, batch, 'start')).toBe(text.indexOf('+'));
    expect(mapForward(4, batch, 'end')).toBe(text.indexOf('e'));
    expect(mapForward(2, batch, 'end')).toBe(text.indexOf('d'));
  });
});
