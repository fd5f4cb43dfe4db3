// One page-level signal for the proof: the page (or component) frames an <iframe> with camera and full-screen
// access and no foreign literal src. The legacy vendor guide makes `allow="camera;fullscreen" allowfullscreen`
// required on the web client's iframe, and payment, 3-D Secure, OAuth and video iframes do not ask for both, so a handler that reads the Jumio event shape on a
// page that frames a camera iframe is much more likely to be the Jumio handler. It is one point, never a proof
// on its own (Transak/Orki widgets ask for the camera too; §2.7 item 8): see prove.ts.
// Where the iframe can be: the page's markup (HTML, Vue template), JSX, markup inside a JS string (a
// server-rendered page or an Angular inline `template`), an Angular `templateUrl` file, and DOM/jQuery code
// setting `allow` (`setAttribute('allow', …)`, `frame.allow = …`, `$('<iframe>', { allow: … })`).
import { parseFragment } from 'parse5';
import { Node, SyntaxKind } from '#ts-morph';
import type { SourceFile } from '#ts-morph';
import { dirname, resolve } from 'node:path';
import type { ProjectView, RuleFile } from '../engine/types.js';
import type { HtmlElement, HtmlNode } from '../engine/embedded.js';
import { stringValue } from './syntax.js';

/** Does an `allow` value grant a feature (`camera`, `camera *`, `camera 'src'`; not `camera 'none'`)? */
function grants(value: string, feature: string): boolean {
  return value.split(';').some((d) => {
    const [name, ...origins] = d.trim().split(/\s+/);
    return name?.toLowerCase() === feature && !origins.includes("'none'");
  });
}

/** The legacy web client's pair: camera and full screen (`allow="camera;fullscreen"`, or the `allowfullscreen`
 * flag). Camera alone is any capture widget (e.g. a payment 'checkout' frame): not counted. */
export function allowsCamera(value: string, allowFullscreenFlag = false): boolean {
  return grants(value, 'camera') && (allowFullscreenFlag || grants(value, 'fullscreen'));
}

/** A literal src that is some other site's page (a video, a payment form, a crypto widget) rules the frame out. */
function foreignSrc(src: string | undefined): boolean {
  return src !== undefined && /^\s*(https?:)?\/\//i.test(src) && !/netverify\.com|jumio\.ai/i.test(src);
}

function elementFramesCamera(attrs: readonly { name: string; value: string }[]): boolean {
  const get = (n: string) => attrs.find((a) => a.name === n)?.value;
  const allow = get('allow');
  return allow !== undefined && allowsCamera(allow, get('allowfullscreen') !== undefined) && !foreignSrc(get('src'));
}

function iframeElements(root: HtmlNode): HtmlElement[] {
  const out: HtmlElement[] = [];
  const walk = (n: HtmlNode): void => {
    if ('tagName' in n && n.tagName === 'iframe') out.push(n as HtmlElement);
    if ('childNodes' in n && n.childNodes) for (const c of n.childNodes as HtmlNode[]) walk(c);
    if ('content' in n && n.content) for (const c of (n.content as { childNodes: HtmlNode[] }).childNodes) walk(c);
  };
  walk(root);
  return out;
}

/** Markup (a page, a template, a string's content) with an <iframe allow="…camera…">. */
export function markupFramesCamera(markup: string): boolean {
  if (!/<iframe\b/i.test(markup) || !/camera/i.test(markup)) return false;
  return iframeElements(parseFragment(markup) as HtmlNode).some((el) => elementFramesCamera(el.attrs));
}

/** A script that frames a camera iframe: JSX, markup in strings, DOM/jQuery `allow`, Angular templateUrl. */
export function scriptFramesCamera(sf: SourceFile, absPath?: string, project?: ProjectView): boolean {
  const text = sf.getFullText();
  if (/camera/i.test(text)) {
    for (const el of [...sf.getDescendantsOfKind(SyntaxKind.JsxSelfClosingElement), ...sf.getDescendantsOfKind(SyntaxKind.JsxOpeningElement)]) {
      if (el.getTagNameNode().getText() !== 'iframe') continue;
      const attrs: { name: string; value: string }[] = [];
      for (const attr of el.getAttributes()) {
        if (!Node.isJsxAttribute(attr)) continue;
        const init = attr.getInitializer();
        const v = !init ? '' : Node.isJsxExpression(init) ? stringValue(init.getExpression()) ?? '{expr}' : stringValue(init) ?? '';
        attrs.push({ name: attr.getNameNode().getText().toLowerCase(), value: v });
      }
      if (elementFramesCamera(attrs)) return true;
    }
    const literals: Node[] = [
      ...sf.getDescendantsOfKind(SyntaxKind.StringLiteral),
      ...sf.getDescendantsOfKind(SyntaxKind.NoSubstitutionTemplateLiteral),
      ...sf.getDescendantsOfKind(SyntaxKind.TemplateExpression),
    ];
    for (const lit of literals) {
      const raw = lit.getText().slice(1, -1);
      if (!/camera/i.test(raw)) continue;
      if (/<iframe\b/i.test(raw) && markupFramesCamera(raw)) return true;
      // DOM/jQuery: the allow value itself must name both (the allowfullscreen flag is set elsewhere).
      const v = stringValue(lit);
      if (v === undefined || !allowsCamera(v)) continue;
      if (isAllowSink(lit)) return true;
    }
  }
  // Angular: the component's template file.
  if (project && absPath && /templateUrl/.test(text)) {
    for (const pa of sf.getDescendantsOfKind(SyntaxKind.PropertyAssignment)) {
      if (pa.getName() !== 'templateUrl') continue;
      const url = stringValue(pa.getInitializer());
      if (!url || /^[a-z]+:/i.test(url)) continue;
      const html = project.readFile(resolve(dirname(absPath), url));
      if (html !== undefined && markupFramesCamera(html)) return true;
    }
  }
  return false;
}

/** The literal is the value given to an iframe's `allow`: `setAttribute('allow', v)`, Renderer2's
 * `setAttribute(el, 'allow', v)`, `x.allow = v`, `{ allow: v }`. */
function isAllowSink(lit: Node): boolean {
  const p = lit.getParent();
  if (!p) return false;
  if (Node.isCallExpression(p)) {
    const callee = p.getExpression();
    const args = p.getArguments();
    if (!Node.isPropertyAccessExpression(callee) || !['setAttribute', 'attr', 'prop'].includes(callee.getName())) return false;
    // Renderer2: renderer.setAttribute(el, 'allow', value).
    if (args.length === 3 && callee.getName() === 'setAttribute') return args[2] === lit && stringValue(args[1]) === 'allow';
    return args[1] === lit && stringValue(args[0]) === 'allow';
  }
  if (Node.isBinaryExpression(p) && p.getRight() === lit && p.getOperatorToken().getKind() === SyntaxKind.EqualsToken) {
    const left = p.getLeft();
    return Node.isPropertyAccessExpression(left) && left.getName() === 'allow';
  }
  if (Node.isPropertyAssignment(p) && p.getInitializer() === lit) return p.getName().replace(/^['"]|['"]$/g, '') === 'allow';
  return false;
}

/** The whole file: its markup (pages, Vue templates) and every script block. */
export function fileFramesCamera(file: RuleFile, project?: ProjectView): boolean {
  if (file.html) {
    for (const el of file.html.elements) if (el.tagName === 'iframe' && elementFramesCamera(el.attrs)) return true;
  }
  return file.scripts.some((s) => scriptFramesCamera(s.sourceFile, file.absPath, project));
}
