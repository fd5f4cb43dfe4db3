// Astro components are parsed (astro-view.ts, embedded.ts): the frontmatter is a TypeScript block at its file offsets,
// the template's `{…}` expressions are blanked for parse5 (an arrow's `>` or a JSX child does not end a tag), component
// tags do not swallow the frames after them, <script> without attributes is TypeScript and `is:inline` JavaScript.
import { describe, expect, it } from 'vitest';
import { astroFrontmatter } from '../../codemods/engine/astro-view.js';
import { getAttribute, parseEmbedded } from '../../codemods/engine/embedded.js';
import { isUnparsedTemplateName, kindOf } from '../../codemods/engine/file-kinds.js';
import { transformText } from '../../codemods/engine/run-on-text.js';
import type { Rule } from '../../codemods/engine/types.js';

const PAGE = `---
import Select from '../components/Select.astro';
const url: string = Astro.props.url;
const ok = (a: number, b: number) => a > b;
---
<Select options={['a', 'b']} onPick={(v) => v > 1 ? '<b>' : "x"} />
{ok(2, 1) && <p class="hint">Step {1} of {2}</p>}
<iframe src={url} allow="camera" title="kyc" />
<script>
  const n: number = 1;
</script>
<script is:inline>
  var m = 2;
</script>
`;

describe('Astro components', () => {
  it('are a parsed kind, no longer an unparsed template', () => {
    expect(kindOf('src/pages/index.astro')).toBe('astro');
    expect(isUnparsedTemplateName('index.astro')).toBe(false);
  });

  it('the frontmatter is the text between the fences; none without an opening fence', () => {
    const fm = astroFrontmatter(PAGE)!;
    expect(PAGE.slice(fm.start, fm.end)).toBe("import Select from '../components/Select.astro';\nconst url: string = Astro.props.url;\nconst ok = (a: number, b: number) => a > b;\n");
    expect(astroFrontmatter('<p>no frontmatter</p>\n---\n')).toBeUndefined();
  });

  it('gives the frontmatter and both scripts with their languages, the frame with its attributes as written', () => {
    const info = parseEmbedded(PAGE, 'astro');
    expect(info.scripts.map((s) => [PAGE.slice(s.start, s.end).trim(), s.language])).toEqual([
      [PAGE.slice(4, PAGE.indexOf('---\n<Select')).trim(), 'ts'], ['const n: number = 1;', 'ts'], ['var m = 2;', 'js']]);
    const frame = info.elements.find((e) => e.tagName === 'iframe')!;
    expect(getAttribute(frame, 'src')).toBe('{url}');
    expect(getAttribute(frame, 'allow')).toBe('camera');
    expect(info.expressions.map(([s, e]) => PAGE.slice(s, e))).toContain('{url}');
  });

  it('an expression ends at its own brace: JSX text (an apostrophe, a URL) is no string or comment, code strings and comments are', () => {
    const cases: [string, string[]][] = [
      ["{ok && <p>Don't leave this page</p>}\n<iframe src={url} allow=\"camera\"></iframe>\n", ["{ok && <p>Don't leave this page</p>}", '{url}']],
      ["{items.map((i) => <li>It's {i}, see https://x.y/z</li>)}\n<iframe src={u}></iframe>\n", ["{items.map((i) => <li>It's {i}, see https://x.y/z</li>)}", '{u}']],
      ["{a ? '}' : `x${ {b: 1}.b }}` /* } */ + \"}\" // }\n}<iframe src=\"x\"></iframe>", ["{a ? '}' : `x${ {b: 1}.b }}` /* } */ + \"}\" // }\n}"]],
    ];
    for (const [text, expressions] of cases) {
      const info = parseEmbedded(text, 'astro');
      expect(info.expressions.map(([s, e]) => text.slice(s, e)), text).toEqual(expressions);
      expect(info.elements.map((e) => e.tagName), text).toContain('iframe');
    }
  });

  it('a rule editing the frontmatter and the template leaves every other byte as it was', () => {
    const rule: Rule = {
      id: 'test-astro', title: 't', prefilter: [], kinds: ['astro'],
      run: (file) => {
        const fm = file.scripts[0]!;
        const at = fm.sourceFile.getFullText().indexOf('url: string');
        const allow = file.text.indexOf('"camera"') + 1;
        return { edits: [{ start: fm.offset + at, end: fm.offset + at + 3, text: 'src', message: 'm' }, { start: allow, end: allow + 6, text: 'camera;fullscreen', message: 'm' }],
          manual: [{ pos: fm.offset + at, message: 'in the frontmatter' }] };
      },
    };
    const r = transformText({ path: 'v.astro', absPath: '/tmp/v.astro', text: PAGE, rules: [rule] });
    expect(r.error).toBeUndefined();
    expect(r.output).toBe(PAGE.replace('const url: string', '// TODO(netverify-migrate): test-astro: in the frontmatter\nconst src: string').replace('"camera"', '"camera;fullscreen"'));
  });
});
