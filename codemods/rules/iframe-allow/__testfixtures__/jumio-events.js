// Support file for linked-script-page.input.html (not a fixture itself).
function receiveMessage(event) {
  var data = window.JSON.parse(event.data);
  if (data.payload.value === 'error') {
    console.log('code', data.payload.metainfo.code);
  }
  console.log('transaction reference:', data.transactionReference);
}
window.addEventListener('message', receiveMessage, false);
