// verify-return.js: the page Jumio redirects to after the identity check.
(function () {
  var search = window.location.search;
  var status = (/[?&]transactionStatus=([^&]*)/.exec(search) || [])[1];
  var reference = (/[?&]transactionReference=([^&]*)/.exec(search) || [])[1];
  var box = document.getElementById('verify-result');
  if (status === 'SUCCESS') {
    box.textContent = 'Thanks, your identity was verified (' + decodeURIComponent(reference) + ').';
  } else {
    box.textContent = 'Verification failed, please try again.';
  }
})();
