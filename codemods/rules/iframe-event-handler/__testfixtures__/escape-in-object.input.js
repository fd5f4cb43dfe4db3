// The parsed event is re-dispatched as a DOM event: listeners elsewhere read e.detail.transactionReference.
window.addEventListener('message', function (event) {
  var data = JSON.parse(event.data);
  if (data.eventType !== 510) return;
  localStorage.setItem('transactionReference', data.transactionReference);
  window.dispatchEvent(new CustomEvent('jumio', { detail: data }));
});
