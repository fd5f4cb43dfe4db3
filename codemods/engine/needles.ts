// The prefilter's search: "do these bytes contain one of these strings?", asked of every file of the repository.
// A regular expression of all the strings (even as a prefix tree) reads the 45 MB benchmark repository at about
// 130 MB/s: its strings start with two dozen different characters, so the engine has to try most positions. Here
// each string is anchored on the pair of adjacent bytes in it that source code is least likely to hold (a static
// guess: `ju` of jumio, `Vf` of getNetVerifyLink, not `in` or `at`); one pass over the bytes looks each position's
// pair up in a 64 K table and compares whole strings only where an anchor pair stands (about 2.5× faster). Raw bytes,
// not decoded text: the strings are matched as their UTF-8 bytes, which occur exactly where the text holds them, and
// a file no string is found in is never decoded.

/** How common a byte is in source code, roughly (a pair's guess is the product of its two bytes'). */
function commonness(byte: number): number {
  const ch = String.fromCharCode(byte);
  if ('etaoinsr'.includes(ch)) return 10;
  if (' \n\t.(),;=:\'"{}'.includes(ch)) return 8;
  if ('lcdumhpfgbyw'.includes(ch)) return 5;
  if (byte >= 0x41 && byte <= 0x5a) return 2; // one capital letter: the start of a camelCase word
  if ('vkjxqz'.includes(ch)) return 1;
  if (byte >= 0x30 && byte <= 0x39) return 1;
  return byte < 0x80 ? 2 : 1;
}

interface Anchored {
  bytes: Uint8Array;
  /** Offset of the anchor pair in `bytes`. */
  at: number;
}

function anchorOf(bytes: Uint8Array): number {
  let best = 0;
  let bestScore = Infinity;
  for (let k = 0; k + 1 < bytes.length; k++) {
    const score = commonness(bytes[k]!) * commonness(bytes[k + 1]!);
    if (score < bestScore) [best, bestScore] = [k, score];
  }
  return best;
}

const encoder = new TextEncoder();

/** A test that is true exactly when `bytes` contain the UTF-8 encoding of at least one of `needles` (none empty). */
export function containsAnyOf(needles: readonly string[]): (bytes: Uint8Array) => boolean {
  if (needles.some((n) => n === '')) throw new Error('an empty prefilter string matches everything');
  const encoded = [...new Set(needles)].map((n) => encoder.encode(n));
  // A one-byte string has no pair: any occurrence of that byte lets the text through.
  const single: number[] = [];
  const pairs = new Uint8Array(65536);
  const byPair = new Map<number, Anchored[]>();
  for (const bytes of encoded) {
    if (bytes.length === 1) {
      single.push(bytes[0]!);
      continue;
    }
    const at = anchorOf(bytes);
    const pair = (bytes[at]! << 8) | bytes[at + 1]!;
    pairs[pair] = 1;
    const list = byPair.get(pair) ?? [];
    list.push({ bytes, at });
    byPair.set(pair, list);
  }
  const occursAt = (text: Uint8Array, start: number, needle: Uint8Array): boolean => {
    if (start < 0 || start + needle.length > text.length) return false;
    for (let j = 0; j < needle.length; j++) if (text[start + j] !== needle[j]) return false;
    return true;
  };
  return (text) => {
    if (single.some((b) => text.indexOf(b) !== -1)) return true;
    const len = text.length;
    let pair = len > 0 ? text[0]! : 0;
    for (let i = 1; i < len; i++) {
      pair = ((pair << 8) | text[i]!) & 0xffff;
      if (pairs[pair] === 1) {
        for (const { bytes, at } of byPair.get(pair)!) if (occursAt(text, i - 1 - at, bytes)) return true;
      }
    }
    return false;
  };
}
