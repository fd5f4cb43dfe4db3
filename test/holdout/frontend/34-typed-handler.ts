import type { JumioIframeEvent } from './34-jumio-types';

export function onJumio(cb: (ref: string) => void) {
  window.addEventListener('message', (event: MessageEvent) => {
    const data = JSON.parse(event.data) as JumioIframeEvent;
    if (data.payload.value === 'success') cb(data.transactionReference);
  });
}
