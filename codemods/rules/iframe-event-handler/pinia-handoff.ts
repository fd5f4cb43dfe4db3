// A proven Jumio handler that writes the parsed event whole into a Pinia store's state — through an action that only
// assigns it (`kyc.setEvent(message)` with `setEvent(e) { this.event = e }`) or directly (`kyc.event = message`), `kyc`
// bound to `useKycStore()` of an options store (`defineStore('kyc', { state: () => ({ event: null as JumioEvent |
// null }), getters, actions })`) — hands it to every reader of that state key: `kyc.event?.transactionReference` in
// the scripts and templates of the components using the store, `state.event.transactionReference` /
// `this.event.transactionReference` in its getters and actions. Those reads (and the state type's property, when the
// store's module declares the interface) are renamed with the handler, in place of the "passed on" item, only when
// every use is understood, as for a Svelte store (store-handoff.ts): the handler is the key's one writer (resets to
// null aside), each other mention of the key reads a field or tests it, a store bound otherwise (storeToRefs,
// $patch, $state, $subscribe, useKycStore().event, the store passed whole) keeps the item, as does a setup store.
import { Node } from '#ts-morph';
import type { ProjectView } from '../../engine/types.js';
import { resolveIdentifier, unwrap } from '../../analysis-frontend/syntax.js';
import { eventFieldRename, LEGACY_EVENT_FIELDS, type TextEdit } from './store-kinds.js';

const esc = (s: string): string => s.replace(/[$]/g, '\\$');
const FIELD = /^\s*(?:\?\.|\.)\s*([\w$]+)|^\s*(?:\?\.)?\[\s*(['"`])([\w$]+)\2\s*\]/;
const TEST_BEFORE = /(?:!|&&|\bv-(?:if|else-if|show)="\s*)$/;
const TEST_AFTER = /^\s*(?:&&|\?(?![.?]))/;
const RESET = /^\s*=(?!=)\s*(?:null|undefined)\b/;

interface Uses { reads: { start: number; legacy: string }[]; writes: number }

/** The reads to rename for a handler's write into a Pinia store, or undefined (the item stays). */
export function piniaHandoffEdits(node: Node, handlerFile: string, project: ProjectView, textOf: (abs: string) => string | undefined): TextEdit[] | undefined {
  // kyc.setEvent(message) / kyc.event = message
  let target: Node | undefined;
  let member: string | undefined;
  let viaAction = false;
  if (Node.isCallExpression(node) && node.getArguments().length === 1) {
    const callee = unwrap(node.getExpression());
    if (Node.isPropertyAccessExpression(callee)) [target, member, viaAction] = [unwrap(callee.getExpression()), callee.getName(), true];
  } else if (Node.isBinaryExpression(node) && node.getOperatorToken().getText() === '=') {
    const left = unwrap(node.getLeft());
    if (Node.isPropertyAccessExpression(left)) [target, member] = [unwrap(left.getExpression()), left.getName()];
  }
  if (!target || !member || !Node.isIdentifier(target)) return undefined;
  const binding = resolveIdentifier(target);
  const init = binding && Node.isVariableDeclaration(binding) ? binding.getInitializer() : undefined;
  const hook = init && Node.isCallExpression(init) && init.getArguments().length === 0 ? unwrap(init.getExpression()) : undefined;
  if (!hook || !Node.isIdentifier(hook)) return undefined;
  const hookDecl = resolveIdentifier(hook);
  const useName = hook.getText();
  let module: string | undefined;
  if (hookDecl && Node.isImportSpecifier(hookDecl) && !hookDecl.getAliasNode()) module = project.resolveModule(hookDecl.getImportDeclaration().getModuleSpecifierValue(), handlerFile);
  else if (hookDecl && Node.isVariableDeclaration(hookDecl)) module = handlerFile;
  const moduleText = module && textOf(module);
  if (!module || moduleText === undefined || !/\bfrom\s*['"]pinia['"]/.test(moduleText)) return undefined;
  const store = optionsStore(moduleText, useName);
  if (!store) return undefined;
  // The state key the handler writes: the action's one assignment, or the member itself.
  const key = viaAction ? store.actionKeys.get(member)?.key : member;
  if (!key || !store.keys.has(key)) return undefined;
  const importers = project.importersOf?.(module);
  if (!importers?.complete) return undefined;
  const edits: TextEdit[] = [];
  let writes = 0;
  for (const abs of new Set([module, handlerFile, ...importers.files])) {
    const text = textOf(abs);
    if (text === undefined) return undefined;
    const action = viaAction ? member : undefined;
    const found = abs === module ? storeModuleUses(text, store, key, action, useName) : componentUses(text, useName, key, action);
    if (!found || found.writes > (abs === handlerFile ? 1 : 0)) return undefined;
    writes += found.writes;
    for (const r of found.reads) edits.push(eventFieldRename(abs, r.start, r.legacy, `${useName}().${key}`));
  }
  if (writes !== 1) return undefined;
  // `event: null as JumioEvent | null`: the interface declared in the store's module.
  const typeName = store.keys.get(key)?.split('|').map((t) => t.trim()).find((t) => /^[A-Z][\w$]*$/.test(t));
  if (typeName) {
    const body = new RegExp(`\\b(?:interface\\s+${typeName}\\s*\\{|type\\s+${typeName}\\s*=\\s*\\{)([^}]*)\\}`).exec(moduleText);
    if (!body) return undefined;
    for (const legacy of LEGACY_EVENT_FIELDS) {
      const at = new RegExp(`(?<![\\w$.])${legacy}(?=\\s*\\??\\s*:)`).exec(body[1]!);
      if (at) edits.push(eventFieldRename(module, body.index + body[0].indexOf(body[1]!) + at.index, legacy, 'the store state type'));
    }
  }
  return edits;
}

interface OptionsStore {
  /** State keys made empty (`null`, `null as T | null`) → their type as written ('' when none). */
  keys: Map<string, string>;
  /** Actions that only assign their parameter to a state key: action → the key and the offset of its `this`. */
  actionKeys: Map<string, { key: string; at: number }>;
  /** Offsets of the defineStore call in the module text. */
  start: number;
  end: number;
}

/** `export const useX = defineStore('x', { state: () => ({ … }), … })`, read syntactically from the text. */
function optionsStore(text: string, useName: string): OptionsStore | undefined {
  const head = new RegExp(`\\bexport\\s+const\\s+${esc(useName)}\\s*=\\s*defineStore\\s*\\(\\s*(['"\`])[\\w$-]+\\1\\s*,\\s*\\{`).exec(text);
  if (!head) return undefined;
  const start = head.index + head[0].length - 1;
  let depth = 0;
  let end = start;
  for (; end < text.length; end++) {
    if (text[end] === '{') depth++;
    else if (text[end] === '}' && --depth === 0) break;
  }
  const body = text.slice(start, end + 1);
  const state = /\bstate\s*:\s*\(\s*\)\s*=>\s*\(\s*\{([^{}]*)\}\s*\)/.exec(body);
  if (!state) return undefined;
  const keys = new Map<string, string>();
  for (const m of state[1]!.matchAll(/([\w$]+)\s*:\s*(?:null|undefined)\b(?:\s+as\s+([^,}\n]+))?/g)) keys.set(m[1]!, m[2]?.trim() ?? '');
  const actionKeys = new Map<string, { key: string; at: number }>();
  for (const m of body.matchAll(/\b([\w$]+)\s*\(\s*([\w$]+)\s*(?::[^)]*)?\)\s*\{\s*(this)\.([\w$]+)\s*=\s*([\w$]+)\s*;?\s*\}/g)) {
    if (m[2] === m[5]) actionKeys.set(m[1]!, { key: m[4]!, at: start + m.index + m[0].indexOf('this.') });
  }
  return { keys, actionKeys, start, end: end + 1 };
}

/** The store module: `this.key` / `state.key` inside defineStore read by field, tested, reset, or written by the one
 * action; `useX` mentioned only where it is declared. */
function storeModuleUses(text: string, store: OptionsStore, key: string, action: string | undefined, useName: string): Uses | undefined {
  const reads: Uses['reads'] = [];
  const write = action === undefined ? undefined : store.actionKeys.get(action)?.at;
  const region = text.slice(store.start, store.end);
  for (const m of region.matchAll(new RegExp(`(?<![\\w$.])(?:this|state)\\s*\\.\\s*${esc(key)}(?![\\w$])`, 'g'))) {
    const after = region.slice(m.index + m[0].length);
    const field = FIELD.exec(after);
    if (field) {
      const f = field[1] ?? field[3]!;
      if (LEGACY_EVENT_FIELDS.includes(f)) reads.push({ start: store.start + m.index + m[0].length + field[0].lastIndexOf(f), legacy: f });
      continue;
    }
    if (RESET.test(after) || TEST_BEFORE.test(region.slice(0, m.index)) || TEST_AFTER.test(after)) continue;
    if (store.start + m.index === write) continue; // the handler's action: `this.key = param`
    return undefined;
  }
  // Code of the module using the store like a component (or writing it) is judged like one.
  const outside = text.slice(0, store.start) + ' '.repeat(store.end - store.start) + text.slice(store.end);
  const more = componentUses(outside, useName, key, action);
  if (!more || more.writes > 0) return undefined;
  return { reads: [...reads, ...more.reads], writes: 0 };
}

/** A component or module using the store: each `const s = useX()` binding's mentions understood. */
function componentUses(text: string, useName: string, key: string, action: string | undefined): Uses | undefined {
  const reads: Uses['reads'] = [];
  let writes = 0;
  const names: string[] = [];
  for (const m of text.matchAll(new RegExp(`(?<![\\w$.])${esc(useName)}(?![\\w$])`, 'g'))) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (/import\s*(?:type\s*)?\{[^}]*$/.test(before) && /^\s*[,}]/.test(after)) continue;
    if (/\bconst\s+$/.test(before) && /^\s*=\s*defineStore\b/.test(after)) continue; // the store's declaration
    const bound = /\bconst\s+([\w$]+)\s*=\s*$/.exec(before);
    if (bound && /^\s*\(\s*\)/.test(after)) { names.push(bound[1]!); continue; }
    return undefined;
  }
  for (const name of names) {
    // Not in a module path ('@/stores/kyc'), nor a string of the name alone ('kyc').
    for (const m of text.matchAll(new RegExp(`(?<![\\w$./-])(?<!(['"\`])(?=${esc(name)}\\1))${esc(name)}(?![\\w$-])`, 'g'))) {
      const end = m.index + m[0].length;
      const after = text.slice(end, end + 120);
      if (new RegExp(`^\\s*=\\s*${esc(useName)}\\s*\\(`).test(after)) continue; // the binding
      const prop = /^\s*(?:\?\.|\.)\s*([\w$]+)/.exec(after);
      if (!prop) return undefined; // passed whole, storeToRefs(s), s[k]
      const rest = after.slice(prop[0].length);
      if (prop[1]!.startsWith('$')) return undefined; // $patch, $state, $subscribe, $onAction, $reset
      if (prop[1] === action && /^\s*\(/.test(rest)) { writes++; continue; }
      if (prop[1] !== key) continue; // another state key, getter or action
      const field = FIELD.exec(rest);
      if (field) {
        const f = field[1] ?? field[3]!;
        if (LEGACY_EVENT_FIELDS.includes(f)) reads.push({ start: end + prop[0].length + field[0].lastIndexOf(f), legacy: f });
        continue;
      }
      if (RESET.test(rest)) continue;
      if (/^\s*=(?!=)/.test(rest)) { writes++; continue; }
      if (TEST_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) || TEST_AFTER.test(rest)) continue;
      return undefined;
    }
  }
  return { reads, writes };
}
