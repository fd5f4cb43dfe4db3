// `<iframe>` tags in a component's inline template: Angular `@Component({ template: `…` })`, Vue
// `{ template: '…' }`, a Backbone view's `_.template('…')`, a Lit element's `html\`…\``, and markup a script
// gives to innerHTML / insertAdjacentHTML (html-sinks.ts). Unlike other markup in strings (string-frames.ts:
// flagged only), such a template is the component's own markup, compiled as is: when the literal's text is its
// value (no escapes) its offsets are the markup's, so the frame is read and edited exactly like a page's
// (frameTagOf / planFrameEdits), shifted by the literal's position. Markers go above the `template:` line as line comments, never inside the string.
import { Node, SyntaxKind } from '#ts-morph';
import type { RuleFile, ScriptBlock } from '../../engine/types.js';
import { parseEmbedded } from '../../engine/embedded.js';
import { frameTagOf } from './html-frames.js';
import { shiftTag as shift, type FrameTag } from './frame-tag.js';
import { htmlSinks } from './html-sinks.js';

export interface TemplateFrame {
  tag: FrameTag;
  /** The template literal (to anchor markers and to keep string-frames.ts off it). */
  literal: Node;
  /** Markup given to innerHTML & co. (html-sinks.ts), not a component's template. */
  sink: boolean;
}


/** Template-compiling calls whose string argument is the view's markup: Underscore/Lodash `_.template('…')`
 * (Backbone views), `Handlebars.compile('…')`. */
const COMPILERS = /^(_|lodash|Handlebars)\.(template|compile)$/;

/** The literals that hold a component's own markup: Angular/Vue `template: '…'`, Dojo `templateString: '…'`, Ext JS `html: '…'`,
 * `template: _.template('…')`, and
 * Lit's `html\`…\`` (its `${…}` parts stand in for attribute values and content). */
function templateLiterals(block: ScriptBlock): Node[] {
  const text = block.sourceFile.getFullText();
  if (!/<iframe\b/i.test(text)) return [];
  const out: Node[] = [];
  // Literals given to innerHTML / insertAdjacentHTML (html-sinks.ts): the page's own markup once parsed.
  for (const s of htmlSinks(block.sourceFile)) if (s.literal && !out.includes(s.literal)) out.push(s.literal);
  for (const pa of block.sourceFile.getDescendantsOfKind(SyntaxKind.PropertyAssignment)) {
    // templateString: Dojo's _TemplatedMixin; html: an Ext JS component's config (Ext.define / Ext.create).
    if (pa.getName() !== 'template' && pa.getName() !== 'templateString' && !(pa.getName() === 'html' && /\bExt\.(define|create)\(/.test(text))) continue;
    const init = pa.getInitializer();
    if (init) out.push(...stringPieces(init));
  }
  for (const call of block.sourceFile.getDescendantsOfKind(SyntaxKind.CallExpression)) {
    const arg = call.getArguments()[0];
    if (COMPILERS.test(call.getExpression().getText()) && arg) out.push(...stringPieces(arg));
  }
  for (const tt of block.sourceFile.getDescendantsOfKind(SyntaxKind.TaggedTemplateExpression)) {
    if (tt.getTag().getText() === 'html') out.push(tt.getTemplate());
  }
  return out;
}

/** A template written as one literal, or as literals joined with `+` (ES5 views: `'<div>' + '<iframe …></iframe>' +
 * '</div>'`): each piece is read on its own, so only a tag whole inside one literal is seen — a tag cut between pieces
 * (or around a variable) ends in the middle of the piece, where the HTML parse drops it (round-9 hold-out). */
function stringPieces(e: Node): Node[] {
  const u = Node.isParenthesizedExpression(e) ? e.getExpression() : e;
  if (Node.isStringLiteral(u) || Node.isNoSubstitutionTemplateLiteral(u)) return [u];
  if (Node.isBinaryExpression(u) && u.getOperatorToken().getKind() === SyntaxKind.PlusToken) return [...stringPieces(u.getLeft()), ...stringPieces(u.getRight())];
  return [];
}

/** The literal's text between its delimiters, with each `${…}` replaced by a same-length `[[…]]` placeholder (a
 * templated value: never a literal src). Undefined when an escape would shift offsets between text and value. */
function markupText(lit: Node): string | undefined {
  const raw = lit.getText().slice(1, -1);
  if (raw.includes('\\')) return undefined;
  if (!Node.isTemplateExpression(lit)) return raw;
  const base = lit.getStart() + 1;
  let out = raw;
  const parts = [lit.getHead(), ...lit.getTemplateSpans().map((s) => s.getLiteral())];
  for (let i = 0; i + 1 < parts.length; i++) {
    const from = parts[i]!.getEnd() - 2 - base;
    const to = parts[i + 1]!.getStart() + 1 - base;
    const n = to - from;
    // `[[…]]` (not `{{…}}`: the page parse blanks those, and an unquoted attribute would swallow the next one).
    out = out.slice(0, from) + '[[' + '_'.repeat(Math.max(0, n - 4)) + ']]'.slice(0, Math.max(0, n - 2)) + out.slice(to);
  }
  return out;
}

export function componentTemplateFrames(block: ScriptBlock): TemplateFrame[] {
  const out: TemplateFrame[] = [];
  const sinks = new Set(htmlSinks(block.sourceFile).map((s) => s.literal));
  for (const lit of templateLiterals(block)) {
    const raw = markupText(lit);
    if (raw === undefined || !/<iframe\b/i.test(raw)) continue;
    const markup = parseEmbedded(raw, false);
    const pseudo = { text: raw, kind: 'html' } as RuleFile;
    for (const el of markup.elements) {
      if (el.tagName !== 'iframe') continue;
      const tag = frameTagOf(el, pseudo);
      if (!tag) continue;
      // `<iframe ${attrs}>`: a `${…}` in the start tag may write any attribute (a Lit element binding does not,
      // but a string does): treated as a spread.
      if (!lit.getFirstAncestorByKind(SyntaxKind.TaggedTemplateExpression)) tag.attrs = tag.attrs.map((a) => (a.name.startsWith('[[') ? { ...a, dynamic: true, spread: true } : a));
      out.push({ tag: { ...shift(tag, block.offset + lit.getStart() + 1), markerStyle: 'line' }, literal: lit, sink: sinks.has(lit) });
    }
  }
  return out;
}
