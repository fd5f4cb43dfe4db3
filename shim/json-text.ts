// JSON text for the hot path. Every JSON.stringify call enters V8's C++ JSON serializer, whose fixed cost per call
// (~1.5k instructions, measured with callgrind on the shim proxy) dwarfs the work for a short string: the log line
// and the idempotency fingerprint made ~45 such calls per initiate, 11 % of the proxy's instructions. A string
// with no character that JSON escapes is quoted as is; anything else goes to JSON.stringify. Same text either way.

/** `JSON.stringify(s)` for a string, without entering the serializer when nothing needs escaping. */
export function jsonString(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Escaped by JSON: control characters, '"', '\\'; lone surrogates become \uXXXX (well-formed JSON.stringify).
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return JSON.stringify(s);
  }
  return `"${s}"`;
}

/** `JSON.stringify(v)` for a value; strings, finite numbers and booleans skip the serializer. */
export function jsonValue(v: unknown): string | undefined {
  if (typeof v === 'string') return jsonString(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v === null) return 'null';
  return JSON.stringify(v) as string | undefined;
}
