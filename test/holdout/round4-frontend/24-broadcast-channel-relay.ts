// The verification runs in a popup tab; this relay hands the web client's events to the tab that opened it.
const channel = new BroadcastChannel('identity-verification');

window.addEventListener('message', (event: MessageEvent<string>) => {
  if (!event.origin.endsWith('.netverify.com')) return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'loaded') return;
  channel.postMessage(data);
  if (data.payload.value === 'success') window.close();
});

// In the opener tab.
export function onVerificationResult(cb: (ok: boolean, reference: string) => void): () => void {
  const listen = (e: MessageEvent) => {
    cb(e.data.payload.value === 'success', e.data.transactionReference);
  };
  channel.addEventListener('message', listen);
  return () => channel.removeEventListener('message', listen);
}
