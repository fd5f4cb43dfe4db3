// MIGRATION.md's iframe-allow and landing-page-params sections show fixtures verbatim: every code block announced by `<!-- fixture: path -->` must be
// byte-for-byte that file, and the fixture must be one the harness checks (an input, or an expected output).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDoc, ruleSections } from '../../support/doc-sections.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const doc = ruleSections(readDoc('MIGRATION.md'), 'iframe-allow', 'landing-page-params');
const blocks = [...doc.matchAll(/<!-- fixture: (\S+) -->\n```[a-z]*\n([\s\S]*?)```\n/g)].map((m) => ({ path: m[1]!, text: m[2]! }));

describe('MIGRATION.md sections of iframe-allow and landing-page-params', () => {
  it('shows before/after pairs for both rules', () => {
    for (const rule of ['iframe-allow', 'landing-page-params']) {
      const own = blocks.filter((b) => b.path.includes(`/rules/${rule}/`));
      expect(own.filter((b) => b.path.includes('.input.')).length).toBeGreaterThanOrEqual(2);
      expect(own.filter((b) => b.path.includes('.output.')).length).toBe(own.filter((b) => b.path.includes('.input.')).length);
    }
  });
  for (const b of blocks) {
    it(`${b.path} is quoted verbatim`, () => {
      expect(b.path).toMatch(/__testfixtures__\/[^/]+\.(input|output)\.[a-z]+$/);
      expect(existsSync(resolve(ROOT, b.path))).toBe(true);
      expect(b.text).toBe(readFileSync(resolve(ROOT, b.path), 'utf8'));
    });
  }
});
