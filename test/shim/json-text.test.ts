// The hot-path JSON quoting must give exactly JSON.stringify's text, or log lines and idempotency fingerprints
// would change (a fingerprint that changes makes a caller's retry look like a new request).
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shim/idempotency.js';
import { jsonString, jsonValue } from '../../shim/json-text.js';

const STRINGS = [
  '', 'plain', 'with space', 'quote"inside', 'back\\slash', 'tab\there', 'new\nline', '\u0000nul', '\u001f', '\u007f del',
  'é accents ü', '日本語', 'emoji 😀 pair', 'lone \ud800 high', 'lone \udfff low', 'reversed \udc00\ud800', '\u2028 line sep \u2029',
  'https://x.example/cb?token=1&a=b', '</script>', 'a'.repeat(5000), `${'x'.repeat(100)}"`,
];

describe('jsonString / jsonValue', () => {
  it.each(STRINGS.map((s) => [JSON.stringify(s).slice(0, 40), s]))('%s', (_label, s) => {
    expect(jsonString(s)).toBe(JSON.stringify(s));
    expect(jsonValue(s)).toBe(JSON.stringify(s));
  });

  it('numbers, booleans, null, undefined and objects come out as JSON.stringify writes them', () => {
    const values: unknown[] = [0, -0, 1, -1.5, 1e21, 1e-7, 2 ** 53 + 2, Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity, -Infinity,
      true, false, null, undefined, { a: 1, b: 'x"' }, [1, 'two', null], new Date(0)];
    for (const v of values) expect(jsonValue(v)).toBe(JSON.stringify(v));
  });

  it('canonicalJson keeps its text for every kind of body (fingerprints survive the upgrade)', () => {
    const body = { z: 'last', a: 'quote"', n: 30, t: true, nil: null, nested: { b: [1, 'é', { y: 'tab\t' }], a: -0 }, skip: undefined };
    expect(canonicalJson(body)).toBe(
      '{"a":"quote\\"","n":30,"nested":{"a":0,"b":[1,"é",{"y":"tab\\t"}]},"nil":null,"t":true,"z":"last"}',
    );
  });
});
