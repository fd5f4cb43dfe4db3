// Preact signals: the signal holding the frame's event is handed to another module whole: flagged, not followed.
import { signal } from '@preact/signals';
import { showResult } from './identity-result';

const frameEvent = signal<{ transactionReference: string } | null>(null);
showResult(frameEvent);

export function listenToIdentityFrame(): void {
  window.addEventListener('message', (e: MessageEvent) => {
    // TODO(netverify-migrate): iframe-event-handler: origin check now expects acme.web.amer-1.jumio.ai: the legacy host does not tell the region; the vendor states only the amer-1 web-client host (emea-1/apac-1 follow the shape seen in third-party code, not stated by the vendor); otherwise use acme.web.emea-1.jumio.ai or acme.web.apac-1.jumio.ai, or compare with new URL(web.href).origin
    if (e.origin !== 'https://acme.web.amer-1.jumio.ai') return;
    // TODO(netverify-migrate): iframe-event-handler: the parsed Jumio event is passed on to frameEvent.value: code that reads its transactionReference must read workflowExecutionId (and accountId is new)
    frameEvent.value = JSON.parse(e.data);
  });
}
