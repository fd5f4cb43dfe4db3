// 3-D Secure: the issuer's challenge frame also posts a transactionReference; not Jumio, untouched.
window.addEventListener('message', function (e) {
  if (e.origin !== 'https://acs.issuer.example') return;
  if (typeof e.data !== 'string' || e.data.indexOf('transactionReference') < 0) return;
  var msg = JSON.parse(e.data);
  if (msg.payload && msg.payload.value === 'success') finishPayment(msg.transactionReference);
});
