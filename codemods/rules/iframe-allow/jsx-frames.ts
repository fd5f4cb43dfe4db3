// `<iframe …>` elements in JSX/TSX — and uses of a CSS-in-JS iframe component (`<Frame …>` with
// `const Frame = styled.iframe`…``, styled-frames.ts) — reduced to FrameTags with file offsets.
import { Node, SyntaxKind, type JsxOpeningElement, type JsxSelfClosingElement } from '#ts-morph';
import type { ScriptBlock } from '../../engine/types.js';
import type { FrameAttr, FrameTag } from './frame-tag.js';
import { styledFrameComponents } from './styled-frames.js';

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

/** The engine puts a marker on its own line above the line of `pos`: is that line a JSX child position
 * (a JSX comment marker) or plain code (a line comment)? Decided by the outermost node starting the line. */
export function lineContext(sf: import('ts-morph').SourceFile, pos: number): 'jsx' | 'line' {
  const text = sf.getFullText();
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const first = lineStart + (/^[ \t]*/.exec(text.slice(lineStart))?.[0].length ?? 0);
  let n: Node | undefined = sf.getDescendantAtPos(first);
  while (n && n.getParent() && n.getParent()!.getStart() === first && !Node.isSourceFile(n.getParent()!)) n = n.getParent();
  const parent = n?.getParent();
  return parent && (Node.isJsxElement(parent) || Node.isJsxFragment(parent)) ? 'jsx' : 'line';
}

export function jsxFrames(block: ScriptBlock): JsxFrame[] {
  const out: JsxFrame[] = [];
  const sf = block.sourceFile;
  const nodes = [...sf.getDescendantsOfKind(SyntaxKind.JsxOpeningElement), ...sf.getDescendantsOfKind(SyntaxKind.JsxSelfClosingElement)];
  const styled = styledFrameComponents(sf, block.offset);
  for (const node of nodes) {
    const name = node.getTagNameNode().getText();
    const component = styled.get(name);
    if (name !== 'iframe' && !component) continue;
    const attrs = node.getAttributes().map((a) => attrOf(a, block.offset));
    const srcAttr = node.getAttributes().find((a) => Node.isJsxAttribute(a) && a.getNameNode().getText() === 'src');
    const init = srcAttr && Node.isJsxAttribute(srcAttr) ? srcAttr.getInitializer() : undefined;
    const src = init && Node.isJsxExpression(init) ? init.getExpression() : init;
    const staticText = src && Node.isStringLiteral(src) ? src.getLiteralValue() : undefined;
    out.push({
      node,
      src,
      markerStyle: lineContext(sf, node.getStart()),
      tag: {
        flavour: 'jsx',
        start: node.getStart() + block.offset,
        nameEnd: node.getTagNameNode().getEnd() + block.offset,
        attrs,
        srcKind: !src ? 'absent' : staticText !== undefined ? 'static' : 'dynamic',
        srcText: staticText,
        preset: component?.preset,
      },
    });
  }
  return out.sort((a, b) => a.tag.start - b.tag.start);
}
