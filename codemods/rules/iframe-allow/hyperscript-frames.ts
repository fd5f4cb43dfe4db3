// `<iframe>` elements built by hyperscript calls instead of markup: Mithril `m('iframe.kyc', { allow: … })`,
// `h('iframe', { … })` (Vue 3, Preact and Hyperapp `h`, hyperscript, a Vue 2 render function's `h` with `{ attrs: { … } }`),
// `React.createElement('iframe', { … })` / `createElement('iframe', { … })` of React, Preact or Inferno. The
// attributes object is the iframe's start tag: its properties become FrameAttrs (flavour 'object'), so the frame is
// judged and edited like JSX (a literal allow merged in place, a missing `allow` / `allowfullscreen` added as a
// property). Only calls whose function is provably such a factory count (an import of the library, Mithril's global
// `m`, a render function's `h` parameter): `document.createElement('iframe')` is DOM code (dom-frames.ts).
import { Node, SyntaxKind, type CallExpression, type ObjectLiteralExpression, type SourceFile } from '#ts-morph';
import type { ScriptBlock } from '../../engine/types.js';
import { isFunctionLike, resolveIdentifier, stringValue, unwrap } from '../../analysis-frontend/syntax.js';
import type { FrameAttr } from './frame-tag.js';
import { lineContext, type JsxFrame } from './jsx-frames.js';
import { literalAttr } from './styled-frames.js';

type Library = 'mithril' | 'react' | 'vue' | 'vue2' | 'hyperscript' | 'hyperapp' | 'snabbdom' | 'van';

/** Modules whose `h` / `createElement` / `m` builds elements, and the flag name their props take. */
const MODULES: Record<string, Library> = {
  mithril: 'mithril',
  react: 'react', preact: 'react', 'preact/compat': 'react', inferno: 'react', 'inferno-create-element': 'react', 'inferno-hyperscript': 'react',
  vue: 'vue', '@vue/runtime-core': 'vue', '@vue/runtime-dom': 'vue',
  hyperscript: 'hyperscript',
  // Hyperapp's `h(tag, props, children)` sets a prop the element has as a property, any other as an attribute.
  hyperapp: 'hyperapp',
  // snabbdom's `h('iframe.kyc', { attrs: { … } })`, also as Cycle.js re-exports it (round-10 hold-out).
  snabbdom: 'snabbdom', '@cycle/dom': 'snabbdom',
};
/** The tag helpers of @cycle/dom (snabbdom's hyperscript-helpers): `iframe('.kyc', { attrs: { … } })`. */
const TAG_HELPER_MODULES = /^(@cycle\/dom|snabbdom-helpers|hyperscript-helpers)$/;
const FACTORY_NAMES = new Set(['m', 'h', 'createElement']);
/** Globals of a page that loads the library with a script tag. */
const GLOBAL_FACTORIES: Record<string, Library> = { m: 'mithril', React: 'react', preact: 'react', Preact: 'react' };
/** The flag as each library's props spell it (React's is camel-cased; the others set the attribute). */
const FULLSCREEN_KEY: Record<Library, string> = { mithril: 'allowfullscreen', react: 'allowFullScreen', vue: 'allowfullscreen', vue2: 'allowfullscreen', hyperscript: 'allowFullscreen', hyperapp: 'allowfullscreen', snabbdom: 'allowfullscreen', van: 'allowfullscreen' };

/** Local names bound to a module's export: `import m from 'mithril'`, `import { h } from 'vue'`,
 * `import * as React from 'react'`, `const m = require('mithril')`, `const { h } = require('preact')`. */
function moduleBindings(sf: SourceFile): Map<string, Library> {
  const out = new Map<string, Library>();
  for (const imp of sf.getImportDeclarations()) {
    const lib = MODULES[imp.getModuleSpecifierValue()];
    if (!lib) continue;
    const def = imp.getDefaultImport();
    if (def) out.set(def.getText(), lib);
    const ns = imp.getNamespaceImport();
    if (ns) out.set(ns.getText(), lib);
    for (const n of imp.getNamedImports()) if (FACTORY_NAMES.has(n.getName())) out.set((n.getAliasNode() ?? n.getNameNode()).getText(), lib);
  }
  for (const d of sf.getDescendantsOfKind(SyntaxKind.VariableDeclaration)) {
    const init = d.getInitializer();
    const call = init ? unwrap(init) : undefined;
    if (!call || !Node.isCallExpression(call) || call.getExpression().getText() !== 'require') continue;
    const lib = MODULES[stringValue(call.getArguments()[0]) ?? ''];
    if (!lib) continue;
    const name = d.getNameNode();
    if (Node.isIdentifier(name)) out.set(name.getText(), lib);
    else if (Node.isObjectBindingPattern(name)) {
      for (const el of name.getElements()) if (FACTORY_NAMES.has((el.getPropertyNameNode() ?? el.getNameNode()).getText())) out.set(el.getNameNode().getText(), lib);
    }
  }
  return out;
}

/** Vue 2: `render(h) { return h('iframe', { attrs: { … } }) }` (also `render: (createElement) => …`). */
function isRenderParameter(decl: Node): boolean {
  const fn = decl.getParent();
  if (!isFunctionLike(fn) || fn.getParameters()[0] !== decl) return false;
  const holder = Node.isMethodDeclaration(fn) ? fn : fn.getParent();
  return !!holder && (Node.isMethodDeclaration(holder) || Node.isPropertyAssignment(holder)) && holder.getName() === 'render';
}

/** Which library builds the element, if the callee is provably an element factory. */
function libraryOf(call: CallExpression, bindings: Map<string, Library>): Library | undefined {
  const callee = unwrap(call.getExpression());
  if (Node.isIdentifier(callee)) {
    const name = callee.getText();
    if (!FACTORY_NAMES.has(name) && !bindings.has(name)) return undefined;
    const decl = resolveIdentifier(callee);
    if (!decl) return bindings.get(name) ?? GLOBAL_FACTORIES[name]; // a namespace import, or a global
    if (Node.isParameterDeclaration(decl)) return isRenderParameter(decl) ? 'vue2' : undefined;
    const imported = Node.isImportSpecifier(decl) || Node.isIdentifier(decl) || Node.isVariableDeclaration(decl);
    return imported ? bindings.get(name) : undefined;
  }
  if (Node.isPropertyAccessExpression(callee) && ['h', 'createElement'].includes(callee.getName())) {
    const recv = unwrap(callee.getExpression());
    if (!Node.isIdentifier(recv)) return undefined;
    const lib = bindings.get(recv.getText()) ?? (resolveIdentifier(recv) ? undefined : GLOBAL_FACTORIES[recv.getText()]);
    return lib === 'mithril' ? undefined : lib;
  }
  return undefined;
}

/** The element's tag: Mithril and hyperscript take a selector (`iframe.kyc#frame[title=x]`), the others a name. */
function isIframeTag(tag: string, lib: Library): boolean {
  return lib === 'mithril' || lib === 'hyperscript' || lib === 'snabbdom' ? /^iframe(?=$|[.#[])/i.test(tag) : tag.toLowerCase() === 'iframe';
}

function attrOf(p: Node, offset: number): FrameAttr | undefined {
  const start = p.getStart() + offset;
  const end = p.getEnd() + offset;
  if (Node.isSpreadAssignment(p)) return { name: '...', start, end, dynamic: true, spread: true };
  if (Node.isShorthandPropertyAssignment(p)) return { name: p.getName(), start, end, dynamic: true };
  if (!Node.isPropertyAssignment(p)) return undefined;
  const key = p.getNameNode();
  // `[name]: v`: any attribute, allow included.
  if (Node.isComputedPropertyName(key)) return { name: '...', start, end, dynamic: true, spread: true };
  return literalAttr(p.getName().replace(/^['"]|['"]$/g, ''), p.getInitializerOrThrow(), start, end, offset);
}

export type ObjectFrame = Omit<JsxFrame, 'node'>;

/** `iframe(sel?, data?, children?)` of @cycle/dom's tag helpers: [selector or undefined, data]; VanJS's tag function
 * `iframe(props?, ...children)` of `const { iframe } = van.tags` (or `van.tags.iframe(…)`; `van` imported from
 * vanjs-core or the page's global), whose props are the attributes (round-15 hold-out: its frame kept camera;fullscreen). */
function iframeHelperArgs(call: CallExpression): { lib: Library; args: [Node | undefined, Node | undefined] } | undefined {
  const callee = unwrap(call.getExpression());
  const [first, second] = call.getArguments();
  if (Node.isPropertyAccessExpression(callee) && callee.getName() === 'iframe' && isVanTags(callee.getExpression())) return { lib: 'van', args: [undefined, first] };
  const decl = Node.isIdentifier(callee) && callee.getText() === 'iframe' ? resolveIdentifier(callee) : undefined;
  // `const { iframe } = van.tags` (the declaration the name resolves to).
  const pattern = decl && Node.isVariableDeclaration(decl) ? decl.getNameNode() : undefined;
  if (pattern && Node.isObjectBindingPattern(pattern)) {
    const el = pattern.getElements().find((b) => b.getName() === 'iframe');
    const init = (decl as import('#ts-morph').VariableDeclaration).getInitializer();
    return el && (el.getPropertyNameNode()?.getText() ?? 'iframe') === 'iframe' && init && isVanTags(init) ? { lib: 'van', args: [undefined, first] } : undefined;
  }
  if (!decl || !Node.isImportSpecifier(decl) || !TAG_HELPER_MODULES.test(decl.getImportDeclaration().getModuleSpecifierValue())) return undefined;
  return { lib: 'snabbdom', args: first && stringValue(first) !== undefined ? [first, second] : [undefined, first] };
}

/** `van.tags` with `van` the default import of vanjs-core (or an undeclared global of a page loading it). */
function isVanTags(expr: Node): boolean {
  const e = unwrap(expr);
  if (!Node.isPropertyAccessExpression(e) || e.getName() !== 'tags') return false;
  const van = unwrap(e.getExpression());
  if (!Node.isIdentifier(van)) return false;
  const d = resolveIdentifier(van);
  if (!d) return van.getText() === 'van';
  const imp = d.getFirstAncestorByKind(SyntaxKind.ImportDeclaration);
  return !!imp && /^(vanjs-core|mini-van-plate)(\/|$)/.test(imp.getModuleSpecifierValue());
}

export function hyperscriptFrames(block: ScriptBlock, quote: string): ObjectFrame[] {
  const sf = block.sourceFile;
  if (!/['"`]iframe\b|\biframe\s*\(/i.test(sf.getFullText())) return [];
  const bindings = moduleBindings(sf);
  const out: ObjectFrame[] = [];
  for (const call of sf.getDescendantsOfKind(SyntaxKind.CallExpression)) {
    const helper = iframeHelperArgs(call);
    const [tagArg, propsArg] = helper?.args ?? call.getArguments();
    const tag = helper ? `iframe${stringValue(tagArg) ?? ''}` : stringValue(tagArg);
    if (tag === undefined || !/^iframe/i.test(tag)) continue;
    const lib = helper ? helper.lib : libraryOf(call, bindings);
    if (!lib || !isIframeTag(tag, lib)) continue;
    let props = propsArg ? unwrap(propsArg) : undefined;
    if (props && !Node.isObjectLiteralExpression(props)) continue; // children only, or computed props: nothing to read
    // Vue 2 and snabbdom put attributes under `attrs` (top-level keys are not attributes there).
    if (props && (lib === 'vue2' || lib === 'snabbdom')) {
      const attrs = props.getProperty('attrs');
      const init = attrs && Node.isPropertyAssignment(attrs) ? unwrap(attrs.getInitializerOrThrow()) : undefined;
      props = init && Node.isObjectLiteralExpression(init) ? init : undefined;
      if (!props) continue;
    }
    const obj = props as ObjectLiteralExpression | undefined;
    const attrs = (obj?.getProperties() ?? []).map((p) => attrOf(p, block.offset)).filter((a): a is FrameAttr => !!a);
    // `m('iframe[allow=camera]')`: the selector sets attributes too; not edited.
    if (/\[\s*(allow|src)\b/i.test(tag)) attrs.unshift({ name: 'allow', start: tagArg!.getStart() + block.offset, end: tagArg!.getEnd() + block.offset, dynamic: true });
    const srcProp = obj?.getProperty('src');
    const src = srcProp && Node.isPropertyAssignment(srcProp) ? srcProp.getInitializerOrThrow()
      : srcProp && Node.isShorthandPropertyAssignment(srcProp) ? srcProp.getNameNode() : srcProp;
    const staticText = src && Node.isPropertyAssignment(srcProp!) ? stringValue(src) : undefined;
    out.push({
      src,
      markerStyle: lineContext(sf, call.getStart()),
      tag: {
        flavour: 'object',
        start: call.getStart() + block.offset,
        // New properties after `{` when the object has none: flagged instead (planFrameEdits).
        nameEnd: (obj ? obj.getStart() + 1 : call.getEnd()) + block.offset,
        attrs,
        srcKind: !src ? 'absent' : staticText !== undefined ? 'static' : 'dynamic',
        srcText: staticText,
        object: { fullscreenKey: FULLSCREEN_KEY[lib], quote, empty: !obj || obj.getProperties().length === 0 },
      },
    });
  }
  return out;
}
