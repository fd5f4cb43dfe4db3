// A SvelteKit page's frame src read from its load data — `<iframe src={data.frameUrl}>` in +page.svelte, `data` its
// prop (`export let data`, Svelte 5 `let { data } = $props()`) — holds what the route's load (+page.server.ts /
// +page.ts beside it) returns under that key: `return { frameUrl: body.redirectUrl }`. That value is followed like a
// script's src (web-client-url.ts, response-flow.ts) in the load's own file: an initiate response's redirectUrl (or
// web.href once migrated) proves the frame. Any other src expression, or a load elsewhere, proves nothing.
import { basename, dirname, join } from 'node:path';
import { Node, SyntaxKind, type SourceFile } from '#ts-morph';
import type { RuleContext, RuleFile } from '../../engine/types.js';
import { EvalContext } from '../../analysis/eval-context.js';
import { isExportedDeclaration } from '../../analysis/exports.js';
import { unwrap } from '../../analysis-frontend/syntax.js';
import { initiateResponseFlow } from './response-flow.js';
import { webClientSource } from './web-client-url.js';
import { findAttr, type FrameTag } from './frame-tag.js';

const LOAD_FILES = ['+page.server.ts', '+page.server.js', '+page.ts', '+page.js'];
const DATA_PROP = /\bexport\s+let\s+data\b|\blet\s*\{[^}]*\bdata\b[^}]*\}\s*=\s*\$props\s*\(/;

/** Why the frame's `src={data.key}` is the web client, or undefined. */
export function loadDataSource(file: RuleFile, tag: FrameTag, ctx: RuleContext): string | undefined {
  const attr = findAttr(tag, 'src');
  if (!attr || file.kind !== 'svelte' || basename(file.absPath) !== '+page.svelte') return undefined;
  // The attribute as written (the markup's expressions are blanked for the HTML parse): src={data.frameUrl}.
  const key = /^src\s*=\s*\{\s*data\s*(?:\?\.|\.)\s*([\w$]+)\s*\}$/.exec(file.text.slice(attr.start, attr.end).trim())?.[1];
  if (!key || !file.scripts.some((b) => DATA_PROP.test(b.sourceFile.getFullText()))) return undefined;
  for (const name of LOAD_FILES) {
    const abs = join(dirname(file.absPath), name);
    const sf = ctx.project.fileExists(abs) ? ctx.project.getSourceFile(abs) : undefined;
    if (!sf || !/\bload\b/.test(sf.getFullText())) continue;
    const ectx = new EvalContext(ctx.project, sf, abs);
    const flow = initiateResponseFlow(ectx);
    for (const value of returnedValues(sf, key)) {
      const why = webClientSource(value, ectx, flow);
      if (why) return `${why} (the route's load data, ${name})`;
    }
  }
  return undefined;
}

/** The values the file's exported `load` returns under `key` (object literals returned, or an arrow's body). */
function returnedValues(sf: SourceFile, key: string): Node[] {
  const fns: Node[] = [];
  for (const f of sf.getFunctions()) if (f.getName() === 'load' && isExportedDeclaration(f)) fns.push(f);
  for (const v of sf.getVariableDeclarations()) {
    const init = v.getInitializer() && unwrap(v.getInitializer()!);
    const statement = v.getVariableStatement();
    if (v.getName() === 'load' && statement && isExportedDeclaration(statement) && init && (Node.isArrowFunction(init) || Node.isFunctionExpression(init))) fns.push(init);
  }
  const values: Node[] = [];
  for (const fn of fns) {
    const body = Node.isArrowFunction(fn) ? fn.getBody() : undefined;
    const returned = body && !Node.isBlock(body) ? [body]
      : fn.getDescendantsOfKind(SyntaxKind.ReturnStatement).filter((r) => r.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a)) === fn).map((r) => r.getExpression());
    for (const expr of returned) {
      const obj = expr && unwrap(expr);
      const prop = obj && Node.isObjectLiteralExpression(obj) ? obj.getProperty(key) : undefined;
      if (prop && Node.isPropertyAssignment(prop) && prop.getInitializer()) values.push(prop.getInitializer()!);
      else if (prop && Node.isShorthandPropertyAssignment(prop)) values.push(prop.getNameNode());
    }
  }
  return values;
}
