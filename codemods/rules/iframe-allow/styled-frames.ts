// CSS-in-JS components that render an <iframe>: `const Frame = styled.iframe`…``, `styled('iframe')`…``,
// `styled.iframe.attrs({ … })`…``, object styles `styled.iframe({ … })`, Stitches' `styled('iframe', { … })`, and
// `styled(Frame)`…`` of such a component — `styled` imported from a CSS-in-JS package (styled-components,
// @emotion/styled, MUI, …). A JSX use `<Frame src={…} allow={…} />` is the iframe's start tag. Attributes the component
// fixes with `.attrs({ … })` win over the element's (styled-components merges them last): they are `preset`.
import { Node, SyntaxKind, type ObjectLiteralExpression, type SourceFile } from '#ts-morph';
import type { FrameAttr } from './frame-tag.js';
import { stringValue, unwrap } from '../../analysis-frontend/syntax.js';

const STYLED_MODULES = new Set([
  'styled-components', '@emotion/styled', '@linaria/react', 'goober', 'solid-styled-components', '@stitches/react',
  '@mui/material', '@mui/material/styles', '@mui/system',
]);

export interface StyledFrame {
  /** Attributes the component sets itself (`.attrs(…)`), in file positions. */
  preset: FrameAttr[];
}

/** Local names bound to a CSS-in-JS `styled` (default or named import, `require`). */
function styledNames(sf: SourceFile): Set<string> {
  const names = new Set<string>();
  for (const imp of sf.getImportDeclarations()) {
    if (!STYLED_MODULES.has(imp.getModuleSpecifierValue())) continue;
    const def = imp.getDefaultImport();
    if (def) names.add(def.getText());
    for (const n of imp.getNamedImports()) if (n.getName() === 'styled') names.add(n.getAliasNode()?.getText() ?? 'styled');
  }
  // const styled = require('styled-components') / require('@emotion/styled').default
  for (const d of sf.getVariableDeclarations()) {
    const init = d.getInitializer();
    if (!init || !Node.isIdentifier(d.getNameNode())) continue;
    let e = unwrap(init);
    if (Node.isPropertyAccessExpression(e) && e.getName() === 'default') e = unwrap(e.getExpression());
    if (Node.isCallExpression(e) && e.getExpression().getText() === 'require' && STYLED_MODULES.has(stringValue(e.getArguments()[0]) ?? '')) {
      names.add(d.getName());
    }
  }
  return names;
}

/** A property's value as an attribute: `true`, `false`, an editable plain literal, or computed. */
export function literalAttr(name: string, value: Node, start: number, end: number, offset: number): FrameAttr {
  const v = unwrap(value);
  if (v.getKind() === SyntaxKind.TrueKeyword) return { name, start, end, value: '', dynamic: false };
  if (v.getKind() === SyntaxKind.FalseKeyword) return { name, start, end, dynamic: false, literalFalse: true };
  if ((Node.isStringLiteral(v) || Node.isNoSubstitutionTemplateLiteral(v)) && !/[\\$]/.test(v.getText())) {
    return { name, start, end, valueStart: v.getStart() + 1 + offset, valueEnd: v.getEnd() - 1 + offset, value: v.getText().slice(1, -1), dynamic: false };
  }
  return { name, start, end, dynamic: true };
}

/** What `.attrs(arg)` fixes: an object literal's allow/allowFullScreen, anything unreadable that may set them. */
function presetOf(arg: Node | undefined, offset: number): FrameAttr[] {
  if (!arg) return [];
  let obj: Node | undefined = unwrap(arg);
  if (Node.isArrowFunction(obj) && !Node.isBlock(obj.getBody())) obj = unwrap(obj.getBody());
  const start = arg.getStart() + offset;
  const end = arg.getEnd() + offset;
  if (!Node.isObjectLiteralExpression(obj)) {
    // A function of props: whatever it returns for allow is computed.
    const out: FrameAttr[] = [];
    if (/\ballow\b/.test(arg.getText())) out.push({ name: 'allow', start, end, dynamic: true });
    if (/\ballowFullScreen\b/i.test(arg.getText())) out.push({ name: 'allowFullScreen', start, end, dynamic: true });
    return out;
  }
  return objectPreset(obj, offset);
}

function objectPreset(obj: ObjectLiteralExpression, offset: number): FrameAttr[] {
  const out: FrameAttr[] = [];
  for (const p of obj.getProperties()) {
    const start = p.getStart() + offset;
    const end = p.getEnd() + offset;
    if (Node.isSpreadAssignment(p)) out.push({ name: '...', start, end, dynamic: true, spread: true });
    const name = Node.isPropertyAssignment(p) || Node.isShorthandPropertyAssignment(p) ? p.getName().replace(/^['"]|['"]$/g, '') : undefined;
    if (!name || !/^(allow|allowfullscreen)$/i.test(name)) continue;
    out.push(Node.isPropertyAssignment(p) ? literalAttr(name, p.getInitializerOrThrow(), start, end, offset) : { name, start, end, dynamic: true });
  }
  return out;
}

/** Components of this block that render an iframe, by local name. */
export function styledFrameComponents(sf: SourceFile, offset: number): Map<string, StyledFrame> {
  const out = new Map<string, StyledFrame>();
  const text = sf.getFullText();
  if (!/\biframe\b/.test(text) || !/styled|@emotion|goober|stitches|linaria/.test(text)) return out;
  const styled = styledNames(sf);
  if (styled.size === 0) return out;
  const isStyled = (n: Node): boolean => Node.isIdentifier(n) && styled.has(n.getText());
  const isIframeArg = (n: Node | undefined): boolean => !!n && (Node.isStringLiteral(n) || Node.isNoSubstitutionTemplateLiteral(n)) && n.getLiteralValue() === 'iframe';

  /** `styled.iframe`, `styled('iframe')`, `styled(Frame)`, `….attrs(x)`, `….withConfig(x)`: a factory of an iframe component. */
  const factory = (e: Node): StyledFrame | undefined => {
    const n = unwrap(e);
    if (Node.isPropertyAccessExpression(n) && n.getName() === 'iframe' && isStyled(unwrap(n.getExpression()))) return { preset: [] };
    if (!Node.isCallExpression(n)) return undefined;
    const callee = unwrap(n.getExpression());
    const arg = n.getArguments()[0];
    if (isStyled(callee) && n.getArguments().length === 1) {
      if (isIframeArg(arg)) return { preset: [] };
      const inner = arg && Node.isIdentifier(arg) ? out.get(arg.getText()) : undefined;
      return inner ? { preset: [...inner.preset] } : undefined;
    }
    if (Node.isPropertyAccessExpression(callee) && (callee.getName() === 'attrs' || callee.getName() === 'withConfig')) {
      const base = factory(callee.getExpression());
      if (!base) return undefined;
      return callee.getName() === 'attrs' ? { preset: [...base.preset, ...presetOf(arg, offset)] } : base;
    }
    return undefined;
  };
  /** The component itself: the factory applied to styles (template or call), or Stitches' `styled('iframe', {…})`. */
  const component = (e: Node): StyledFrame | undefined => {
    const n = unwrap(e);
    if (Node.isTaggedTemplateExpression(n)) return factory(n.getTag());
    if (!Node.isCallExpression(n)) return undefined;
    if (isStyled(unwrap(n.getExpression())) && n.getArguments().length === 2 && isIframeArg(n.getArguments()[0])) return { preset: [] };
    return factory(n.getExpression());
  };
  // In declaration order, so that `styled(Frame)` finds Frame.
  for (const d of sf.getDescendantsOfKind(SyntaxKind.VariableDeclaration)) {
    const init = d.getInitializer();
    if (!init || !Node.isIdentifier(d.getNameNode())) continue;
    const c = component(init);
    if (c) out.set(d.getName(), c);
  }
  return out;
}
