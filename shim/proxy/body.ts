// Read a request body with a byte cap (413 beyond it) and a JSON-only rule (415 otherwise).
import type { IncomingMessage } from 'node:http';
import { LegacyApiError } from '../errors.js';

export function requireJson(req: IncomingMessage): void {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json')
    throw new LegacyApiError(415, 'the request body must be JSON (Content-Type: application/json)', { field: 'Content-Type' });
}

export function readBody(req: IncomingMessage, cap: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > cap)
    return Promise.reject(new LegacyApiError(413, `the request body exceeds ${cap} bytes`, { field: 'body' }));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > cap) {
        done = true;
        req.pause();
        reject(new LegacyApiError(413, `the request body exceeds ${cap} bytes`, { field: 'body' }));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks));
      done = true;
    });
    req.on('error', (err) => {
      if (!done) reject(err);
      done = true;
    });
  });
}
