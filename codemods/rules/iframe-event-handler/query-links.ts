// A link a proven Jumio handler builds to the app's own page with a legacy redirect parameter in its query:
// `'/auth/complete?transactionReference=' + d.transactionReference`, `` goto(`/verify/done?transactionStatus=ERROR`) ``.
// The key is the app's own text, read by the page the link opens — often the success/error page, whose reads
// landing-page-params renames to the KYX names (KYX's redirect appends those): the link and the page must change
// together, so the link gets an item (the event read in it is renamed as usual).
import { Node, SyntaxKind } from '#ts-morph';
import { REDIRECT_PARAM_RENAMES } from '../../../api/index.js';
import { descendantsOfKinds } from '../../engine/descendants.js';

const TEXT_KINDS = new Set([SyntaxKind.StringLiteral, SyntaxKind.NoSubstitutionTemplateLiteral, SyntaxKind.TemplateHead,
  SyntaxKind.TemplateMiddle, SyntaxKind.TemplateTail]);
const KEY = new RegExp(`[?&](${REDIRECT_PARAM_RENAMES.map((r) => r.legacy).join('|')})=`, 'g');

/** Words of the message a rerun looks for in an earlier run's marker. */
export const QUERY_LINK_NEEDLE = 'in this link';

export interface QueryLink {
  node: Node;
  message: string;
}

/** Text pieces of the handler's functions that spell a legacy redirect parameter as a query key. */
export function legacyQueryLinks(functions: readonly Node[]): QueryLink[] {
  const out: QueryLink[] = [];
  const seen = new Set<Node>();
  for (const fn of functions) {
    const [start, end] = [fn.getStart(), fn.getEnd()];
    for (const n of descendantsOfKinds(fn.getSourceFile(), TEXT_KINDS, (c) => c.pos >= start && c.end <= end)) {
      if (seen.has(n)) continue;
      seen.add(n);
      const keys = [...new Set([...n.getText().matchAll(KEY)].map((m) => m[1]!))];
      if (keys.length === 0) continue;
      const pairs = keys.map((k) => [k, REDIRECT_PARAM_RENAMES.find((r) => r.legacy === k)!.kyx] as const);
      out.push({ node: n, message: message(pairs) });
    }
  }
  return out;
}

function message(pairs: readonly (readonly [string, string])[]): string {
  const legacy = pairs.map(([l]) => `${l}=`).join(', ');
  const kyx = pairs.map(([, k]) => k).join(', ');
  return `the legacy redirect parameter${pairs.length > 1 ? 's' : ''} ${legacy} ${QUERY_LINK_NEEDLE} ${pairs.length > 1 ? 'are' : 'is'} ` +
    `your own text, read by the page it opens: KYX's redirect to your success/error page appends ${kyx} instead, and ` +
    `landing-page-params renames what such pages read — if this link opens one of them, use ${pairs.map(([, k]) => `${k}=`).join(', ')} here too`;
}
