/* legacy onboarding page script, loaded by onboarding.html */
(function () {
  var statusEl = document.getElementById('kyc-status');

  window.onmessage = function (e) {
    var d = JSON.parse(e.data);
    if (d.eventType === 510) {
      statusEl.textContent = d.payload.value;
      if (d.payload.value === 'success') {
        document.getElementById('kyc-ref').value = d.transactionReference;
        document.getElementById('kyc-form').submit();
      }
    }
  };
})();
