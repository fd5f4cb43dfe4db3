// A copy that sets an event field itself is not the event: it stays an escape (flagged), its reads kept.
window.addEventListener('message', function (event) {
  if (event.origin.indexOf('jumio.ai') === -1) return;
  var data = JSON.parse(event.data);
  // TODO(netverify-migrate): iframe-event-handler: the parsed Jumio event is passed on to { ...data, transactionReference: 'local-' + Date.now() }: code that reads its transactionReference must read workflowExecutionId (and accountId is new)
  var record = { ...data, transactionReference: 'local-' + Date.now() };
  store(record.transactionReference, data.payload.value);
});
