// `<iframe …>` elements in JSX/TSX, reduced to FrameTags with file offsets.
import { Node, SyntaxKind, type JsxOpeningElement, type JsxSelfClosingElement } from 'ts-morph';
import type { ScriptBlock } from '../../engine/types.js';
import type { FrameAttr, FrameTag } from './frame-tag.js';

export interface JsxFrame {
  tag: FrameTag;
  /** Where a marker comment can go: inside JSX children ('jsx') or in plain code ('line'). */
  markerStyle: 'jsx' | 'line';
  node: JsxOpeningElement | JsxSelfClosingElement;
  /** The src expression (`src={…}`) or string literal. */
  src?: Node;
}

function attrOf(a: Node, offset: number): FrameAttr {
  const start = a.getStart() + offset;
  const end = a.getEnd() + offset;
  if (Node.isJsxSpreadAttribute(a)) return { name: '...', start, end, dynamic: true, spread: true };
  const attr = a.asKindOrThrow(SyntaxKind.JsxAttribute);
  const name = attr.getNameNode().getText();
  const init = attr.getInitializer();
  if (!init) return { name, start, end, value: '', dynamic: false };
  let lit: Node | undefined = init;
  if (Node.isJsxExpression(init)) {
    const inner = init.getExpression();
    if (inner && (inner.getKind() === SyntaxKind.FalseKeyword)) return { name, start, end, dynamic: false, literalFalse: true };
    if (inner && inner.getKind() === SyntaxKind.TrueKeyword) return { name, start, end, value: '', dynamic: false };
    lit = inner && (Node.isStringLiteral(inner) || Node.isNoSubstitutionTemplateLiteral(inner)) ? inner : undefined;
  }
  if (lit && (Node.isStringLiteral(lit) || Node.isNoSubstitutionTemplateLiteral(lit))) {
    const vs = lit.getStart() + 1 + offset;
    const ve = lit.getEnd() - 1 + offset;
    // Escapes in the literal would make the edit ambiguous; treat such a value as computed.
    const raw = lit.getText().slice(1, -1);
    if (raw.includes('\\') || raw.includes('${')) return { name, start, end, dynamic: true };
    return { name, start, end, valueStart: vs, valueEnd: ve, value: raw, dynamic: false };
  }
  return { name, start, end, dynamic: true };
}

export function jsxFrames(block: ScriptBlock): JsxFrame[] {
  const out: JsxFrame[] = [];
  const sf = block.sourceFile;
  const nodes = [...sf.getDescendantsOfKind(SyntaxKind.JsxOpeningElement), ...sf.getDescendantsOfKind(SyntaxKind.JsxSelfClosingElement)];
  for (const node of nodes) {
    if (node.getTagNameNode().getText() !== 'iframe') continue;
    const attrs = node.getAttributes().map((a) => attrOf(a, block.offset));
    const srcAttr = node.getAttributes().find((a) => Node.isJsxAttribute(a) && a.getNameNode().getText() === 'src');
    const init = srcAttr && Node.isJsxAttribute(srcAttr) ? srcAttr.getInitializer() : undefined;
    const src = init && Node.isJsxExpression(init) ? init.getExpression() : init;
    const staticText = src && Node.isStringLiteral(src) ? src.getLiteralValue() : undefined;
    const element = Node.isJsxOpeningElement(node) ? node.getParent() : node;
    const parent = element.getParent();
    const lineStart = sf.getFullText().lastIndexOf('\n', node.getStart() - 1) + 1;
    const ownLine = /^\s*$/.test(sf.getFullText().slice(lineStart, node.getStart()));
    out.push({
      node,
      src,
      markerStyle: ownLine && parent && (Node.isJsxElement(parent) || Node.isJsxFragment(parent)) ? 'jsx' : 'line',
      tag: {
        flavour: 'jsx',
        start: node.getStart() + block.offset,
        nameEnd: node.getTagNameNode().getEnd() + block.offset,
        attrs,
        srcKind: !src ? 'absent' : staticText !== undefined ? 'static' : 'dynamic',
        srcText: staticText,
      },
    });
  }
  return out.sort((a, b) => a.tag.start - b.tag.start);
}
