// Onfido / Veriff iframe events in a multi-provider page
window.addEventListener('message', function (event) {
  if (event.origin !== 'https://magic.veriff.me') return;
  var data = JSON.parse(event.data);
  if (data.payload && data.payload.value === 'FINISHED') {
    window.location.href = '/done?ref=' + data.transactionReference;
  }
});
