// One listener for the two frames of the onboarding page: the PayLink card widget and the (KYX) identity step.
import { confirmReceipt } from './receipts';
import { identityStep } from './identity-step';

const CARD_WIDGET_ORIGIN = 'https://widget.paylink.example';

export function listenToFrames(): () => void {
  const onMessage = (event: MessageEvent<string>) => {
    if (event.origin === CARD_WIDGET_ORIGIN) {
      const data = JSON.parse(event.data);
      if (data.status === 'captured') confirmReceipt(data.transactionReference);
      return;
    }
    if (event.origin.endsWith('.jumio.ai')) {
      const data = JSON.parse(event.data);
      identityStep.update(data.workflowExecutionId, data.payload.value);
    }
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
