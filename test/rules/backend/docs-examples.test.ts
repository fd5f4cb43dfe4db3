// MIGRATION.md's initiate rule sections show before/after examples "taken verbatim from a tested fixture": keep them so.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { readDoc, ruleSections } from '../../support/doc-sections.js';

const ROOT = resolve(import.meta.dirname, '../../..');

it('every example in the initiate rules\' MIGRATION.md sections is its fixture, byte for byte', () => {
  const doc = ruleSections(readDoc('MIGRATION.md'), 'initiate-authentication', 'initiate-enrollment');
  const re = /\*\*Example\*\* \(fixture `([\w-]+)\/([\w-]+)`\):\n\n```(\w+)\n([\s\S]*?)\n```\n\nbecomes\n\n```\w+\n([\s\S]*?)\n```\n/g;
  const found = [...doc.matchAll(re)];
  expect(found.length).toBe(2);
  for (const [, rule, name, ext, before, after] of found) {
    const dir = join(ROOT, 'codemods/rules', rule!, '__testfixtures__');
    expect(before).toBe(readFileSync(join(dir, `${name}.input.${ext}`), 'utf8').replace(/\n$/, ''));
    expect(after).toBe(readFileSync(join(dir, `${name}.output.${ext}`), 'utf8').replace(/\n$/, ''));
  }
});
