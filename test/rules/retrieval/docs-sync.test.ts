// docs/backend-rules-2.md shows fixtures verbatim: each `<!-- fixture: path -->` is followed by a code block that
// must equal that file, so the MIGRATION.md examples are always tested code.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const DOC = readFileSync(join(ROOT, 'docs/backend-rules-2.md'), 'utf8');
const BLOCKS = [...DOC.matchAll(/<!-- fixture: (\S+) -->\n```\w*\n([\s\S]*?)```\n/g)];

describe('docs/backend-rules-2.md examples', () => {
  it('has the four before/after blocks', () => {
    expect(BLOCKS.map((m) => m[1]!.split('/').pop())).toEqual([
      'fetch-template.input.ts',
      'fetch-template.output.ts',
      'express-urlencoded.input.js',
      'express-urlencoded.output.js',
    ]);
  });
  for (const m of BLOCKS) {
    it(`shows ${m[1]} verbatim`, () => {
      expect(m[2]).toBe(readFileSync(join(ROOT, m[1]!), 'utf8'));
    });
  }
});
