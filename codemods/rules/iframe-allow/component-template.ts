// `<iframe>` tags in a component's inline template: Angular `@Component({ template: `…` })`, Vue
// `{ template: '…' }`. Unlike other markup in strings (string-frames.ts: flagged only), such a template is the
// component's own markup, compiled as is: when the literal's text is its value (no escapes) its offsets are the
// markup's, so the frame is read and edited exactly like a page's (frameTagOf / planFrameEdits), shifted by the
// literal's position. Markers go above the `template:` line as line comments, never inside the string.
import { Node, SyntaxKind } from 'ts-morph';
import type { RuleFile, ScriptBlock } from '../../engine/types.js';
import { parseEmbedded } from '../../engine/embedded.js';
import { frameTagOf } from './html-frames.js';
import type { FrameTag } from './frame-tag.js';

export interface TemplateFrame {
  tag: FrameTag;
  /** The template literal (to anchor markers and to keep string-frames.ts off it). */
  literal: Node;
}

function shift(tag: FrameTag, by: number): FrameTag {
  return {
    ...tag,
    start: tag.start + by,
    nameEnd: tag.nameEnd + by,
    attrs: tag.attrs.map((a) => ({
      ...a, start: a.start + by, end: a.end + by,
      valueStart: a.valueStart === undefined ? undefined : a.valueStart + by,
      valueEnd: a.valueEnd === undefined ? undefined : a.valueEnd + by,
    })),
  };
}

export function componentTemplateFrames(block: ScriptBlock): TemplateFrame[] {
  const out: TemplateFrame[] = [];
  if (!/\btemplate\s*:/.test(block.sourceFile.getFullText())) return out;
  for (const pa of block.sourceFile.getDescendantsOfKind(SyntaxKind.PropertyAssignment)) {
    if (pa.getName() !== 'template') continue;
    const lit = pa.getInitializer();
    if (!lit || !(Node.isStringLiteral(lit) || Node.isNoSubstitutionTemplateLiteral(lit))) continue;
    const raw = lit.getText().slice(1, -1);
    // An escape (`\n`, `\"`) would shift offsets between the literal's text and its value.
    if (!/<iframe\b/i.test(raw) || raw !== lit.getLiteralText()) continue;
    const markup = parseEmbedded(raw, false);
    const pseudo = { text: raw, kind: 'html' } as RuleFile;
    for (const el of markup.elements) {
      if (el.tagName !== 'iframe') continue;
      const tag = frameTagOf(el, pseudo);
      if (tag) out.push({ tag: { ...shift(tag, block.offset + lit.getStart() + 1), markerStyle: 'line' }, literal: lit });
    }
  }
  return out;
}
