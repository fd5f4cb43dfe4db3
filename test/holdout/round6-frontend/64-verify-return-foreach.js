// Identity check return page: copies the redirect parameters into the hidden form fields.
const form = document.getElementById('kyc-result-form');
new URLSearchParams(window.location.search).forEach((value, key) => {
  if (key === 'transactionStatus') form.elements.status.value = value;
  if (key === 'transactionReference') form.elements.reference.value = value;
  if (key === 'errorCode') form.elements.code.value = value;
});
form.submit();
