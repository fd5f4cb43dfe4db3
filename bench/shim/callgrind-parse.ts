// Reads a callgrind output file: instructions (Ir) per function, self cost. Enough of the format for our use
// (name compression `fn=(id) name`, relative positions `+n`/`-n`/`*`, `calls=` lines whose next cost line is an
// inclusive call cost, not self cost). https://valgrind.org/docs/manual/cl-format.html
import { readFileSync } from 'node:fs';

export interface CallgrindCosts {
  total: number;
  byFunction: Map<string, number>;
}

export function parseCallgrind(file: string): CallgrindCosts {
  const names = { ob: new Map<string, string>(), fn: new Map<string, string>() };
  const byFunction = new Map<string, number>();
  let ob = '';
  let fn = '';
  let callCost = false;
  let total = 0;
  const named = (kind: 'ob' | 'fn', id: string, name: string | undefined): string => {
    if (name !== undefined) names[kind].set(id, name);
    return names[kind].get(id) ?? id;
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^(c?)(ob|fn)=\((\d+)\)(?: (.*))?$/.exec(line);
    if (m) {
      const name = named(m[2] as 'ob' | 'fn', m[3], m[4]);
      if (!m[1]) m[2] === 'ob' ? (ob = name) : (fn = name);
      continue;
    }
    if (line.startsWith('calls=')) {
      callCost = true;
      continue;
    }
    const cost = /^(?:[+-]?\d+|\*) (\d+)$/.exec(line);
    if (!cost) continue;
    if (callCost) {
      callCost = false; // inclusive cost of the call just described: already counted in the callee's self cost
      continue;
    }
    const ir = Number(cost[1]);
    total += ir;
    const key = `${ob.split('/').pop()}:${fn}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ir);
  }
  return { total, byFunction };
}

// Work a long-running server does in the background and that a short measured window catches or misses by
// chance: V8's optimizing compilers and the garbage collector's marking, sweeping and compaction.
const BACKGROUND = /compiler::|Maglev|Turbofan|OptimizingCompile|CodeGenerator|RegisterAllocat|Marking|Scaveng|Sweep|Compactor|Evacuat|ConcurrentMarking|MemoryAllocator|GCTracer|Heap::/;

/** Instructions of the request path itself (total minus JIT compilation and GC). */
export function mutatorInstructions(costs: CallgrindCosts): number {
  let background = 0;
  for (const [name, ir] of costs.byFunction) if (BACKGROUND.test(name)) background += ir;
  return costs.total - background;
}
