// One listener for every embedded widget on the page.
window.addEventListener('message', function (event) {
  var data = JSON.parse(event.data);
  if (data.source === 'chat') {
    openChat(data.room);
    return;
  }
  console.log('jumio', data.eventType, data.payload.value, data.payload.metainfo);
  saveReference(data.transactionReference);
});
