// VanJS (loaded by a script tag): the identity check's web client, built with van.tags.iframe.
function kycFrame(redirectUrl) {
  return van.tags.iframe({ src: redirectUrl, allow: 'camera; fullscreen; accelerometer; gyroscope; magnetometer', allowfullscreen: true });
}

window.addEventListener('message', function (e) {
  if (e.origin.indexOf('netverify.com') === -1) return;
  var data = JSON.parse(e.data);
  document.getElementById('kyc-status').textContent = data.payload.value + ' ' + data.transactionReference;
});

document.getElementById('kyc').append(kycFrame(window.KYC_URL));
