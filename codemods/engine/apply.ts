// --write: every changed file is written atomically (temp file in the same directory + rename), never over a
// file that changed on disk since it was read, never over uncommitted git changes unless --allow-dirty, and a
// created file never replaces one that appeared meanwhile. A refused file gets status `error` and stays as it was.
// Files that exchanged cross-file edits are written together or not at all — also when a write fails halfway: the
// ones already written are put back (write-steps.ts). A created helper module goes in before the files that import
// it, and a file never goes in without the helper it imports.
import { lstatSync } from 'node:fs';
import { readSourceFile } from './read-file.js';
import { gitDirtyFiles } from './git.js';
import { emptyOutcome, type FileOutcome } from './outcome.js';
import { cleanUp, commit, realIo, stage, undo, type FileIo, type PendingWrite } from './write-steps.js';

export interface WriteOptions {
  allowDirty: boolean;
  root: string;
  inGit: boolean;
}

export interface WriteResult {
  written: number;
  warnings: string[];
}

function refuse(o: FileOutcome, why: string): void {
  o.status = 'error';
  o.error = `${why}; not written`;
}

/** Create `absPath` with `text`, whole or not at all, never over a file that is there. Also used by the jscodeshift
 * adapter. */
export function createFileAtomically(absPath: string, text: string): void {
  const p: PendingWrite = { o: { ...emptyOutcome(absPath, absPath, 'changed'), created: true, output: text }, committed: false };
  try {
    stage(p, realIo);
    commit(p, realIo);
  } finally {
    cleanUp(p, realIo);
  }
}

function precheck(changed: FileOutcome[], dirty: Set<string>): void {
  for (const o of changed) {
    if (o.created) {
      if (existsWithoutFollowing(o.absPath)) refuse(o, 'appeared on disk since the run started');
      continue;
    }
    if (dirty.has(o.absPath)) {
      refuse(o, 'has uncommitted changes (commit or stash them first, or pass --allow-dirty)');
      continue;
    }
    const now = readSourceFile(o.absPath);
    if (!now.ok || now.text !== o.original) refuse(o, 'changed on disk since it was read');
  }
}

function existsWithoutFollowing(absPath: string): boolean {
  try {
    lstatSync(absPath);
    return true;
  } catch {
    return false;
  }
}

/** Spreads refusals until nothing changes: a file coupled to a refused one is refused; a created helper none of whose
 * users is written is not created; a file whose helper cannot be created is refused. */
function spreadRefusals(changed: FileOutcome[], byPath: Map<string, FileOutcome>): void {
  const helpersOf = new Map<string, FileOutcome[]>();
  for (const h of changed) for (const u of h.requestedBy ?? []) helpersOf.set(u, [...(helpersOf.get(u) ?? []), h]);
  for (let again = true; again;) {
    again = false;
    for (const o of changed) {
      if (o.status !== 'changed') continue;
      const partner = (o.coupled ?? []).map((p) => byPath.get(p)).find((p) => p && p.status === 'error');
      const helper = (helpersOf.get(o.absPath) ?? []).find((h) => h.status === 'error');
      const users = (o.requestedBy ?? []).map((p) => byPath.get(p));
      if (partner) refuse(o, `it belongs with the change to ${partner.path}, which could not be written`);
      else if (helper) refuse(o, `it imports ${helper.path}, which could not be created`);
      else if (users.length && users.every((u) => u && u.status === 'error')) {
        refuse(o, `none of the files that use it (${users.map((u) => u!.path).join(', ')}) could be written`);
      } else continue;
      again = true;
    }
  }
}

/** The files that must land together: connected through `coupled`. */
function couplingGroups(pending: PendingWrite[]): PendingWrite[][] {
  const byPath = new Map(pending.map((p) => [p.o.absPath, p]));
  const seen = new Set<PendingWrite>();
  const groups: PendingWrite[][] = [];
  for (const start of pending) {
    if (seen.has(start)) continue;
    const group: PendingWrite[] = [];
    const todo = [start];
    seen.add(start);
    while (todo.length) {
      const p = todo.pop()!;
      group.push(p);
      for (const q of (p.o.coupled ?? []).map((c) => byPath.get(c))) {
        if (q && !seen.has(q)) {
          seen.add(q);
          todo.push(q);
        }
      }
    }
    groups.push(group);
  }
  return groups;
}

/** Commits a group in order; when one write fails, the ones before it are put back. */
function commitGroup(group: PendingWrite[], io: FileIo): void {
  for (const p of group) {
    try {
      commit(p, io);
    } catch (err) {
      refuse(p.o, `write failed: ${(err as Error).message}`);
      for (const q of group) {
        if (q === p) continue;
        const lost = q.committed ? undo(q, io) : undefined;
        if (lost) {
          q.o.status = 'error';
          q.o.error = `written, but ${p.o.path} (changed with it) could not be, and it ${lost}`;
        }
        else refuse(q.o, `it belongs with the change to ${p.o.path}, which could not be written (put back as it was)`);
      }
      return;
    }
  }
}

export function writeChanges(outcomes: FileOutcome[], opts: WriteOptions, io: FileIo = realIo): WriteResult {
  const warnings: string[] = [];
  const changed = outcomes.filter((o) => o.status === 'changed' && o.output !== undefined);
  let dirty = new Set<string>();
  if (!opts.inGit) warnings.push('not inside a git work tree: uncommitted changes cannot be detected; keep a backup');
  else if (!opts.allowDirty) dirty = gitDirtyFiles(opts.root);
  const byPath = new Map(outcomes.map((o) => [o.absPath, o]));
  precheck(changed, dirty);
  spreadRefusals(changed, byPath);

  // Stage every output; a file that cannot even be staged takes its group (and its helper's users) with it.
  const pending: PendingWrite[] = changed.filter((o) => o.status === 'changed').map((o) => ({ o, committed: false }));
  for (const p of pending) {
    try {
      stage(p, io);
    } catch (err) {
      refuse(p.o, `write failed: ${(err as Error).message}`);
    }
  }
  spreadRefusals(changed, byPath);
  const live = () => pending.filter((p) => p.o.status === 'changed');

  // Helpers first: a file is only written once the module it imports is there.
  for (const p of live().filter((q) => q.o.created)) {
    try {
      commit(p, io);
    } catch (err) {
      refuse(p.o, `write failed: ${(err as Error).message}`);
    }
  }
  spreadRefusals(changed, byPath);
  for (const group of couplingGroups(live().filter((p) => !p.o.created))) commitGroup(group, io);

  // A helper none of whose users got written is taken back out.
  for (const p of pending.filter((q) => q.o.created && q.committed)) {
    const users = (p.o.requestedBy ?? []).map((u) => byPath.get(u));
    if (!users.length || users.some((u) => u?.status === 'changed')) continue;
    const lost = undo(p, io);
    refuse(p.o, lost ? `none of the files that use it could be written, and it ${lost}` : `none of the files that use it could be written`);
  }
  for (const p of pending) cleanUp(p, io);
  return { written: pending.filter((p) => p.committed && p.o.status === 'changed').length, warnings };
}
