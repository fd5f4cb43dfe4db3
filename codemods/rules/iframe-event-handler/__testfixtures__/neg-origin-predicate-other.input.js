// A payment frame whose origin check lives in a predicate: another vendor's host vetoes the handler, whatever
// Jumio-like fields it reads.
function fromPaymentFrame(origin) {
  return origin === 'https://secure.examplepay.com';
}

window.addEventListener('message', (event) => {
  if (!fromPaymentFrame(event.origin)) return;
  const data = JSON.parse(event.data);
  if (data.eventType === 510 && data.payload.value === 'success') {
    console.log('paid', data.transactionReference, data.dateTime);
  }
});
