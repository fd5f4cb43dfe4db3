// The EU data centre's white-label web client: its exact origin names the region.
export function onIdentityFrame(done: (reference: string) => void): () => void {
  const onMessage = (event: MessageEvent) => {
    if (event.origin !== 'https://acme.web.emea-1.jumio.ai') return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') done(data.workflowExecutionId);
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
