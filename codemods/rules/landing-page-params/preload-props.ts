// Sapper: a page's `<script context="module">` preload may hand the query on whole, as a prop —
// `export function preload(page) { return { query: page.query }; }` (or `preload({ query }) { return { query } }`) —
// and the component reads it from its `export let query;` in the instance script and the markup
// (`$: ok = query.transactionStatus === 'SUCCESS'`, `{query.transactionReference}`). Those reads are of the page's
// query: they form one group (`preload:<prop>`) like a direct read, judged and renamed the same way.
import { Node, SyntaxKind, type SourceFile } from '#ts-morph';
import type { RuleFile, ScriptBlock } from '../../engine/types.js';
import { memberName, resolveIdentifier, unwrap } from '../../analysis-frontend/syntax.js';
import { querySource, type ParamRead } from './query-reads.js';
import type { TemplateRead } from './vue-template.js';

export const PRELOAD_GROUP = 'preload:';

/** Is the block the component's module script (`<script context="module">`, Svelte 5 `<script module>`)? */
function moduleBlock(file: RuleFile, block: ScriptBlock): boolean {
  const open = file.text.lastIndexOf('<script', block.offset);
  const tag = open >= 0 ? file.text.slice(open, block.offset) : '';
  return /\scontext\s*=\s*["']module["']|\smodule[\s>]/.test(tag);
}

/** The props the module script's preload returns holding the page's query object: prop name → the query's key. */
export function preloadQueryProps(file: RuleFile): Map<string, string> {
  const out = new Map<string, string>();
  if (file.kind !== 'svelte') return out;
  for (const block of file.scripts.filter((b) => moduleBlock(file, b))) {
    for (const fn of preloadFunctions(block.sourceFile)) {
      for (const ret of fn.getDescendantsOfKind(SyntaxKind.ReturnStatement)) {
        if (ret.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a)) !== fn) continue;
        const obj = ret.getExpression() && unwrap(ret.getExpression()!);
        if (!obj || !Node.isObjectLiteralExpression(obj)) continue;
        for (const p of obj.getProperties()) {
          const value = Node.isPropertyAssignment(p) ? p.getInitializer() : Node.isShorthandPropertyAssignment(p) ? p.getNameNode() : undefined;
          const src = value && querySource(value);
          if (src?.kind === 'object' && (Node.isPropertyAssignment(p) || Node.isShorthandPropertyAssignment(p))) out.set(p.getName(), src.key);
        }
      }
    }
  }
  return out;
}

function preloadFunctions(sf: SourceFile): Node[] {
  const fns: Node[] = [];
  for (const f of sf.getFunctions()) if (f.getName() === 'preload' && f.isExported()) fns.push(f);
  for (const v of sf.getVariableDeclarations()) {
    const init = v.getInitializer() && unwrap(v.getInitializer()!);
    if (v.getName() === 'preload' && v.getVariableStatement()?.isExported() && init && (Node.isArrowFunction(init) || Node.isFunctionExpression(init))) fns.push(init);
  }
  return fns;
}

/** `export let <prop>` of the instance script (the prop Sapper fills from preload's return). */
function isExportedProp(decl: Node | undefined, props: ReadonlyMap<string, string>): decl is import('#ts-morph').VariableDeclaration {
  return !!decl && Node.isVariableDeclaration(decl) && props.has(decl.getName()) && !!decl.getVariableStatement()?.isExported()
    && decl.getVariableStatement()!.getDeclarationKind() === 'let';
}

/** Reads of such a prop in the instance script: `query.transactionStatus`, `query?.['errorCode']`. */
export function preloadPropReads(file: RuleFile, block: ScriptBlock, names: ReadonlySet<string>): ParamRead[] {
  const props = preloadQueryProps(file);
  if (!props.size || moduleBlock(file, block)) return [];
  const reads: ParamRead[] = [];
  for (const n of block.sourceFile.getDescendants()) {
    if (!Node.isPropertyAccessExpression(n) && !Node.isElementAccessExpression(n)) continue;
    const name = memberName(n);
    const obj = unwrap(n.getExpression());
    if (!name || !names.has(name) || !Node.isIdentifier(obj) || !isExportedProp(resolveIdentifier(obj), props)) continue;
    const nameNode = Node.isPropertyAccessExpression(n) ? n.getNameNode() : n.getArgumentExpression()!;
    reads.push({ name, nameNode, kind: Node.isPropertyAccessExpression(n) ? 'member' : 'literal', group: `${PRELOAD_GROUP}${obj.getText()}`, value: n, sourceExpr: obj });
  }
  return reads;
}

/** The same reads in the markup's `{…}` expressions: `{query.transactionReference}`, `{query['errorCode']}`. */
export function preloadMarkupReads(file: RuleFile, names: readonly string[]): TemplateRead[] {
  const props = [...preloadQueryProps(file).keys()];
  if (!props.length) return [];
  const prop = `(${props.map((p) => p.replace(/\$/g, '\\$')).join('|')})`;
  const name = `(${names.join('|')})`;
  const read = new RegExp(`(?<![\\w$.])${prop}\\??\\.(?:${name}(?![\\w$])|\\[\\s*(['"\`])${name}\\3\\s*\\])`, 'g');
  const out: TemplateRead[] = [];
  for (const [start, end] of file.html?.expressions ?? []) {
    for (const m of file.text.slice(start, end).matchAll(read)) {
      const n = m[2] ?? m[4]!;
      const at = start + m.index! + m[0].lastIndexOf(n);
      out.push({ root: `${PRELOAD_GROUP}${m[1]}`, name: n, start: at, end: at + n.length });
    }
  }
  return out;
}
