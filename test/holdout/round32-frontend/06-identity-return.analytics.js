// Script of /onboarding/identity/return, the page the identity check sends the browser back to. The page shows a
// spinner only: this script records the outcome in GA4 and then moves on. The move waits for gtag's event_callback,
// or 1.5 s when gtag never answers (an ad blocker), so the "Identity check returned" report is complete.
(function () {
  var params = new URL(window.location.href).searchParams;
  var status = params.get('transactionStatus');
  var reference = params.get('transactionReference');
  var errorCode = params.get('errorCode');

  var next = '/onboarding/identity/failed';
  if (status === 'SUCCESS') {
    next = '/onboarding/address';
  } else if (errorCode === '9836') {
    next = '/onboarding/identity/help';
  }

  var line = document.getElementById('identity-return-status');
  if (line) line.textContent = status === 'SUCCESS' ? 'Identity verified. One moment…' : 'One moment…';

  var moved = false;
  function moveOn() {
    if (moved) return;
    moved = true;
    window.location.replace(next + (reference ? '?ref=' + encodeURIComponent(reference) : ''));
  }

  window.dataLayer = window.dataLayer || [];
  function gtag() {
    window.dataLayer.push(arguments);
  }

  gtag('event', 'identity_check_returned', {
    identity_status: status || 'UNKNOWN',
    identity_reference: reference || '',
    identity_error_code: errorCode || '',
    event_callback: moveOn,
    event_timeout: 1500,
  });
  if (window.Sentry) {
    window.Sentry.addBreadcrumb({ category: 'identity-return', message: status, data: { errorCode: errorCode } });
  }
  setTimeout(moveOn, 1500);
})();
