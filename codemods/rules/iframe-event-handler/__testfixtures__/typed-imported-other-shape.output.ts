import type { PaymentResult } from './support/jumio-event-types';

export function onJumio(cb: (ref: string) => void) {
  window.addEventListener('message', (event: MessageEvent) => {
    // TODO(netverify-migrate): iframe-event-handler: the Jumio event is typed as PaymentResult, declared elsewhere: rename its transactionReference to workflowExecutionId (and add accountId)
    const data = JSON.parse(event.data) as PaymentResult & { eventType: number; payload: { value: string } };
    if (data.eventType === 510 && data.payload.value === 'success') cb(data.workflowExecutionId);
  });
}
