// An Astro page's frame `src={expr}`: the template runs in the scope of the page's frontmatter, so `expr` reads the
// frontmatter's names (`const { redirectUrl } = await res.json()` of a server-side initiate call, or a URL built
// from such a value). The expression is evaluated as the frontmatter's last statement (a copy of the block with it
// appended, in the file's own throwaway Project) and followed like a script's src (web-client-url.ts): an initiate
// response's redirectUrl, or the web client's URL written in a template literal, proves the frame.
import { SyntaxKind } from '#ts-morph';
import type { RuleContext, RuleFile } from '../../engine/types.js';
import { EvalContext } from '../../analysis/eval-context.js';
import { astroFrontmatter } from '../../engine/astro-view.js';
import { closeBrace } from '../../engine/svelte-view.js';
import { initiateResponseFlow } from './response-flow.js';
import { webClientSource } from './web-client-url.js';
import { findAttr, type FrameTag } from './frame-tag.js';

let copies = 0;

/** Why the frame's `src={…}` is the web client, or undefined. */
export function frontmatterSource(file: RuleFile, tag: FrameTag, ctx: RuleContext): string | undefined {
  const attr = findAttr(tag, 'src');
  const fm = file.kind === 'astro' && attr ? astroFrontmatter(file.text) : undefined;
  const block = fm && file.scripts.find((b) => b.offset === fm.start);
  if (!attr || !block) return undefined;
  const raw = file.text.slice(attr.start, attr.end);
  const open = raw.indexOf('{');
  if (!/^src\s*=\s*\{/.test(raw) || closeBrace(raw, open) !== raw.length) return undefined;
  const expr = raw.slice(open + 1, -1);
  const sf = block.sourceFile.getProject().createSourceFile(`/__nvm__/astro-src-${++copies}.ts`, `${block.sourceFile.getFullText()}\n;(${expr});\n`);
  try {
    const last = sf.getStatements().at(-1);
    const value = last?.asKind(SyntaxKind.ExpressionStatement)?.getExpression();
    if (!value) return undefined;
    const ectx = new EvalContext(ctx.project, sf, file.absPath);
    const why = webClientSource(value, ectx, initiateResponseFlow(ectx));
    return why && `${why} (the page's frontmatter)`;
  } finally {
    sf.getProject().removeSourceFile(sf);
  }
}
