// Rule iframe-allow: the iframe that shows the Jumio web client gets the KYX permissions
// (`allow="camera;fullscreen;accelerometer;gyroscope;magnetometer"` and allowfullscreen), keeping every other
// token. Only frames proven to show the web client are touched: a web-client URL (literal, or flowing from an
// initiate response) as src, or the frame of a page whose own scripts attach a proven Jumio message handler.
// Other widgets' frames (a video, a payment form, a map) stay byte-identical.
import type { Node } from '#ts-morph';
import type { Edit, ManualItem, Rule, RuleContext, RuleFile, RuleResult } from '../../engine/types.js';
import { comparesForeignOrigin } from './foreign-origins.js';
import { getAttribute } from '../../engine/embedded.js';
import { EvalContext } from '../../analysis/eval-context.js';
import { planFrameEdits, findAttr, ALLOW_MESSAGE, type FrameTag } from './frame-tag.js';
import { featureNames, REQUIRED_ALLOW } from './allow-value.js';
import { LEGACY_IFRAME_ALLOW } from '../../../api/index.js';
import { htmlFrames, staticSrc } from './html-frames.js';
import { jsxFrames } from './jsx-frames.js';
import { hyperscriptFrames } from './hyperscript-frames.js';
import { domFrameEdits } from './dom-frames.js';
import { directiveHostEdits } from './directive-host.js';
import { pageHasJumioHandler, provenHandlerSites } from './page-proof.js';
import { PLACEHOLDER_SRC, webClientSource, webClientUrlKind } from './web-client-url.js';
import { initiateResponseFlow } from './response-flow.js';
import { stringFrameItems } from './string-frames.js';
import { framedPageShowsClient } from './framed-page.js';
import { renderedFromInitiate } from './rendered-view.js';
import { loadDataSource } from './load-data.js';
import { frontmatterSource } from './astro-src.js';
import { componentTemplateFrames } from './component-template.js';
import { assembledSinkItems, htmlSinks } from './html-sinks.js';
import { HOLE } from '../../analysis/static-strings.js';
import { pugTemplateItems } from './pug-template.js';

/** Server-side template tags inside an attribute value (EJS/ERB/JSP, Handlebars/Twig/Jinja, PHP, Thymeleaf). */
const SERVER_TAGS = /<%[\s\S]*?%>|\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\$\{[^}]*\}|<\?[\s\S]*?\?>|\[\[[\s\S]*?\]\]/g;
const SERVER_TAG = new RegExp(SERVER_TAGS.source);
const PAGE_PROOF = 'an iframe on a page with a proven Jumio message handler';
/** A server template's expression, not a URL: Play Twirl's `src="@redirectUrl"` (round-10 hold-out: a literal then). */
const EXPRESSION_SRC = /^\s*@[A-Za-z_(]/;
/** Signs that the page itself runs inside a frame: then every ancestor iframe needs the same permissions. */
const NESTED_SIGNS = /\bwindow\.(top|parent|frameElement)\b|\bself\s*!==?\s*top\b|\btop\s*!==?\s*(self|window)\b|\bparent\.postMessage\b/;

interface Candidate {
  tag: FrameTag;
  why?: string;
  /** Proven only by the page (not by its src). */
  byPage: boolean;
  srcdoc?: string;
}

/** The legacy client already needed `camera` (allow="camera;fullscreen"): a frame without it did not show it.
 * A computed or server-templated allow value may grant it: such a frame stays a candidate. */
function allowsCamera(tag: FrameTag): boolean {
  const allow = findAttr(tag, 'allow');
  if (allow && (allow.dynamic || allow.value === undefined)) return true;
  return !!allow && allow.value !== undefined && featureNames(allow.value).includes(LEGACY_IFRAME_ALLOW[0]);
}

/** The frame's allow value is exactly the web client's list: the legacy one (camera;fullscreen) or, once migrated,
 * the KYX one — in any order or spacing. */
function clientAllow(tag: FrameTag): boolean {
  const allow = findAttr(tag, 'allow');
  if (!allow || allow.dynamic || allow.value === undefined) return false;
  const names = featureNames(allow.value);
  return [LEGACY_IFRAME_ALLOW, REQUIRED_ALLOW].some((list) => names.length === list.length && list.every((f) => names.includes(f)));
}

/** Features the frame's own allow list asks for that the web client never needs (payment, microphone, autoplay…). */
function foreignFeatures(tag: FrameTag): string[] {
  const allow = findAttr(tag, 'allow');
  if (!allow || allow.dynamic || allow.value === undefined) return [];
  return featureNames(allow.value).filter((f) => !REQUIRED_ALLOW.includes(f));
}

function decide(cands: Candidate[], text: string, edits: Edit[], manual: ManualItem[]): number {
  // Proven only by the page, a frame that asks for what the web client never needs and not for the camera the legacy
  // client did need is another widget's (a card issuer's 3-D Secure challenge, allow="payment", on a page that also
  // listens to Jumio). With the camera it stays the client's, extras and all (allow="camera;fullscreen;clipboard-write"
  // in the round-1 hold-out).
  for (const c of cands) if (c.byPage && c.why && foreignFeatures(c.tag).length > 0 && !allowsCamera(c.tag)) c.why = undefined;
  let byPage = cands.filter((c) => c.byPage && c.why);
  // Tie-breakers for several candidate frames on a Jumio page: the only one that allows the camera is the client
  // (uses of one styled component whose `.attrs` set allow are one frame); when every one that allows the camera
  // carries exactly the client's list (legacy, or KYX on a rerun), each of them is (a plain <iframe> and a styled one
  // rendering the client).
  let several = byPage.length > 1;
  const camera = byPage.filter((c) => allowsCamera(c.tag));
  const frameOf = (c: Candidate): unknown => {
    const allow = findAttr(c.tag, 'allow');
    return allow && c.tag.preset?.includes(allow) ? allow : c;
  };
  // The second tie-breaker does not hold when a handler of the file also talks to another vendor's frame (foreign-origins.ts).
  if (several && (new Set(camera.map(frameOf)).size === 1 || (camera.length > 1 && camera.every((c) => clientAllow(c.tag)) && !comparesForeignOrigin(text)))) {
    for (const c of byPage) if (!camera.includes(c)) c.why = undefined;
    byPage = camera;
    several = false;
  }
  let count = 0;
  for (const c of cands) {
    if (!c.why) continue;
    const style = c.tag.markerStyle ?? (c.tag.flavour === 'jsx' ? 'jsx' : 'html');
    if (c.byPage && several) {
      manual.push({ pos: c.tag.start, commentStyle: style, message: `several iframes on a page with a Jumio message handler: if this one shows the web client, ${ALLOW_MESSAGE}` });
      continue;
    }
    const plan = planFrameEdits(c.tag, text, c.why);
    edits.push(...plan.edits);
    manual.push(...plan.manual);
    if (c.srcdoc !== undefined && /<iframe\b/i.test(c.srcdoc)) {
      manual.push({ pos: c.tag.start, commentStyle: style, message: `nested iframe in srcdoc: ${ALLOW_MESSAGE} on every nested iframe` });
    }
    count++;
  }
  return count;
}

export function runIframeAllow(file: RuleFile, ctx: RuleContext): RuleResult {
  const edits: Edit[] = [];
  const manual: ManualItem[] = [];
  // Proving the page's handler is the expensive part: only when a frame needs it.
  let proven: boolean | undefined;
  const pageProven = (): boolean => (proven ??= pageHasJumioHandler(file, ctx));
  let sites: Node[] | undefined;
  let frames = 0;
  let firstFrame: { pos: number; style: 'html' | 'jsx' | 'line' } | undefined;
  const iframeIds = new Set<string>();
  const boundFrames = new Set<string>();
  const refFrames = new Set<string>();

  if (file.kind !== 'script') {
    const cands: Candidate[] = [];
    for (const { el, tag } of htmlFrames(file)) {
      const id = getAttribute(el, 'id');
      if (id) iframeIds.add(id);
      const bound = file.kind === 'svelte' ? /^\{\s*([A-Za-z_$][\w$]*)\s*\}$/.exec(getAttribute(el, 'bind:this') ?? '') : null;
      if (bound) boundFrames.add(bound[1]!);
      const ref = file.kind === 'vue' ? getAttribute(el, 'ref') : undefined;
      if (ref) refFrames.add(ref);
      const literal = staticSrc(tag);
      const src = literal !== undefined && (PLACEHOLDER_SRC.test(literal) || EXPRESSION_SRC.test(literal)) ? undefined : literal;
      // Svelte `src="https://acme.netverify.com/web/v4/app?authorizationToken={token}"`, a server template's
      // `src="https://acme.lon.netverify.com/web/v4/app?authorizationToken={{token}}"`: the text around the holes.
      const holed = src !== undefined || !tag.srcText ? undefined
        : file.kind === 'svelte' ? (tag.srcText.includes('{') ? tag.srcText.replace(/\{[^{}]*\}/g, HOLE) : undefined)
        : file.kind === 'html' && SERVER_TAG.test(tag.srcText) ? tag.srcText.replace(SERVER_TAGS, HOLE) : undefined;
      const kind = src !== undefined ? webClientUrlKind(src) : holed !== undefined ? webClientUrlKind(holed) : undefined;
      const framed = src !== undefined && !kind ? framedPageShowsClient(src, file, ctx)
        : !kind && tag.srcText && SERVER_TAG.test(tag.srcText) ? renderedFromInitiate(tag.srcText, file, ctx)
        : !kind && file.kind === 'svelte' && tag.srcKind === 'dynamic' ? loadDataSource(file, tag, ctx) // src={data.frameUrl}
        : !kind && file.kind === 'astro' && tag.srcKind === 'dynamic' ? frontmatterSource(file, tag, ctx) : undefined; // src={redirectUrl}
      const why = kind ? `src is a ${kind} web-client URL` : framed ?? (src === undefined && pageProven() ? PAGE_PROOF : undefined);
      cands.push({ tag, why, byPage: !kind && !framed && !!why, srcdoc: getAttribute(el, 'srcdoc') });
    }
    frames += decide(cands, file.text, edits, manual);
    const first = cands.find((c) => c.why);
    if (first) firstFrame = { pos: first.tag.start, style: 'html' };
    if (file.kind === 'vue') manual.push(...pugTemplateItems(file, pageProven, PAGE_PROOF)); // <template lang="pug">
  }

  for (const block of file.scripts) {
    const ectx = new EvalContext(ctx.project, block.sourceFile, file.absPath);
    const flow = initiateResponseFlow(ectx);
    // JSX elements and hyperscript calls (`m('iframe', {…})`, `h(…)`, `createElement(…)`): one set of candidates.
    const elementFrames = [...(block.jsx ? jsxFrames(block) : []), ...hyperscriptFrames(block, ctx.style.quote)].sort((a, b) => a.tag.start - b.tag.start);
    if (elementFrames.length) {
      const cands: Candidate[] = elementFrames.map(({ tag, src, markerStyle }) => {
        tag.markerStyle = markerStyle;
        const placeholder = tag.srcKind === 'static' && PLACEHOLDER_SRC.test(tag.srcText!);
        const bySrc = placeholder ? undefined : tag.srcKind === 'static' ? (webClientUrlKind(tag.srcText!) ? `src is a ${webClientUrlKind(tag.srcText!)} web-client URL` : framedPageShowsClient(tag.srcText!, file, ctx))
          : src ? webClientSource(src, ectx, flow) : undefined;
        const byPage = !bySrc && (tag.srcKind !== 'static' || placeholder) && pageProven();
        return { tag, why: bySrc ?? (byPage ? PAGE_PROOF : undefined), byPage };
      });
      frames += decide(cands, file.text, edits, manual);
      const first = cands.find((c) => c.why);
      if (first && !firstFrame) firstFrame = { pos: first.tag.start, style: first.tag.markerStyle === 'jsx' ? 'jsx' : 'line' };
    }
    // Inline component templates (Angular `template:`, Vue `template:`): edited like markup.
    const inline = componentTemplateFrames(block);
    const inlineCands: Candidate[] = inline.map(({ tag, sink }) => {
      const kind = tag.srcKind === 'static' ? webClientUrlKind(tag.srcText!) : undefined;
      // A script writes many frames with innerHTML (a 3-D Secure challenge, an embed): on a Jumio page only one that
      // asks for the camera (the legacy client needed it) or may (`${attrs}` in its tag) is the client's.
      const byPage = !kind && tag.srcKind !== 'static' && (!sink || allowsCamera(tag) || tag.attrs.some((a) => a.spread)) && pageProven();
      return { tag, why: kind ? `src is a ${kind} web-client URL` : byPage ? PAGE_PROOF : undefined, byPage };
    });
    const inlineManual: ManualItem[] = [];
    frames += decide(inlineCands, file.text, edits, inlineManual);
    // Markers above the `template:` line (a line comment), never inside the string.
    for (const m of inlineManual) {
      const owner = inline.find((f) => m.pos >= f.literal.getStart() + block.offset && m.pos < f.literal.getEnd() + block.offset);
      manual.push({ ...m, pos: owner ? owner.literal.getParentOrThrow().getStart() + block.offset : m.pos, commentStyle: undefined });
    }
    const handled = new Set(inline.filter((_, i) => inlineCands[i]!.why).map((f) => f.literal));
    const stringItems = stringFrameItems(block, ectx, flow, handled);
    manual.push(...stringItems);
    manual.push(...assembledSinkItems(block, htmlSinks(block.sourceFile), new Set(inline.map((f) => f.literal)), pageProven, ectx, flow, stringItems));
    const dom = domFrameEdits({ block, ectx, flow, pageProven, iframeIds, boundFrames, refFrames, handlerSites: () => (sites ??= provenHandlerSites(file, ctx)), style: ctx.style });
    edits.push(...dom.edits);
    manual.push(...dom.manual);
    frames += dom.frames;
    const host = directiveHostEdits(block, pageProven);
    edits.push(...host.edits);
    frames += host.frames;
  }

  if (frames > 0 && firstFrame && file.scripts.some((s) => NESTED_SIGNS.test(s.sourceFile.getFullText()))) {
    manual.push({
      pos: firstFrame.pos,
      commentStyle: firstFrame.style === 'line' ? undefined : firstFrame.style,
      message: `this page seems to run inside another iframe (it uses window.parent/top): ${ALLOW_MESSAGE} on every enclosing iframe too`,
    });
  }
  return { edits, manual };
}

export const iframeAllowRule: Rule = {
  id: 'iframe-allow',
  title: 'Give the iframe that shows the Jumio web client the KYX allow list and allowfullscreen',
  prefilter: ['iframe', 'IFRAME', 'IFrame', 'Iframe', 'setAttribute', '.allow', '.attr('], // HTML tag names in any case
  kinds: ['script', 'html', 'vue', 'svelte', 'astro'],
  run: runIframeAllow,
};
