// Memory stays flat: every parsed file is dropped after use, so transforming many files does not accumulate ASTs
// (kept ASTs with every node wrapped cost ~1 MB per 10 KB file, i.e. ~250 MB here).
import { describe, expect, it } from 'vitest';
import { transformText } from '../../codemods/engine/run-on-text.js';
import { collectGarbage } from '../../codemods/engine/memory.js';
import type { Rule } from '../../codemods/engine/types.js';

const wrapEverything: Rule = {
  id: 'wrap-everything', title: 't', prefilter: ['OLD'], kinds: ['script'],
  run(file) {
    // touch every node through ts-morph (the expensive, memory-holding kind of work rules do)
    let n = 0;
    file.scripts[0].sourceFile.forEachDescendant(() => void n++);
    const i = file.text.indexOf('OLD');
    return { edits: [{ start: i, end: i + 3, text: 'NEW', message: `${n} nodes` }], manual: [] };
  },
};

function source(i: number): string {
  let s = `export const OLD${i} = ${i};\n`;
  for (let k = 0; s.length < 10_000; k++) s += `export function f${i}_${k}(a: number, b: string) { return { a, b: b + ${k}, c: [a, a * 2, a * 3] }; }\n`;
  return s;
}

describe('memory', () => {
  it('transforming 150 files of 10 KB keeps the heap flat (a leak would grow it by ~250 MB)', () => {
    const run = (i: number) => transformText({ path: `f${i}.ts`, absPath: `/tmp/f${i}.ts`, text: source(i), rules: [wrapEverything] });
    for (let i = 0; i < 30; i++) expect(run(i).changed).toBe(true); // warm up (compiler caches, JIT)
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    for (let i = 30; i < 180; i++) run(i);
    collectGarbage();
    const grown = (process.memoryUsage().heapUsed - before) / 1e6;
    expect(grown).toBeLessThan(40);
  });
});
