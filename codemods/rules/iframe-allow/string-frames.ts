// `<iframe>` tags inside JS strings — a server rendering the page from a template literal (§2.7: the doc sample
// pasted into an Express `res.send(`…`)`). The markup is read with parse5, but a string is code: it is flagged
// (on the line above the literal, never inside it), not edited.
import { parseFragment } from 'parse5';
import { Node, SyntaxKind } from '#ts-morph';
import type { ManualItem, ScriptBlock } from '../../engine/types.js';
import type { HtmlElement, HtmlNode } from '../../engine/embedded.js';
import type { EvalContext } from '../../analysis/eval-context.js';
import { descendantsOfKinds } from '../../engine/descendants.js';
import { KYX, LEGACY } from '../../../api/index.js';
import { featureNames, REQUIRED_ALLOW } from './allow-value.js';
import { ALLOW_MESSAGE } from './frame-tag.js';
import { webClientSource, webClientUrlKind } from './web-client-url.js';

const STRING_KINDS = new Set([SyntaxKind.StringLiteral, SyntaxKind.NoSubstitutionTemplateLiteral, SyntaxKind.TemplateExpression]);

/** The doc sample's shape, as text: a message listener that JSON.parses event data and reads Jumio fields. */
const HANDLER_IN_TEXT = [
  /addEventListener\(\s*\\?["']message\\?["']|\bonmessage\s*=/,
  /JSON(\.|\[\\?["']JSON\\?["']\]\.)?\.?parse\(/,
  new RegExp(`\\b(${LEGACY.transactionReference}|${KYX.workflowExecutionId})\\b`),
  new RegExp(`\\b${LEGACY.payload}\\b`),
];

/** A relay of the web client's events, as text: a message listener whose origin check names a Jumio host (a React
 * Native WebView's page forwarding `e.data` unparsed; hold-out round 61). */
const JUMIO_HOST_TEXT = String.raw`\b(?:netverify\\*\.com|jumio\\*\.(?:ai|com))\b`;
const RELAY_IN_TEXT = [HANDLER_IN_TEXT[0]!, new RegExp(String.raw`\borigin\b[^;\n]{0,120}${JUMIO_HOST_TEXT}|${JUMIO_HOST_TEXT}[^;\n]{0,120}\borigin\b`)];

/** The <iframe> elements of a piece of markup (parse5, as the browser would read it). */
export function markupIframes(markup: string): HtmlElement[] {
  const out: HtmlElement[] = [];
  const walk = (n: HtmlNode): void => {
    if ('tagName' in n && n.tagName === 'iframe') out.push(n as HtmlElement);
    if ('childNodes' in n && n.childNodes) for (const c of n.childNodes as HtmlNode[]) walk(c);
  };
  walk(parseFragment(markup) as HtmlNode);
  return out;
}

/** A page's markup written as a string: one literal, or the `'…' + x + '…'` chain a literal belongs to (the markup
 * written in pieces). Its text spells each interpolated part `${part}`, as a template literal does. */
interface MarkupString { node: Node; text: string; parts: Node[] }

function markupString(lit: Node): MarkupString {
  let top: Node = lit;
  for (let p = top.getParent(); p && (Node.isParenthesizedExpression(p) || (Node.isBinaryExpression(p) && p.getOperatorToken().getKind() === SyntaxKind.PlusToken)); p = p.getParent()) top = p;
  const pieces: string[] = [];
  const parts: Node[] = [];
  const walk = (n: Node): void => {
    if (Node.isParenthesizedExpression(n)) return walk(n.getExpression());
    if (Node.isBinaryExpression(n) && n.getOperatorToken().getKind() === SyntaxKind.PlusToken) return walk(n.getLeft()), walk(n.getRight());
    if (STRING_KINDS.has(n.getKind())) {
      pieces.push(n.getText().slice(1, -1));
      if (Node.isTemplateExpression(n)) parts.push(...n.getTemplateSpans().map((sp) => sp.getExpression()));
      return;
    }
    pieces.push('${' + n.getText() + '}');
    parts.push(n);
  };
  walk(top);
  return { node: top, text: pieces.join(''), parts };
}

/** The frame already has every KYX feature and the flag. */
export function markupFrameComplete(el: HtmlElement): boolean {
  const allow = el.attrs.find((a) => a.name === 'allow')?.value;
  return allow !== undefined && REQUIRED_ALLOW.every((f) => featureNames(allow).includes(f)) && el.attrs.some((a) => a.name === 'allowfullscreen');
}

/** `handled`: component templates whose frames component-template.ts already edits or flags. */
export function stringFrameItems(block: ScriptBlock, ectx: EvalContext, flow: (read: Node) => string | undefined, handled: ReadonlySet<Node> = new Set()): ManualItem[] {
  const items: ManualItem[] = [];
  // Most files that mention iframes hold no `<iframe` in a string: no node is visited (or wrapped) for them.
  if (!/<iframe\b/i.test(block.sourceFile.getFullText())) return items;
  const literals = descendantsOfKinds(block.sourceFile, STRING_KINDS, (n) => /<iframe\b/i.test(n.getText()))
    .filter((n) => !handled.has(n) && !n.getFirstAncestorByKind(SyntaxKind.TemplateExpression));
  const seen = new Set<Node>();
  for (const lit of literals) {
    const page = markupString(lit);
    if (seen.has(page.node)) continue;
    seen.add(page.node);
    const handlerInText = HANDLER_IN_TEXT.every((re) => re.test(page.text));
    const relayInText = RELAY_IN_TEXT.every((re) => re.test(page.text));
    // A chain is read here for the listener it holds; a frame whose src proves it in markup written in pieces is
    // html-sinks.ts's where the markup reaches a sink (`innerHTML = '<iframe src="' + url + …`).
    if (page.node !== lit && !handlerInText && !relayInText) continue;
    for (const el of markupIframes(page.text)) {
      const attr = (name: string) => el.attrs.find((a) => a.name === name)?.value;
      if (markupFrameComplete(el)) continue;
      const src = attr('src') ?? '';
      let why = webClientUrlKind(src) ? 'its src is a web-client URL' : undefined;
      for (const e of page.parts) {
        if (why) break;
        if (src.includes('${' + e.getText() + '}')) why = webClientSource(e, ectx, flow);
      }
      if (!why && handlerInText) why = 'the same markup holds a Jumio message handler';
      if (!why && relayInText) why = 'the same markup holds a message listener checking a Jumio origin';
      if (why) items.push({ pos: page.node.getStart() + block.offset, message: `an <iframe> inside a string (server-rendered markup) shows the web client (${why}): ${ALLOW_MESSAGE}` });
    }
  }
  return items;
}
