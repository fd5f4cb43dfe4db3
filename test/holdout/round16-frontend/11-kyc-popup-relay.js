// Identity-check popup: relays the frame's result to the tab that started the flow.
const channel = new BroadcastChannel('kyc-result');

window.addEventListener('message', (event) => {
  if (!event.origin.includes('netverify.com')) return;
  let data;
  try {
    data = JSON.parse(event.data);
  } catch {
    return;
  }
  if (data.payload.value === 'loaded') return;
  channel.postMessage({
    outcome: data.payload.value,
    reference: data.transactionReference,
    code: data.payload.metainfo?.code ?? null,
  });
  if (data.payload.value === 'success') window.close();
});
