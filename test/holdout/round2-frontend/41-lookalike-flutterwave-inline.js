// Inline checkout: the payment widget posts its result from its own iframe.
export function listenForCheckout(onPaid, onFailed) {
  function onMessage(event) {
    if (event.origin !== 'https://checkout.flutterwave.com') return;
    let data;
    try {
      data = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    if (data.payload && data.payload.value === 'success') {
      onPaid(data.transactionReference);
    } else if (data.payload && data.payload.value === 'error') {
      onFailed(data.payload.metainfo && data.payload.metainfo.code);
    }
  }
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
