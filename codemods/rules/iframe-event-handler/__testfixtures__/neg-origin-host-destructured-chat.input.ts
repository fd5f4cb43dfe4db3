// Support chat frame: accept messages from the chat vendor's host only.
export function listen(onClosed: (reference: string) => void): () => void {
  const handler = (event: MessageEvent<string>) => {
    const { host } = new URL(event.origin);
    if (host !== 'widget.chatvendor.example') return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') onClosed(data.transactionReference);
  };
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
}
