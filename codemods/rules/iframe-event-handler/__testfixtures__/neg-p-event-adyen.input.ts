// Waits for Adyen's 3-D Secure challenge result with p-event.
import { pEvent } from 'p-event';

export async function awaitChallenge(): Promise<string> {
  const event = await pEvent<'message', MessageEvent>(window, 'message', { filter: (e: MessageEvent) => e.origin.endsWith('.adyen.com') });
  const data = JSON.parse(event.data);
  if (data.payload.value !== 'success') throw new Error('3-D Secure challenge failed');
  return data.transactionReference;
}
