// Braintree hosted fields frame: the async handler is forwarded with `void`.
import { savePaymentReference } from './api';

async function handlePaymentMessage(event: MessageEvent<string>): Promise<void> {
  if (!event.origin.endsWith('.braintreegateway.com')) return;
  const data = JSON.parse(event.data);
  if (data.payload.value !== 'success') return;
  await savePaymentReference(data.transactionReference);
}

window.addEventListener('message', (e) => void handlePaymentMessage(e));
