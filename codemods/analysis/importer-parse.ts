// A file that imports the module a rule runs on, parsed for following a value into it (imported-callers.ts,
// injected-callers.ts): once per rule run, into a Project of the run's own (dropped with it) — not the project view's
// small cache, which could release it while its nodes are still being followed.
// A Vue SFC, a Svelte or an Astro component (its frontmatter a script) is parsed as its file text with everything outside its <script> blocks blanked
// (same length, so a node's positions are the file's, which is how edits of other files are applied). Its markup
// reads the scripts' top-level names (`{{ r.redirectUrl }}`, `{r.redirectUrl}`, `{#await start(ref)}`), which no
// parse here follows: markupMentions() tells the followers a name may be read there, markup-reads.ts how.
import { Node, SyntaxKind, type Project, type SourceFile, type StringLiteral } from '#ts-morph';
import { descendantsOfKinds } from '../engine/descendants.js';
import { mayName, stemOf } from '../engine/importers.js';
import { isCompiledOrBundled } from '../engine/compiled-output.js';
import { parseEmbedded, type HtmlDocumentInfo } from '../engine/embedded.js';
import { extensionOf, flavourOfBlock, flavourOfExtension, kindOf, type ScriptFlavour } from '../engine/file-kinds.js';
import { createProject, parseProblems, parseText } from '../engine/parse.js';
import { maskFlowTypes } from '../engine/flow-mask.js';
import type { EvalContext } from './eval-context.js';
import { rememberMarkup } from './markup-reads.js';

export { rewriteMarkupReads } from './markup-reads.js';
export { followPageData } from './sveltekit-page-data.js';

const parses = new WeakMap<EvalContext, { project: Project; files: Map<string, SourceFile | undefined> }>();
/** The words of a component's markup (everything outside its scripts), by the parse of its scripts. */
const markupWords = new WeakMap<SourceFile, Set<string>>();

/** The rule's own component (its script block `sf` at `offset`): its markup is read like an importer's. */
export function registerOwnComponent(sf: SourceFile, text: string, kind: 'vue' | 'svelte' | 'astro', html: HtmlDocumentInfo, offset: number): void {
  let markup = text;
  for (const s of html.scripts) markup = markup.slice(0, s.start) + ' '.repeat(s.end - s.start) + markup.slice(s.end);
  markupWords.set(sf, new Set(markup.match(/[\w$]+/g) ?? []));
  rememberMarkup(sf, text, kind, html, offset);
}

/** May the markup of the component `sf` is the scripts of read `name`? (false for a plain module) */
export function markupMentions(sf: SourceFile, name: string): boolean {
  return markupWords.get(sf)?.has(name) ?? false;
}

/** The parse of `file`; the rule's own block when `file` is the rule's file (a circular import), never a second
 * parse of it. Undefined for a page, a file with syntax errors (the run leaves it alone), a bundle. */
export function importerParse(file: string, ctx: EvalContext): SourceFile | undefined {
  const main = ctx.main;
  if (file === main.absPath) return kindOf(file) === 'script' ? main.sourceFile : undefined;
  let mine = parses.get(ctx);
  if (!mine) parses.set(ctx, (mine = { project: createProject(), files: new Map() }));
  if (mine.files.has(file)) return mine.files.get(file);
  const kind = kindOf(file);
  const read = kind === 'script' || kind === 'vue' || kind === 'svelte' || kind === 'astro' ? ctx.project.readFile(file) : undefined;
  const view = read === undefined || isCompiledOrBundled(read) ? undefined : kind === 'script' ? plain(file, read) : component(read, kind as 'vue' | 'svelte' | 'astro');
  let sf: SourceFile | undefined;
  if (view) {
    sf = parseText(mine.project, file, view.text, view.flavour);
    // A Flow-typed importer is read with its types blanked (same offsets), as its own rules read it.
    const flow = kind === 'script' && view.flavour.language === 'js' && parseProblems(sf).length > 0 ? maskFlowTypes(view.text) : undefined;
    if (flow) sf = parseText(mine.project, file, flow.masked, view.flavour);
    if (parseProblems(sf).length > 0) sf = undefined;
    else {
      ctx.adopt(sf, file);
      if (view.markup) markupWords.set(sf, view.markup);
      if (view.component) rememberMarkup(sf, read!, view.component.kind, view.component.html);
    }
  }
  mine.files.set(file, sf);
  return sf;
}

interface View {
  text: string;
  flavour: ScriptFlavour;
  markup?: Set<string>;
  component?: { kind: 'vue' | 'svelte' | 'astro'; html: HtmlDocumentInfo };
}

function plain(file: string, text: string): View | undefined {
  const flavour = flavourOfExtension(extensionOf(file));
  return flavour && { text, flavour };
}

/** The component's scripts in place, the rest blanked (line breaks kept); the words of the rest. */
function component(text: string, kind: 'vue' | 'svelte' | 'astro'): View | undefined {
  const html = parseEmbedded(text, kind);
  const { scripts } = html;
  if (scripts.length === 0) return undefined;
  let masked = '';
  let markup = '';
  let at = 0;
  for (const s of [...scripts].sort((a, b) => a.start - b.start)) {
    const between = text.slice(at, s.start);
    markup += ` ${between}`;
    masked += between.replace(/[^\r\n]/g, ' ') + text.slice(s.start, s.end);
    at = s.end;
  }
  markup += ` ${text.slice(at)}`;
  masked += text.slice(at).replace(/[^\r\n]/g, ' ');
  const ts = scripts.some((s) => s.language === 'ts');
  return { text: masked, flavour: flavourOfBlock(ts ? 'ts' : 'js', scripts.some((s) => s.jsx)), markup: new Set(markup.match(/[\w$]+/g) ?? []), component: { kind, html } };
}

const STRINGS = new Set([SyntaxKind.StringLiteral, SyntaxKind.NoSubstitutionTemplateLiteral]);

/** The string literals of `sf` (in `file`) that name the module `target`: import / export / require specifiers and
 * their look-alikes, each resolved to be sure (imported-callers.ts, imported-instance-proof.ts). */
export function moduleMentions(sf: SourceFile, file: string, target: string, ctx: EvalContext): Node[] {
  const stem = stemOf(target);
  return descendantsOfKinds(sf, STRINGS, (n) => mayName((n as unknown as { text: string }).text, stem, file))
    .filter((lit) => ctx.project.resolveModule((lit as StringLiteral).getLiteralValue(), file) === target);
}

/** What an import of the module binds, at the specifier `lit`: `import d, * as ns, { a as b } from '…'` (not type-only
 * ones) and `import x = require('…')` (as a default). Undefined: `lit` is no import's specifier. */
export function importBindings(lit: Node): { def?: Node; ns?: Node; named: { name: string; local: Node }[] } | undefined {
  const p = lit.getParent();
  if (Node.isExternalModuleReference(p) && Node.isImportEqualsDeclaration(p.getParent())) {
    return { def: (p.getParent() as import('ts-morph').ImportEqualsDeclaration).getNameNode(), named: [] };
  }
  if (!Node.isImportDeclaration(p)) return undefined;
  const clause = p.getImportClause();
  if (!clause || clause.isTypeOnly()) return { named: [] };
  return {
    def: clause.getDefaultImport(),
    ns: clause.getNamespaceImport(),
    named: clause.getNamedImports().filter((el) => !el.isTypeOnly()).map((el) => ({ name: el.getNameNode().getText(), local: el.getAliasNode() ?? el.getNameNode() })),
  };
}
