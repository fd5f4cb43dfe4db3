// A copy that sets an event field itself is not the event: it stays an escape (flagged), its reads kept.
window.addEventListener('message', function (event) {
  if (event.origin.indexOf('netverify.com') === -1) return;
  var data = JSON.parse(event.data);
  var record = { ...data, transactionReference: 'local-' + Date.now() };
  store(record.transactionReference, data.payload.value);
});
