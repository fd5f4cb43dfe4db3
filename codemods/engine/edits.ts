// Applying a batch of non-overlapping text edits, and mapping positions across batches so that report
// lines always refer to the file as it was before the run.

export interface PlainEdit {
  start: number;
  end: number;
  text: string;
}

/** A batch as applied: edits sorted, in the coordinates of the text before the batch. */
export interface AppliedBatch {
  edits: { start: number; end: number; newLength: number }[];
}

/** Sort, de-duplicate identical edits and reject overlaps or out-of-range positions. Throws with a clear message. */
export function normaliseEdits<E extends PlainEdit>(edits: readonly E[], textLength: number, who: string): E[] {
  for (const e of edits) {
    if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || e.start < 0 || e.end < e.start || e.end > textLength) {
      throw new Error(`${who} returned an edit with an invalid range [${e.start}, ${e.end}) (text length ${textLength})`);
    }
    if (typeof e.text !== 'string') throw new Error(`${who} returned an edit without text`);
  }
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: E[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && last.start === e.start && last.end === e.end && last.text === e.text) continue;
    // Two insertions at the same point are allowed (kept in the order given); any other overlap is an error.
    if (last && (e.start < last.end || (e.start === last.start && last.end > last.start && e.end > e.start))) {
      throw new Error(`${who} returned overlapping edits at [${last.start}, ${last.end}) and [${e.start}, ${e.end})`);
    }
    out.push(e);
  }
  return out;
}

export function applyEdits(text: string, sorted: readonly PlainEdit[]): { text: string; batch: AppliedBatch } {
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  out += text.slice(at);
  return { text: out, batch: { edits: sorted.map((e) => ({ start: e.start, end: e.end, newLength: e.text.length })) } };
}

/** A position in the text after `batch` → the position in the text before it (inside a replacement: its start). */
export function mapBack(pos: number, batch: AppliedBatch): number {
  let delta = 0;
  for (const e of batch.edits) {
    const newStart = e.start + delta;
    if (pos < newStart) return pos - delta;
    if (pos < newStart + e.newLength) return e.start;
    delta += e.newLength - (e.end - e.start);
  }
  return pos - delta;
}

/** A position in the text before `batch` → after it. A position at an insertion point stays before the inserted
 * text with bias 'start' and moves after it with 'end'; inside a replaced range it goes to the replacement's start/end. */
export function mapForward(pos: number, batch: AppliedBatch, bias: 'start' | 'end' = 'start'): number {
  let delta = 0;
  for (const e of batch.edits) {
    if (e.start === e.end) {
      if (pos < e.start || (pos === e.start && bias === 'start')) return pos + delta;
    } else {
      if (pos <= e.start) return pos + delta;
      if (pos < e.end) return bias === 'start' ? e.start + delta : e.start + delta + e.newLength;
    }
    delta += e.newLength - (e.end - e.start);
  }
  return pos + delta;
}

/** Positions → 1-based line numbers, for one text. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  line(pos: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}
