// Alpine.js keeps a component's state in `x-data="{ q: new URLSearchParams(location.search) }"` and reads it in the
// directives of that element and its descendants: `x-show="q.get('transactionStatus') === 'SUCCESS'"`, `x-text`,
// `:href`… (round-15 hold-out 30: such a return page passed silently). The rule reads them as one script the length
// of the page, so that its positions are the page's (block offset 0): every character is blanked (newlines kept)
// but the code of the directives, each wrapped in place of its quotes — `(expr)` for a value, `{stmts}` for an event
// handler or x-init — and each x-data object written over its own text as `var key= value, …;` (the `:` of each
// property becomes `=`), so a directive's `q` resolves to the x-data initializer. An x-data that is not a plain object
// of `key: value` properties declares nothing; a value whose text is not its code (a character reference) is skipped;
// if the page's script does not parse as a whole, no block is made. Markers go above the element (atElement).
import { Node, type ObjectLiteralExpression, type ts } from '#ts-morph';
import type { RuleFile } from '../../engine/types.js';
import { flavourOfBlock } from '../../engine/file-kinds.js';
import { createProject, parseProblems, parseText, releaseSourceFile } from '../../engine/parse.js';
import type { HtmxValueBlock } from './htmx-values.js';
import { componentDeclarations, plainProperties } from './alpine-components.js';
import { markupWithoutComments } from '../../analysis/comment-free.js';
import { PAYMENT_WORDS } from '../../analysis/payment-words.js';
import { mentionsJumio } from '../../analysis-frontend/syntax.js';
import { withoutMarkers } from '../../engine/markers.js';

/** Directives whose value is an expression; event handlers (`@x`, `x-on:x`) and x-init / x-effect are statements. */
const EXPRESSION = /^(?:x-(?:show|text|html|if|model(?:\.[\w.-]+)?|bind:[\w.:-]+)|:[\w.:-]+)$/;
const STATEMENTS = /^(?:x-(?:init|effect)|x-on:[\w.:-]+|@[\w.:-]+)$/;

let project: ReturnType<typeof createProject> | undefined;
/** The page an Alpine block was made from, for what its code does not say (the page's words: page-domain.ts). */
const alpinePage = new WeakMap<ts.SourceFile, string>();
const flavour = flavourOfBlock('js', false);

interface Value {
  name: string;
  /** File offsets: the attribute's start, its value's start and end (the closing quote), and the element's start. */
  attr: number;
  start: number;
  end: number;
  element: number;
  code: string;
}

/** The quoted attribute values of the page whose text is their code, with the attribute's full name. */
function values(file: RuleFile): Value[] {
  const out: Value[] = [];
  for (const el of file.html?.elements ?? []) {
    const loc = el.sourceCodeLocation;
    if (!loc) continue;
    for (const a of el.attrs) {
      const name = a.prefix ? `${a.prefix}:${a.name}` : a.name;
      const at = loc.attrs?.[name] ?? loc.attrs?.[a.name];
      const eq = at && /^[^=]*=\s*(["'])/.exec(file.text.slice(at.startOffset, at.endOffset));
      if (!at || !eq) continue;
      const start = at.startOffset + eq[0].length;
      const end = at.endOffset - 1;
      if (file.text[end] !== eq[1] || file.text.slice(start, end) !== a.value) continue;
      out.push({ name, attr: at.startOffset, start, end, element: loc.startOffset, code: a.value });
    }
  }
  return out;
}

/** The x-data value as an object of plain `key: value` properties, parsed on its own (undefined otherwise). */
function plainObject(code: string): { obj: ObjectLiteralExpression; release(): void } | undefined {
  project ??= createProject();
  const sf = parseText(project, '/alpine-data.js', `(${code})`, flavour);
  const release = (): void => releaseSourceFile(sf);
  const st = sf.getStatements()[0];
  const e = st && Node.isExpressionStatement(st) ? st.getExpression() : undefined;
  const obj = e && Node.isParenthesizedExpression(e) ? e.getExpression() : undefined;
  const plain = parseProblems(sf).length === 0 && sf.getStatements().length === 1 && plainProperties(obj) !== undefined;
  if (!plain) {
    release();
    return undefined;
  }
  return { obj: obj as ObjectLiteralExpression, release };
}

/** Does `code` parse alone when wrapped as `open code close`? */
function parsesAs(code: string, open: string, close: string): boolean {
  project ??= createProject();
  const sf = parseText(project, '/alpine-directive.js', `${open}${code}${close}`, flavour);
  const ok = parseProblems(sf).length === 0;
  releaseSourceFile(sf);
  return ok;
}

export function alpineDataBlocks(file: RuleFile): HtmxValueBlock[] {
  if (file.kind !== 'html' || !/\sx-data\s*=/.test(file.text)) return [];
  const mask = file.text.replace(/[^\n]/g, ' ').split('');
  const put = (at: number, text: string): void => {
    for (let i = 0; i < text.length; i++) mask[at + i] = text[i]!;
  };
  const ranges: { start: number; end: number; element: number }[] = [];
  let declared = false;
  let reads = false;
  const appended: string[] = [];
  for (const v of values(file)) {
    if (v.name === 'x-data') {
      const plain = plainObject(v.code);
      if (!plain) {
        // x-data="kyc()": the component's state is declared after the page's text (alpine-components.ts).
        const named = componentDeclarations(file, v.code);
        if (!named) continue;
        appended.push(named);
        declared = true;
        ranges.push({ start: v.attr, end: v.end + 1, element: v.element });
        continue;
      }
      // `var` over the attribute's name, the object's braces blanked, each property's `:` made `=`, `;` on the quote.
      put(v.attr, 'var ');
      put(v.start, v.code);
      const shift = v.start - 1; // the parse wrapped the code in `(`
      mask[plain.obj.getStart() + shift] = ' ';
      mask[plain.obj.getEnd() - 1 + shift] = ' ';
      for (const p of plainProperties(plain.obj)!) {
        const colon = v.code.indexOf(':', p.getNameNode().getEnd() - 1);
        mask[colon + v.start] = '=';
      }
      plain.release();
      put(v.end, ';');
      declared = true;
    } else {
      const expr = EXPRESSION.test(v.name);
      if (!expr && !STATEMENTS.test(v.name)) continue;
      const [open, close] = expr ? ['(', ')'] : ['{', '}'];
      if (!parsesAs(v.code, open, close)) continue;
      // `;` over the attribute's name: a value on the next line would otherwise continue the previous one.
      put(v.attr, ';');
      mask[v.start - 1] = open;
      put(v.start, v.code);
      mask[v.end] = close;
      reads = true;
    }
    ranges.push({ start: v.attr, end: v.end + 1, element: v.element });
  }
  if (!declared || !reads) return [];
  project ??= createProject();
  // A named component's state is declared after the page's text: nothing there is the page's, so no edit lands there.
  const sf = parseText(project, file.absPath, mask.join('') + appended.map((d) => `\n${d}`).join(''), flavour);
  if (parseProblems(sf).length > 0) {
    releaseSourceFile(sf);
    return [];
  }
  alpinePage.set(sf.compilerNode, file.text);
  return [{ sourceFile: sf, offset: 0, jsx: false, language: 'js', element: ranges[0]!.element, ranges }];
}

/** For a node of an Alpine block, the payment word its page's text holds (undefined: none, or the page names Jumio;
 * page-domain.ts decides so for a script from the code around the read); null for a node of any other script. */
export function alpinePaymentWord(at: Node): string | undefined | null {
  const page = alpinePage.get(at.getSourceFile().compilerNode);
  if (page === undefined) return null;
  const words = markupWithoutComments(withoutMarkers(page));
  return mentionsJumio(words) ? undefined : PAYMENT_WORDS.exec(words)?.[0];
}
