// A _hyperscript handler written in a markup attribute (`_="on message from window … data.transactionReference …"`,
// also `script` / `data-script`): a language no rule parses. When it listens to `message`, parses the posted string
// and reads the renamed field, it is flagged above its element (round-14 hold-out: it passed silently beside a frame
// whose src and allow list were handled).
import type { RuleFile, ManualItem } from '../../engine/types.js';
import { IFRAME_EVENT_RENAMES, KYX } from '../../../api/index.js';
import { mentionsJumio } from '../../analysis/jumio-names.js';

const ATTRS = new Set(['_', 'script', 'data-script']);

export function hyperscriptHandlerItems(file: RuleFile): ManualItem[] {
  if (!file.html || !file.text.includes('message')) return [];
  const out: ManualItem[] = [];
  for (const el of file.html.elements) {
    const loc = el.sourceCodeLocation;
    if (!loc) continue;
    for (const a of el.attrs) {
      if (a.prefix || !ATTRS.has(a.name) || !/\bon\s+message\b/.test(a.value) || !/\bJSON\.parse\s*\(/.test(a.value)) continue;
      const read = IFRAME_EVENT_RENAMES.find((r) => new RegExp(`\\.${r.legacy}\\b`).test(a.value));
      // Jumio's: the value names its host, or reads payload.value and checks no origin (another vendor's check vetoes).
      const jumio = mentionsJumio(a.value) || (/\.payload\.value\b/.test(a.value) && !/\borigin\b/.test(a.value));
      if (!read || !jumio) continue;
      out.push({ pos: loc.startOffset, message: `a _hyperscript message handler (not parsed by the codemod) reads ${read.legacy} of the iFrame event: on KYX read ${read.kyx} (${KYX.accountId} is new), and check the origin against the KYX web client (https://<prefix>.web.<region>.jumio.ai)` });
      break;
    }
  }
  return out;
}
