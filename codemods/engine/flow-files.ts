// A Flow-typed JavaScript file: the rules run on its text with the Flow types blanked (flow-mask.ts), then every
// type range is put back at the place the rules' edits moved it to. An edit that reaches into a type range (it
// would rewrite code whose types the rules never saw) leaves the file untouched with an error; an edit that deletes
// a whole range (a removed declaration and its annotation) drops it. The result must parse as Flow again.
import { LEGACY } from '../../api/index.js';
import type { AppliedBatch } from './edits.js';
import { mapForward } from './edits.js';
import { maskFlowTypes, parsesAsFlow, type FlowRange } from './flow-mask.js';
import { encodeFromRules, type DecodedText } from './text-format.js';
import { transformTracked, type TransformTextInput, type TransformTextResult } from './run-on-text.js';

/** Legacy names KYX does not use: a Flow type still holding one describes the legacy request or response. */
const LEGACY_ONLY_NAMES = [
  LEGACY.enrollmentTransactionReference, LEGACY.tokenLifetimeInMinutes, LEGACY.redirectUrl, LEGACY.transactionReference,
  LEGACY.authorizationToken, LEGACY.transactionStatus, LEGACY.transactionResult,
];

/** The rules' result for a Flow file, or undefined when it is not one (the caller reports the parse error). */
export function transformFlowFile(input: TransformTextInput, decoded: DecodedText): TransformTextResult | undefined {
  const mask = maskFlowTypes(decoded.text);
  if (!mask) return undefined;
  const run = (pre: TransformTextInput['pre']) =>
    transformTracked({ ...input, text: encodeFromRules(mask.masked, decoded), flowMasked: true, ...(pre ? { pre } : {}) });
  let inner = run(input.pre);
  // Still not JavaScript once the types are blanked (an enum, a syntax error): not ours to read.
  if (inner.result.error?.startsWith('does not parse')) return undefined;
  if (inner.result.error || !inner.text || !inner.batches) return inner.result;

  // Types that still describe the legacy shapes, in a file the rules worked on: the rules never see them.
  const first = inner.result.edits[0] ?? inner.result.manual[0];
  const stale = first ? staleTypes(decoded.text, mask.ranges) : [];
  if (stale.length > 0) {
    inner = run([...(input.pre ?? []), { rule: first!.rule, edits: [], manual: stale }]);
    if (inner.result.error || !inner.text || !inner.batches) return inner.result;
  }

  const restored = restoreRanges(decoded.text, inner.text, inner.batches, mask.ranges);
  const fail = (error: string): TransformTextResult => ({
    ...inner.result, output: input.text, changed: false, error, edits: [], manual: [], notes: [], newFiles: [], external: [],
  });
  if (typeof restored !== 'string') {
    const line = decoded.text.slice(0, restored.start).split('\n').length;
    return fail(`a rule's edit reaches into the Flow types at line ${line}, which the rules cannot read: file left untouched (migrate it by hand)`);
  }
  // A rule that copied code (moved a declaration) copied the blanks standing for its types: they cannot be put back.
  if (fillers(restored) > fillers(decoded.text)) {
    return fail('a rule moved or copied code whose Flow types it could not read: file left untouched (migrate it by hand)');
  }
  if (!parsesAsFlow(restored)) return fail('the rules\' output does not parse as Flow once its types are put back; file left untouched');
  const output = restored === decoded.text ? input.text : encodeFromRules(restored, decoded);
  return { ...inner.result, output, changed: output !== input.text };
}

/** Empty block comments like the ones flow-mask.ts blanks a type with. */
function fillers(text: string): number {
  return text.match(/\/\*[ \r\n]*\*\//g)?.length ?? 0;
}

/** One manual item per Flow range that names a legacy-only field (the rules rewrote the code around it). */
function staleTypes(text: string, ranges: readonly FlowRange[]): { pos: number; message: string }[] {
  const items: { pos: number; message: string }[] = [];
  for (const r of ranges) {
    const slice = text.slice(r.start, r.end);
    const names = LEGACY_ONLY_NAMES.filter((n) => new RegExp(`\\b${n}\\b`).test(slice));
    if (names.length === 0) continue;
    items.push({
      pos: r.start,
      message: `this Flow type still names the legacy field(s) ${names.join(', ')}: the codemod rewrites code, not Flow types — give it the KYX shape (see MIGRATION.md)`,
    });
  }
  return items;
}

/**
 * `rulesText` with each range of `original` put back where the batches moved it; the first range an edit reaches
 * into when it is not deleted whole.
 */
function restoreRanges(original: string, rulesText: string, batches: readonly AppliedBatch[], ranges: readonly FlowRange[]): string | FlowRange {
  const placed: { at: number; text: string }[] = [];
  for (const r of ranges) {
    let start = r.start;
    let end = r.end;
    let deleted = false;
    for (const batch of batches) {
      for (const e of batch.edits) {
        const reaches = e.start === e.end ? e.start > start && e.start < end : e.start < end && e.end > start;
        if (!reaches) continue;
        // Replaced whole with the code it annotated: the type goes with it (Flow types never change what runs).
        if (e.start <= start && e.end >= end) deleted = true;
        else return r;
      }
      if (deleted) break;
      // An insertion at the range's start goes before it, one at its end after it.
      start = mapForward(start, batch, 'end');
      end = mapForward(end, batch, 'start');
    }
    if (deleted) continue;
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
