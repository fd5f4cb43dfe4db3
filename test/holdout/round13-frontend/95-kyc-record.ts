// Netverify frame events read as a plain record (no event type shared with the rest of the app).
type UnknownRecord = Record<string, unknown>;
const isRecord = (v: unknown): v is UnknownRecord => typeof v === 'object' && v !== null;

export function startKycListener(onVerified: (reference: string) => void): () => void {
  const listener = (e: MessageEvent<string>) => {
    if (!e.origin.endsWith('.netverify.com')) return;
    const msg: unknown = JSON.parse(e.data);
    if (!isRecord(msg) || !isRecord(msg['payload'])) return;
    if (msg['payload']['value'] === 'success') onVerified(String(msg['transactionReference']));
  };
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}
