// Reading a file for the engine: never through a symlink (O_NOFOLLOW), at most 5 MB, not binary, strict UTF-8.
// Anything else is `skipped` with the reason. The decoded text keeps a BOM as U+FEFF so it round-trips exactly.
// The scan checks every file's bytes but decodes only the files its prefilter lets through (readSourceBytes).
import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };
export type BytesResult = { ok: true; bytes: Buffer } | { ok: false; reason: string };

const NOT_UTF8 = 'not valid UTF-8';
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function readSourceFile(absPath: string): ReadResult {
  const read = readSourceBytes(absPath);
  return read.ok ? decodeSource(read.bytes) : read;
}

/** The text of bytes readSourceBytes accepted. */
export function decodeSource(bytes: Uint8Array): ReadResult {
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, reason: NOT_UTF8 };
  }
}

/** A source file's bytes, checked as readSourceFile checks them (valid UTF-8 included), not decoded. */
export function readSourceBytes(absPath: string): BytesResult {
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
    return isUtf8(bytes) ? { ok: true, bytes } : { ok: false, reason: NOT_UTF8 };
  } catch (err) {
    return { ok: false, reason: `unreadable (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` };
  } finally {
    closeSync(fd);
  }
}
