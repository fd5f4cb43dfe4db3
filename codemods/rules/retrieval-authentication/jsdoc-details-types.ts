// JavaScript with JSDoc types (`// @ts-check`, checkJs): the details' parameter or variable is typed by its JSDoc
// (`.then(/** @param {AuthenticationDetails} d *\/ (d) => …)`, `/** @type {AuthenticationDetails} *\/ const d = …`),
// which names a `@typedef` of the file. Its legacy members move as an interface's do (details-types.ts):
// `@typedef {{ transactionReference: string, userReference?: string, … }}` is a type literal in the comment (the same
// member plan), and the `@typedef {object}` form's `@property {string} transactionReference` /
// `@property {string} [userReference]` tags become one `@property {{ id: string, userReference?: string }} workflow`.
// Only in JavaScript files: TypeScript ignores a JSDoc type where it has its own annotations.
import { Node, ts, type TypeNode } from '#ts-morph';
import { findRetrievalField } from '../../../api/index.js';
import { rawDescendantsOfKinds, wrapRaw } from '../../engine/descendants.js';

const JS_FILE = /\.[cm]?jsx?$/i;
const TYPEDEFS = new Set([ts.SyntaxKind.JSDocTypedefTag]);

/** The JSDoc type of a parameter (`@param {T} d` on its function) or of a variable (`@type {T}`), in JavaScript. */
export function jsDocTypeOf(decl: Node): TypeNode | undefined {
  const sf = decl.getSourceFile();
  if (!JS_FILE.test(sf.getFilePath())) return undefined;
  const raw = ts.getJSDocType(decl.compilerNode);
  return raw ? (wrapRaw(sf, raw) as TypeNode) : undefined;
}

/** The `@typedef` a type name names in its own (JavaScript) file. */
export function jsDocTypedef(name: Node): Node | undefined {
  const sf = name.getSourceFile();
  if (!Node.isIdentifier(name) || !JS_FILE.test(sf.getFilePath())) return undefined;
  const tag = rawDescendantsOfKinds(sf.compilerNode, TYPEDEFS)
    .find((t) => { const n = (t as ts.JSDocTypedefTag).name; return !!n && ts.isIdentifier(n) && n.text === name.getText(); });
  return tag ? wrapRaw(sf, tag) : undefined;
}

/** The name a `@typedef` declares. */
export function typedefName(tag: Node): string {
  const n = (tag.compilerNode as ts.JSDocTypedefTag).name;
  return n && ts.isIdentifier(n) ? n.text : 'this typedef';
}

/** The comment holding a `@typedef` (where its item goes: a marker above the comment, not inside it). */
export const typedefComment = (tag: Node): Node => tag.getParent() ?? tag;

/** What the typedef describes: its `{{ … }}` type (a type node, planned like any) or its `@property` tags. */
export function typedefBody(tag: Node): { type: TypeNode } | { properties: ts.JSDocPropertyTag[] } | undefined {
  const te = (tag.compilerNode as ts.JSDocTypedefTag).typeExpression;
  if (!te) return undefined;
  if (ts.isJSDocTypeExpression(te)) return { type: wrapRaw(tag.getSourceFile(), te.type) as TypeNode };
  return { properties: [...(te.jsDocPropertyTags ?? [])].filter(ts.isJSDocPropertyTag) };
}

interface PropertyPlan { replacements: { start: number; end: number; text: string; message: string }[]; rest?: string }

/** `@property` tags of the legacy details (two of its names at least, no `workflow` yet): the exact ones become one
 * `workflow` property; the others stay, named in `rest`. */
export function planPropertyTags(tag: Node, props: readonly ts.JSDocPropertyTag[]): PropertyPlan | undefined {
  const sf = tag.getSourceFile();
  const text = sf.getFullText();
  const named = props.map((p) => ({ p, name: ts.isIdentifier(p.name) ? p.name.text : undefined }));
  const legacy = named.filter((x) => x.name && findRetrievalField(x.name));
  if (legacy.length < 2 || named.some((x) => x.name === 'workflow')) return undefined;
  const exact = legacy.filter((x) => findRetrievalField(x.name!)!.certainty === 'exact');
  const replacements: PropertyPlan['replacements'] = [];
  if (exact.length) {
    const inner = exact.map(({ p, name }) => `${findRetrievalField(name!)!.kyx![1]}${p.isBracketed ? '?' : ''}: ${p.typeExpression ? p.typeExpression.type.getText(sf.compilerNode) : 'string'}`);
    const outer = findRetrievalField(exact[0]!.name!)!.kyx![0];
    const first = exact[0]!.p;
    // The whole tag, its description too (it described transactionReference, not the new member).
    const start = first.getStart(sf.compilerNode);
    replacements.push({ start, end: tagEnd(text, start, first.getEnd()), text: `@property {{ ${inner.join(', ')} }} ${outer}`,
      message: `retrieval details JSDoc type: ${exact.map((x) => x.name).join(', ')} → ${outer}.*` });
    for (const { p, name } of exact.slice(1)) {
      // The tag's whole lines (a tag's node runs on to the next tag's `@`, over the next line's ` * `).
      const start = text.lastIndexOf('\n', p.getStart(sf.compilerNode) - 1) + 1;
      const nl = text.indexOf('\n', tagEnd(text, start, p.getEnd()));
      if (nl < 0 || !/^[ \t]*\*/.test(text.slice(start))) continue;
      replacements.push({ start, end: nl + 1, text: '', message: `retrieval details JSDoc type: ${name} moved under ${outer}` });
    }
  }
  const rest = legacy.filter((x) => findRetrievalField(x.name!)!.certainty !== 'exact')
    .map((x) => `${x.name} is not in the KYX workflow details (now: ${findRetrievalField(x.name!)!.where})`);
  return { replacements, ...(rest.length ? { rest: rest.join('; ') } : {}) };
}

/** The end of a tag's own text: a tag's node runs on to the next tag's `@`, over the next line's ` * ` (or to `*\/`). */
function tagEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s*/]/.test(text[end - 1]!)) end--;
  return end;
}
