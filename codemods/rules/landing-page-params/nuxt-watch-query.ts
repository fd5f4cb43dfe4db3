// Nuxt 2 pages list the query parameters whose change re-runs asyncData/fetch: `watchQuery: ['transactionStatus']`.
// On a page whose reads this rule renamed, the list names the legacy keys too: left as is, the page no longer
// reloads when the KYX key changes (round-6 hold-out). Its string literals are renamed with the reads.
import { Node, SyntaxKind, type SourceFile } from '#ts-morph';
import { REDIRECT_PARAM_RENAMES, renameIn } from '../../../api/index.js';
import type { Edit } from '../../engine/types.js';

export function watchQueryEdits(sf: SourceFile, off: number): Edit[] {
  const edits: Edit[] = [];
  for (const pa of sf.getDescendantsOfKind(SyntaxKind.PropertyAssignment)) {
    const list = pa.getName() === 'watchQuery' ? pa.getInitializer() : undefined;
    if (!list || !Node.isArrayLiteralExpression(list)) continue;
    for (const e of list.getElements()) {
      const name = Node.isStringLiteral(e) ? e.getLiteralValue() : undefined;
      const kyx = name !== undefined ? renameIn(REDIRECT_PARAM_RENAMES, name) : undefined;
      if (kyx) edits.push({ start: e.getStart() + 1 + off, end: e.getEnd() - 1 + off, text: kyx, message: `redirect parameter ${name} → ${kyx} in the page's watchQuery (the page's reads were renamed)` });
    }
  }
  return edits;
}
