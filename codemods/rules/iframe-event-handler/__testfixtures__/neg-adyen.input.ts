export function listenForAdyen(onResult: (ref: string) => void): () => void {
  const handler = (event: MessageEvent) => {
    if (!event.origin.endsWith('.adyen.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload?.value === 'success') onResult(data.transactionReference);
  };
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
}
