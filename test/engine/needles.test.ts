// The prefilter regex built from a prefix tree must match exactly the texts that contain one of its strings.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anyOf } from '../../codemods/engine/needles.js';
import { rules } from '../../codemods/rules/index.js';
import { scriptCorpus } from '../support/script-corpus.js';

const contains = (needles: readonly string[], text: string): boolean => needles.some((n) => text.includes(n));

describe('anyOf', () => {
  const needles = [...new Set(rules.flatMap((r) => r.prefilter))];

  it('matches each string on its own, inside other text, and nothing else', () => {
    const re = anyOf(needles);
    for (const n of needles) {
      expect(re.test(n), n).toBe(true);
      expect(re.test(`xx ${n} yy`), n).toBe(true);
      if (n.length > 1) expect(re.test(n.slice(0, -1)), `${n} minus its last character`).toBe(contains(needles, n.slice(0, -1)));
    }
    expect(re.test('const total = items.reduce((a, b) => a + b, 0);')).toBe(false);
  });

  it('treats regex metacharacters literally and keeps strings that share a prefix apart', () => {
    const re = anyOf(['.attr(', 'a.b', 'init', 'initiate', 'iframe', '$x']);
    expect(re.test('$(el).attr(')).toBe(true);
    expect(re.test('axb')).toBe(false);
    expect(re.test('a.b')).toBe(true);
    expect(re.test('ini')).toBe(false);
    expect(re.test('init')).toBe(true);
    expect(re.test('ifram')).toBe(false);
    expect(re.test('cost $x')).toBe(true);
    expect(() => anyOf([''])).toThrow(/empty/);
  });

  it('answers like a search for each string on every file of the corpus', () => {
    const re = anyOf(needles);
    const files = scriptCorpus();
    let hits = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const want = contains(needles, text);
      expect(re.test(text), f).toBe(want);
      if (want) hits++;
    }
    expect(hits).toBeGreaterThan(100);
    expect(files.length - hits).toBeGreaterThan(10);
  });
});
