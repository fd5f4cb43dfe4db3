// `<iframe>` start tags of HTML-like pages, Vue templates and Svelte markup, read from parse5's source locations
// (attribute ranges are exact; values are located inside those ranges, never by searching the page).
import { parseEmbedded, type HtmlElement } from '../../engine/embedded.js';
import type { RuleFile } from '../../engine/types.js';
import { shiftTag, type FrameAttr, type FrameTag } from './frame-tag.js';
import { vBindObjectAttrs } from './vue-bind-object.js';

/** Server-side or client-side template syntax inside an attribute value: the value is not a plain URL. A whole value
 * in braces is an expression (HEEx `src={@url}`, Riot `src={ props.url }`). */
const TEMPLATED = /<%|%>|\{\{|\}\}|\$\{|<\?|\[\[|^\{[\s\S]*\}$/;
/** A ColdFusion page's `#expr#` (`src="#session.kyc.url#"`; `##` is a literal `#`): the server fills the value in. */
const COLDFUSION_EXPR = /(^|[^#])#[^#\s][^#]*#/;
/** Thymeleaf's `th:src` / `data-th-src` is the src the server renders (over a natural template's prototype `src`); a link
 * expression `@{https://…/web/v4/app(authorizationToken=${token})}` names its URL before the parameters. */
const THYMELEAF_SRC = /^(th:|data-th-)src$/i;
const THYMELEAF_LINK = /^\s*@\{\s*((?:[a-z][a-z\d+.-]*:)?\/[^\s(){}$|]*)\s*(?:\([^()]*\))?\s*\}\s*$/i;
/** Svelte `allow={'…'}` / ``allow={`…`}``: a literal in braces (no escape, no substitution) is editable. */
const SVELTE_LITERAL = /^\{\s*(["'`])([^"'`\\$]*)\1\s*\}$/;

/** A Svelte attribute: `{src}` (shorthand), `{...rest}` (spread), `name={expr}`, `name="text {expr}"`. Astro's are
 * written alike, but a quoted value is text (its braces too) and a backtick value is a template literal
 * (allow=`camera;fullscreen`; with `${…}` computed; one with a space parse5 splits: computed). */
function readSvelteAttr(text: string, start: number, end: number, astro: boolean): FrameAttr {
  const raw = text.slice(start, end);
  if (raw.startsWith('{')) {
    const spread = /^\{\s*\.\.\./.test(raw);
    return { name: spread ? '...' : raw.slice(1, -1).trim(), start, end, dynamic: true, spread };
  }
  const eq = raw.indexOf('=');
  const name = eq < 0 ? raw : raw.slice(0, eq).trim();
  const value = eq < 0 ? '' : raw.slice(eq + 1).trimStart();
  const valueAt = end - value.length;
  const lit = SVELTE_LITERAL.exec(value);
  if (lit) {
    const vs = valueAt + value.indexOf(lit[1]!) + 1;
    return { name, start, end, valueStart: vs, valueEnd: vs + lit[2]!.length, value: lit[2]!, dynamic: false };
  }
  if (value.startsWith('{')) return { name, start, end, dynamic: !/^\{\s*true\s*\}$/.test(value), literalFalse: /^\{\s*false\s*\}$/.test(value) };
  if (astro && value[0] === '`') {
    const literal = /^`([^`\\$]*)`$/.exec(value)?.[1];
    return literal === undefined ? { name, start, end, dynamic: true } : { name, start, end, valueStart: valueAt + 1, valueEnd: valueAt + 1 + literal.length, value: literal, dynamic: false };
  }
  const quoted = value[0] === '"' || value[0] === "'";
  const inner = quoted ? value.slice(1, -1) : value;
  const vs = quoted ? valueAt + 1 : valueAt;
  // `allow="camera; {extra}"`: the component fills part of the value in.
  if (inner.includes('{') && !astro) return { name, start, end, valueStart: vs, valueEnd: vs + inner.length, value: inner, dynamic: true };
  return { name, start, end, valueStart: vs, valueEnd: vs + inner.length, value: inner, dynamic: false };
}

function readAttr(text: string, name: string, start: number, end: number, vue: boolean): FrameAttr {
  const raw = text.slice(start, end);
  const eq = raw.indexOf('=');
  // Vue `:allow` / `v-bind:allow`, Angular `[allow]` / `[attr.allow]`: an expression, not a literal.
  const bound = (vue && /^(:|v-bind:)/.test(name)) || /^\[.*\]$/.test(name);
  if (vue && name === 'v-bind') return { name, start, end, dynamic: true, spread: true };
  if (eq < 0) return { name, start, end, value: '', dynamic: bound };
  let i = eq + 1;
  while (i < raw.length && /\s/.test(raw[i])) i++;
  const q = raw[i];
  const [vs, ve] = q === '"' || q === "'" ? [i + 1, raw.length - 1] : [i, raw.length];
  const value = raw.slice(vs, ve);
  // `:allow="'camera;fullscreen'"` / `[allow]="'…'"` binds a string literal (no escape, no substitution): editable
  // inside its quotes, like Svelte's `allow={'…'}` (round-10 hold-out: flagged as computed).
  const lit = bound ? /^(\s*(["'`]))([^"'`\\$]*)\2\s*$/.exec(value) : null;
  if (lit && lit[2] !== q) return { name, start, end, valueStart: start + vs + lit[1]!.length, valueEnd: start + vs + lit[1]!.length + lit[3]!.length, value: lit[3]!, dynamic: false };
  const literalTrue = bound && value.trim() === 'true';
  // `allow="<%= perms %>"`: the server fills the value in; editing around the tag would splice into its output.
  const templated = !bound && TEMPLATED.test(value);
  return {
    name,
    start,
    end,
    valueStart: bound ? undefined : start + vs,
    valueEnd: bound ? undefined : start + ve,
    value: bound ? undefined : value,
    dynamic: (bound && !literalTrue) || templated,
    literalFalse: bound && value.trim() === 'false',
  };
}

/** `:src`, `v-bind:src`, `[src]`, `[attr.src]` → 'src'. */
export function boundName(name: string): string {
  return name.replace(/^(v-bind)?:/, '').replace(/^\[(attr\.)?(.*)\]$/, '$2').toLowerCase();
}

export function frameTagOf(el: HtmlElement, file: RuleFile): FrameTag | undefined {
  const loc = el.sourceCodeLocation;
  const startTag = loc?.startTag;
  if (!startTag) return undefined;
  const vue = file.kind === 'vue';
  const svelte = file.kind === 'svelte' || file.kind === 'astro'; // Astro's attributes are written alike: src={url}
  const attrs: FrameAttr[] = [];
  for (const a of el.attrs) {
    const name = a.prefix ? `${a.prefix}:${a.name}` : a.name;
    const al = loc.attrs?.[name] ?? loc.attrs?.[a.name];
    if (!al) continue;
    // Vue `v-bind="{ allow: '…', src: url }"`: a literal object's properties are attributes (vue-bind-object.ts).
    const bound = vue && name === 'v-bind' ? vBindObjectAttrs(file.text, al.startOffset, al.endOffset) : undefined;
    attrs.push(...(bound ?? [svelte ? readSvelteAttr(file.text, al.startOffset, al.endOffset, file.kind === 'astro') : readAttr(file.text, name, al.startOffset, al.endOffset, vue)]));
  }
  attrs.sort((x, y) => x.start - y.start);
  const thymeleaf = file.kind === 'html' ? attrs.find((a) => THYMELEAF_SRC.test(a.name)) : undefined;
  const src = thymeleaf ?? attrs.find((a) => boundName(a.name) === 'src');
  let srcKind: FrameTag['srcKind'] = 'absent';
  const coldFusion = /\.cfm$/i.test(file.path) && src?.value !== undefined && COLDFUSION_EXPR.test(src.value);
  if (src) srcKind = src.dynamic || src.value === undefined || TEMPLATED.test(src.value) || coldFusion || src.value.trim() === '' ? 'dynamic' : 'static';
  if (src && src.name !== 'src') srcKind = 'dynamic';
  const link = thymeleaf?.value !== undefined ? THYMELEAF_LINK.exec(thymeleaf.value)?.[1] : undefined;
  if (link) srcKind = 'static';
  return {
    flavour: vue ? 'vue' : 'html',
    start: startTag.startOffset,
    nameEnd: startTag.startOffset + 1 + el.tagName.length,
    attrs,
    srcKind,
    srcText: link ?? src?.value,
  };
}

/** Client-side templates a page keeps in a script tag — Vue `text/x-template`, AngularJS `text/ng-template`,
 * Handlebars/Underscore `text/x-handlebars-template` / `text/template` — are markup the framework compiles as is
 * (round-6 hold-out: a Vue 2 x-template's frame was left on the legacy list). */
const TEMPLATE_SCRIPT = /^text\/(x-template|ng-template|template|html|x-handlebars-template|x-underscore-template)$/i;

/** The iframes of a template script's text, at their offsets in the page. */
function templateScriptFrames(el: HtmlElement, file: RuleFile): { el: HtmlElement; tag: FrameTag }[] {
  const loc = el.sourceCodeLocation;
  const type = el.attrs.find((a) => a.name === 'type')?.value ?? '';
  if (!TEMPLATE_SCRIPT.test(type.trim()) || !loc?.startTag || !loc.endTag) return [];
  const raw = file.text.slice(loc.startTag.endOffset, loc.endTag.startOffset);
  if (!/<iframe\b/i.test(raw)) return [];
  const pseudo = { text: raw, kind: 'html' } as RuleFile;
  return parseEmbedded(raw, false).elements.filter((x) => x.tagName === 'iframe').flatMap((x) => {
    const tag = frameTagOf(x, pseudo);
    return tag ? [{ el: x, tag: shiftTag(tag, loc.startTag!.endOffset) }] : [];
  });
}

/** Every iframe of the page (for .vue: of the template; also inside template scripts), in document order. */
export function htmlFrames(file: RuleFile): { el: HtmlElement; tag: FrameTag }[] {
  const out: { el: HtmlElement; tag: FrameTag }[] = [];
  for (const el of file.html?.elements ?? []) {
    if (el.tagName === 'script' && file.kind === 'html') out.push(...templateScriptFrames(el, file));
    if (el.tagName !== 'iframe') continue;
    const tag = frameTagOf(el, file);
    if (tag) out.push({ el, tag });
  }
  return out;
}

/** The value of a literal src attribute when it is a plain URL. */
export function staticSrc(tag: FrameTag): string | undefined {
  return tag.srcKind === 'static' ? tag.srcText : undefined;
}
