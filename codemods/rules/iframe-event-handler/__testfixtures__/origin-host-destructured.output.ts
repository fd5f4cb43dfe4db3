// Identity check frame (Netverify): accept messages from our tenant's host only.
export function listen(onVerified: (reference: string) => void): () => void {
  const handler = (event: MessageEvent<string>) => {
    const { hostname: from } = new URL(event.origin);
    if (!from.endsWith('.jumio.ai')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') onVerified(data.workflowExecutionId);
  };
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
}
