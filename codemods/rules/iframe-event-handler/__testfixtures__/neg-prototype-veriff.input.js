// Veriff InContext on a Prototype.js page: another vendor's origin vetoes the handler.
Event.observe(window, 'message', function (event) {
  if (event.origin !== 'https://magic.veriff.me') return;
  var data = event.data.evalJSON();
  if (data.status === 'FINISHED') $('veriff_session').setValue(data.transactionReference);
});
