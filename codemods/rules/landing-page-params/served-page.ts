// Route proof for a static page: the app's own route for the initiate's successUrl/errorUrl (route-proof.ts) sends
// this HTML file — res.sendFile(__dirname + '/html/done.html'), fs.readFile('html/done.html', …) — so the page's
// scripts read Jumio's redirect parameters from location.search even when they read only one of them
// (okta-jumio's register.html reads transactionReference alone). The serving file is found by the page's file
// name in the repository's code files; the literal must name this page's path (its tail), inside a handler whose
// route is a redirect URL of an initiate call in that file.
import { basename, dirname, resolve } from 'node:path';
import { Node, SyntaxKind } from '#ts-morph';
import type { RuleContext, RuleFile } from '../../engine/types.js';
import { codeFiles } from '../../analysis/repo-files.js';
import { redirectRoutes, routeOf } from './route-proof.js';

export interface ServingRoute {
  route: string;
  /** The serving file, relative to the root. */
  file: string;
  /** Line of the initiate call whose redirect URL the route is. */
  line: number;
  /** The reason as the edits state it, when not "served by route … of …" (file-route-proof.ts). */
  why?: string;
}

const slashed = (p: string): string => p.replace(/\\/g, '/');

/** The landing route of another file that serves this page, if any. */
export function servingRoute(file: RuleFile, ctx: RuleContext): ServingRoute | undefined {
  if (file.kind !== 'html' || !/\.html?$/i.test(file.absPath)) return undefined;
  const name = basename(file.absPath);
  const page = slashed(file.absPath);
  const root = slashed(ctx.project.root).replace(/\/?$/, '/');
  for (const abs of codeFiles(ctx.project.root)) {
    if (abs === file.absPath || !ctx.project.readFile(abs)?.includes(name)) continue;
    const sf = ctx.project.getSourceFile(abs);
    if (!sf) continue;
    let routes: Map<string, number> | undefined;
    for (const lit of sf.getDescendantsOfKind(SyntaxKind.StringLiteral)) {
      if (!lit.getLiteralText().endsWith(name) || Node.isImportDeclaration(lit.getParent())) continue;
      if (!namesPage(lit, abs, page, name, ctx.project.root)) continue;
      const route = routeOf(lit);
      if (route === undefined) continue;
      routes ??= redirectRoutes(sf, ctx.project, abs);
      const line = routes.get(route);
      if (line !== undefined) return { route, file: slashed(abs).startsWith(root) ? slashed(abs).slice(root.length) : basename(abs), line };
    }
  }
  return undefined;
}

/** Does the literal, in the serving file `abs`, name the page? From `__dirname` (`__dirname + '/html/done.html'`,
 * `path.join(__dirname, 'public', 'done.html')`) exactly; otherwise by the path's tail, and a bare file name
 * (`res.sendFile('done.html', { root })`) only when no other page has that name. */
function namesPage(lit: import('ts-morph').StringLiteral, abs: string, page: string, name: string, root: string): boolean {
  const pieces = pathPieces(lit);
  if (pieces?.[0] === '__dirname') return slashed(resolve(dirname(abs), ...pieces.slice(1).map((x) => x.replace(/^[\\/]+/, '')))) === page;
  const tail = pathTail(lit);
  return page.endsWith(`/${tail}`) && (tail.includes('/') || onlyPageNamed(name, root));
}

/** `__dirname + '/x.html'` or `join(__dirname, 'a', 'x.html')` up to the literal: ['__dirname', '/x.html'] / ['__dirname', 'a',
 * 'x.html']; undefined for any other form or piece. */
function pathPieces(lit: import('ts-morph').StringLiteral): string[] | undefined {
  const p = lit.getParent();
  if (Node.isBinaryExpression(p) && p.getRight() === lit && p.getOperatorToken().getText() === '+') return [p.getLeft().getText(), lit.getLiteralText()];
  if (!Node.isCallExpression(p) || !/(^|\.)(join|resolve)$/.test(p.getExpression().getText())) return undefined;
  const args = p.getArguments().slice(0, p.getArguments().indexOf(lit) + 1);
  if (!args.slice(1).every((a) => Node.isStringLiteral(a))) return undefined;
  return [args[0]!.getText(), ...args.slice(1).map((a) => (a as import('ts-morph').StringLiteral).getLiteralText())];
}

/** The path a literal names with the literals before it in a `path.join(__dirname, 'public', 'done.html')` /
 * `resolve(…)` (`.` and `..` dropped): `public/done.html`, not `done.html`, which may be any page of that name. */
function pathTail(lit: import('ts-morph').StringLiteral): string {
  const call = lit.getParent();
  const args = Node.isCallExpression(call) && /(^|\.)(join|resolve)$/.test(call.getExpression().getText()) ? call.getArguments() : [lit];
  const upTo = args.slice(0, args.indexOf(lit) + 1).filter((a) => Node.isStringLiteral(a)) as import('ts-morph').StringLiteral[];
  return upTo.flatMap((a) => a.getLiteralText().split(/[\\/]+/)).filter((seg) => seg && seg !== '.' && seg !== '..').join('/');
}

const onlyPageNamed = (name: string, root: string): boolean => codeFiles(root).filter((f) => basename(f) === name).length === 1;
