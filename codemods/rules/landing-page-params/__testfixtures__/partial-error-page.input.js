const params = new URLSearchParams(window.location.search);
const reference = params.get('transactionReference');
const code = params.get('errorCode');
document.querySelector('#msg').textContent = `Reference ${reference} failed with ${code}`;
