// `message` listeners attached in markup rather than in script: Alpine.js `x-on:message.window="onMessage($event)"`
// / `@message.window="…"` (without `.window` Alpine listens on the element, where no window message arrives) and
// Svelte `<svelte:window on:message={handle} />` (Svelte 5: `onmessage={handle}`; also `{(e) => handle(e)}`), and a page's
// `<body onmessage="handle(event)">` (the window's handler, round-6 hold-out). The attribute names a function
// of the page's scripts — a top-level function, or a method of the component object an Alpine `x-data` function
// returns — which listeners.ts then treats as the handler. Inline JS in the attribute is not analysed.
import { Node, SyntaxKind, type SourceFile } from '#ts-morph';
import type { RuleFile } from '../engine/types.js';
import { isFunctionLike, unwrap, type FunctionLikeNode } from './syntax.js';

const ALPINE = /^(?:x-on:|@)message(?:\.[\w-]+)*$/;
/** `name`, `name($event)`, `name(event)`, `{name}` — what the attribute's value may be. */
const NAMED = /^\s*\{?\s*([A-Za-z_$][\w$]*)\s*(?:\(\s*\$?event\s*\))?\s*\}?\s*$/;
/** Svelte `{(e) => name(e)}` / `{e => name(e)}`: an arrow that only forwards the event to a named function. */
const FORWARDED = /^\s*\{\s*(?:\(\s*([A-Za-z_$][\w$]*)\s*\)|([A-Za-z_$][\w$]*))\s*=>\s*([A-Za-z_$][\w$]*)\s*\(\s*([A-Za-z_$][\w$]*)\s*\)\s*;?\s*\}\s*$/;

/** Names of the functions the page's markup attaches as window `message` handlers. */
export function markupMessageHandlerNames(file: RuleFile): string[] {
  const names = new Set<string>();
  for (const el of file.html?.elements ?? []) {
    for (const a of el.attrs) {
      const name = a.prefix ? `${a.prefix}:${a.name}` : a.name;
      const alpine = ALPINE.test(name) && name.split('.').slice(1).includes('window');
      const svelte = el.tagName === 'svelte:window' && (name === 'on:message' || name === 'onmessage');
      // `<body onmessage="handle(event)">`: the body's onmessage content attribute is the window's handler.
      const body = (el.tagName === 'body' || el.tagName === 'frameset') && name === 'onmessage';
      // Stimulus `data-action="message@window->kyc#onMessage"`: the controller's method (its file is linked by the
      // page's data-controller, iframe-allow page-proof.ts).
      if (name === 'data-action') for (const m of a.value.matchAll(/message@window->[\w-]+#([A-Za-z_$][\w$]*)/g)) names.add(m[1]!);
      if (!alpine && !svelte && !body) continue;
      const m = NAMED.exec(a.value);
      if (m) names.add(m[1]!);
      const f = svelte ? FORWARDED.exec(a.value) : null;
      if (f && (f[1] ?? f[2]) === f[4]) names.add(f[3]!);
    }
  }
  return [...names];
}

/** The function a markup attribute names: a function (or a variable holding one) of the script, or a method of
 * an object literal (the component object an Alpine `x-data` function returns). */
export function markupHandler(sf: SourceFile, name: string): FunctionLikeNode | undefined {
  const fnDecl = sf.getFunction(name);
  if (fnDecl) return fnDecl;
  const v = sf.getVariableDeclaration(name)?.getInitializer();
  if (v && isFunctionLike(unwrap(v))) return unwrap(v) as FunctionLikeNode;
  // A class method (a Stimulus controller's action).
  const method = sf.getDescendantsOfKind(SyntaxKind.MethodDeclaration).find((m) => m.getName() === name && (Node.isClassDeclaration(m.getParent()) || Node.isClassExpression(m.getParent())));
  if (method) return method;
  for (const obj of sf.getDescendantsOfKind(SyntaxKind.ObjectLiteralExpression)) {
    const p = obj.getProperty(name);
    if (p && Node.isMethodDeclaration(p)) return p;
    const init = p && Node.isPropertyAssignment(p) ? p.getInitializer() : undefined;
    if (init && isFunctionLike(unwrap(init))) return unwrap(init) as FunctionLikeNode;
  }
  return undefined;
}

/** The local name node of an import of the script named `name` (`import { handle } from './frame'`, a default import). */
export function importedBinding(sf: SourceFile, name: string): Node | undefined {
  for (const imp of sf.getImportDeclarations()) {
    if (imp.isTypeOnly()) continue;
    const d = imp.getDefaultImport();
    if (d?.getText() === name) return d;
    const spec = imp.getNamedImports().find((s) => (s.getAliasNode() ?? s.getNameNode()).getText() === name && !s.isTypeOnly());
    if (spec) return spec.getAliasNode() ?? spec.getNameNode();
  }
  return undefined;
}
