// Klarna payment widget events read as a plain record.
type UnknownRecord = Record<string, unknown>;
const isRecord = (v: unknown): v is UnknownRecord => typeof v === 'object' && v !== null;

export function startKlarnaListener(onPaid: (reference: string) => void): () => void {
  const listener = (e: MessageEvent<string>) => {
    if (!e.origin.endsWith('.klarna.com')) return;
    const msg: unknown = JSON.parse(e.data);
    if (!isRecord(msg) || !isRecord(msg['payload'])) return;
    if (msg['payload']['value'] === 'success') onPaid(String(msg['transactionReference']));
  };
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}
