// Messages from the frames we embed: the identity step (KYX web client) and the card widget share one allow-list.
import { confirmReceipt, markIdentityStep } from './steps';

const TRUSTED = /^https:\/\/([\w-]+\.web\.emea-1\.jumio\.ai|widget\.paylink\.example)$/;

window.addEventListener('message', (event: MessageEvent<string>) => {
  if (!TRUSTED.test(event.origin)) return;
  const data = JSON.parse(event.data);
  if ('workflowExecutionId' in data) {
    markIdentityStep(data.workflowExecutionId, data.payload.value);
  } else if (data.status === 'captured') {
    confirmReceipt(data.transactionReference);
  }
});
