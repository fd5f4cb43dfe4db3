// Identity frame (Netverify): the async handler is forwarded with `void` so the listener returns nothing.
import { saveKycReference } from './api';

async function handleKycMessage(event: MessageEvent<string>): Promise<void> {
  if (!event.origin.endsWith('.netverify.com')) return;
  const data = JSON.parse(event.data);
  if (data.payload.value !== 'success') return;
  await saveKycReference(data.transactionReference);
}

window.addEventListener('message', (e) => void handleKycMessage(e));
