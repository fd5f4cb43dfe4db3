// Support file for neg-imported-object-3ds.input.js (not a fixture itself): a 3-D Secure challenge's handlers.
export default {
  onMessage(event) {
    if (event.origin !== 'https://acs.cardissuer.example') return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') completePayment(data.transactionReference);
  },
};
