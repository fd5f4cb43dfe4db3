// Set by the page template for this tenant.
window.KYC_FRAME_ORIGIN = 'https://bank.netverify.com';

window.addEventListener('message', function (e) {
  if (e.origin !== window.KYC_FRAME_ORIGIN) return;
  var msg = JSON.parse(e.data);
  if (msg.payload.value === 'success') window.location.assign('/kyc/done?ref=' + encodeURIComponent(msg.transactionReference));
});
