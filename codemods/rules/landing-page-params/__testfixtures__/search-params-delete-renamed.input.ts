// /verify/done: the success and error page of the identity check; it cleans the outcome out of the address bar.
const params = new URLSearchParams(window.location.search);
const status = params.get('transactionStatus');
const reference = params.get('transactionReference');

// A refresh must not replay the outcome; lang and utm_* stay on the URL.
params.delete('transactionStatus');
params.delete('transactionReference');
params.delete('errorCode');
const rest = params.toString();
history.replaceState(history.state, '', window.location.pathname + (rest ? `?${rest}` : ''));

if (status === 'SUCCESS') {
  document.getElementById('reference')!.textContent = reference ?? '';
} else {
  document.getElementById('retry')!.hidden = false;
}
