import TRUSTED from './support/kyx-origins';

window.addEventListener('message', (event) => {
  if (!TRUSTED.includes(event.origin)) return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') sessionStorage.setItem('kycRef', data.workflowExecutionId);
});
