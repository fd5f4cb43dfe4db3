// Identity check frame: the tenant's web client origin, set once for the page.
window.JUMIO_ORIGIN = 'https://acme.netverify.com';

function onIdentityMessage(event) {
  if (event.origin !== window.JUMIO_ORIGIN) return;
  var data = JSON.parse(event.data);
  if (data.payload.value === 'loaded') {
    document.body.classList.add('identity-loaded');
    return;
  }
  if (data.payload.value === 'success') {
    document.getElementById('identity-ref').textContent = data.transactionReference;
  }
}

window.addEventListener('message', onIdentityMessage);
