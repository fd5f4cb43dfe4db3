// verify-return.js -- loaded by /verify/return.html (Jumio's success and error URL)
(function () {
  var q = Object.fromEntries(new URLSearchParams(window.location.search));
  var { transactionStatus, transactionReference, errorCode } = q;

  var box = document.getElementById('result');
  if (transactionStatus === 'SUCCESS') {
    box.textContent = 'Identity submitted (' + transactionReference + ')';
  } else {
    box.textContent = 'Verification failed' + (errorCode ? ': ' + errorCode : '');
  }
})();
