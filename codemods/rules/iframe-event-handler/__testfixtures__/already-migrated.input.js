window.addEventListener('message', (event) => {
  if (!event.origin.endsWith('.jumio.ai')) return;
  const data = JSON.parse(event.data);
  console.log(data.workflowExecutionId, data.accountId, data.payload.value);
});
