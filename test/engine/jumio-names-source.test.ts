// Jumio's names (codemods/analysis/jumio-names.ts) are spelled once: a heuristic that asks "does this name Jumio?"
// calls mentionsJumio, a prefilter takes JUMIO_NAME_SPELLINGS. A regular expression or a prefilter that spells the
// names again drifts from the others (one knew 'jumio' only, another 'netverify' too). Host names (`netverify\.com`,
// `jumio\.ai`) and module names ('jumio-js') are other facts and are not looked at, nor is 'netverify' alone: it also
// names the legacy web client's host, which is what several checks mean by it (web-client-host's prefilter).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JUMIO_NAME_SPELLINGS, mentionsJumio } from '../../codemods/analysis/jumio-names.js';

const ROOT = resolve(import.meta.dirname, '../../codemods');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) return name === '__testfixtures__' ? [] : sources(abs);
    return name.endsWith('.ts') && name !== 'jumio-names.ts' ? [abs] : [];
  });
}

/** Code lines (comment lines left out: they may say 'jumio' freely). */
const codeLines = (text: string): string[] => text.split('\n').filter((l) => !/^\s*(\/\/|\*|\/\*)/.test(l));

describe('Jumio names come from jumio-names.ts', () => {
  it('no regular expression spells jumio as a word of its own', () => {
    // The name as a whole alternative or the whole pattern: /jumio|netverify/, /(?:x|jumio)/i, /jumio/i.
    const word = /(?<=[/(|:])jumio(?=[|)]|\/[gimsuy]*[^\w/])/i;
    const found = sources(ROOT).flatMap((abs) =>
      codeLines(readFileSync(abs, 'utf8')).filter((l) => word.test(l)).map((l) => `${relative(ROOT, abs)}: ${l.trim()}`));
    expect(found).toEqual([]);
  });

  it('no prefilter lists the names itself', () => {
    const spelled = new RegExp(`prefilter:.*['"](${JUMIO_NAME_SPELLINGS.filter((n) => /^jumio$/i.test(n)).join('|')})['"]`);
    const found = sources(ROOT).flatMap((abs) =>
      codeLines(readFileSync(abs, 'utf8')).filter((l) => spelled.test(l)).map((l) => `${relative(ROOT, abs)}: ${l.trim()}`));
    expect(found).toEqual([]);
  });

  it('the spellings a prefilter gets are the names mentionsJumio knows', () => {
    expect(JUMIO_NAME_SPELLINGS.every((s) => mentionsJumio(s))).toBe(true);
    expect(JUMIO_NAME_SPELLINGS).toEqual(expect.arrayContaining(['jumio', 'Jumio', 'JUMIO', 'netverify', 'Netverify', 'NETVERIFY']));
  });
});
