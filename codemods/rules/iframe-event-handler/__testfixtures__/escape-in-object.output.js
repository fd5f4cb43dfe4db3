// The parsed event is re-dispatched as a DOM event: listeners elsewhere read e.detail.transactionReference.
window.addEventListener('message', function (event) {
  var data = JSON.parse(event.data);
  if (data.eventType !== 510) return;
  localStorage.setItem('transactionReference', data.workflowExecutionId);
  // TODO(netverify-migrate): iframe-event-handler: the parsed Jumio event is passed on to { detail: data }: code that reads its transactionReference must read workflowExecutionId (and accountId is new)
  window.dispatchEvent(new CustomEvent('jumio', { detail: data }));
});
