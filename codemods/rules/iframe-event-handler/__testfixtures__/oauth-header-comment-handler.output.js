// Onboarding: the user signs in with OAuth first, then completes the identity check in the embedded frame.
window.addEventListener('message', function (event) {
  var data = JSON.parse(event.data);
  if (data.payload && data.payload.value === 'success') {
    fetch('/api/verification/done', { method: 'POST', body: JSON.stringify({ ref: data.workflowExecutionId }) });
  } else if (data.payload && data.payload.value === 'error') {
    showError(data.payload.metainfo && data.payload.metainfo.code);
  }
});
