// Route proof for a static page: the app's own route for the initiate's successUrl/errorUrl (route-proof.ts) sends
// this HTML file — res.sendFile(__dirname + '/html/done.html'), fs.readFile('html/done.html', …) — so the page's
// scripts read Jumio's redirect parameters from location.search even when they read only one of them
// (okta-jumio's register.html reads transactionReference alone). The serving file is found by the page's file
// name in the repository's code files; the literal must name this page's path (its tail), inside a handler whose
// route is a redirect URL of an initiate call in that file.
import { basename } from 'node:path';
import { Node, SyntaxKind } from '#ts-morph';
import type { RuleContext, RuleFile } from '../../engine/types.js';
import { codeFiles } from '../iframe-event-handler/repo-files.js';
import { redirectRoutes, routeOf } from './route-proof.js';

export interface ServingRoute {
  route: string;
  /** The serving file, relative to the root. */
  file: string;
  /** Line of the initiate call whose redirect URL the route is. */
  line: number;
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
      const tail = lit.getLiteralText().replace(/^\.?\//, '');
      if (!tail.endsWith(name) || !page.endsWith(`/${tail}`) || Node.isImportDeclaration(lit.getParent())) continue;
      const route = routeOf(lit);
      if (route === undefined) continue;
      routes ??= redirectRoutes(sf, ctx.project, abs);
      const line = routes.get(route);
      if (line !== undefined) return { route, file: slashed(abs).startsWith(root) ? slashed(abs).slice(root.length) : basename(abs), line };
    }
  }
  return undefined;
}
