// A server view whose iframe src prints one local (`<%= redirectUrl %>`, `{{ url }}`, `{{{url}}}`) that a handler of
// the repository renders from an initiate response: `res.render('kyc', { redirectUrl: body.redirectUrl })` (a
// public Express + EJS app kept allow="camera" on that frame). The view is found by its name (its path below a
// `views` folder, without extension) in the code files' `.render(…)` calls; the local's value must come from an
// initiate response by the same flow as a script's src (response-flow.ts). Anything else proves nothing.
import { relative, sep } from 'node:path';
import { Node, SyntaxKind } from '#ts-morph';
import { EvalContext } from '../../analysis/eval-context.js';
import type { RuleContext, RuleFile } from '../../engine/types.js';
import { codeFiles } from '../../analysis/repo-files.js';
import { initiateResponseFlow } from './response-flow.js';

const VIEW_EXT = /\.(ejs|hbs|handlebars|njk|twig|html?)$/i;
/** A src that is exactly one printed local: `<%= x %>`, `<%- x %>`, `{{ x }}`, `{{{ x }}}`, `{{ x | safe }}`. */
const PRINTED = /^\s*(?:<%[=-]\s*([A-Za-z_$][\w$]*)\s*%>|\{\{\{?\s*([A-Za-z_$][\w$]*)\s*(?:\|\s*safe\s*)?\}?\}\})\s*$/;

/** The view name `.render()` gives this file: its path below the last `views/` folder (else its file name). */
function viewName(absPath: string): string {
  const p = absPath.split(sep).join('/');
  const at = p.lastIndexOf('/views/');
  return (at >= 0 ? p.slice(at + '/views/'.length) : p.slice(p.lastIndexOf('/') + 1)).replace(VIEW_EXT, '');
}

/** Why the frame whose src is `srcText` shows the web client, when a handler renders this view with that local
 * taken from an initiate response; else undefined. */
export function renderedFromInitiate(srcText: string, file: RuleFile, ctx: RuleContext): string | undefined {
  const m = PRINTED.exec(srcText);
  const local = m?.[1] ?? m?.[2];
  if (!local || file.kind !== 'html' || !VIEW_EXT.test(file.absPath)) return undefined;
  const view = viewName(file.absPath);
  const last = view.slice(view.lastIndexOf('/') + 1);
  for (const abs of codeFiles(ctx.project.root)) {
    const text = ctx.project.readFile(abs);
    if (!text || !text.includes('render(') || !text.includes(last)) continue;
    const sf = ctx.project.getSourceFile(abs);
    if (!sf) continue;
    let flow: ((read: Node) => string | undefined) | undefined;
    for (const call of sf.getDescendantsOfKind(SyntaxKind.CallExpression)) {
      const callee = call.getExpression();
      if (!Node.isPropertyAccessExpression(callee) || callee.getName() !== 'render') continue;
      const [name, locals] = call.getArguments();
      if (!name || !Node.isStringLiteral(name) || name.getLiteralText().replace(/^\//, '').replace(VIEW_EXT, '') !== view) continue;
      const prop = locals && Node.isObjectLiteralExpression(locals) ? locals.getProperty(local) : undefined;
      const value = prop && Node.isPropertyAssignment(prop) ? prop.getInitializer() : undefined;
      if (!value) continue;
      flow ??= initiateResponseFlow(new EvalContext(ctx.project, sf, abs));
      const why = flow(value);
      if (why) return `${why}, rendered into this view by ${relative(ctx.project.root, abs).split(sep).join('/')}`;
    }
  }
  return undefined;
}
