// Inline <script> blocks that hold server-side template tags (JSP/EJS/ERB `<% … %>`, PHP `<?= … ?>`, Handlebars /
// Jinja `{{ … }}` `{% … %}`, Blade `@json(…)` `{!! … !!}`, Smarty `{literal}`, JSP EL `${…}`) do not parse as JS, so the engine does not offer them to rules — yet
// this is exactly where the vendor's listener sample gets pasted (`var debug = <%= debug %>;` a few lines above).
// Here such a block is parsed a second time with every tag masked by identifier characters of the same length
// (newlines kept), so every offset in the masked parse is the offset in the file: an edit found there is an edit
// of the page. The mask hides only server-side code; `maskedText` lets a rule refuse to edit when a tag itself
// mentions what it would rename (the hidden part would be left behind).
import type { SourceFile } from '#ts-morph';
import type { RuleFile, ScriptBlock } from '../engine/types.js';
import { flavourOfBlock } from '../engine/file-kinds.js';
import { createProject, parseProblems, parseText, releaseSourceFile } from '../engine/parse.js';

export interface MaskedScriptBlock extends ScriptBlock {
  /** The text of the masked tags, joined (to check what the mask hides). */
  maskedText: string;
  /** File offsets [start, end) of the masked tags: an edit overlapping one would overwrite server-side code. */
  maskedRanges: [number, number][];
}

const TAGS = [
  /<%[\s\S]*?%>/g, // JSP, EJS, ERB, ASP
  /<\?(?:php|=)?[\s\S]*?\?>/g, // PHP
  /\{\{\{[\s\S]*?\}\}\}/g, // Handlebars triple-stash
  /\{\{[\s\S]*?\}\}/g, // Handlebars, Mustache, Jinja, Twig, Liquid
  /\{%[\s\S]*?%\}/g, // Jinja, Twig, Liquid tags
  /\{!![\s\S]*?!!\}/g, // Blade unescaped echo
  /@(?:json|js)\((?:[^()\n]|\([^()\n]*\))*\)/g, // Blade @json($x) / @js($x) (round-6 hold-out: a Livewire page)
  /\{\/?(?:literal|strip)\}/g, // Smarty {literal}…{/literal} around a script's braces (round-10 hold-out: a PrestaShop view)
  /\$\{[^{}\n]*\}/g, // JSP EL (only tried when the block does not parse without it)
];

function mask(code: string, withEl: boolean): { text: string; hidden: string; ranges: [number, number][] } {
  let text = code;
  let hidden = '';
  const ranges: [number, number][] = [];
  for (const re of withEl ? TAGS : TAGS.slice(0, -1)) {
    text = text.replace(re, (m: string, ...rest: unknown[]) => {
      const at = rest.find((x) => typeof x === 'number') as number;
      hidden += m + '\n';
      ranges.push([at, at + m.length]);
      return m.replace(/[^\n]/g, '_');
    });
  }
  return { text, hidden, ranges };
}

let project: ReturnType<typeof createProject> | undefined;
const live: SourceFile[] = [];

/** The page's inline scripts that the engine could not parse but that parse once their template tags are masked. */
export function templatedScriptBlocks(file: RuleFile): MaskedScriptBlock[] {
  if (!file.html || file.kind !== 'html') return [];
  const offered = new Set(file.scripts.map((s) => s.offset));
  const out: MaskedScriptBlock[] = [];
  for (const s of file.html.scripts) {
    if (offered.has(s.start)) continue;
    const code = file.text.slice(s.start, s.end);
    project ??= createProject();
    for (const withEl of [false, true]) {
      const { text, hidden, ranges } = mask(code, withEl);
      if (!hidden) continue;
      const sf = parseText(project, file.absPath, text, flavourOfBlock(s.language, s.jsx));
      live.push(sf);
      if (parseProblems(sf).length > 0) continue;
      out.push({
        sourceFile: sf, offset: s.start, jsx: s.jsx, language: s.language, maskedText: hidden,
        maskedRanges: ranges.map(([a, b]) => [a + s.start, b + s.start]),
      });
      break;
    }
  }
  return out;
}

/** Drop the masked parses (call when the rule is done with their nodes). */
export function releaseTemplatedBlocks(): void {
  for (const sf of live.splice(0)) releaseSourceFile(sf);
}
