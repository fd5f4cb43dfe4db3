// Markup a script hands to the browser's HTML parser: `el.innerHTML = …` (a <template> element, a shadow root, a
// container), `outerHTML`, `el.insertAdjacentHTML(where, …)`, `setHTMLUnsafe(…)`, `range.createContextualFragment(…)`,
// `new DOMParser().parseFromString(…, 'text/html')`. What the string holds becomes
// the page's own elements, so an <iframe> in it is edited like a component's inline template (component-template.ts)
// when the value is one literal — directly, or through a `const` — whose text is its value: a `${…}` then only fills
// an attribute value (a templated value, never a literal src) or sits in the start tag (it may write attributes:
// the frame is treated as spreading props). Markup assembled at run time (`'<iframe …' + x`, escapes, a call) cannot
// be edited in place: on a page with a proven handler it gets a marker at the statement instead.
import { Node, SyntaxKind, type SourceFile } from '#ts-morph';
import type { ManualItem, ScriptBlock } from '../../engine/types.js';
import { resolveIdentifier, stringValue, unwrap } from '../../analysis-frontend/syntax.js';
import { ALLOW_MESSAGE } from './frame-tag.js';
import { featureNames } from './allow-value.js';
import { markupFrameComplete, markupIframes } from './string-frames.js';
import { webClientUrlKind } from './web-client-url.js';

const HTML_PROPERTIES = new Set(['innerHTML', 'outerHTML']);
// Range's createContextualFragment(markup) and DOMParser's parseFromString(markup, 'text/html') parse it too (round 8).
const HTML_METHODS: Record<string, number> = { insertAdjacentHTML: 1, setHTMLUnsafe: 0, createContextualFragment: 0, parseFromString: 0 };

export interface HtmlSink {
  /** `innerHTML`, `insertAdjacentHTML`, … */
  sink: string;
  /** The assignment or call (markers go above its line). */
  site: Node;
  /** The value, when it is one literal whose text may be the markup (a template or a `const` holding one). */
  literal?: Node;
  /** Otherwise, the value expression. */
  value: Node;
}

const isLiteral = (n: Node): boolean => Node.isStringLiteral(n) || Node.isNoSubstitutionTemplateLiteral(n) || Node.isTemplateExpression(n);

/** The literal a value is, following one `const` of the file. */
function literalOf(value: Node): Node | undefined {
  const v = unwrap(value);
  if (isLiteral(v)) return v;
  if (!Node.isIdentifier(v)) return undefined;
  const decl = resolveIdentifier(v);
  if (!decl || !Node.isVariableDeclaration(decl) || decl.getVariableStatement()?.getDeclarationKind() !== 'const') return undefined;
  const init = decl.getInitializer();
  return init && isLiteral(unwrap(init)) ? unwrap(init) : undefined;
}

export function htmlSinks(sf: SourceFile): HtmlSink[] {
  const text = sf.getFullText();
  if (!/<iframe\b/i.test(text) || !/innerHTML|outerHTML|insertAdjacentHTML|setHTMLUnsafe|createContextualFragment|parseFromString/.test(text)) return [];
  const out: HtmlSink[] = [];
  for (const bin of sf.getDescendantsOfKind(SyntaxKind.BinaryExpression)) {
    const left = bin.getLeft();
    const op = bin.getOperatorToken().getKind();
    if (!Node.isPropertyAccessExpression(left) || !HTML_PROPERTIES.has(left.getName())) continue;
    if (op !== SyntaxKind.EqualsToken && op !== SyntaxKind.PlusEqualsToken) continue;
    out.push({ sink: left.getName(), site: bin, value: bin.getRight(), literal: literalOf(bin.getRight()) });
  }
  for (const call of sf.getDescendantsOfKind(SyntaxKind.CallExpression)) {
    const callee = call.getExpression();
    const sink = Node.isPropertyAccessExpression(callee) ? callee.getName() : '';
    const value = Object.hasOwn(HTML_METHODS, sink) ? call.getArguments()[HTML_METHODS[sink]!] : undefined;
    if (value) out.push({ sink, site: call, value, literal: literalOf(value) });
  }
  return out.filter((s) => /<iframe\b/i.test((s.literal ?? s.value).getText()));
}

/** The string parts of a value assembled at run time, joined with a placeholder where code fills in. */
function assembledText(value: Node): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    const s = stringValue(n);
    if (s !== undefined) parts.push(s);
    else if (Node.isTemplateExpression(n)) parts.push(n.getText().slice(1, -1).replace(/\$\{[^}]*\}/g, '[[x]]'));
    else if (Node.isBinaryExpression(n) || Node.isParenthesizedExpression(n) || Node.isArrayLiteralExpression(n) || Node.isCallExpression(n)) {
      for (const c of n.forEachChildAsArray()) walk(c);
      return;
    } else parts.push('[[x]]');
  };
  walk(unwrap(value));
  return parts.join('');
}

/** Markers for sinks whose markup could not be edited in place (`editable`: literals component-template.ts reads). */
export function assembledSinkItems(block: ScriptBlock, sinks: readonly HtmlSink[], editable: ReadonlySet<Node>, pageProven: () => boolean): ManualItem[] {
  const items: ManualItem[] = [];
  for (const s of sinks) {
    if (s.literal && editable.has(s.literal)) continue;
    const frames = markupIframes(s.literal ? s.literal.getText().slice(1, -1) : assembledText(s.value)).filter((el) => {
      const src = el.attrs.find((a) => a.name === 'src')?.value;
      // A literal src of something else (a video, a map) is not the client.
      const foreign = src !== undefined && /^\s*(https?:)?\/\//i.test(src) && !src.includes('[[x]]') && !webClientUrlKind(src);
      // The legacy client needed the camera: a frame whose literal allow lacks it is another widget's.
      const allow = el.attrs.find((a) => a.name === 'allow')?.value;
      const noCamera = allow === undefined ? !/\[\[x\]\]/.test(el.attrs.map((a) => a.name).join(' ')) : !/\[\[x\]\]/.test(allow) && !featureNames(allow).includes('camera');
      return !markupFrameComplete(el) && !foreign && !noCamera;
    });
    if (frames.length && pageProven()) {
      items.push({ pos: s.site.getStart() + block.offset, message: `markup with an <iframe> is built at run time for ${s.sink} on a page with a proven Jumio message handler: if it shows the web client, ${ALLOW_MESSAGE}` });
    }
  }
  return items;
}
