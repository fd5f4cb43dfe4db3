// Markup a script hands to the browser's HTML parser: `el.innerHTML = …` (a <template> element, a shadow root, a
// container), `outerHTML`, `el.insertAdjacentHTML(where, …)`, `setHTMLUnsafe(…)`, `range.createContextualFragment(…)`,
// `new DOMParser().parseFromString(…, 'text/html')`, jQuery's `$(el).html(…)` / `.append(…)`. What the string holds becomes
// the page's own elements, so an <iframe> in it is edited like a component's inline template (component-template.ts)
// when the value is one literal — directly, or through a `const` — whose text is its value: a `${…}` then only fills
// an attribute value (a templated value, never a literal src) or sits in the start tag (it may write attributes:
// the frame is treated as spreading props). Markup assembled at run time (`'<iframe …' + x`, escapes, a call) cannot
// be edited in place: on a page with a proven handler it gets a marker at the statement instead.
import { Node, SyntaxKind, type SourceFile } from '#ts-morph';
import type { ManualItem, ScriptBlock } from '../../engine/types.js';
import type { EvalContext } from '../../analysis/eval-context.js';
import { HOLE } from '../../analysis/static-strings.js';
import { resolveIdentifier, stringValue, unwrap } from '../../analysis-frontend/syntax.js';
import { ALLOW_MESSAGE } from './frame-tag.js';
import { featureNames } from './allow-value.js';
import { markupFrameComplete, markupIframes } from './string-frames.js';
import { webClientSource, webClientUrlKind } from './web-client-url.js';

const HTML_PROPERTIES = new Set(['innerHTML', 'outerHTML']);
// Range's createContextualFragment(markup) and DOMParser's parseFromString(markup, 'text/html') parse it too (round 8).
const HTML_METHODS: Record<string, number> = { insertAdjacentHTML: 1, setHTMLUnsafe: 0, createContextualFragment: 0, parseFromString: 0 };

// jQuery's (and Zepto's, cash's) `.html(markup)`, `.append(markup)`… parse a string as HTML — on a jQuery object only:
// the DOM's own `Element.append(string)` inserts text.
const JQUERY_METHODS = new Set(['html', 'append', 'prepend', 'before', 'after', 'replaceWith']);
const JQUERY_SINKS = /\.(?:html|append|prepend|before|after|replaceWith)\s*\(/;

/** `$('#jumio')`, `jQuery(el).find('.x')`, `$container`, `this.$el`: a jQuery object by its spelling. */
function isJqueryObject(expr: Node): boolean {
  let e = unwrap(expr);
  for (;;) {
    if (Node.isCallExpression(e)) e = unwrap(e.getExpression());
    else if (Node.isPropertyAccessExpression(e)) {
      if (e.getName().startsWith('$')) return true;
      e = unwrap(e.getExpression());
    } else return Node.isIdentifier(e) && (e.getText() === 'jQuery' || e.getText().startsWith('$'));
  }
}

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
  if (!/<iframe\b/i.test(text) || !(/innerHTML|outerHTML|insertAdjacentHTML|setHTMLUnsafe|createContextualFragment|parseFromString|\$\(|jQuery\(/.test(text) || JQUERY_SINKS.test(text))) return [];
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
    const jquery = JQUERY_METHODS.has(sink) && isJqueryObject((callee as import('ts-morph').PropertyAccessExpression).getExpression());
    // `$('<iframe src="' + url + '">')`: jQuery parses a string that starts with a tag as markup.
    const created = Node.isIdentifier(callee) && (callee.getText() === '$' || callee.getText() === 'jQuery') && /^['"`]\s*</.test(call.getArguments()[0]?.getText() ?? '');
    const value = Object.hasOwn(HTML_METHODS, sink) ? call.getArguments()[HTML_METHODS[sink]!] : jquery || created ? call.getArguments()[0] : undefined;
    if (created && value && call.getArguments().length === 1) {
      // Never edited in place (a chained `.attr('allow', …)` is dom-frames.ts's); one literal is string-frames.ts's.
      if (!literalOf(value)) out.push({ sink: `${callee.getText()}()`, site: call, value });
      continue;
    }
    if (value) out.push({ sink: jquery ? `${sink}()` : sink, site: call, value, literal: literalOf(value) });
  }
  // A function returning markup it assembles for someone else to insert (`Drupal.theme.x = function (url) { return
  // '<iframe src="' + url + '" …>'; }`, a template helper): the return is where it is built (round 51). One literal is
  // string-frames.ts's.
  for (const ret of sf.getDescendantsOfKind(SyntaxKind.ReturnStatement)) {
    const value = ret.getExpression();
    if (value && !literalOf(value) && Node.isBinaryExpression(unwrap(value))) out.push({ sink: 'the function\'s return value', site: ret, value });
  }
  return out.filter((s) => {
    const v = unwrap(s.value);
    return /<iframe\b/i.test((s.literal ?? (Node.isIdentifier(v) ? markupHolder(v) : undefined) ?? v).getText());
  });
}

/** The string parts of a value assembled at run time, joined with a placeholder `[[xN]]` where code fills in
 * (`holes[N]`, the expression). A variable holding the markup is followed when it is assigned nowhere else. */
function assembledText(value: Node): { text: string; holes: Node[] } {
  const parts: string[] = [];
  const holes: Node[] = [];
  const hole = (n: Node): void => void parts.push(`[[x${holes.push(n) - 1}]]`);
  const walk = (n: Node, depth: number): void => {
    const s = stringValue(n);
    if (s !== undefined) parts.push(s);
    else if (Node.isTemplateExpression(n)) {
      parts.push(n.getHead().getLiteralText());
      for (const span of n.getTemplateSpans()) {
        hole(span.getExpression());
        parts.push(span.getLiteral().getLiteralText());
      }
    } else if (Node.isBinaryExpression(n) && n.getOperatorToken().getKind() === SyntaxKind.PlusToken) {
      walk(unwrap(n.getLeft()), depth);
      walk(unwrap(n.getRight()), depth);
    } else if (Node.isParenthesizedExpression(n) || Node.isArrayLiteralExpression(n) || Node.isCallExpression(n)) {
      for (const c of n.forEachChildAsArray()) walk(c, depth); // `[…].join('')`, `''.concat(…)`
    } else if (Node.isIdentifier(n) && depth < 3 && markupHolder(n)) walk(unwrap(markupHolder(n)!), depth + 1);
    else hole(n);
  };
  walk(unwrap(value), 0);
  return { text: parts.join(''), holes };
}

/** `var html = '<iframe src="' + url + '">'` read as `el.innerHTML = html`: the initializer of a variable of the file
 * that no other statement assigns. */
function markupHolder(id: Node): Node | undefined {
  const decl = resolveIdentifier(id);
  const init = decl && Node.isVariableDeclaration(decl) && Node.isIdentifier(decl.getNameNode()) ? decl.getInitializer() : undefined;
  if (!init || !/<iframe\b/i.test(init.getText())) return undefined;
  const name = id.getText();
  const assigned = decl!.getSourceFile().getDescendantsOfKind(SyntaxKind.BinaryExpression).some((b) =>
    b.getLeft().getText() === name && /^[-+]?=$/.test(b.getOperatorToken().getText()));
  return assigned ? undefined : init;
}

const PLACEHOLDER = /\[\[x(\d+)\]\]/;

/** Why an assembled frame's src is the web client: a web-client URL written in the markup (its query filled in at
 * run time), or a value filled in at its start that is one (a local URL, an initiate response's redirectUrl). */
function assembledSrcProof(src: string | undefined, holes: readonly Node[], ectx: EvalContext, flow: (read: Node) => string | undefined): string | undefined {
  if (src === undefined) return undefined;
  const kind = webClientUrlKind(src.trim().replace(new RegExp(PLACEHOLDER.source, 'g'), HOLE));
  if (kind) return `src is a ${kind} web-client URL`;
  const lead = new RegExp(`^\\s*${PLACEHOLDER.source}`).exec(src);
  return lead ? webClientSource(holes[Number(lead[1])]!, ectx, flow) : undefined;
}

/** Markers for sinks whose markup could not be edited in place (`editable`: literals component-template.ts reads):
 * a frame whose src is proven the web client (whatever the page), else — on a page with a proven handler — any
 * frame that may ask for the camera. Markup assembled at run time is flagged, not rewritten: its allow list may sit
 * in any piece of the concatenation, or in a value filled in. */
export function assembledSinkItems(block: ScriptBlock, sinks: readonly HtmlSink[], editable: ReadonlySet<Node>, pageProven: () => boolean,
  ectx: EvalContext, flow: (read: Node) => string | undefined, flagged: readonly ManualItem[]): ManualItem[] {
  const items: ManualItem[] = [];
  // A piece of the markup that holds a whole frame already has string-frames.ts's item.
  const pieceFlagged = (s: HtmlSink): boolean => flagged.some((m) => m.pos >= s.value.getStart() + block.offset && m.pos < s.value.getEnd() + block.offset);
  for (const s of sinks) {
    if ((s.literal && editable.has(s.literal)) || pieceFlagged(s)) continue;
    const { text, holes } = s.literal ? { text: s.literal.getText().slice(1, -1), holes: [] } : assembledText(s.value);
    const open = markupIframes(text).filter((el) => !markupFrameComplete(el));
    const proof = s.literal ? undefined : open.map((el) => assembledSrcProof(el.attrs.find((a) => a.name === 'src')?.value, holes, ectx, flow)).find(Boolean);
    if (proof) {
      items.push({ pos: s.site.getStart() + block.offset, message: `markup with an <iframe> is built at run time for ${s.sink} and shows the web client (${proof}): ${ALLOW_MESSAGE}` });
      continue;
    }
    const frames = open.filter((el) => {
      const src = el.attrs.find((a) => a.name === 'src')?.value;
      // A literal src of something else (a video, a map) is not the client.
      const foreign = src !== undefined && /^\s*(https?:)?\/\//i.test(src) && !PLACEHOLDER.test(src) && !webClientUrlKind(src);
      // The legacy client needed the camera: a frame whose literal allow lacks it is another widget's.
      const allow = el.attrs.find((a) => a.name === 'allow')?.value;
      const noCamera = allow === undefined ? !PLACEHOLDER.test(el.attrs.map((a) => a.name).join(' ')) : !PLACEHOLDER.test(allow) && !featureNames(allow).includes('camera');
      return !foreign && !noCamera;
    });
    if (frames.length && pageProven()) {
      items.push({ pos: s.site.getStart() + block.offset, message: `markup with an <iframe> is built at run time for ${s.sink} on a page with a proven Jumio message handler: if it shows the web client, ${ALLOW_MESSAGE}` });
    }
  }
  return items;
}
