// Identity check frame events (Netverify web client). The reference's key is kept in one place.
const REFERENCE_KEY = 'transactionReference';
const TRACKED_KEY = 'transactionReference';

export function listenForKyc(onVerified, track) {
  const onMessage = (event) => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value !== 'success') return;
    track(TRACKED_KEY, data[TRACKED_KEY]);
    onVerified(data[REFERENCE_KEY]);
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
