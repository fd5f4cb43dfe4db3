// Onboarding: starts the identity check and inserts the web client's iFrame into the page.
async function startKyc(container) {
  const res = await fetch('/api/kyc/start', { method: 'POST' });
  const { url } = await res.json();
  container.insertAdjacentHTML('beforeend', `<iframe id="kyc-frame" src="${url}" allow="camera;fullscreen" allowfullscreen width="100%" height="660"></iframe>`);
}

window.addEventListener('message', function (e) {
  if (!e.origin.endsWith('.netverify.com')) return;
  var data = JSON.parse(e.data);
  if (data.payload.value === 'success') location.assign('/onboarding/done?ref=' + encodeURIComponent(data.transactionReference));
});

startKyc(document.getElementById('kyc'));
