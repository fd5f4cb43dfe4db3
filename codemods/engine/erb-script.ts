// `*.js.erb` / `*.es6.erb`: JavaScript a Rails app renders through ERB (the catalogue's "Ruby ERB-generated JS" —
// an asset or a UJS response holding the iFrame listener). Its ERB tags are Ruby, not JavaScript: the rules run on
// the file with each tag blanked (masked-files.ts) — an output tag (`<%= … %>`, `<%- … %>`) becomes an identifier
// of underscores, so it stays a value both inside a string (`'<%= kyc_done_path %>?ref='`) and as an expression
// (`var cfg = <%= raw config.to_json %>;`); a code or comment tag becomes spaces. The tags come back untouched; a
// legacy Jumio URL inside one is Ruby code the codemod does not rewrite, listed as a report-only item.
import { legacyCodeLines } from '../rules/legacy-endpoint/server-code.js';
import { inCodeNotRewritten } from './other-languages.js';
import { transformMasked, type MaskedRange, type TextMask } from './masked-files.js';
import type { DecodedText } from './text-format.js';
import type { TransformTextInput, TransformTextResult } from './run-on-text.js';
import type { ManualItem } from './types.js';

/** An ERB tag; `<%%` is a literal `<%` in the output. */
const TAG = /<%(?!%)[\s\S]*?%>/g;

/** The file's ERB tags blanked: output tags as underscores, the others as spaces (line breaks kept). */
export function maskErbTags(text: string): TextMask {
  const ranges: MaskedRange[] = [];
  let masked = '';
  let at = 0;
  for (const m of text.matchAll(TAG)) {
    const start = m.index!;
    const end = start + m[0].length;
    const output = /^<%[=-]/.test(m[0]);
    masked += text.slice(at, start) + m[0].replace(/[^\r\n]/g, output ? '_' : ' ');
    ranges.push({ start, end });
    at = end;
  }
  return { masked: masked + text.slice(at), ranges };
}

/** The rules' result for an ERB-rendered script; undefined when it does not parse even with its tags blanked. */
export function transformErbScript(input: TransformTextInput, decoded: DecodedText): TransformTextResult | undefined {
  const mask = maskErbTags(decoded.text);
  return transformMasked(input, decoded, {
    mask,
    what: 'the ERB tags',
    items: { rule: 'legacy-endpoint', manual: legacyUrlsInTags(decoded.text, mask.ranges) },
  });
}

/** One report-only item per line of an ERB tag holding a legacy Jumio URL, or one of the paths only Jumio spells. */
function legacyUrlsInTags(text: string, ranges: readonly MaskedRange[]): ManualItem[] {
  const where = inCodeNotRewritten('ERB');
  const isComment = (line: string): boolean => /^\s*(<%#|#)/.test(line);
  // No marker: a comment line could land inside the tag's Ruby.
  return ranges.flatMap((r) => legacyCodeLines(text, r.start, r.end, isComment).map(({ pos, message }) => ({ pos, message: `${where}: ${message}`, marker: false })));
}
