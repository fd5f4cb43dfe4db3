// The stores store-handoff.ts follows, beyond a Svelte writable set from outside: a Svelte `readable` (or writable)
// whose start function attaches the handler and writes the event with its `set` (`readable(null, (set) => { … set(message) })`),
// a nanostores `atom` / `map` (set with `kyc.set(message)`; Svelte components read it as `$kyc` too), and a `derived`
// store reading fields of the event (`derived(kyc, ($k) => $k?.transactionReference)`): its callback's reads are
// renamed with the others. Read as text, like store-handoff.ts's readers.
import { Node } from '#ts-morph';
import { IFRAME_EVENT_RENAMES, renameIn } from '../../../api/index.js';
import { unwrap } from '../../analysis-frontend/syntax.js';

export interface TextEdit {
  absPath: string;
  start: number;
  end: number;
  text: string;
  message: string;
}

/** The legacy event fields a store's readers may read. */
export const LEGACY_EVENT_FIELDS = IFRAME_EVENT_RENAMES.map((r) => r.legacy);

/** The rename of one legacy event field read at `start` of `absPath` (`where` holds the parsed event). */
export function eventFieldRename(absPath: string, start: number, legacy: string, where: string): TextEdit {
  const kyx = renameIn(IFRAME_EVENT_RENAMES, legacy)!;
  return { absPath, start, end: start + legacy.length, text: kyx, message: `iFrame event field ${legacy} → ${kyx} (${where} holds the parsed Jumio event)` };
}

const esc = (s: string): string => s.replace(/[$]/g, '\\$');

export interface StoreDecl {
  /** Offset of the `const` match; `name` sits at `index + text.indexOf(name, 5)`. */
  index: number;
  text: string;
  /** The type argument as written (`JumioEvent | null`), if any. */
  typeArgs?: string;
}

/** `const kyc = writable<T>(null)` / `readable<T>(null, …)` (svelte/store) or `atom<T>(null)` / `map<T>({})`
 * (nanostores): a store created empty, in a module importing its maker from the right package. */
export function storeDeclaration(moduleText: string, name: string): StoreDecl | undefined {
  const made = new RegExp(`\\bconst\\s+${esc(name)}\\s*=\\s*(writable|readable|atom|map)\\s*(?:<([^>()]*)>)?\\(\\s*(?:null|undefined|\\{\\s*\\})?\\s*[,)]`).exec(moduleText);
  if (!made) return undefined;
  const from = made[1] === 'atom' || made[1] === 'map' ? 'nanostores' : 'svelte\\/store';
  if (!new RegExp(`\\bimport\\s*\\{[^}]*\\b${made[1]}\\b[^}]*\\}\\s*from\\s*['"]${from}['"]`).test(moduleText)) return undefined;
  // `map({})` only of nanostores; a Svelte store is made empty (null / undefined / nothing).
  if (/\{/.test(made[0]) && made[1] !== 'map') return undefined;
  return { index: made.index, text: made[0], typeArgs: made[2] };
}

/** For `set(message)` where `set` is the first parameter of a Svelte store's start function — `const kyc =
 * readable(null, (set) => { … })` — the store's name, when `set` writes nothing else there (resets aside). */
export function startFunctionStore(call: Node): string | undefined {
  if (!Node.isCallExpression(call)) return undefined;
  const callee = unwrap(call.getExpression());
  if (!Node.isIdentifier(callee)) return undefined;
  for (let fn: Node | undefined = call.getParent(); fn; fn = fn.getParent()) {
    if (!Node.isArrowFunction(fn) && !Node.isFunctionExpression(fn)) continue;
    const param = fn.getParameters()[0];
    if (!param || param.getName() !== callee.getText()) continue;
    const maker = fn.getParent();
    const decl = maker?.getParent();
    if (!maker || !Node.isCallExpression(maker) || maker.getArguments()[1] !== fn || !/^(?:readable|writable)$/.test(maker.getExpression().getText())) return undefined;
    if (!decl || !Node.isVariableDeclaration(decl) || !Node.isIdentifier(decl.getNameNode())) return undefined;
    // Every other call of `set` in the start function is a reset.
    const others = fn.getDescendants().filter((n) => Node.isCallExpression(n) && n !== call && n.getExpression().getText() === callee.getText());
    if (others.some((o) => !/^\(\s*(?:null|undefined)?\s*\)$/.test(o.getText().slice(callee.getText().length)))) return undefined;
    return decl.getName();
  }
  return undefined;
}

/** `derived(kyc, ($k) => …)` starting at `at` (the store's mention): the callback's legacy field reads (offsets in
 * `text`) and the end of the call, or undefined when the callback uses the value otherwise than by field or test. */
export function derivedReads(text: string, at: number, name: string, legacy: readonly string[]): { reads: { start: number; legacy: string }[]; end: number } | undefined {
  const head = new RegExp(`^${esc(name)}\\s*,\\s*(?:async\\s*)?(?:\\(\\s*([\\w$]+)\\s*(?::[^)]*)?\\)|([\\w$]+))\\s*=>`).exec(text.slice(at));
  if (!head) return undefined;
  const param = head[1] ?? head[2]!;
  // The call's closing parenthesis: the callback's body ends there.
  let depth = 1;
  let end = at + head[0].length;
  for (; end < text.length && depth > 0; end++) {
    if (text[end] === '(') depth++;
    else if (text[end] === ')') depth--;
  }
  const body = text.slice(at + head[0].length, end - 1);
  const reads: { start: number; legacy: string }[] = [];
  for (const m of body.matchAll(new RegExp(`(?<![\\w$.])${esc(param)}(?![\\w$])`, 'g'))) {
    const after = body.slice(m.index + m[0].length);
    const field = /^\s*(?:\?\.|\.)\s*([\w$]+)|^\s*(?:\?\.)?\[\s*(['"`])([\w$]+)\2\s*\]/.exec(after);
    if (field) {
      const f = field[1] ?? field[3]!;
      if (legacy.includes(f)) reads.push({ start: at + head[0].length + m.index + m[0].length + field[0].lastIndexOf(f), legacy: f });
      continue;
    }
    if (/(?:!|&&)\s*$/.test(body.slice(0, m.index)) || /^\s*(?:&&|\?(?![.?]))/.test(after)) continue;
    return undefined;
  }
  return { reads, end };
}
