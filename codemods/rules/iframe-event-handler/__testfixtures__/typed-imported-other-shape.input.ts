import type { PaymentResult } from './support/jumio-event-types';

export function onJumio(cb: (ref: string) => void) {
  window.addEventListener('message', (event: MessageEvent) => {
    const data = JSON.parse(event.data) as PaymentResult & { eventType: number; payload: { value: string } };
    if (data.eventType === 510 && data.payload.value === 'success') cb(data.transactionReference);
  });
}
