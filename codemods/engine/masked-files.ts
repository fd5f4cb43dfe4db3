// A file the rules can read only with parts of it blanked — Flow types (flow-files.ts), ERB tags in a `.js.erb`
// (erb-script.ts): the rules run on the blanked text (same length, same lines), then every blanked range is put back
// at the place the rules' edits moved it to. An edit that replaces a whole range with the code around it drops the
// range; one that cuts into a range, or a copy of the blank standing for one (a rule moved code), leaves the file
// untouched with an error.
import type { AppliedBatch } from './edits.js';
import { mapForward } from './edits.js';
import { encodeFromRules, type DecodedText } from './text-format.js';
import { transformTracked, type TransformTextInput, type TransformTextResult } from './run-on-text.js';
import type { ManualItem } from './types.js';

/** A blanked range of the original text: [start, end). */
export interface MaskedRange {
  start: number;
  end: number;
}

export interface TextMask {
  /** The text with every range blanked (line breaks kept): same length, same lines. */
  masked: string;
  ranges: MaskedRange[];
}

export interface MaskedRun {
  mask: TextMask;
  /** What the ranges are, for messages ("the Flow types", "the ERB tags"). */
  what: string;
  /** Items of the file's own, whatever the rules do (their rule id must be one of the run's rules). */
  items?: { rule: string; manual: ManualItem[] };
  /** Items to add once the rules worked on the file, under the first rule that did. */
  afterRules?: (ranges: readonly MaskedRange[]) => ManualItem[];
  /** Why the restored text is not acceptable (Flow: it must parse as Flow), or undefined. */
  reject?: (restored: string) => string | undefined;
}

/** The rules' result for the file through its mask; undefined when even the blanked text does not parse. */
export function transformMasked(input: TransformTextInput, decoded: DecodedText, run: MaskedRun): TransformTextResult | undefined {
  const { mask } = run;
  const own = run.items && input.rules.some((r) => r.id === run.items!.rule) && run.items.manual.length > 0
    ? [{ rule: run.items.rule, edits: [], manual: run.items.manual }] : [];
  const go = (extra: NonNullable<TransformTextInput['pre']>) => {
    const pre = [...(input.pre ?? []), ...own, ...extra];
    return transformTracked({ ...input, text: encodeFromRules(mask.masked, decoded), masked: true, ...(pre.length ? { pre } : {}) });
  };
  // An inner result that changed nothing (no rule wanted the blanked text) or failed holds the blanked text: the
  // file's own text is what comes back.
  const untouched = (r: TransformTextResult): TransformTextResult => ({ ...r, output: input.text, changed: false });
  let inner = go([]);
  if (inner.result.error?.startsWith('does not parse')) return undefined;
  if (inner.result.error || !inner.text || !inner.batches) return untouched(inner.result);

  const ownMessages = new Set(own.flatMap((o) => o.manual.map((m) => m.message)));
  const first = [...inner.result.edits, ...inner.result.manual].find((i) => !ownMessages.has(i.message));
  const after = first && run.afterRules ? run.afterRules(mask.ranges) : [];
  if (after.length > 0) {
    inner = go([{ rule: first!.rule, edits: [], manual: after }]);
    if (inner.result.error || !inner.text || !inner.batches) return untouched(inner.result);
  }

  const fail = (error: string): TransformTextResult => ({
    ...inner.result, output: input.text, changed: false, error, edits: [], manual: [], notes: [], newFiles: [], external: [],
  });
  const restored = restoreRanges(decoded.text, inner.text, inner.batches, mask.ranges);
  if (typeof restored !== 'string') {
    const line = decoded.text.slice(0, restored.start).split('\n').length;
    return fail(`a rule's edit reaches into ${run.what} at line ${line}, which the rules cannot read: file left untouched (migrate it by hand)`);
  }
  if (copiedBlanks(restored, decoded.text, mask)) {
    return fail(`a rule moved or copied code holding ${run.what}, which it could not read: file left untouched (migrate it by hand)`);
  }
  const rejected = run.reject?.(restored);
  if (rejected) return fail(rejected);
  const output = restored === decoded.text ? input.text : encodeFromRules(restored, decoded);
  return { ...inner.result, output, changed: output !== input.text };
}

/** A blank (one that is more than spaces) found more often after the rules than before: a rule copied code. */
function copiedBlanks(restored: string, original: string, mask: TextMask): boolean {
  const blanks = new Set(mask.ranges.map((r) => mask.masked.slice(r.start, r.end)).filter((b) => /[^\s]/.test(b)));
  for (const b of blanks) if (occurrences(restored, b) > occurrences(original, b)) return true;
  return false;
}

function occurrences(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

/**
 * `rulesText` with each range of `original` put back where the batches moved it; the first range an edit reaches
 * into when it is not replaced whole.
 */
function restoreRanges(original: string, rulesText: string, batches: readonly AppliedBatch[], ranges: readonly MaskedRange[]): string | MaskedRange {
  const placed: { at: number; text: string }[] = [];
  for (const r of ranges) {
    let start = r.start;
    let end = r.end;
    let gone = false;
    for (const batch of batches) {
      for (const e of batch.edits) {
        const reaches = e.start === e.end ? e.start > start && e.start < end : e.start < end && e.end > start;
        if (!reaches) continue;
        // Replaced whole with the code around it: the range goes with it.
        if (e.start <= start && e.end >= end) gone = true;
        else return r;
      }
      if (gone) break;
      // An insertion at the range's start goes before it, one at its end after it.
      start = mapForward(start, batch, 'end');
      end = mapForward(end, batch, 'start');
    }
    if (gone) continue;
    if (end - start !== r.end - r.start) return r;
    placed.push({ at: start, text: original.slice(r.start, r.end) });
  }
  let out = '';
  let at = 0;
  for (const p of placed) {
    out += rulesText.slice(at, p.at) + p.text;
    at = p.at + p.text.length;
  }
  return out + rulesText.slice(at);
}
