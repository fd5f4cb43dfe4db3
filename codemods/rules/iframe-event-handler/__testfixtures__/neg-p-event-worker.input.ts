// Waits for the upload worker's answer with p-event (a worker, not the window: its messages are ours).
import { pEvent } from 'p-event';

export async function awaitUpload(worker: Worker): Promise<string> {
  const event = await pEvent<'message', MessageEvent>(worker, 'message');
  const data = JSON.parse(event.data);
  return data.payload.value === 'success' ? data.transactionReference : '';
}
