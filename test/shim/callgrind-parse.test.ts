// The instruction benchmark's reader of callgrind files: self cost per function, call lines not counted twice,
// name compression resolved, JIT/GC work set apart from the request path.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { mutatorInstructions, parseCallgrind } from '../../bench/shim/callgrind-parse.js';

const dir = mkdtempSync(join(tmpdir(), 'cg-parse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SAMPLE = `# callgrind format
version: 1
events: Ir
summary: 1111

ob=(1) /usr/bin/node
fl=(1) ???
fn=(1) uv__io_poll
10 100
+2 50
cob=(2) /lib/better_sqlite3.node
cfi=(2) ???
cfn=(2) Statement::JS_run
calls=3 0
* 700
fn=(3) v8::internal::compiler::GraphReducer::ReduceTop()
0 200
ob=(2)
fl=(2)
fn=(2)
-4 600
* 100
fn=(4) v8::internal::ConcurrentMarking::RunMajor
0 61
`;

it('sums self costs per function, skips inclusive call costs, resolves compressed names', () => {
  const file = join(dir, 'cg.1');
  writeFileSync(file, SAMPLE);
  const costs = parseCallgrind(file);
  expect(costs.total).toBe(100 + 50 + 200 + 600 + 100 + 61); // the 700 after calls= is the callee's inclusive cost
  expect(costs.byFunction.get('node:uv__io_poll')).toBe(150);
  expect(costs.byFunction.get('better_sqlite3.node:Statement::JS_run')).toBe(700);
  expect(mutatorInstructions(costs)).toBe(150 + 700); // the compiler and the GC's marking are background work
});
