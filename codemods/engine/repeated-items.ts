// One piece of advice, one marker. Two rules may meet the same construct and say the same thing about it — an HTTP
// client instance that still carries the legacy Basic credentials serves both an authentication and an enrolment
// initiate — and the user should read it once: a later rule's item whose message an earlier rule already gave on
// the same line is dropped (the earlier rule keeps it in the report and in the marker).
import type { ManualItem, PriorWork } from './types.js';

export function unrepeated(items: readonly ManualItem[], prior: readonly PriorWork[], lineOf: (pos: number) => number): ManualItem[] {
  const given = prior.filter((w) => w.kind === 'manual' && w.message !== undefined);
  if (given.length === 0) return [...items];
  return items.filter((m) => !given.some((w) => w.message === m.message && lineOf(w.start) === lineOf(m.pos)));
}
