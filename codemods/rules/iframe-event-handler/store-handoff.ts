// A proven Jumio handler that writes the parsed event whole into a Svelte store — `kyc.set(message)`, the store a
// module's `export const kyc = writable(null)` (from svelte/store) or the component's own — hands it to every
// component reading the store: `$kyc.transactionReference` in their scripts and markup. Those reads are renamed with
// the handler's (and the store type's legacy property, when the module declares it), in place of the "passed on"
// item, only when every use of the store is understood: it is written by this handler alone (or reset to null),
// read by field or tested (`{#if $kyc}`, `!$kyc`, `$kyc && …`), in a run that knows all the store module's importers.
// Anything else (update, subscribe, get(kyc), $kyc passed whole, an alias) keeps the item. Svelte readable stores
// written by their start function, nanostores atom / map and derived readers: store-kinds.ts.
import { Node, type CallExpression } from '#ts-morph';
import type { ProjectView } from '../../engine/types.js';
import { resolveIdentifier, unwrap } from '../../analysis-frontend/syntax.js';
import { isExportedDeclaration } from '../../analysis/exports.js';
import { derivedReads, eventFieldRename as rename, LEGACY_EVENT_FIELDS as LEGACY, startFunctionStore, storeDeclaration, type TextEdit } from './store-kinds.js';
import { piniaHandoffEdits } from './pinia-handoff.js';
import { markupWithoutComments, scriptWithoutComments } from '../../analysis/comment-free.js';

// Syntactic (ts-morph's isExported() builds a type checker: test/engine/no-type-checker.test.ts).
const exportedStatement = (decl: Node): boolean => {
  const statement = Node.isVariableDeclaration(decl) ? decl.getVariableStatement() : undefined;
  return statement !== undefined && isExportedDeclaration(statement);
};

export type { TextEdit };
const esc = (s: string): string => s.replace(/[$]/g, '\\$');

/** The reads to rename for `call` (`store.set(event)` in `handlerFile`), or undefined when the store is not provably
 * the event's alone (the item stays). `textOf` reads a file as the rules see it (the current file's own text). */
export function storeHandoffEdits(call: Node, handlerFile: string | undefined, project: ProjectView, textOf: (abs: string) => string | undefined): TextEdit[] | undefined {
  if (!handlerFile) return undefined;
  return svelteStoreEdits(call, handlerFile, project, textOf) ?? piniaHandoffEdits(call, handlerFile, project, textOf);
}

/** A Svelte store (or nanostores) written with the event. */
function svelteStoreEdits(call: Node, handlerFile: string, project: ProjectView, textOf: (abs: string) => string | undefined): TextEdit[] | undefined {
  if (!Node.isCallExpression(call)) return undefined;
  const callee = unwrap(call.getExpression());
  const obj = Node.isPropertyAccessExpression(callee) && callee.getName() === 'set' ? unwrap(callee.getExpression()) : undefined;
  // The handler inside a store's start function: `readable(null, (set) => { … set(message) })` of this file.
  const started = obj ? undefined : startFunctionStore(call);
  if (!started && (!obj || !Node.isIdentifier(obj))) return undefined;
  const name = started ?? obj!.getText();
  const decl = started ? undefined : resolveIdentifier(obj!);
  let module: string | undefined;
  let exported = false;
  if (started) {
    module = handlerFile;
    exported = new RegExp(`\\bexport\\s+const\\s+${esc(name)}\\b`).test(textOf(handlerFile) ?? '');
  } else if (decl && Node.isImportSpecifier(decl) && !decl.getAliasNode()) {
    module = project.resolveModule(decl.getImportDeclaration().getModuleSpecifierValue(), handlerFile);
  } else if (decl && Node.isVariableDeclaration(decl)) {
    // The component's own store, or one the handler's module exports to its importers (round 44).
    module = handlerFile;
    exported = exportedStatement(decl);
  }
  const moduleText = module && textOf(module);
  if (!module || moduleText === undefined) return undefined;
  // The store: `export const kyc = writable(…)` / `writable<T | null>(null)` (svelte/store), empty at first; a
  // readable only when the handler writes it from its start function, the others (writable, atom, map) by `.set`.
  const made = storeDeclaration(moduleText, name);
  if (!made || (!started && /=\s*readable\b/.test(made.text))) return undefined;
  const importers = module === handlerFile && !exported ? { files: [], complete: true } : project.importersOf?.(module);
  if (!importers?.complete) return undefined;
  const edits: TextEdit[] = [];
  let writes = 0;
  for (const abs of new Set([module, handlerFile, ...importers.files])) {
    const text = textOf(abs);
    // Comments blanked (same length): a comment naming the store is no use of it (round 44's handler module).
    const code = text === undefined ? undefined : /\.(svelte|vue|astro|html?)$/i.test(abs) ? markupWithoutComments(text) : scriptWithoutComments(text);
    const found = code === undefined ? undefined : usesOf(code, name, abs === module ? made.index + made.text.indexOf(name, 5) : -1);
    if (!found) return undefined;
    writes += found.writes;
    // Only the handler writes the event (its one kyc.set(message), in its own file).
    if (found.writes > (abs === handlerFile ? 1 : 0)) return undefined;
    for (const r of found.reads) edits.push(rename(abs, r.start, r.legacy, `$${name}`));
  }
  if (writes !== (started ? 0 : 1)) return undefined;
  // The store's type, when the module declares it: `interface JumioEvent { transactionReference: string; … }`.
  const typeName = made.typeArgs?.split('|').map((t) => t.trim()).find((t) => /^[A-Z][\w$]*$/.test(t));
  if (typeName) {
    const body = new RegExp(`\\b(?:interface\\s+${typeName}\\s*\\{|type\\s+${typeName}\\s*=\\s*\\{)([^}]*)\\}`).exec(moduleText);
    if (!body) return undefined; // declared elsewhere: renaming the reads alone would not type-check
    for (const legacy of LEGACY) {
      const at = new RegExp(`(?<![\\w$.])${legacy}(?=\\s*\\??\\s*:)`).exec(body[1]!);
      if (at) edits.push(rename(module, body.index + body[0].indexOf(body[1]!) + at.index, legacy, 'the store type'));
    }
  }
  return edits;
}

/** Every mention of the store in a file, understood: its legacy field reads and its writes (not resets), or
 * undefined. A mention in a module path (`'$lib/stores/kyc'`) is none; one in a string is not understood (comments are blanked). */
function usesOf(text: string, name: string, declaredAt: number): { reads: { start: number; legacy: string }[]; writes: number } | undefined {
  const reads: { start: number; legacy: string }[] = [];
  let writes = 0;
  let skip = 0; // the end of a derived(…) call already read
  for (const m of text.matchAll(new RegExp(`(?<![\\w./])(\\$?)${esc(name)}(?![\\w$])`, 'g'))) {
    if (m.index < skip) continue;
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 80);
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (!m[1]) {
      if (m.index === declaredAt) continue; // the declaration
      if (/import\s*(?:type\s*)?\{[^}]*$/.test(before) && /^\s*[,}]/.test(after)) continue; // import { kyc }
      if (/\bderived\s*\(\s*$/.test(before)) {
        // derived(kyc, ($k) => $k?.transactionReference): the callback's reads are the event's.
        const derived = derivedReads(text, m.index, name, LEGACY);
        if (!derived) return undefined;
        reads.push(...derived.reads);
        skip = derived.end;
        continue;
      }
      if (/^\s*\.\s*set\s*\(\s*(?:null|undefined)?\s*\)/.test(after)) continue; // a reset
      if (/^\s*\.\s*set\s*\(/.test(after)) { writes++; continue; }
      return undefined;
    }
    const field = /^\s*(?:\?\.|\.)\s*([\w$]+)|^\s*(?:\?\.)?\[\s*(['"`])([\w$]+)\2\s*\]/.exec(after);
    if (field) {
      const f = field[1] ?? field[3]!;
      if (LEGACY.includes(f)) reads.push({ start: end + field[0].lastIndexOf(f), legacy: f });
      continue;
    }
    // A test of the store's value: {#if $kyc}, !$kyc, $kyc && …, $kyc ? … : … (not `($kyc ?? {}).x`, `$kyc || x`).
    if (/(?:\{#if|\{:else if|!|&&)\s*$/.test(before) || /^\s*(?:&&|\?(?![.?]))/.test(after)) continue;
    return undefined;
  }
  return { reads, writes };
}
