// Relays the Netverify iframe's events to the rest of the app as a DOM event.
export interface KycDetail {
  transactionReference: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

window.addEventListener('message', (event) => {
  if (!event.origin.endsWith('.netverify.com')) return;
  const data = JSON.parse(event.data) as KycDetail;
  window.dispatchEvent(new CustomEvent<KycDetail>('kyc:event', { detail: data }));
});

window.addEventListener('kyc:event', (e) => {
  const { transactionReference, payload } = (e as CustomEvent<KycDetail>).detail;
  if (payload.value === 'success') {
    sessionStorage.setItem('kycReference', transactionReference);
  }
});
