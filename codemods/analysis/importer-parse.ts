// A file that imports the module a rule runs on, parsed for following a value into it (imported-callers.ts,
// injected-callers.ts): once per rule run, into a Project of the run's own (dropped with it) — not the project view's
// small cache, which could release it while its nodes are still being followed.
import type { Project, SourceFile } from '#ts-morph';
import { isCompiledOrBundled } from '../engine/compiled-output.js';
import { extensionOf, flavourOfExtension, kindOf } from '../engine/file-kinds.js';
import { createProject, parseProblems, parseText } from '../engine/parse.js';
import type { EvalContext } from './eval-context.js';

const parses = new WeakMap<EvalContext, { project: Project; files: Map<string, SourceFile | undefined> }>();

/** The parse of `file`; the rule's own block when `file` is the rule's file (a circular import), never a second
 * parse of it. Undefined for a page or component, a file with syntax errors (the run leaves it alone), a bundle. */
export function importerParse(file: string, ctx: EvalContext): SourceFile | undefined {
  const main = ctx.main;
  if (file === main.absPath) return kindOf(file) === 'script' ? main.sourceFile : undefined;
  let mine = parses.get(ctx);
  if (!mine) parses.set(ctx, (mine = { project: createProject(), files: new Map() }));
  if (mine.files.has(file)) return mine.files.get(file);
  const flavour = kindOf(file) === 'script' ? flavourOfExtension(extensionOf(file)) : undefined;
  const text = flavour ? ctx.project.readFile(file) : undefined;
  let sf: SourceFile | undefined;
  if (flavour && text !== undefined && !isCompiledOrBundled(text)) {
    sf = parseText(mine.project, file, text, flavour);
    if (parseProblems(sf).length > 0) sf = undefined;
    else ctx.adopt(sf, file);
  }
  mine.files.set(file, sf);
  return sf;
}
