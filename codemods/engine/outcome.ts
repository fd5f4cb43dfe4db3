// What the engine knows about one file after a run; the report, the diff and the writer read it.
import type { ExternalEdits, NewFile } from './types.js';
import type { ReportItem } from './run-on-text.js';

export type FileStatus = 'changed' | 'unchanged' | 'skipped' | 'error';

export interface FileOutcome {
  /** Relative to cwd, forward slashes. */
  path: string;
  absPath: string;
  status: FileStatus;
  edits: ReportItem[];
  manual: ReportItem[];
  notes: ReportItem[];
  /** status 'error': what went wrong (the file is untouched). */
  error?: string;
  /** status 'skipped': why. */
  reason?: string;
  /** The text as read (for changed files and merge targets). */
  original?: string;
  /** The text to write (changed files). */
  output?: string;
  /** True for a file a rule creates (it does not exist yet). */
  created?: boolean;
  /** Rules that ran on the file (for the patch's hunk annotation). */
  ran?: string[];
  /** Files this one exchanged cross-file edits with: written all together or not at all. */
  coupled?: string[];
  /** For a created file: the files whose rules asked for it (it is not created when none of them is written). */
  requestedBy?: string[];
  newFiles: (NewFile & { rule: string })[];
  external: (ExternalEdits & { rule: string })[];
}

export function emptyOutcome(path: string, absPath: string, status: FileStatus): FileOutcome {
  return { path, absPath, status, edits: [], manual: [], notes: [], newFiles: [], external: [] };
}
