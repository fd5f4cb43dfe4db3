// Following a global hand-off: a proven handler calls `window.onJumioResult(data)`, and some other script
// (often each Vue component) assigns `window.onJumioResult = (data) => { … data.transactionReference … }`.
// We look for the assigners in the current file first, then in the repository's code files that mention the
// name (a bounded walk, cached per root), and analyse each assigned function with its first parameter as the
// parsed event object.
import { Node, SyntaxKind, type BinaryExpression, type SourceFile, type ts } from '#ts-morph';
import { descendantsOfKinds } from '../../engine/descendants.js';
import type { ProjectView, RuleFile } from '../../engine/types.js';
import { parseEmbedded } from '../../engine/embedded.js';
import { flavourOfExtension, kindOf } from '../../engine/file-kinds.js';
import { codeFiles } from '../../analysis/repo-files.js';
import { createProject, parseText } from '../../engine/parse.js';
import { resolveHandler } from '../../analysis-frontend/listeners.js';
import { isGlobalObject, memberName, memberObject, resolveIdentifier, unwrap, type FunctionLikeNode } from '../../analysis-frontend/syntax.js';

export interface Assigner {
  fn: FunctionLikeNode;
  /** Absolute path of the file holding the assignment; undefined for the file being processed. */
  absPath: string | undefined;
  /** Offset of `fn`'s SourceFile in that file's text (for pages: the script block's start). */
  offset: number;
}

let ownProject: ReturnType<typeof createProject> | undefined;

/** Functions assigned to the global `name` (`window.name = fn`, `name = fn`, a page-level `function name`). */
export function findGlobalAssigners(name: string, file: RuleFile, project: ProjectView): Assigner[] {
  const out: Assigner[] = [];
  const globals = file.scripts.map((s) => s.sourceFile);
  for (const block of file.scripts) {
    for (const fn of assignersIn(block.sourceFile, name, globals, file.kind === 'html')) out.push({ fn, absPath: undefined, offset: block.offset });
  }
  for (const abs of filesMentioning(project, name)) {
    if (abs === file.absPath) continue;
    const blocks = repoScripts(abs, project);
    const sfs = blocks.map((b) => b.sf);
    for (const b of blocks) for (const fn of assignersIn(b.sf, name, sfs, kindOf(abs) === 'html')) out.push({ fn, absPath: abs, offset: b.offset });
  }
  return out;
}

/** The script blocks of another file of the repository: a script, or a page's / component's inline scripts
 * (HTML-like pages, Vue, Svelte and Astro; parsed in a project of their own; read-only). */
export function repoScripts(abs: string, project: ProjectView): { sf: SourceFile; offset: number }[] {
  const text = project.readFile(abs);
  if (text === undefined) return [];
  const kind = kindOf(abs);
  if (kind === 'script') {
    const sf = project.getSourceFile(abs);
    return sf ? [{ sf, offset: 0 }] : [];
  }
  if (kind === undefined) return [];
  // An Astro component's frontmatter (server code) and template scripts are blocks like a Vue or Svelte component's.
  const info = parseEmbedded(text, kind === 'html' ? 'page' : kind);
  ownProject ??= createProject();
  return info.scripts.map((s) => ({
    sf: parseText(ownProject!, abs, text.slice(s.start, s.end), flavourOfExtension(s.language === 'ts' ? (s.jsx ? 'tsx' : 'ts') : (s.jsx ? 'jsx' : 'js'))!),
    offset: s.start,
  }));
}

const BINARY = new Set([SyntaxKind.BinaryExpression]);

/** The file's `x = y` assignments (not `+=`, `==`…), from the per-parse node index. */
export function plainAssignments(sf: SourceFile): BinaryExpression[] {
  return descendantsOfKinds(sf, BINARY, (n) => (n as ts.BinaryExpression).operatorToken.kind === SyntaxKind.EqualsToken) as BinaryExpression[];
}

function assignersIn(sf: SourceFile, name: string, globals: readonly SourceFile[], page: boolean): FunctionLikeNode[] {
  const found: FunctionLikeNode[] = [];
  const push = (fn: FunctionLikeNode | undefined): void => {
    if (fn && !found.includes(fn)) found.push(fn);
  };
  for (const bin of plainAssignments(sf)) {
    const left = unwrap(bin.getLeft());
    const isGlobalMember = memberName(left) === name && isGlobalObject(memberObject(left)!);
    const isBareGlobal = Node.isIdentifier(left) && left.getText() === name && !resolveIdentifier(left, globals);
    if (isGlobalMember || isBareGlobal) push(resolveHandler(bin.getRight(), { globals }, 0)?.fn);
  }
  // In a classic page script a top-level function declaration is a property of window.
  if (page) {
    for (const s of sf.getStatements()) if (Node.isFunctionDeclaration(s) && s.getName() === name) push(s);
  }
  return found;
}

const mentions = new Map<string, { at: number; files: string[] }>();

/** Code files under the root whose text mentions `name` (cached like the listing). */
export function filesMentioning(project: ProjectView, name: string): string[] {
  const key = `${project.root}\0${name}`;
  const hit = mentions.get(key);
  if (hit && Date.now() - hit.at < 10_000) return hit.files;
  const files = codeFiles(project.root).filter((abs) => project.readFile(abs)?.includes(name));
  mentions.set(key, { at: Date.now(), files });
  return files;
}
