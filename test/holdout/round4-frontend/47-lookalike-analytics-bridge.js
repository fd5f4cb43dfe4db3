// Embedded widgets (checkout, chat) report funnel steps to the host page, which forwards them to GA4.
window.addEventListener('message', function (e) {
  if (!e.data || e.data.type !== 'analytics') return;
  var payload = e.data.payload || {};
  window.gtag('event', payload.value, {
    transaction_id: e.data.transactionReference,
    value: payload.amount,
    currency: payload.currency,
  });
});
