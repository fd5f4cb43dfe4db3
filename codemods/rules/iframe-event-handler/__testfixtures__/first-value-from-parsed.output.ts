// Resolves once the identity check is over: the first final event of the web client, awaited.
import { filter, firstValueFrom, fromEvent, map } from 'rxjs';

interface KycFrameEvent {
  workflowExecutionId: string;
  payload: { value: 'loaded' | 'success' | 'error' };
}

export async function kycOutcome(): Promise<{ ok: boolean; reference: string }> {
  const data = await firstValueFrom(
    fromEvent<MessageEvent>(window, 'message').pipe(
      filter((e) => e.origin.endsWith('.jumio.ai')),
      map((e) => JSON.parse(e.data) as KycFrameEvent),
      filter((d) => d.payload.value !== 'loaded'),
    ),
  );
  return { ok: data.payload.value === 'success', reference: data.workflowExecutionId };
}
