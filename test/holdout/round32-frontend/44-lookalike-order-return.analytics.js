// Script of /checkout/return, the page the card processor sends the browser back to after the payment page. The
// page shows a spinner only: this script records the outcome in GA4 and then moves on. The move waits for gtag's
// event_callback, or 1.5 s when gtag never answers (an ad blocker), so the "Payment returned" report is complete.
(function () {
  var params = new URL(window.location.href).searchParams;
  var status = params.get('transactionStatus');
  var reference = params.get('transactionReference');
  var errorCode = params.get('errorCode');

  var next = '/checkout/payment-failed';
  if (status === 'APPROVED') {
    next = '/checkout/thank-you';
  } else if (status === 'DECLINED' && errorCode === '51') {
    next = '/checkout/insufficient-funds';
  }

  var line = document.getElementById('order-return-status');
  if (line) line.textContent = status === 'APPROVED' ? 'Payment received. One moment…' : 'One moment…';

  var moved = false;
  function moveOn() {
    if (moved) return;
    moved = true;
    window.location.replace(next + (reference ? '?order=' + encodeURIComponent(reference) : ''));
  }

  window.dataLayer = window.dataLayer || [];
  function gtag() {
    window.dataLayer.push(arguments);
  }

  gtag('event', 'payment_returned', {
    payment_status: status || 'UNKNOWN',
    payment_reference: reference || '',
    decline_code: errorCode || '',
    event_callback: moveOn,
    event_timeout: 1500,
  });
  if (window.Sentry) {
    window.Sentry.addBreadcrumb({ category: 'order-return', message: status, data: { errorCode: errorCode } });
  }
  setTimeout(moveOn, 1500);
})();
