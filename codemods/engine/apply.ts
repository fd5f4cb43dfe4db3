// --write: every changed file is written atomically (temp file in the same directory + rename), never over a
// file that changed on disk since it was read, never over uncommitted git changes unless --allow-dirty, and a
// created file never replaces one that appeared meanwhile. A refused file gets status `error` and stays as it was;
// files that exchanged cross-file edits are written together or not at all.
import { linkSync, mkdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { FileOutcome } from './outcome.js';
import { gitDirtyFiles } from './git.js';
import { readSourceFile } from './read-file.js';

export interface WriteOptions {
  allowDirty: boolean;
  root: string;
  inGit: boolean;
}

export interface WriteResult {
  written: number;
  warnings: string[];
}

let tempCounter = 0;

function refuse(o: FileOutcome, why: string): void {
  o.status = 'error';
  o.error = `${why}; not written`;
}

function tempPathFor(absPath: string): string {
  return join(dirname(absPath), `.${basename(absPath)}.netverify-migrate-${process.pid}-${++tempCounter}.tmp`);
}

/** Create `absPath` with `text`, whole or not at all, never over a file that is there (a temp file linked into place:
 * the link fails with EEXIST if the path appeared meanwhile). Also used by the jscodeshift adapter. */
export function createFileAtomically(absPath: string, text: string): void {
  mkdirSync(dirname(absPath), { recursive: true });
  const temp = tempPathFor(absPath);
  writeFileSync(temp, text, { mode: 0o644, flag: 'wx' });
  try {
    linkSync(temp, absPath);
  } finally {
    unlinkSync(temp);
  }
}

function atomicWrite(o: FileOutcome): void {
  if (o.created) return createFileAtomically(o.absPath, o.output!);
  const temp = tempPathFor(o.absPath);
  writeFileSync(temp, o.output!, { mode: statSync(o.absPath).mode & 0o7777, flag: 'wx' });
  try {
    renameSync(temp, o.absPath);
  } catch (err) {
    try {
      unlinkSync(temp);
    } catch {
      /* already gone */
    }
    throw err;
  }
}

export function writeChanges(outcomes: FileOutcome[], opts: WriteOptions): WriteResult {
  const warnings: string[] = [];
  const changed = outcomes.filter((o) => o.status === 'changed' && o.output !== undefined);
  let dirty = new Set<string>();
  if (!opts.inGit) warnings.push('not inside a git work tree: uncommitted changes cannot be detected; keep a backup');
  else if (!opts.allowDirty) dirty = gitDirtyFiles(opts.root);

  for (const o of changed) {
    if (o.created) {
      try {
        statSync(o.absPath);
        refuse(o, 'appeared on disk since the run started');
      } catch {
        /* still absent: good */
      }
      continue;
    }
    if (dirty.has(o.absPath)) {
      refuse(o, 'has uncommitted changes (commit or stash them first, or pass --allow-dirty)');
      continue;
    }
    const now = readSourceFile(o.absPath);
    if (!now.ok || now.text !== o.original) refuse(o, 'changed on disk since it was read');
  }
  // Cross-file changes go in together or not at all.
  const byPath = new Map(outcomes.map((o) => [o.absPath, o]));
  let again = true;
  while (again) {
    again = false;
    for (const o of changed) {
      if (o.status !== 'changed') continue;
      const bad = (o.coupled ?? []).map((p) => byPath.get(p)).find((p) => p && p.status === 'error');
      if (bad) {
        refuse(o, `it belongs with the change to ${bad.path}, which could not be written`);
        again = true;
      }
    }
  }
  // A created file (the helper module) is only needed when at least one file that asked for it is written.
  for (const o of changed) {
    if (o.status !== 'changed' || !o.requestedBy?.length) continue;
    const users = o.requestedBy.map((p) => byPath.get(p));
    if (users.every((u) => u && u.status === 'error')) refuse(o, `none of the files that use it (${users.map((u) => u!.path).join(', ')}) could be written`);
  }
  let written = 0;
  for (const o of changed) {
    if (o.status !== 'changed') continue;
    try {
      atomicWrite(o);
      written++;
    } catch (err) {
      o.status = 'error';
      o.error = `write failed: ${(err as Error).message}`;
    }
  }
  return { written, warnings };
}
