// The file-system steps of --write, each with its undo, so that a group of files that exchanged cross-file edits
// lands whole or not at all even when a write fails halfway: every output is first staged as a temp file beside its
// target (a full disk or a read-only folder fails here, before anything is replaced); then each target is kept as a
// backup (a hard link to the original, or a copy where links are not supported) and the temp renamed over it. A failed
// rename puts the backups back. The file-system calls go through `FileIo` so tests can make one of them fail.
import { linkSync, mkdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { FileOutcome } from './outcome.js';

export interface FileIo {
  writeFileSync(path: string, text: string, opts: { mode: number; flag: 'wx' }): void;
  renameSync(from: string, to: string): void;
  linkSync(existing: string, created: string): void;
  unlinkSync(path: string): void;
  statMode(path: string): number;
  mkdirSync(path: string): void;
}

export const realIo: FileIo = {
  writeFileSync: (path, text, opts) => writeFileSync(path, text, opts),
  renameSync,
  linkSync,
  unlinkSync,
  statMode: (path) => statSync(path).mode & 0o7777,
  mkdirSync: (path) => void mkdirSync(path, { recursive: true }),
};

let counter = 0;

function siblingPath(absPath: string, kind: 'tmp' | 'bak'): string {
  return join(dirname(absPath), `.${basename(absPath)}.netverify-migrate-${process.pid}-${++counter}.${kind}`);
}

/** One file on its way to disk: its staged temp, and once committed, what undoes it. */
export interface PendingWrite {
  o: FileOutcome;
  temp?: string;
  backup?: string;
  committed: boolean;
}

function quietly(f: () => void): void {
  try {
    f();
  } catch {
    /* already gone */
  }
}

/** Writes the output beside its target. Throws (nothing left behind) when that is not possible. */
export function stage(p: PendingWrite, io: FileIo): void {
  const { o } = p;
  if (o.created) io.mkdirSync(dirname(o.absPath));
  const mode = o.created ? 0o644 : io.statMode(o.absPath);
  const temp = siblingPath(o.absPath, 'tmp');
  try {
    io.writeFileSync(temp, o.output!, { mode, flag: 'wx' });
  } catch (err) {
    quietly(() => io.unlinkSync(temp)); // a partial temp (disk full) is not left behind
    throw err;
  }
  p.temp = temp;
}

/** Puts the staged output in place. A created file is linked, so it never replaces a file that appeared meanwhile
 * (EEXIST); a replaced file is kept as a backup first. Throws with nothing changed when it fails. */
export function commit(p: PendingWrite, io: FileIo): void {
  const { o } = p;
  if (o.created) {
    io.linkSync(p.temp!, o.absPath);
  } else {
    const backup = siblingPath(o.absPath, 'bak');
    try {
      io.linkSync(o.absPath, backup);
    } catch {
      io.writeFileSync(backup, o.original!, { mode: io.statMode(o.absPath), flag: 'wx' });
    }
    p.backup = backup;
    try {
      io.renameSync(p.temp!, o.absPath);
    } catch (err) {
      quietly(() => io.unlinkSync(backup));
      p.backup = undefined;
      throw err;
    }
  }
  quietly(() => io.unlinkSync(p.temp!));
  p.temp = undefined;
  p.committed = true;
}

/** Takes a committed write back. Returns an error text when the original could not be put back (it is then left at
 * its backup path, named in the text, so nothing is lost). */
export function undo(p: PendingWrite, io: FileIo): string | undefined {
  try {
    if (p.o.created) io.unlinkSync(p.o.absPath);
    else io.renameSync(p.backup!, p.o.absPath);
    p.backup = undefined;
    p.committed = false;
    return undefined;
  } catch (err) {
    const kept = p.backup;
    p.backup = undefined; // the backup now holds the only copy of the original: never cleaned up
    return p.o.created
      ? `could not be removed again (${(err as Error).message})`
      : `could not be put back as it was (${(err as Error).message}); the original is kept at ${kept}`;
  }
}

/** Removes what is left of a write: an unused temp, and once the run is over, the backup of a kept write. */
export function cleanUp(p: PendingWrite, io: FileIo): void {
  if (p.temp) quietly(() => io.unlinkSync(p.temp!));
  if (p.backup) quietly(() => io.unlinkSync(p.backup!));
  p.temp = undefined;
  p.backup = undefined;
}
