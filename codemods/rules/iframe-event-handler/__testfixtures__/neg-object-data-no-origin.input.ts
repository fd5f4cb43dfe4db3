// Object data with Jumio-looking fields but no origin check and no JSON.parse: not proven, left alone.
window.addEventListener('message', (event: MessageEvent<{ transactionReference: string; payload: { value: string } }>) => {
  const { data } = event;
  if (data.payload.value === 'success') localStorage.setItem('ref', data.transactionReference);
});
