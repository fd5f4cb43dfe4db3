// Page side of the checkout: hands the payment widget's result to the service worker for offline sync.
window.addEventListener('message', (event) => {
  if (event.origin !== 'https://checkout.paystack.com') return;
  const data = JSON.parse(event.data);
  if (data.status !== 'success') return;
  navigator.serviceWorker.controller?.postMessage({ type: 'payment', reference: data.transactionReference, amount: data.amount });
});
