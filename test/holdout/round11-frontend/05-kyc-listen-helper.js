// Tiny DOM helpers of the checkout-less onboarding bundle (no framework).
function listen(target, type, handler, options) {
  target.addEventListener(type, handler, options);
  return function unlisten() {
    target.removeEventListener(type, handler, options);
  };
}

function onKycMessage(event) {
  if (!/^https:\/\/acme\.netverify\.com$/.test(event.origin)) return;
  var data = JSON.parse(event.data);
  if (data.payload.value === 'success') {
    window.location.assign('/onboarding/next?ref=' + encodeURIComponent(data.transactionReference));
  }
}

var stopKyc = listen(window, 'message', onKycMessage);
document.getElementById('cancel-kyc').addEventListener('click', function () {
  stopKyc();
});
