// A Flow-typed JavaScript file: the rules run on its text with the Flow types blanked (flow-mask.ts) and the types
// are put back where the edits moved them (masked-files.ts). An edit that replaces a type's code whole drops the type
// (Flow types never change what runs); the result must parse as Flow again. In a file the rules worked on, a type
// that still names a legacy-only field gets a manual item: the rules rewrite code, not Flow types.
import { LEGACY } from '../../api/index.js';
import { maskFlowTypes, parsesAsFlow } from './flow-mask.js';
import { transformMasked, type MaskedRange } from './masked-files.js';
import type { DecodedText } from './text-format.js';
import type { TransformTextInput, TransformTextResult } from './run-on-text.js';
import type { ManualItem } from './types.js';

/** Legacy names KYX does not use: a Flow type still holding one describes the legacy request or response. */
const LEGACY_ONLY_NAMES = [
  LEGACY.enrollmentTransactionReference, LEGACY.tokenLifetimeInMinutes, LEGACY.redirectUrl, LEGACY.transactionReference,
  LEGACY.authorizationToken, LEGACY.transactionStatus, LEGACY.transactionResult,
];

/** The rules' result for a Flow file, or undefined when it is not one (the caller reports the parse error). */
export function transformFlowFile(input: TransformTextInput, decoded: DecodedText): TransformTextResult | undefined {
  const mask = maskFlowTypes(decoded.text);
  if (!mask) return undefined;
  return transformMasked(input, decoded, {
    mask,
    what: 'the Flow types',
    afterRules: (ranges) => staleTypes(decoded.text, ranges),
    reject: (restored) => (parsesAsFlow(restored) ? undefined : 'the rules\' output does not parse as Flow once its types are put back; file left untouched'),
  });
}

/** One manual item per Flow range that names a legacy-only field. */
function staleTypes(text: string, ranges: readonly MaskedRange[]): ManualItem[] {
  const items: ManualItem[] = [];
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
