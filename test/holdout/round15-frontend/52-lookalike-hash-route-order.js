// Hash-routed SPA: the payment gateway returns to https://shop.example.com/#/order/done?transactionStatus=…
export function renderOrderDone(el) {
  const params = new URLSearchParams(window.location.hash.split('?')[1] || '');
  const status = params.get('transactionStatus');
  const reference = params.get('transactionReference');
  el.innerHTML = status === 'CAPTURED' ? `<h1>Order paid</h1><p>${reference}</p>` : '<h1>Payment failed</h1>';
}
