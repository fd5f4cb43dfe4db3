// Preact signals: the signal holding the frame's event is handed to another module whole: flagged, not followed.
import { signal } from '@preact/signals';
import { showResult } from './identity-result';

const frameEvent = signal<{ transactionReference: string } | null>(null);
showResult(frameEvent);

export function listenToIdentityFrame(): void {
  window.addEventListener('message', (e: MessageEvent) => {
    if (e.origin !== 'https://acme.netverify.com') return;
    frameEvent.value = JSON.parse(e.data);
  });
}
