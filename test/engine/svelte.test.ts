// Svelte components are parsed like Vue SFCs: <script> blocks as JS/TS, the markup through parse5 with every `{…}`
// expression blanked (svelte-view.ts) and attribute values given their file text back.
import { describe, expect, it } from 'vitest';
import { closeBrace, svelteView } from '../../codemods/engine/svelte-view.js';
import { getAttribute, parseEmbedded, type HtmlElement } from '../../codemods/engine/embedded.js';
import { kindOf, isUnparsedTemplateName } from '../../codemods/engine/file-kinds.js';
import { transformText } from '../../codemods/engine/run-on-text.js';
import type { Rule } from '../../codemods/engine/types.js';

const COMPONENT = `<script context="module" lang="ts">
  export const prerender = false;
</script>

<script lang="ts">
  import Select from './Select.svelte';
  export let url: string;
  let frame: HTMLIFrameElement;
  const ok = (a: number, b: number) => a > b && \`}\${'{'}\` !== '}';
</script>

<svelte:window on:message={handleMessage}/>
<Select options={['a', 'b']} on:change={(e) => (country = e.detail > 1 ? '<b>' : "x")} />
{#if url.length > 0 && ok(1, 2)}
  <p title="Step {step} of {total > 2 ? "3" : '2'}">{@html '<iframe src="x"></iframe>'}</p>
{:else}
  <!-- {not an expression} <iframe src="commented"></iframe> -->
{/if}
<iframe
  bind:this={frame}
  {src}
  {...rest}
  allow={\`camera;fullscreen\`}
  on:load={() => {
    ready = true;
  }}/>
<style>
  iframe { border: 0; }
</style>
`;

const el = (els: HtmlElement[], tag: string): HtmlElement[] => els.filter((e) => e.tagName === tag);

describe('Svelte components', () => {
  it('are a parsed kind, no longer an unparsed template', () => {
    expect(kindOf('src/lib/Frame.svelte')).toBe('svelte');
    expect(isUnparsedTemplateName('Frame.svelte')).toBe(false);
    expect(isUnparsedTemplateName('Index.cshtml')).toBe(true);
  });

  it('close a brace past strings, template literals with substitutions and comments', () => {
    const t = "{a ? '}' : `x${ {b: 1}.b }}` /* } */ + \"}\"} tail";
    expect(t.slice(0, closeBrace(t, 0))).toBe(t.slice(0, -5));
  });

  it('blank every markup expression to one same-length token and rename components, leaving scripts, styles and comments', () => {
    const view = svelteView(COMPONENT);
    expect(view.text.length).toBe(COMPONENT.length);
    expect(view.text).toContain('<svelte:window on:message={_____________}/>');
    expect(view.text).toContain('<x-lect options=');
    expect(view.text).toContain("const ok = (a: number, b: number) => a > b"); // script untouched
    expect(view.text).toContain('<!-- {not an expression}');
    expect(view.text).toContain('iframe { border: 0; }');
    for (const [s, e] of view.blanked) expect(view.text.slice(s + 1, e - 1)).toMatch(/^_*$/);
    expect(view.blanked.map(([s, e]) => COMPONENT.slice(s, e))).toContain(`{() => {\n    ready = true;\n  }}`);
  });

  it('give parse5 both scripts, every element, and attribute values as written', () => {
    const info = parseEmbedded(COMPONENT, 'svelte');
    expect(info.scripts.map((s) => [s.language, COMPONENT.slice(s.start, s.end).trim().split('\n')[0]])).toEqual([
      ['ts', 'export const prerender = false;'],
      ['ts', "import Select from './Select.svelte';"],
    ]);
    const win = el(info.elements, 'svelte:window')[0]!;
    expect(getAttribute(win, 'on:message')).toBe('{handleMessage}');
    expect(COMPONENT.slice(win.sourceCodeLocation!.attrs!['on:message']!.startOffset, win.sourceCodeLocation!.attrs!['on:message']!.endOffset))
      .toBe('on:message={handleMessage}');
    const frames = el(info.elements, 'iframe');
    expect(frames).toHaveLength(1); // not the one in {@html …}, not the commented one
    const frame = frames[0]!;
    expect(getAttribute(frame, 'allow')).toBe('{`camera;fullscreen`}');
    expect(getAttribute(frame, 'bind:this')).toBe('{frame}');
    const loadLoc = frame.sourceCodeLocation!.attrs!['on:load']!;
    expect(COMPONENT.slice(loadLoc.startOffset, loadLoc.endOffset)).toBe('on:load={() => {\n    ready = true;\n  }}');
    expect(getAttribute(el(info.elements, 'p')[0]!, 'title')).toBe(`Step {step} of {total > 2 ? "3" : '2'}`);
    expect(el(info.elements, 'style')).toHaveLength(1);
    expect(info.expressions.length).toBeGreaterThan(8);
  });

  it('run rules on their scripts and markup; markers are line comments in scripts and HTML comments in markup', () => {
    const text = '<script>\n  let a = OLD;\n</script>\n\n{#if a}\n  <iframe src={a} title="MARK"></iframe>\n{/if}\n';
    const rule: Rule = {
      id: 'r', title: 'r', prefilter: ['OLD'], kinds: ['svelte'],
      run: (f) => {
        const at = f.scripts[0]!.offset + f.scripts[0]!.sourceFile.getFullText().indexOf('OLD');
        return {
          edits: [{ start: at, end: at + 3, text: 'NEW', message: '' }],
          manual: [{ pos: at, message: 'in script' }, { pos: f.text.indexOf('<iframe'), message: 'in markup' }],
        };
      },
    };
    const r = transformText({ path: 'C.svelte', absPath: '/tmp/C.svelte', text, rules: [rule] });
    expect(r.error).toBeUndefined();
    expect(r.output).toBe('<script>\n  // TODO(netverify-migrate): r: in script\n  let a = NEW;\n</script>\n\n{#if a}\n  <!-- TODO(netverify-migrate): r: in markup -->\n  <iframe src={a} title="MARK"></iframe>\n{/if}\n');
  });
});
