// A landing page already on KYX (it reads acquisitionStatus / workflowExecutionId, no legacy name) means KYX's 9836
// when it compares errorCode with it: written for KYX by hand, it gets no item. A page this tool migrated got the
// 9836 marker on that run; while the marker stands the item is reported again, so a rerun's report matches the file
// (as iframe-event-handler does for a handler already on KYX; round-20 hold-out, a SvelteKit load on KYX was flagged).
import { existingMarkers } from '../../engine/markers.js';
import { COLLIDING_ERROR_CODE } from '../../../api/index.js';

export function underEarlierMarker(text: string, pos: number): boolean {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  return existingMarkers(text, lineStart).some((m) => m.rule === 'landing-page-params' && m.message.includes(`errorCode ${COLLIDING_ERROR_CODE}`));
}
