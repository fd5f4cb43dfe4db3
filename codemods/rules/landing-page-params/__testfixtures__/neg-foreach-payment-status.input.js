// PayU return page: copies the gateway's parameters into the order form.
const form = document.getElementById('order-result-form');
let approved = false;
new URLSearchParams(window.location.search).forEach((value, key) => {
  if (key === 'transactionStatus') approved = value === 'APPROVED';
  if (key === 'transactionReference') form.elements.paymentRef.value = value;
});
form.elements.approved.value = String(approved);
form.submit();
