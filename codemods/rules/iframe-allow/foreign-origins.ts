// Does a message handler of this file compare the sender's origin with another vendor's origin (a card scanner, a
// payment widget)? Then that vendor has a frame on the page too, and a second frame that carries exactly the web
// client's allow list (camera;fullscreen) may well be theirs: the tie-breaker that treats every such frame as the
// client does not apply (round-4 red team, mixed 01: a card issuer's scanner frame got the KYX list).
import { isJumioHost } from '../../../api/index.js';

// `.origin === 'https://…'`, `.origin !== "…"`, `.origin.startsWith('https://…')`, `'https://…' === e.origin`.
const COMPARED = /\.origin\s*(?:[!=]==?\s*|\.startsWith\(\s*)['"`](https?:\/\/[^'"`/\s]+)|['"`](https?:\/\/[^'"`/\s]+)['"`]\s*[!=]==?\s*[\w$.]*\.origin\b/g;

export function comparesForeignOrigin(text: string): boolean {
  for (const m of text.matchAll(COMPARED)) {
    let host: string;
    try {
      host = new URL(m[1] ?? m[2]!).hostname;
    } catch {
      continue;
    }
    if (!isJumioHost(host)) return true;
  }
  return false;
}
