// One listener for every embedded widget on the page.
// TODO(netverify-migrate): iframe-event-handler: this Jumio handler also reads source, room, which Jumio never sends: if it handles other senders' messages too, check that each workflowExecutionId rename is on a Jumio event
window.addEventListener('message', function (event) {
  var data = JSON.parse(event.data);
  if (data.source === 'chat') {
    openChat(data.room);
    return;
  }
  console.log('jumio', data.eventType, data.payload.value, data.payload.metainfo);
  saveReference(data.workflowExecutionId);
});
