// MIGRATION.md's iframe-event-handler and web-client-host sections quote fixtures verbatim: every code block (split at `…` elisions) must still appear
// in a fixture input or output of the two rules, so the documentation cannot drift from what the rules do.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDoc, ruleSections } from '../../support/doc-sections.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const doc = ruleSections(readDoc('MIGRATION.md'), 'iframe-event-handler', 'web-client-host');
const fixtureTexts = ['iframe-event-handler', 'web-client-host'].flatMap((rule) => {
  const dir = join(ROOT, 'codemods/rules', rule, '__testfixtures__');
  return readdirSync(dir).filter((f) => /\.(input|output)\./.test(f)).map((f) => readFileSync(join(dir, f), 'utf8'));
});
const blocks = [...doc.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('MIGRATION.md examples of iframe-event-handler and web-client-host', () => {
  it('has examples', () => expect(blocks.length).toBeGreaterThanOrEqual(5));
  blocks.forEach((block, i) => {
    it(`block ${i + 1} is verbatim from a fixture`, () => {
      const chunks = block.split(/^\s*…\n/m).map((c) => c.trimEnd()).filter(Boolean);
      for (const chunk of chunks) expect(fixtureTexts.some((t) => t.includes(chunk)), chunk).toBe(true);
    });
  });
});
