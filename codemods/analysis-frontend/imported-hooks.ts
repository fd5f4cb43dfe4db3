// A hook or helper imported from a module of the project whose own `message` listener hands the callbacks it is
// given the event or the parsed object: `useWindowMessage(isJumioMessage, handleMessage)` with
// `export function useWindowMessage(guard, onMessage) { … listener: const value = JSON.parse(event.data);
// if (guard(value)) onMessage(value) … }` in hooks/useWindowMessage.ts. The hook module alone proves nothing (it
// reads no field); the component's callbacks are judged with the hook's listener, their reads renamed in the
// component. Same-file hooks: parameter-handlers.ts (attaches what it is given) and local-callee.ts parameterCallees
// (hands the parsed object on). Round-33 follow-up: the same hook in a module of its own was left silently.
import { Node, SyntaxKind, type CallExpression, type SourceFile } from '#ts-morph';
import { isFunctionLike, referencesOf, resolveIdentifier, unwrap, type FunctionLikeNode } from './syntax.js';
import { resolveHandler, type ListenerSearchOptions } from './resolve-handler.js';
import type { MessageHandler } from './listeners.js';

type Finder = (sf: SourceFile, opts: ListenerSearchOptions) => MessageHandler[];

/** A hook module's own listeners (its parse is the project view's, shared by the files that import it). */
const listenersOf = new WeakMap<SourceFile, MessageHandler[]>();

/** The handlers the file's calls of imported hooks stand for. `find` is findMessageHandlers (run on the hook's module
 * without this step, so a hook module importing another hook is not followed further). */
export function importedHookHandlers(sf: SourceFile, opts: ListenerSearchOptions, find: Finder): MessageHandler[] {
  const { project, absPath } = opts;
  if (!project || !absPath || opts.skipImportedHooks) return [];
  const out: MessageHandler[] = [];
  for (const imp of sf.getImportDeclarations()) {
    if (imp.isTypeOnly() || !/^[.~@#/]/.test(imp.getModuleSpecifierValue())) continue; // a package is no hook of the project
    const names = [...imp.getNamedImports().filter((n) => !n.isTypeOnly()).map((n) => n.getAliasNode() ?? n.getNameNode()), ...[imp.getDefaultImport() ?? []].flat()];
    // Calls given a function (inline, or by name) first: most imports are never called so, and resolving is not free.
    const calls = names.flatMap((name) => referencesOf(sf, name.getText()).flatMap((ref) => {
      const call = ref.getParent();
      return call && Node.isCallExpression(call) && call.getExpression() === ref && call.getArguments().some(givesFunction) ? [{ ref, call }] : [];
    }));
    if (calls.length === 0) continue;
    const target = project.resolveModule(imp.getModuleSpecifierValue(), absPath);
    if (!target || /[\\/]node_modules[\\/]/.test(target) || !/message|\bexport\b[^;]*\bfrom\b/.test(project.readFile(target) ?? '')) continue; // a hook's module, or a barrel
    for (const { ref, call } of calls) {
      const hook = resolveIdentifier(ref) ? resolveHandler(ref, opts, 0) : undefined;
      if (hook?.externalPath) out.push(...givenHandlers(call, hook.fn, hook.externalPath, opts, find));
    }
  }
  return out;
}

function givesFunction(arg: Node): boolean {
  const a = unwrap(arg);
  return Node.isArrowFunction(a) || Node.isFunctionExpression(a) || Node.isIdentifier(a) || Node.isCallExpression(a);
}

/** For one call of the hook: each listener the hook attaches itself that calls the hook's parameter k with the event
 * (the argument k is then the handler) or with what it parsed (the argument k is a stage reading the object). */
function givenHandlers(call: CallExpression, hook: FunctionLikeNode, hookPath: string, opts: ListenerSearchOptions, find: Finder): MessageHandler[] {
  const params = hook.getParameters().map((p) => p.getNameNode().getText());
  const sf = hook.getSourceFile();
  let all = listenersOf.get(sf);
  if (!all) listenersOf.set(sf, all = find(sf, { project: opts.project, absPath: hookPath, skipImportedHooks: true }));
  const own = all.filter((h) => !h.externalPath && h.attach.getStart() >= hook.getStart() && h.attach.getEnd() <= hook.getEnd());
  const out: MessageHandler[] = [];
  for (const listener of own) {
    const event = listener.fn.getParameters()[0]?.getNameNode().getText();
    const stages: NonNullable<MessageHandler['stages']> = [];
    for (const inner of listener.fn.getDescendantsOfKind(SyntaxKind.CallExpression)) {
      const k = params.indexOf(unwrap(inner.getExpression()).getText());
      const given = k >= 0 ? call.getArguments()[k] : undefined;
      const fn = given ? resolveHandler(given, opts, 0)?.fn : undefined;
      const first = inner.getArguments()[0];
      if (!fn || !first || !isFunctionLike(fn) || fn.getSourceFile() !== call.getSourceFile()) continue;
      if (unwrap(first).getText() === event) out.push({ fn, attach: call, how: 'use-event-listener' });
      else stages.push({ fn, mode: 'data' });
    }
    if (stages.length) out.push({ fn: listener.fn, attach: call, how: 'use-event-listener', externalPath: hookPath, stages });
  }
  return out;
}
