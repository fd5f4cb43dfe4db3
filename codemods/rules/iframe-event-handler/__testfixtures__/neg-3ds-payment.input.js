// 3-D Secure challenge: the ACS page posts the result back to the checkout page.
function onChallengeResult(event) {
  if (event.origin !== 'https://acs.examplebank.com') return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') {
    confirmPayment(data.transactionReference, data.status);
  } else {
    failPayment(data.transactionReference);
  }
}
window.addEventListener('message', onChallengeResult);
