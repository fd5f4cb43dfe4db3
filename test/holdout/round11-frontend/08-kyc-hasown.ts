// Identity verification events (GCOX-style guard: only Jumio's events carry the reference).
export function attachKycListener(onVerified: (ref: string) => void, onFailed: (code: number) => void): () => void {
  const handler = (event: MessageEvent) => {
    let data: any;
    try {
      data = JSON.parse(String(event.data));
    } catch {
      return;
    }
    if (!Object.hasOwn(data, 'transactionReference')) return;
    if (data.payload.value === 'loaded') return;
    if (data.payload.value === 'success') onVerified(data.transactionReference);
    else onFailed(data.payload.metainfo.code);
  };
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
}
