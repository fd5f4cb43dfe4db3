// The origin check sits in a small predicate the handler calls: it must move to KYX with the reads.
const isVerificationOrigin = (o) => o.endsWith('.netverify.com');

function trustedHost(origin) {
  return /^https:\/\/[a-z0-9-]+\.netverify\.com$/.test(origin);
}

window.addEventListener('message', function (event) {
  if (!isVerificationOrigin(event.origin)) return;
  const data = JSON.parse(event.data);
  document.getElementById('ref').textContent = data.transactionReference;
});

window.addEventListener('message', ({ data, origin }) => {
  if (!trustedHost(origin)) return;
  const msg = JSON.parse(data);
  if (msg.payload.value === 'success') sessionStorage.setItem('kycRef', msg.transactionReference);
});
