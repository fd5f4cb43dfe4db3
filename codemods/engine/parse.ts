// Parsing with ts-morph in one long-lived in-memory Project: no tsconfig, no lib files, no dependency
// resolution, no type checker. Every SourceFile is released after use so memory stays flat on big repos.
import { IndentationText, Project, QuoteKind, ts } from 'ts-morph';
import type { SourceFile } from 'ts-morph';
import type { FileStyle } from './types.js';
import type { ScriptFlavour } from './file-kinds.js';
import { collectGarbage } from './memory.js';

export interface ParseProblem {
  /** Offset in the parsed text. */
  pos: number;
  message: string;
}

let parsedSinceGc = 0;
const PARSES_PER_GC = 25;

/** A fresh Project for one version of one file (with all its inline scripts). Each version gets its own, so a
 * rule's symbol lookups never see another file, or an older version of the same file, in the global scope; the
 * Project is dropped whole afterwards (cheaper than ts-morph forgetting each wrapped node), and every 25 parses a
 * full GC keeps memory flat. Created on first use only, so `--help` never loads the compiler. */
export function engineProject(): Project {
  if (parsedSinceGc >= PARSES_PER_GC) {
    parsedSinceGc = 0;
    collectGarbage();
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
  parsedSinceGc++;
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
