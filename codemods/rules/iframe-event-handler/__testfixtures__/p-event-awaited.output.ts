// Waits for the identity check's final event with p-event, then tells our API which transaction it was.
import { pEvent } from 'p-event';

export async function awaitKycResult(): Promise<string> {
  const event = await pEvent<'message', MessageEvent>(window, 'message', {
    filter: (e: MessageEvent) => e.origin.endsWith('.jumio.ai') && JSON.parse(e.data).payload.value !== 'loaded',
  });
  const data = JSON.parse(event.data);
  if (data.payload.value !== 'success') throw new Error(`Identity check failed (${data.payload.metainfo?.code})`);
  await fetch('/api/kyc/complete', { method: 'POST', body: JSON.stringify({ reference: data.workflowExecutionId }) });
  return data.workflowExecutionId;
}
