// JavaScript with JSDoc types (`// @ts-check`): a `/** @type {AxiosResponse<InitiateResponse>} */` on the variable
// that holds a migrated response (or a `@param {InitiateResponse} start` on the callback that receives it) names a `@typedef` of this file; its legacy members are rewritten like an interface
// (`@property {string} redirectUrl` → `@property {{ href: string }} web`; `{ redirectUrl: string }` in an inline
// typedef → `{ web: { href: string } }`), so checkJs accepts the new reads.
import { Node } from '#ts-morph';
import { INITIATE_RESPONSE_FIELD_MOVES } from '../../api/index.js';
import type { EditSet } from './edit-set.js';

const MOVED = INITIATE_RESPONSE_FIELD_MOVES.filter((m) => m.kyx.length > 1);

/** Names in the `@type {…}` tags of the JSDoc on the statement declaring `decl`; for a parameter, in the `@param {…}`
 * tag naming it on its function (`.then(/** @param {Start} start *\/ (start) => …)`, a function's own JSDoc). */
function typeTagNames(decl: Node): string[] {
  const out: string[] = [];
  const names = (type: string) => out.push(...(type.match(/[A-Za-z_$][\w$]*/g) ?? []));
  if (Node.isParameterDeclaration(decl)) {
    const fn = decl.getParentOrThrow();
    const holder = fn.getParent();
    const st = holder && Node.isVariableDeclaration(holder) ? holder.getVariableStatement() : undefined;
    const docs = [...fn.getLeadingCommentRanges().map((c) => c.getText()), ...(st?.getJsDocs().map((d) => d.getText()) ?? [])];
    const name = decl.getName().replace(/[$]/g, '\\$');
    for (const doc of docs) for (const m of doc.matchAll(new RegExp(`@param\\s*\\{(.*)\\}\\s*\\[?${name}\\b`, 'g'))) names(m[1]!);
    return out;
  }
  const st = Node.isVariableDeclaration(decl) ? decl.getVariableStatement() : undefined;
  if (!st) return [];
  for (const doc of st.getJsDocs()) for (const m of doc.getText().matchAll(/@type\s*\{([^\n]*)\}/g)) names(m[1]!);
  return out;
}

/** Rewrite the legacy members of the `@typedef`s that the variable's `@type` (the parameter's `@param`) names. */
export function updateJsDocResponseTypes(decl: Node, edits: EditSet): void {
  const names = new Set(typeTagNames(decl));
  if (!names.size) return;
  const sf = decl.getSourceFile();
  const text = sf.getFullText();
  for (const m of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const block = m[0];
    const def = /@typedef\s*\{([\s\S]*?)\}\s*([A-Za-z_$][\w$]*)/.exec(block);
    if (!def || !names.has(def[2]!)) continue;
    if (MOVED.some((mv) => new RegExp(`\\b${mv.kyx[0]}\\b`).test(block))) continue; // already KYX
    for (const mv of MOVED) {
      const [outer, ...rest] = mv.kyx;
      // `@property {T} redirectUrl` (the @typedef {object} form)
      for (const p of block.matchAll(new RegExp(`@property\\s*\\{([^}]*)\\}\\s*${mv.legacy}\\b`, 'g'))) {
        const inner = rest.reduceRight((acc, seg) => `{ ${seg}: ${acc} }`, p[1]!.trim());
        const start = m.index! + p.index!;
        edits.replaceRange(sf, start, start + p[0].length, `@property {${inner}} ${outer}`, `JSDoc response type: ${mv.legacy} → ${mv.kyx.join('.')}`);
      }
      // `redirectUrl: T` inside an inline typedef type literal
      const typeStart = m.index! + def.index! + block.slice(def.index!).indexOf('{') + 1;
      for (const p of def[1]!.matchAll(new RegExp(`\\b${mv.legacy}(\\??):\\s*([\\w$.]+)`, 'g'))) {
        const inner = rest.reduceRight((acc, seg) => `{ ${seg}${p[1]}: ${acc} }`, p[2]!);
        const start = typeStart + p.index!;
        edits.replaceRange(sf, start, start + p[0].length, `${outer}: ${inner}`, `JSDoc response type: ${mv.legacy} → ${mv.kyx.join('.')}`);
      }
    }
  }
}
