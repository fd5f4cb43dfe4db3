// 3-D Secure challenge result (card issuer's ACS frame): the payload is split off, the rest is stored.
export function attachChallengeListener(save: (ref: string, at: string) => void): void {
  window.addEventListener('message', (event: MessageEvent<string>) => {
    if (!event.origin.endsWith('.acs.cardissuer.example')) return;
    const { payload, ...meta } = JSON.parse(event.data);
    if (payload.value !== 'success') return;
    save(meta.transactionReference, meta.dateTime);
  });
}
