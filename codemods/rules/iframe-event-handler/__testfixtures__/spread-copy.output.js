window.addEventListener('message', function (event) {
  if (event.origin.indexOf('jumio.ai') === -1) return;
  let data;
  data = JSON.parse(event.data);
  const copy = { ...data };
  const stamped = { ...data, receivedAt: Date.now() };
  saveRef(copy.workflowExecutionId, data.workflowExecutionId);
  // TODO(netverify-migrate): iframe-event-handler: the parsed Jumio event is passed on to queue.push: code that reads its transactionReference must read workflowExecutionId (and accountId is new)
  queue.push(stamped);
});
