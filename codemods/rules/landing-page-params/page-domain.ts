// What a page is about, read from the words of the page itself. Reading transactionStatus with transactionReference
// and comparing the status with SUCCESS/ERROR is not enough: open-banking transfers, donation platforms and biller
// aggregators send the customer back with the same two names and the same values (round-4 red team). The words are
// looked for in the page's scope — the top-level statement around the read (the component, the route handler, with
// its leading comments), the whole file for top-level code and for a Vue/Svelte component — so a file that holds a
// Jumio page and a transfer page judges each on its own.
import { Node } from '#ts-morph';
import type { RuleFile } from '../../engine/types.js';
import { withoutMarkers } from '../../engine/markers.js';
import { mentionsJumio } from '../../analysis/jumio-names.js';
import { markupWithoutComments, scriptWithoutComments } from '../../analysis/comment-free.js';

/** Payment vocabulary (codemods/analysis/payment-words.ts): such a page is flagged, never renamed, unless its scope
 * names Jumio (see paymentWord). A shop, a wallet or a merchant onboarding may run the identity check itself, so these
 * only demote the proof to a manual item. */
export { PAYMENT_WORDS } from '../../analysis/payment-words.js';

/** Words that name the transaction the page reports as a money movement of another kind: a bank transfer, a gift,
 * a bill, a ledger line, a remittance. With neither Jumio's names nor IDENTITY_WORDS beside them the page is not Jumio's: left alone. */
// Matched at the start of a word so camelCase names count too (transferId, BillResult, giftAid, donationReturn): the
// word must not go on in lower case, which the case-insensitive regex cannot say itself (its [a-z] takes 'I' of
// transferId too), so the next character is checked apart; longer words come first (billing before bill).
const OTHER_DOMAIN_WORDS = /(?<![A-Za-z])(transfers?|(?:bank|wire)[ -]?transfer|donations?|donors?|gifts?|giving|billers?|billpay|billing|bills?|ledger|remittances?|payee|beneficiar(?:y|ies))/gi;
/** Words of an identity check: the page is about verifying a person (Jumio's web client). */
const IDENTITY_WORDS = /(?<![A-Za-z])(kyc|identity|identities|selfie|passport|id[ -]?(?:document|check|verification)|verification|verified)/i;

/** The text the page is judged by: the top-level statement around `at` (with its leading comments) when `at` sits
 * in a function, else the whole file; the whole component for Vue/Svelte. */
export function pageScope(at: Node, file?: RuleFile): { node: Node; text: string } {
  const sf = at.getSourceFile();
  if (file && (file.kind === 'vue' || file.kind === 'svelte')) return { node: sf, text: withoutMarkers(file.text) };
  if (!at.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a))) return { node: sf, text: withoutMarkers(sf.getFullText()) };
  let top: Node = at;
  while (top.getParent() && !Node.isSourceFile(top.getParent()!)) top = top.getParent()!;
  return { node: top, text: withoutMarkers(top.getFullText()) };
}

/** A word saying the page reports a transfer, a gift, a bill… when nothing in its scope's code (`markup`: a page's
 * text, its HTML comments and its scripts' comments left out) is about identity; a comment may still say the veto. */
export function otherDomainWord(scopeText: string, markup = false): string | undefined {
  const code = markup ? markupWithoutComments(scopeText) : scriptWithoutComments(scopeText);
  if (mentionsJumio(code) || IDENTITY_WORDS.test(code)) return undefined;
  for (const m of scopeText.matchAll(OTHER_DOMAIN_WORDS)) {
    if (!/[a-z]/.test(scopeText[m.index + m[0].length] ?? '')) return m[0];
  }
  return undefined;
}

/** One read per function a group's reads sit in (the first of each): a query object read in several functions (a
 * route module's meta and component) is judged by the words of all of them. */
export function functionReads<T extends { nameNode: Node }>(reads: T[]): T[] {
  const seen = new Set<Node | undefined>();
  return reads.filter((r) => {
    const fn = r.nameNode.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a));
    if (seen.has(fn)) return false;
    seen.add(fn);
    return true;
  });
}
