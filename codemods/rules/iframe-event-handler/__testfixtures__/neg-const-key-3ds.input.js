// 3-D Secure challenge (card issuer's ACS): the result's key is kept in one place.
const REFERENCE_KEY = 'transactionReference';

export function listenForChallenge(acsOrigin, onDone) {
  const onMessage = (event) => {
    if (event.origin !== acsOrigin) return;
    const data = JSON.parse(event.data);
    if (data.payload.value !== 'success') return;
    onDone(data[REFERENCE_KEY]);
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
