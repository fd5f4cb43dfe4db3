// Reading a file for the engine: never through a symlink (O_NOFOLLOW), at most 5 MB, not binary, strict UTF-8.
// Anything else is `skipped` with the reason. The decoded text keeps a BOM as U+FEFF so it round-trips exactly.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function readSourceFile(absPath: string): ReadResult {
  let fd: number;
  try {
    fd = openSync(absPath, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { ok: false, reason: 'symbolic link (never followed)' };
    return { ok: false, reason: `unreadable (${code ?? (err as Error).message})` };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, reason: 'not a regular file' };
    if (st.size > MAX_FILE_BYTES) return { ok: false, reason: `larger than 5 MB (${st.size} bytes)` };
    const buf = Buffer.allocUnsafe(st.size);
    let read = 0;
    while (read < st.size) {
      const n = readSync(fd, buf, read, st.size - read, read);
      if (n === 0) break;
      read += n;
    }
    const bytes = buf.subarray(0, read);
    if (bytes.subarray(0, 8000).includes(0)) return { ok: false, reason: 'binary file' };
    try {
      return { ok: true, text: decoder.decode(bytes) };
    } catch {
      return { ok: false, reason: 'not valid UTF-8' };
    }
  } catch (err) {
    return { ok: false, reason: `unreadable (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` };
  } finally {
    closeSync(fd);
  }
}
