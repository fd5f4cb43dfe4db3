// Half-way through the switch: the reference is read from workflowExecutionId with the legacy name as its fallback,
// but the origin check and one read are still legacy. The fallback and the type's legacy member stay (renamed, the
// read would be `id ?? id` and the type would declare workflowExecutionId twice); the rest moves.
type FrameEvent = {
  transactionReference?: string;
  workflowExecutionId?: string;
  payload: { value: string };
};

export function listen(onDone: (reference: string) => void): void {
  window.addEventListener('message', (event: MessageEvent) => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data: FrameEvent = JSON.parse(event.data);
    if (data.payload.value === 'loaded') sessionStorage.setItem('reference', data.transactionReference ?? '');
    const reference = data.workflowExecutionId ?? data.transactionReference;
    if (data.payload.value === 'success' && reference) onDone(reference);
  });
}
