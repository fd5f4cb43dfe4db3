// The check every hold-out file gets: no error, the output parses, and a second run over the output changes nothing
// (no new edit, no duplicated marker; with sameManual, what is still open is reported again, so --check stays red
// until the markers are dealt with).
import { expect } from 'vitest';
import { syntaxProblems, type TransformTextResult } from '../../codemods/engine/run-on-text.js';

const TODO = 'TODO(netverify-migrate)';

export function expectStableRerun(file: string, first: TransformTextResult, again: TransformTextResult, opts: { sameManual: boolean }): void {
  expect(first.error).toBeUndefined();
  expect(syntaxProblems(file, first.output)).toBeUndefined();
  expect(again.error).toBeUndefined();
  expect(again.output).toBe(first.output);
  expect(again.changed).toBe(false);
  expect(again.output.split(TODO).length).toBe(first.output.split(TODO).length);
  if (opts.sameManual) expect(again.manual.map((m) => m.message)).toEqual(first.manual.map((m) => m.message));
}
