// Already on KYX: a router whose timeline line, before either origin check, reads the KYX field with the other
// sender's legacy-named one as its fallback. Nothing to do: no marker.
export function listen(log: string[], done: (id: string) => void): void {
  window.addEventListener('message', (event: MessageEvent<string>) => {
  const message = JSON.parse(event.data);
  log.push(`${event.origin} ${message.workflowExecutionId ?? message.transactionReference ?? '-'}`);
  if (event.origin === 'https://3ds.psp.example') {
    if (message.payload?.value === 'authorised') done(message.transactionReference);
    return;
  }
  if (!event.origin.endsWith('.jumio.ai')) return;
  if (message.payload?.value === 'success') done(message.workflowExecutionId);
  });
}
