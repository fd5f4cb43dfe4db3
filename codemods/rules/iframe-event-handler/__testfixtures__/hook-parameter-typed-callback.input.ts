interface VerificationEvent {
  transactionReference: string;
  payload: { value: 'loaded' | 'success' | 'error' };
}

// The hook's parameter is typed; the caller's arrow takes its type from it.
function onVerificationEvents(onEvent: (event: VerificationEvent) => void): () => void {
  const listener = (message: MessageEvent<string>) => {
    if (!message.origin.endsWith('.netverify.com')) return;
    onEvent(JSON.parse(message.data));
  };
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}

export const stop = onVerificationEvents((event) => {
  if (event.payload.value === 'success') sessionStorage.setItem('verification', event.transactionReference);
});
