// A PHP landing page reads the redirect in its server code (`$_GET['transactionStatus']`, `filter_input(INPUT_GET,
// 'transactionReference')`, Laravel's `$request->query('transactionStatus')`), which no rule parses: only the page's
// <script> blocks are JavaScript. The `<?php … ?>` regions are read as text like an unparsed template's code
// (template-scan.ts: both names read, Jumio's values or name, no payment vocabulary) and each read line gets an item
// with a `//` marker — a valid PHP comment where it lands (round-8 hold-out: such a page passed silently).
import type { ManualItem, RuleFile } from '../../engine/types.js';
import { scanTemplateCode } from '../../engine/template-scan.js';
import { withoutMarkers } from '../../engine/markers.js';

/** The file's text with everything outside `<?php … ?>` and `<?= … ?>` blanked (line breaks kept, so lines and
 * offsets stay), and the lines that start inside a `<?php` block (where a `//` marker is PHP). */
function phpCode(text: string): { code: string; blockLines: Set<number> } {
  let code = '';
  let at = 0;
  const blockLines = new Set<number>();
  const lineOf = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  for (const m of text.matchAll(/<\?(php\b|=)([\s\S]*?)(\?>|$)/g)) {
    code += text.slice(at, m.index!).replace(/[^\n]/g, ' ') + ' '.repeat(2 + m[1]!.length) + m[2]! + m[3]!.replace(/./g, ' ');
    at = m.index! + m[0].length;
    if (m[1] === 'php') for (let l = lineOf(m.index!) + 1; l <= lineOf(at); l++) blockLines.add(l);
  }
  return { code: code + text.slice(at).replace(/[^\n]/g, ' '), blockLines };
}

export function phpServerReadItems(file: RuleFile): ManualItem[] {
  if (!/\.(php|phtml)$/i.test(file.path) || !file.text.includes('<?php')) return [];
  const { code, blockLines } = phpCode(withoutMarkers(file.text));
  const starts = [0];
  for (let i = file.text.indexOf('\n'); i >= 0; i = file.text.indexOf('\n', i + 1)) starts.push(i + 1);
  return scanTemplateCode(code, new Set()).filter((f) => f.rule === 'landing-page-params' && blockLines.has(f.line)).map((f) => ({
    pos: starts[f.line]! + /^\s*/.exec(file.text.slice(starts[f.line]!, starts[f.line]! + 200))![0].length,
    commentStyle: 'line' as const,
    message: `in the page's PHP code (no rule parses it), ${f.message.replace(/^a success\/error page /, 'this success/error page ')}`,
  }));
}
