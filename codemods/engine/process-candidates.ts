// Runs transformText over a list of files that passed the prefilter; shared by the worker threads and the
// in-process path so both behave identically.
import type { ProjectView, Rule } from './types.js';
import { createProjectView } from './project-view.js';
import type { RunFiles } from './importers.js';
import { transformText } from './run-on-text.js';
import { emptyOutcome, type FileOutcome } from './outcome.js';

export interface Candidate {
  path: string;
  absPath: string;
  text: string;
}

const views = new Map<string, ProjectView>();
let runFiles: RunFiles | undefined;

/** Views (and what they cached) last for one run: a later run in the same process sees the files as they are then.
 * `run`: the new run's file list (the views answer importersOf from it). */
export function forgetProjectViews(run?: RunFiles): void {
  views.clear();
  runFiles = run;
}

export function projectViewFor(root: string): ProjectView {
  let v = views.get(root);
  if (!v) {
    v = createProjectView(root, runFiles);
    views.set(root, v);
  }
  return v;
}

export function processCandidate(c: Candidate, rules: readonly Rule[], project: ProjectView): FileOutcome {
  let r;
  try {
    r = transformText({ path: c.path, absPath: c.absPath, text: c.text, rules, project });
  } catch (err) {
    // An engine bug must not take the run down: the file is reported and left alone.
    return { ...emptyOutcome(c.path, c.absPath, 'error'), error: `internal error: ${(err as Error).message}` };
  }
  const status = r.error ? 'error' : r.changed ? 'changed' : 'unchanged';
  const out: FileOutcome = {
    ...emptyOutcome(c.path, c.absPath, status),
    edits: r.edits, manual: r.manual, notes: r.notes, newFiles: r.newFiles, external: r.external, ran: r.ran,
  };
  if (r.error) out.error = r.error;
  if (r.changed || r.external.length > 0) out.original = c.text;
  if (r.changed) out.output = r.output;
  return out;
}

export function processCandidates(cands: readonly Candidate[], rules: readonly Rule[], root: string): FileOutcome[] {
  const project = projectViewFor(root);
  return cands.map((c) => processCandidate(c, rules, project));
}
