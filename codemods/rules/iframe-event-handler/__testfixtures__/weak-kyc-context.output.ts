// The legacy event's shape (transactionReference + payload.value) in identity-check code, with nothing that
// proves the sender (no origin check, no Jumio name): flagged for a human, not rewritten.
export function useIdentityFrame(onVerified: (ref: string) => void) {
  // TODO(netverify-migrate): iframe-event-handler: this identity-check message handler reads transactionReference and payload.value like the legacy Jumio web client's events, but nothing proves it handles them (no origin check, no Jumio name): if it does, read workflowExecutionId instead of transactionReference (accountId is new) and check event.origin against the KYX web client (*.web.<region>.jumio.ai)
  const listener = (event: MessageEvent) => {
    const data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
    if (data.payload && data.payload.value === 'success') onVerified(data.transactionReference);
  };
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}

export class KycBridge {
  constructor() {
    window.addEventListener('message', this.handle);
  }

  // TODO(netverify-migrate): iframe-event-handler: this identity-check message handler reads transactionReference and payload.value like the legacy Jumio web client's events, but nothing proves it handles them (no origin check, no Jumio name): if it does, read workflowExecutionId instead of transactionReference (accountId is new) and check event.origin against the KYX web client (*.web.<region>.jumio.ai)
  handle = (e: MessageEvent) => {
    const msg = JSON.parse(e.data);
    if (msg.payload.value === 'error') console.warn('failed', msg.transactionReference);
  };
}
