// Nested frames: an iFrame whose src is a page of the same site that itself shows the web client (a
// wrapper page, a KYC step inside a portal). Permissions are delegated frame by frame, so the outer
// iFrame needs the same allow list (vendor guide: "on every nested iframe").
import { dirname, relative, resolve } from 'node:path';
import type { SourceFile } from '#ts-morph';
import type { RuleContext, RuleFile, ScriptBlock } from '../../engine/types.js';
import { parseEmbedded } from '../../engine/embedded.js';
import { flavourOfBlock } from '../../engine/file-kinds.js';
import { engineProject, parseProblems, parseText, releaseSourceFile } from '../../engine/parse.js';
import { htmlFrames, staticSrc } from './html-frames.js';
import { pageHasJumioHandler } from './page-proof.js';
import { webClientUrlKind } from './web-client-url.js';

/** The local page a src points to (relative or root-relative, .html/.htm), if it exists in the project. */
function localPage(src: string, file: RuleFile, ctx: RuleContext): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src) || /<%|\{\{|\$\{/.test(src)) return undefined;
  const clean = src.split(/[?#]/)[0]!;
  if (!/\.html?$/i.test(clean)) return undefined;
  const candidates = clean.startsWith('/')
    ? [resolve(ctx.project.root, '.' + clean), resolve(dirname(file.absPath), '.' + clean)]
    : [resolve(dirname(file.absPath), clean)];
  return candidates.find((p) => p !== file.absPath && ctx.project.fileExists(p));
}

/** Why the page at `src` shows the web client, or undefined. One level deep. */
export function framedPageShowsClient(src: string, file: RuleFile, ctx: RuleContext): string | undefined {
  const abs = localPage(src, file, ctx);
  const text = abs ? ctx.project.readFile(abs)?.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n') : undefined;
  if (!abs || !text || !/<iframe\b/i.test(text)) return undefined;
  const html = parseEmbedded(text, false);
  const created: SourceFile[] = [];
  try {
    const scripts: ScriptBlock[] = [];
    for (const block of html.scripts) {
      const flavour = flavourOfBlock(block.language, block.jsx);
      const sf = parseText(engineProject(), abs, text.slice(block.start, block.end), flavour);
      created.push(sf);
      if (parseProblems(sf).length === 0) scripts.push({ sourceFile: sf, offset: block.start, jsx: flavour.jsx, language: flavour.language });
    }
    const target: RuleFile = { path: relative(ctx.project.root, abs), absPath: abs, text, kind: 'html', scripts, html };
    const frames = htmlFrames(target);
    const direct = frames.some(({ tag }) => {
      const s = staticSrc(tag);
      return s !== undefined && webClientUrlKind(s) !== undefined;
    });
    if (direct || (frames.length > 0 && pageHasJumioHandler(target, ctx))) {
      return `it frames ${src.split(/[?#]/)[0]}, a page that shows the web client: permissions must be allowed on every enclosing iframe`;
    }
    return undefined;
  } finally {
    for (const sf of created) releaseSourceFile(sf);
  }
}
