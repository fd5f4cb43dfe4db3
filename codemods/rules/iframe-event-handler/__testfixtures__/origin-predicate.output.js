// The origin check sits in a small predicate the handler calls: it must move to KYX with the reads.
const isVerificationOrigin = (o) => o.endsWith('.jumio.ai');

function trustedHost(origin) {
  return /^https:\/\/[a-z0-9-]+\.web\.(?:amer-1|emea-1|apac-1)\.jumio\.ai$/.test(origin);
}

window.addEventListener('message', function (event) {
  if (!isVerificationOrigin(event.origin)) return;
  const data = JSON.parse(event.data);
  document.getElementById('ref').textContent = data.workflowExecutionId;
});

window.addEventListener('message', ({ data, origin }) => {
  if (!trustedHost(origin)) return;
  const msg = JSON.parse(data);
  if (msg.payload.value === 'success') sessionStorage.setItem('kycRef', msg.workflowExecutionId);
});
