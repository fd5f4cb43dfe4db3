// Sapper: a page's `<script context="module">` preload may hand the query on whole, as a prop —
// `export function preload(page) { return { query: page.query }; }` (or `preload({ query }) { return { query } }`) —
// and the component reads it from its `export let query;` in the instance script and the markup
// (`$: ok = query.transactionStatus === 'SUCCESS'`, `{query.transactionReference}`). Those reads are of the page's
// query: they form one group (`preload:<prop>`) like a direct read, judged and renamed the same way. SvelteKit's
// form of it: the route's +page.ts / +page.server.ts `load` returns `{ query: Object.fromEntries(url.searchParams) }`
// and +page.svelte reads `data.query.transactionStatus` (`export let data`).
import { basename, dirname, join } from 'node:path';
import { Node, SyntaxKind, type SourceFile } from '#ts-morph';
import type { ProjectView, RuleFile, ScriptBlock } from '../../engine/types.js';
import { memberName, resolveIdentifier, unwrap } from '../../analysis-frontend/syntax.js';
import { querySource, type ParamRead } from './query-reads.js';
import { isExportedDeclaration } from '../../analysis/exports.js';
import type { TemplateRead } from './vue-template.js';

export const PRELOAD_GROUP = 'preload:';

/** Is the block the component's module script (`<script context="module">`, Svelte 5 `<script module>`)? */
function moduleBlock(file: RuleFile, block: ScriptBlock): boolean {
  const open = file.text.lastIndexOf('<script', block.offset);
  const tag = open >= 0 ? file.text.slice(open, block.offset) : '';
  return /\scontext\s*=\s*["']module["']|\smodule[\s>]/.test(tag);
}

const LOAD_FILES = ['+page.ts', '+page.js', '+page.server.ts', '+page.server.js'];

/** The props holding the page's query object, as the component reads them — `query` (a Sapper preload's return) or
 * `data.query` (what SvelteKit's load of the route returns) — → the query's key. */
export function preloadQueryProps(file: RuleFile, project?: ProjectView): Map<string, string> {
  const out = new Map<string, string>();
  if (file.kind !== 'svelte') return out;
  const sources: { sf: SourceFile; name: string; prefix: string }[] = file.scripts.filter((b) => moduleBlock(file, b)).map((b) => ({ sf: b.sourceFile, name: 'preload', prefix: '' }));
  if (project && basename(file.absPath) === '+page.svelte') {
    for (const f of LOAD_FILES) {
      const sf = project.fileExists(join(dirname(file.absPath), f)) ? project.getSourceFile(join(dirname(file.absPath), f)) : undefined;
      if (sf) sources.push({ sf, name: 'load', prefix: 'data.' });
    }
  }
  for (const { sf, name, prefix } of sources) {
    for (const fn of preloadFunctions(sf, name)) {
      for (const ret of fn.getDescendantsOfKind(SyntaxKind.ReturnStatement)) {
        if (ret.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a)) !== fn) continue;
        collect(ret.getExpression(), prefix, out);
      }
      if (Node.isArrowFunction(fn)) collect(fn.getBody(), prefix, out); // ({ url }) => ({ query: … })
    }
  }
  return out;
}

function collect(returned: Node | undefined, prefix: string, out: Map<string, string>): void {
  const obj = returned && unwrap(returned);
  if (!obj || !Node.isObjectLiteralExpression(obj)) return;
  for (const p of obj.getProperties()) {
    const value = Node.isPropertyAssignment(p) ? p.getInitializer() : Node.isShorthandPropertyAssignment(p) ? p.getNameNode() : undefined;
    const src = value && querySource(value);
    if (src?.kind === 'object' && (Node.isPropertyAssignment(p) || Node.isShorthandPropertyAssignment(p))) out.set(`${prefix}${p.getName()}`, src.key);
  }
}

function preloadFunctions(sf: SourceFile, name: string): Node[] {
  const fns: Node[] = [];
  for (const f of sf.getFunctions()) if (f.getName() === name && isExportedDeclaration(f)) fns.push(f);
  for (const v of sf.getVariableDeclarations()) {
    const init = v.getInitializer() && unwrap(v.getInitializer()!);
    const st = v.getVariableStatement();
    if (v.getName() === name && st && isExportedDeclaration(st) && init && (Node.isArrowFunction(init) || Node.isFunctionExpression(init))) fns.push(init);
  }
  return fns;
}

/** `export let <prop>` of the instance script (the prop Sapper fills from preload's return). */
function isExportedProp(decl: Node | undefined): decl is import('#ts-morph').VariableDeclaration {
  const st = decl && Node.isVariableDeclaration(decl) ? decl.getVariableStatement() : undefined;
  return !!st && isExportedDeclaration(st) && st.getDeclarationKind() === 'let';
}

/** `query` / `data.query` (optional chaining dropped) when it starts at an exported prop; else undefined. */
function propPath(expr: Node): string | undefined {
  const parts: string[] = [];
  let e = unwrap(expr);
  while (Node.isPropertyAccessExpression(e)) {
    parts.unshift(e.getName());
    e = unwrap(e.getExpression());
  }
  return Node.isIdentifier(e) && isExportedProp(resolveIdentifier(e)) ? [e.getText(), ...parts].join('.') : undefined;
}

/** Reads of such a prop in the instance script: `query.transactionStatus`, `query?.['errorCode']`. */
export function preloadPropReads(file: RuleFile, block: ScriptBlock, names: ReadonlySet<string>, project?: ProjectView): ParamRead[] {
  const props = preloadQueryProps(file, project);
  if (!props.size || moduleBlock(file, block)) return [];
  const reads: ParamRead[] = [];
  for (const n of block.sourceFile.getDescendants()) {
    if (!Node.isPropertyAccessExpression(n) && !Node.isElementAccessExpression(n)) continue;
    const name = memberName(n);
    const path = name && names.has(name) ? propPath(n.getExpression()) : undefined;
    if (!path || !props.has(path)) continue;
    const nameNode = Node.isPropertyAccessExpression(n) ? n.getNameNode() : n.getArgumentExpression()!;
    reads.push({ name: name!, nameNode, kind: Node.isPropertyAccessExpression(n) ? 'member' : 'literal', group: `${PRELOAD_GROUP}${path}`, value: n, sourceExpr: n.getExpression() });
  }
  return reads;
}

/** The same reads in the markup's `{…}` expressions: `{query.transactionReference}`, `{query['errorCode']}`. */
export function preloadMarkupReads(file: RuleFile, names: readonly string[], project?: ProjectView): TemplateRead[] {
  const props = [...preloadQueryProps(file, project).keys()];
  if (!props.length) return [];
  const prop = `(${props.map((p) => p.replace(/\$/g, '\\$').split('.').join('\\??\\.')).join('|')})`;
  const name = `(${names.join('|')})`;
  const read = new RegExp(`(?<![\\w$.])${prop}\\??\\.(?:${name}(?![\\w$])|\\[\\s*(['"\`])${name}\\3\\s*\\])`, 'g');
  const out: TemplateRead[] = [];
  for (const [start, end] of file.html?.expressions ?? []) {
    for (const m of file.text.slice(start, end).matchAll(read)) {
      const n = m[2] ?? m[4]!;
      const at = start + m.index! + m[0].lastIndexOf(n);
      out.push({ root: `${PRELOAD_GROUP}${m[1]!.replace(/\?/g, '')}`, name: n, start: at, end: at + n.length });
    }
  }
  return out;
}
