// An Angular directive (or component) that sits on the client's <iframe> itself — `@Directive({ selector:
// 'iframe[kycFrameEvents]', host: { allow: 'camera;fullscreen', allowfullscreen: '' } })` — writes the frame's
// attributes through its host metadata. In a file with a proven Jumio handler (the directive's own HostListener) the
// host's literal `allow` gets the KYX list, and an `allowfullscreen` is added beside it when the host has none
// (round-9 hold-out: the directive's frame kept camera;fullscreen).
import { Node, SyntaxKind } from '#ts-morph';
import type { Edit, ScriptBlock } from '../../engine/types.js';
import { stringValue } from '../../analysis-frontend/syntax.js';
import { mergeAllowValue } from './allow-value.js';

const WHY = 'host metadata of the directive on the iframe of a file with a proven Jumio message handler';

export function directiveHostEdits(block: ScriptBlock, pageProven: () => boolean): { edits: Edit[]; frames: number } {
  const out = { edits: [] as Edit[], frames: 0 };
  const sf = block.sourceFile;
  if (!/\bhost\s*:/.test(sf.getFullText())) return out;
  for (const d of sf.getDescendantsOfKind(SyntaxKind.Decorator)) {
    const meta = /^(Directive|Component)$/.test(d.getName()) ? d.getArguments()[0] : undefined;
    if (!meta || !Node.isObjectLiteralExpression(meta)) continue;
    const selector = property(meta, 'selector');
    if (!/^\s*iframe\b/i.test(stringValue(selector) ?? '')) continue;
    const host = property(meta, 'host');
    const allow = host && Node.isObjectLiteralExpression(host) ? host.getProperty((p) => keyOf(p) === 'allow') : undefined;
    const value = allow && Node.isPropertyAssignment(allow) ? allow.getInitializer() : undefined;
    if (!value || !(Node.isStringLiteral(value) || Node.isNoSubstitutionTemplateLiteral(value)) || value.getText().includes('\\') || !pageProven()) continue;
    const merged = mergeAllowValue(value.getLiteralText());
    if (merged.commaSeparated || merged.disabled.length) continue;
    const off = block.offset;
    if (merged.added.length) {
      out.edits.push({ start: value.getStart() + 1 + off, end: value.getEnd() - 1 + off, text: merged.value, message: `iframe allow: added ${merged.added.join(';')} for the KYX web client (${WHY})` });
    }
    if (!(host as import('#ts-morph').ObjectLiteralExpression).getProperties().some((p) => keyOf(p)?.toLowerCase() === 'allowfullscreen')) {
      const q = value.getText()[0] === '"' ? '"' : "'";
      out.edits.push({ start: allow!.getEnd() + off, end: allow!.getEnd() + off, text: `, allowfullscreen: ${q}${q}`, message: `iframe allowfullscreen added for the KYX web client (${WHY})` });
    }
    out.frames++;
  }
  return out;
}

function property(obj: import('#ts-morph').ObjectLiteralExpression, name: string): Node | undefined {
  const p = obj.getProperty((x) => keyOf(x) === name);
  return p && Node.isPropertyAssignment(p) ? p.getInitializer() : undefined;
}

/** A property's key as written (`allow`, `'allow'`). */
function keyOf(p: Node): string | undefined {
  if (!Node.isPropertyAssignment(p)) return undefined;
  const n = p.getNameNode();
  return Node.isStringLiteral(n) ? n.getLiteralValue() : n.getText();
}
