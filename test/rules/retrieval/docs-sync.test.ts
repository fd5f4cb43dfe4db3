// MIGRATION.md's retrieval and callback sections show fixtures verbatim: each `<!-- fixture: path -->` is followed by a code block that
// must equal that file, so the MIGRATION.md examples are always tested code.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDoc, ruleSections } from '../../support/doc-sections.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const DOC = ruleSections(readDoc('MIGRATION.md'), 'retrieval-authentication', 'callback-handler');
const BLOCKS = [...DOC.matchAll(/<!-- fixture: (\S+) -->\n```\w*\n([\s\S]*?)```\n/g)];

describe('MIGRATION.md examples of retrieval-authentication and callback-handler', () => {
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
