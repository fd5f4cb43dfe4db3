// A page whose Content-Security-Policy meta allows its inline scripts by hash (`script-src 'sha256-…'`): once a rule
// edits an inline script, the hash no longer matches and the browser refuses to run the migrated script — the
// handler and everything else in that block (hold-out round 46, a Trusted Types page). The policy is not edited (the
// hash must be computed over the final script, after the human's changes too): one item at the script's first edit.
import type { Edit, ManualItem, RuleFile } from '../engine/types.js';
import { MARKER_TAG } from '../engine/marker-tag.js';

const MESSAGE = 'the page\'s Content-Security-Policy meta allows its inline scripts by hash, and the codemod changed this inline script: ' +
  'its hash no longer matches and the browser will not run it — compute the hash of the final script again (or move the script to a file)';
/** The marker an earlier run wrote for this item (the engine's `<tag>: <rule>: <message>`). */
const RULE_MARKER = `${MARKER_TAG}: iframe-event-handler: `;
const HASH_SOURCE = /'sha(?:256|384|512)-[A-Za-z0-9+/=_-]+'/;

export function staleScriptHashItems(file: RuleFile, edits: readonly Edit[]): ManualItem[] {
  const html = file.html;
  if (!html || !HASH_SOURCE.test(file.text)) return [];
  const first = edits.filter((e) => html.scripts.some((s) => e.start >= s.start && e.end <= s.end)).sort((a, b) => a.start - b.start)[0]?.start;
  // A rerun has nothing to edit: the marker an earlier run left is reported again while it stands.
  const earlier = file.text.indexOf(`${RULE_MARKER}${MESSAGE.slice(0, 60)}`);
  const pos = first ?? (earlier >= 0 ? file.text.indexOf('\n', earlier) + 1 : undefined);
  if (pos === undefined) return [];
  for (const el of html.elements) {
    if (el.tagName !== 'meta') continue;
    const equiv = el.attrs.find((a) => a.name === 'http-equiv')?.value.toLowerCase();
    const policy = el.attrs.find((a) => a.name === 'content')?.value ?? '';
    const scriptSrc = policy.split(';').find((d) => /^\s*script-src(?:-elem)?\s/i.test(d)) ?? policy.split(';').find((d) => /^\s*default-src\s/i.test(d));
    if (equiv !== 'content-security-policy' || !scriptSrc || !HASH_SOURCE.test(scriptSrc)) continue;
    // At the first edit of the script (the meta may hold legacy-endpoint's item about its frame-src).
    return [{ pos, message: MESSAGE }];
  }
  return [];
}
