window.addEventListener('message', function (event) {
  if (event.origin.indexOf('jumio.ai') === -1) return;
  let data;
  data = JSON.parse(event.data);
  const copy = { ...data };
  // TODO(netverify-migrate): iframe-event-handler: the parsed Jumio event is passed on to { ...data, receivedAt: Date.now() }: code that reads its transactionReference must read workflowExecutionId (and accountId is new)
  const stamped = { ...data, receivedAt: Date.now() };
  saveRef(copy.workflowExecutionId, data.workflowExecutionId);
  queue.push(stamped);
});
