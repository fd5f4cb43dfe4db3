// The rule contract. A rule receives a parsed file and a context and returns edits and manual items;
// it never touches the file system. The runner (codemods/engine/) owns discovery, parsing, printing,
// diffs, markers, writes and the report.
import type { SourceFile } from '#ts-morph';
import type { HtmlDocumentInfo } from './embedded.js';

/** How the engine treats a file: plain JS/TS, an HTML-like page with inline scripts, a Vue SFC, a Svelte or an Astro
 * component (its frontmatter is a script block). */
export type FileKind = 'script' | 'html' | 'vue' | 'svelte' | 'astro';

/** One piece of JS/TS inside a file. For a plain script file there is exactly one block at offset 0. */
export interface ScriptBlock {
  /** A ts-morph SourceFile holding exactly the block's text (positions are relative to the block). */
  sourceFile: SourceFile;
  /** Offset of the block's first character in RuleFile.text: add it to a node position to get a file position. */
  offset: number;
  /** Whether the block was parsed with JSX enabled. */
  jsx: boolean;
  /** 'ts' or 'js' */
  language: 'ts' | 'js';
}

export interface RuleFile {
  /** Path relative to the run's cwd, forward slashes (as in the report). */
  path: string;
  /** Absolute path on disk. */
  absPath: string;
  /** The text rules see: BOM removed; CRLF turned into LF when the file uses CRLF throughout (the engine restores it). */
  text: string;
  kind: FileKind;
  scripts: ScriptBlock[];
  /** For html/vue/svelte/astro files: the parse5 tree with source locations, and the element list the engine found. */
  html?: HtmlDocumentInfo;
}

/** Replace RuleFile.text[start, end) with `text`. Positions are offsets in RuleFile.text (LF-normalised). */
export interface Edit {
  start: number;
  end: number;
  text: string;
  /** One line for the report: what was changed. */
  message: string;
}

/** Something a human must do. The engine adds the `TODO(netverify-migrate): <rule>: <message>` marker
 * on the line above `pos` (unless `marker` is false) and lists the item in the report. */
export interface ManualItem {
  pos: number;
  message: string;
  /** default true */
  marker?: boolean;
  /** Comment syntax for the marker; default: 'line' in scripts, 'html' outside scripts of html/vue/svelte files. */
  commentStyle?: 'line' | 'block' | 'html' | 'jsx';
}

/** A file the rule wants created (e.g. the KYX auth helper module). Created only if it does not exist yet;
 * appears in the diff as a new file and in the report as changed. */
export interface NewFile {
  /** Absolute path. */
  absPath: string;
  text: string;
  message: string;
  /** The specifier the file's own output imports this module by (`./kyx-auth.js`). When set, the run may put the
   * identical modules several files of a package ask for into one, in their common directory, and rewrites this
   * specifier in the importer's output (shared-modules.ts). */
  importedAs?: string;
}

/** Edits to a file other than the one being processed (e.g. an interface declared in another module). */
export interface ExternalEdits {
  absPath: string;
  edits: Edit[];
  manual?: ManualItem[];
}

export interface RuleResult {
  edits: Edit[];
  manual: ManualItem[];
  newFiles?: NewFile[];
  external?: ExternalEdits[];
  /** Informational notes for the report (e.g. "accountId is now available in event.data"). Not markers. */
  notes?: { pos: number; message: string }[];
}

/** Formatting conventions detected in the file, so that inserted code matches. */
export interface FileStyle {
  quote: "'" | '"';
  /** One indentation level, e.g. '  ', '    ' or '\t'. */
  indent: string;
  eol: '\n' | '\r\n';
  semicolons: boolean;
}

/** Read-only access to the rest of the repository, for following imports and types. */
export interface ProjectView {
  /** The directory the run treats as the repository root (git top level, else cwd). */
  root: string;
  fileExists(absPath: string): boolean;
  readFile(absPath: string): string | undefined;
  /** Parse another JS/TS file (cached, read-only). Undefined when missing or not JS/TS. */
  getSourceFile(absPath: string): SourceFile | undefined;
  /** Resolve an import/require specifier as Node/TypeScript would (relative paths, extensions, index files,
   * tsconfig paths when present). Undefined for packages and unresolvable specifiers. */
  resolveModule(specifier: string, fromAbsPath: string): string | undefined;
  /** The run's files that import the module at `absPath` (importers.ts). Absent outside a codemod run over a file
   * list (the jscodeshift adapter, a fixture): a rule then cannot know who imports a module. */
  importersOf?(absPath: string): ImporterSet;
  /** The run's source files (absolute paths), under the same condition as importersOf. */
  runFiles?(): readonly string[];
}

/** The files of a run that import a module (any quoted specifier resolving to it: import, require, a test mock…). */
export interface ImporterSet {
  files: string[];
  /** No code outside `files` can import the module: the run covers the whole repository and the module is not an
   * entry point of its package. */
  complete: boolean;
}

/** Work an earlier rule did on this file in this run: an edited range or a manual site (start === end),
 * in RuleFile.text positions. Lets a catch-all rule (legacy-endpoint) skip what another rule handled. */
export interface PriorWork {
  rule: string;
  kind: 'edit' | 'manual';
  start: number;
  end: number;
  /** The edit removed text and inserted none: once applied its range is empty, so it can only show where it was. */
  deletion?: boolean;
  /** A manual item's advice (the engine gives the same advice at the same place once: repeated-items.ts). */
  message?: string;
}

export interface RuleContext {
  style: FileStyle;
  project: ProjectView;
  /** Filled by the engine (optional for callers that build a context by hand). */
  prior?: readonly PriorWork[];
}

export interface Rule {
  /** kebab-case, stable: used in --rules, markers and the report. */
  id: string;
  /** One line for `netverify-migrate rules`. */
  title: string;
  /** At least one of these strings must appear in a file's text, or the file is not parsed for this rule. */
  prefilter: readonly string[];
  /** File kinds the rule handles. */
  kinds: readonly FileKind[];
  run(file: RuleFile, ctx: RuleContext): RuleResult;
}
