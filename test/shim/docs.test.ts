// The README's shim section quotes the examples the tests run, verbatim: the documentation cannot drift from what is tested.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/build.js';

describe('README.md: drop the shim in three ways', () => {
  const doc = readFileSync(`${ROOT}README.md`, 'utf8');
  for (const file of ['adapter-in-process.ts', 'interceptor-global-fetch.ts', 'shim.config.json', 'curl-initiate.sh']) {
    it(`quotes test/shim/examples/${file} verbatim`, () => {
      const text = readFileSync(`${ROOT}test/shim/examples/${file}`, 'utf8').trimEnd();
      expect(doc.includes(text)).toBe(true);
    });
  }

  it('has the section and names the clients that need the proxy', () => {
    expect(doc).toContain('## Drop the shim in three ways');
    for (const client of ['axios', 'got', 'node:http']) expect(doc).toContain(client);
  });
});
