// Identity step events (Netverify): the payload is split off, the rest is what we store.
export function attachKycListener(save: (ref: string, at: string) => void): void {
  window.addEventListener('message', (event: MessageEvent<string>) => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const { payload, ...meta } = JSON.parse(event.data);
    if (payload.value !== 'success') return;
    save(meta.transactionReference, meta.dateTime);
  });
}
