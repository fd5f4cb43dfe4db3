// A payment page: the same kind of generic parse helper, for a 3-D Secure frame. Not Jumio: untouched.
type ThreeDsMessage = { transactionReference: string; payload: { value: 'success' | 'error' } };

function safeParse<T>(raw: unknown): T | null {
  try {
    return typeof raw === 'string' ? (JSON.parse(raw) as T) : (raw as T);
  } catch {
    return null;
  }
}

window.addEventListener('message', (e: MessageEvent) => {
  if (e.origin !== 'https://acs.issuer.example') return;
  const msg = safeParse<ThreeDsMessage>(e.data);
  if (msg?.payload.value === 'success') confirmPayment(msg.transactionReference);
});

declare function confirmPayment(ref: string): void;
