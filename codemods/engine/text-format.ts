// File fidelity: the BOM and line endings are taken off before rules see the text and put back after,
// and the file's quote style, indentation and semicolon habit are detected so inserted code matches.
import type { FileStyle } from './types.js';

export interface DecodedText {
  /** Text for rules: no BOM; LF only when the file used CRLF throughout. */
  text: string;
  bom: boolean;
  /** True when every LF in the file was part of a CRLF (then `text` has LF and encode() restores CRLF). */
  crlf: boolean;
}

export function decodeForRules(raw: string): DecodedText {
  const bom = raw.charCodeAt(0) === 0xfeff;
  let text = bom ? raw.slice(1) : raw;
  const lf = countOf(text, '\n');
  const crlf = lf > 0 && countOf(text, '\r\n') === lf;
  if (crlf) text = text.replace(/\r\n/g, '\n');
  return { text, bom, crlf };
}

export function encodeFromRules(text: string, d: { bom: boolean; crlf: boolean }): string {
  const body = d.crlf ? text.replace(/\r\n/g, '\n').replace(/\n/g, '\r\n') : text;
  return d.bom ? '\uFEFF' + body : body;
}

function countOf(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

const STRING_RE = /(['"])(?:\\.|(?!\1)[^\\\n])*\1/g;

/** The quote most of the text's string literals use; undefined when it has none. */
export function detectQuote(raw: string): FileStyle['quote'] | undefined {
  let single = 0;
  let double = 0;
  for (const m of raw.matchAll(STRING_RE)) {
    if (m[1] === "'") single++;
    else double++;
  }
  if (single + double === 0) return undefined;
  return double > single ? '"' : "'";
}

/** Detect the conventions of a file from its raw text (before or after decoding). */
export function detectStyle(raw: string): FileStyle {
  const crlfCount = countOf(raw, '\r\n');
  const lfOnly = countOf(raw, '\n') - crlfCount;
  const eol: FileStyle['eol'] = crlfCount > lfOnly ? '\r\n' : '\n';

  const quote = detectQuote(raw) ?? "'";

  const lines = raw.split(/\r?\n/);
  let tabLines = 0;
  let spaceLines = 0;
  const deltas = new Map<number, number>();
  let prev = 0;
  let semi = 0;
  let noSemi = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const lead = /^[ \t]*/.exec(line)![0];
    if (lead.startsWith('\t')) tabLines++;
    else if (lead.length > 0) spaceLines++;
    if (!lead.includes('\t')) {
      const d = lead.length - prev;
      if (d > 0 && d <= 8) deltas.set(d, (deltas.get(d) ?? 0) + 1);
      prev = lead.length;
    }
    const t = line.trimEnd();
    if (t.endsWith(';')) semi++;
    else if (/[\w)\]'"`]$/.test(t) && !/^\s*(\/\/|\*|\/\*)/.test(t)) noSemi++;
  }
  let indent = '  ';
  if (tabLines > spaceLines) indent = '\t';
  else {
    let best = 0;
    let bestCount = 0;
    for (const [d, c] of deltas) {
      if (c > bestCount || (c === bestCount && d < best)) {
        best = d;
        bestCount = c;
      }
    }
    if (best > 0) indent = ' '.repeat(best);
  }
  // Without statements that end in `;`, a file is semicolon-free only when it clearly has statements without them.
  const semicolons = semi === 0 ? noSemi < 3 : semi * 4 >= noSemi;
  return { quote, indent, eol, semicolons };
}
