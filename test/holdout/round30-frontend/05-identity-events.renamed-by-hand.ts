// Listener of the identity frame. The field names were switched to the KYX event by hand ahead of the cut-over; the
// origin check was left for later.
export interface IdentityFrameEvent {
  workflowExecutionId: string;
  accountId?: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

export interface IdentityResult {
  ok: boolean;
  reference: string;
  retry: boolean;
}

export function watchIdentityFrame(onResult: (result: IdentityResult) => void): () => void {
  const listener = (event: MessageEvent<string>) => {
    if (!event.origin.endsWith('.netverify.com')) return;
    let data: IdentityFrameEvent;
    try {
      data = JSON.parse(event.data) as IdentityFrameEvent;
    } catch {
      return;
    }
    if (data.payload.value === 'success') onResult({ ok: true, reference: data.workflowExecutionId, retry: false });
    if (data.payload.value === 'error') {
      onResult({ ok: false, reference: data.workflowExecutionId, retry: data.payload.metainfo?.code === 9836 });
    }
  };
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}
