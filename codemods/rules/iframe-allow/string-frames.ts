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
  for (const lit of literals) {
    const raw = lit.getText().slice(1, -1);
    const handlerInText = HANDLER_IN_TEXT.every((re) => re.test(raw));
    for (const el of markupIframes(raw)) {
      const attr = (name: string) => el.attrs.find((a) => a.name === name)?.value;
      if (markupFrameComplete(el)) continue;
      const src = attr('src') ?? '';
      let why = webClientUrlKind(src) ? 'its src is a web-client URL' : undefined;
      if (!why && Node.isTemplateExpression(lit)) {
        for (const span of lit.getTemplateSpans()) {
          const e = span.getExpression();
          if (src.includes('${' + e.getText() + '}')) why = webClientSource(e, ectx, flow);
          if (why) break;
        }
      }
      if (!why && handlerInText) why = 'the same markup holds a Jumio message handler';
      if (why) items.push({ pos: lit.getStart() + block.offset, message: `an <iframe> inside a string (server-rendered markup) shows the web client (${why}): ${ALLOW_MESSAGE}` });
    }
  }
  return items;
}
