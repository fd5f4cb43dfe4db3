// The prefilter's search (containsAnyOf) must answer exactly like a search for each string, on any bytes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { containsAnyOf } from '../../codemods/engine/needles.js';
import { rules } from '../../codemods/rules/index.js';
import { scriptCorpus } from '../support/script-corpus.js';

const contains = (needles: readonly string[], text: string): boolean => needles.some((n) => text.includes(n));
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('containsAnyOf', () => {
  const needles = [...new Set(rules.flatMap((r) => r.prefilter))];

  it('finds each string on its own, at the start, at the end, inside other text, and nothing else', () => {
    const test = containsAnyOf(needles);
    for (const n of needles) {
      expect(test(bytes(n)), n).toBe(true);
      expect(test(bytes(`xx ${n} yy`)), n).toBe(true);
      expect(test(bytes(`${n}\n// end`)), n).toBe(true);
      expect(test(bytes(`// start\n${n}`)), n).toBe(true);
      if (n.length > 1) expect(test(bytes(n.slice(0, -1))), `${n} minus its last character`).toBe(contains(needles, n.slice(0, -1)));
      if (n.length > 1) expect(test(bytes(n.slice(1))), `${n} minus its first character`).toBe(contains(needles, n.slice(1)));
    }
    expect(test(bytes('const total = items.reduce((a, b) => a + b, 0);'))).toBe(false);
    expect(test(new Uint8Array(0))).toBe(false);
  });

  it('keeps strings that share bytes apart, and matches one-byte and non-ASCII strings', () => {
    const test = containsAnyOf(['.attr(', 'a.b', 'init', 'initiate', 'iframe', '$x', 'é', 'Größe']);
    expect(test(bytes('$(el).attr('))).toBe(true);
    expect(test(bytes('axb'))).toBe(false);
    expect(test(bytes('a.b'))).toBe(true);
    expect(test(bytes('ini'))).toBe(false);
    expect(test(bytes('init'))).toBe(true);
    expect(test(bytes('ifram'))).toBe(false);
    expect(test(bytes('cost $x'))).toBe(true);
    expect(test(bytes('café'))).toBe(true);
    expect(test(bytes('die Größe'))).toBe(true);
    expect(test(bytes('die Grösse'))).toBe(false);
    expect(containsAnyOf(['x'])(bytes('abc'))).toBe(false);
    expect(containsAnyOf(['x'])(bytes('abx'))).toBe(true);
    expect(() => containsAnyOf([''])).toThrow(/empty/);
  });

  it('answers like a search for each string on random texts built from the strings’ own pieces', () => {
    // Every string cut at every place: a text joins a head to a tail, of the same string or not.
    const pieces = [...needles.flatMap((n) => [...n].flatMap((_, k) => (k === 0 ? [n] : [n.slice(0, k), n.slice(k)]))), ' ', '\n', 'x', '.', "'"];
    const test = containsAnyOf(needles);
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let hits = 0;
    for (let i = 0; i < 3000; i++) {
      let text = '';
      const n = 1 + Math.floor(next() * 6);
      for (let j = 0; j < n; j++) text += pieces[Math.floor(next() * pieces.length)];
      const want = contains(needles, text);
      expect(test(bytes(text)), text).toBe(want);
      if (want) hits++;
    }
    expect(hits).toBeGreaterThan(100);
    expect(hits).toBeLessThan(2900);
  });

  it('answers like a search for each string on every file of the corpus', () => {
    const test = containsAnyOf(needles);
    const files = scriptCorpus();
    let hits = 0;
    for (const f of files) {
      const raw = readFileSync(f);
      const want = contains(needles, raw.toString('utf8'));
      expect(test(raw), f).toBe(want);
      if (want) hits++;
    }
    expect(hits).toBeGreaterThan(100);
    expect(files.length - hits).toBeGreaterThan(10);
  });
});
