// Parsing with ts-morph in one long-lived in-memory Project: no tsconfig, no lib files, no dependency
// resolution, no type checker. Every SourceFile is released after use so memory stays flat on big repos.
import { IndentationText, Project, QuoteKind, ts } from '#ts-morph';
import type { SourceFile } from '#ts-morph';
import type { FileStyle } from './types.js';
import type { ScriptFlavour } from './file-kinds.js';
import { getHeapStatistics } from 'node:v8';
import { collectGarbage } from './memory.js';

export interface ParseProblem {
  /** Offset in the parsed text. */
  pos: number;
  message: string;
}

let parsedSinceCheck = 0;
/** Every this many parses the heap is looked at; above GC_AT_HEAP_BYTES a full collection runs. A fixed rhythm
 * (a full GC every 25 parses) kept the heap lower but cost ~10 % of a monorepo run; a heap threshold keeps peak RSS
 * near 230 MB on the 10,000-file benchmark. */
const PARSES_PER_CHECK = 10;
const GC_AT_HEAP_BYTES = 96 * 1024 * 1024;

/** A fresh Project for one version of one file (with all its inline scripts): nothing of another file, or of an
 * older version of the same file, is ever in reach; the Project is dropped whole afterwards (cheaper than
 * ts-morph forgetting each wrapped node), and a full GC when the heap has grown keeps memory flat. Created on first
 * use only, so `--help` never loads the compiler. */
export function engineProject(): Project {
  if (parsedSinceCheck >= PARSES_PER_CHECK) {
    parsedSinceCheck = 0;
    if (getHeapStatistics().used_heap_size > GC_AT_HEAP_BYTES) collectGarbage();
  }
  return createProject();
}

export function createProject(): Project {
  return new Project({
    useInMemoryFileSystem: true,
    skipAddingFilesFromTsConfig: true,
    skipFileDependencyResolution: true,
    skipLoadingLibFiles: true,
    compilerOptions: { allowJs: true, jsx: ts.JsxEmit.Preserve, target: ts.ScriptTarget.ESNext, noLib: true },
  });
}

let counter = 0;

/** Parse `text` as the given flavour. The in-memory name is unique so concurrent parses never collide. */
export function parseText(project: Project, absPath: string, text: string, flavour: ScriptFlavour): SourceFile {
  const name = `/__nvm__/${++counter}/${baseName(absPath)}.${flavour.ext}`;
  parsedSinceCheck++;
  return project.createSourceFile(name, text, { overwrite: true, scriptKind: flavour.scriptKind });
}

/** Release a parsed file from a long-lived Project (the ProjectView's cache). */
export function releaseSourceFile(sf: SourceFile): void {
  if (!sf.wasForgotten()) sf.getProject().removeSourceFile(sf);
}

/** Syntax errors the parser recorded (no type checking). */
export function parseProblems(sf: SourceFile): ParseProblem[] {
  const diags = (sf.compilerNode as unknown as { parseDiagnostics?: readonly ts.Diagnostic[] }).parseDiagnostics ?? [];
  return diags.map((d) => ({ pos: d.start ?? 0, message: ts.flattenDiagnosticMessageText(d.messageText, '\n') }));
}

/** Make ts-morph's own printing (if a rule uses it) follow the file's conventions. */
export function applyStyle(project: Project, style: FileStyle): void {
  const quoteKind = style.quote === "'" ? QuoteKind.Single : QuoteKind.Double;
  const newLineKind = style.eol === '\r\n' ? ts.NewLineKind.CarriageReturnLineFeed : ts.NewLineKind.LineFeed;
  const indentationText = INDENTS[style.indent];
  project.manipulationSettings.set(indentationText ? { quoteKind, newLineKind, indentationText } : { quoteKind, newLineKind });
}

const INDENTS: Record<string, IndentationText | undefined> = {
  '\t': IndentationText.Tab,
  '  ': IndentationText.TwoSpaces,
  '    ': IndentationText.FourSpaces,
  '        ': IndentationText.EightSpaces,
};

function baseName(p: string): string {
  return p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1).replace(/[^\w.-]/g, '_') || 'file';
}
