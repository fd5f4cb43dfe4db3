// Main-thread merge of what rules asked for outside the file they ran on: edits to other files (applied to the
// target's text first, then the target's own rules run on the result, so the catch-all sees the change) and
// new files (created only when they do not exist). A source file whose edits to another file cannot be applied
// is rolled back too, so a run never leaves half of a cross-file change.
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { ProjectView, Rule } from './types.js';
import { transformText } from './run-on-text.js';
import { readSourceFile } from './read-file.js';
import { emptyOutcome, type FileOutcome } from './outcome.js';

const toPosix = (p: string): string => p.split(sep).join('/');

function failSource(o: FileOutcome, why: string): void {
  o.status = 'error';
  o.error = why;
  delete o.output;
  o.newFiles = [];
  o.external = [];
}

export function mergeExternal(
  outcomes: Map<string, FileOutcome>, rules: readonly Rule[], project: ProjectView, cwd: string, root: string,
): void {
  const byTarget = new Map<string, { source: FileOutcome; rule: string; x: FileOutcome['external'][number] }[]>();
  for (const o of outcomes.values()) {
    if (o.status === 'error') continue;
    for (const x of o.external) {
      const key = resolve(x.absPath);
      const list = byTarget.get(key) ?? [];
      list.push({ source: o, rule: x.rule, x });
      byTarget.set(key, list);
    }
  }
  for (const [target, list] of byTarget) {
    const rel = toPosix(relative(cwd, target));
    // A source that was itself a target above has been replaced in the map by its merged outcome: that one is failed
    // or coupled (a file can send edits to one file and receive them from another).
    const sources = [...new Set(list.map((l) => outcomes.get(l.source.absPath) ?? l.source))].filter((s) => s.absPath !== target);
    const failAll = (why: string): void => sources.forEach((s) => failSource(s, `its edits to ${rel} could not be applied: ${why}`));
    if (!target.startsWith(root + sep)) {
      failAll('outside the repository');
      continue;
    }
    const existing = outcomes.get(target);
    // Only files this run discovered are edited: never a file outside the paths given, nor an ignored one.
    if (!existing) {
      failAll('it is outside the paths given to this run (or ignored); run the codemod on a path that holds both files');
      continue;
    }
    if (existing && (existing.status === 'skipped' || existing.status === 'error')) {
      failAll(existing.reason ?? existing.error ?? existing.status);
      continue;
    }
    let text = existing?.original;
    if (text === undefined) {
      const read = readSourceFile(target);
      if (!read.ok) {
        failAll(read.reason);
        continue;
      }
      text = read.text;
    }
    const pre = list.map((l) => ({ rule: l.rule, edits: l.x.edits, manual: l.x.manual }));
    const r = transformText({ path: rel, absPath: target, text, rules, project, pre });
    const merged: FileOutcome = {
      ...emptyOutcome(rel, target, r.error ? 'error' : r.changed ? 'changed' : 'unchanged'),
      edits: r.edits, manual: r.manual, notes: r.notes, ran: r.ran, newFiles: r.newFiles, original: text,
    };
    if (r.error) {
      merged.error = r.error;
      failAll(r.error);
    } else if (r.changed) merged.output = r.output;
    merged.coupled = [...new Set([...(existing.coupled ?? []), ...sources.map((s) => s.absPath)])];
    for (const s of sources) s.coupled = [...new Set([...(s.coupled ?? []), target])];
    outcomes.set(target, merged);
  }
  // A source failed by a later target leaves the files that already took its edits holding half a change: they are
  // rolled back too, so the patch of a dry run shows what --write writes (apply.ts re-checks this for write errors).
  for (let again = true; again;) {
    again = false;
    for (const o of outcomes.values()) {
      const bad = o.status === 'error' ? undefined : o.coupled?.map((p) => outcomes.get(p)).find((p) => p?.status === 'error');
      if (!bad) continue;
      failSource(o, `it belongs with the change to ${bad.path}, which failed`);
      again = true;
    }
  }
}

export function mergeNewFiles(outcomes: Map<string, FileOutcome>, cwd: string): void {
  const wanted = new Map<string, { rule: string; text: string; message: string; by: string[] }>();
  for (const o of outcomes.values()) {
    if (o.status === 'error') continue;
    for (const f of o.newFiles) {
      const key = resolve(f.absPath);
      const seen = wanted.get(key);
      if (seen) seen.by.push(o.absPath);
      else wanted.set(key, { rule: f.rule, text: f.text, message: f.message, by: [o.absPath] });
    }
  }
  for (const [abs, f] of wanted) {
    if (outcomes.has(abs) || existsSync(abs)) continue; // created only when it does not exist
    const out = emptyOutcome(toPosix(relative(cwd, abs)), abs, 'changed');
    out.created = true;
    out.original = '';
    out.output = f.text;
    out.ran = [f.rule];
    out.edits = [{ rule: f.rule, line: 1, message: f.message }];
    out.requestedBy = f.by;
    outcomes.set(abs, out);
  }
}
