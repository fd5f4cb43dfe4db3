// The posted string parsed with a fallback for a missing value.
window.addEventListener('message', function (event) {
  var data;
  try {
    data = JSON.parse(event?.data ?? '');
  } catch (e) {
    return;
  }
  if (data?.eventType === 510 && data?.payload?.value === 'success') saveReference(data?.workflowExecutionId);
});

window.onmessage = (e) => {
  if (!e.origin.endsWith('.jumio.ai')) return;
  const msg = JSON.parse(e.data || '{}');
  console.log('transaction reference:', msg.workflowExecutionId);
};

function saveReference(ref) {
  sessionStorage.setItem('kycRef', ref);
}
