// Window `message` listeners attached through a library's own helper (hold-out round 7): react-use's
// `useEvent('message', fn, target = window)`, htmx's `htmx.on(window, 'message', fn)` and Qwik's
// `useOnWindow('message', $(fn))`. Each returns the handler expression the library attaches, or undefined.
import { Node, SyntaxKind } from '#ts-morph';
import type { CallExpression } from '#ts-morph';
import { resolveIdentifier, stringValue, unwrap } from './syntax.js';
import { hookTargetsWindow, isWindowTarget } from './listener-targets.js';

export function libraryWindowListener(call: CallExpression, method: string | undefined, target: Node | undefined): Node | undefined {
  const args = call.getArguments();
  // react-use: the third argument is the target, the window when absent. (Its one-argument namesake, the
  // `useEvent(fn)` of the React RFC polyfills, attaches nothing: a string first argument tells them apart.)
  if (method === 'useEvent' && !target && stringValue(args[0]) === 'message' && hookTargetsWindow(args[2])) return args[1];
  // htmx: `htmx.on(target, event, fn)`; without a target it listens on the body, which never gets `message`.
  if (method === 'on' && target?.getText() === 'htmx' && args.length === 3 && stringValue(args[1]) === 'message' && isWindowTarget(args[0]!)) return args[2];
  // Qwik: `useOnWindow('message', $(fn))`; the `$` is Qwik's (imported), never jQuery's.
  if (method === 'useOnWindow' && !target && stringValue(args[0]) === 'message' && args[1]) return qwikQrl(args[1]);
  return undefined;
}

/** The function inside Qwik's `$(fn)` (or the expression itself when it is not wrapped). */
function qwikQrl(arg: Node): Node {
  const u = unwrap(arg);
  if (!Node.isCallExpression(u)) return arg;
  const callee = u.getExpression();
  if (!Node.isIdentifier(callee) || callee.getText() !== '$') return arg;
  const decl = resolveIdentifier(callee);
  const fromQwik = !!decl && Node.isImportSpecifier(decl)
    && /^@builder\.io\/qwik|^@qwik\.dev\/core/.test(decl.getFirstAncestorByKind(SyntaxKind.ImportDeclaration)?.getModuleSpecifierValue() ?? '');
  return fromQwik && u.getArguments()[0] ? u.getArguments()[0]! : arg;
}
