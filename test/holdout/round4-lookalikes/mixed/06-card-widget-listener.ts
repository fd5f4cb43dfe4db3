import type { FrameEvent } from './06-frame-events';
import { confirmReceipt } from './receipts';

export function listenForCardWidget() {
  window.addEventListener('message', (e: MessageEvent<string>) => {
    if (e.origin !== 'https://widget.paylink.example') return;
    const evt = JSON.parse(e.data) as FrameEvent;
    if ('status' in evt && evt.status === 'captured') confirmReceipt(evt.transactionReference);
  });
}
