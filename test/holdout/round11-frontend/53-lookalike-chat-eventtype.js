// Support chat widget: it posts { eventType, payload: { value } } to resize and report state.
const chat = document.getElementById('support-chat');

window.addEventListener('message', (event) => {
  if (event.source !== chat.contentWindow) return;
  const data = JSON.parse(event.data);
  if (data.eventType === 'resize') chat.style.height = `${data.payload.value}px`;
  if (data.eventType === 'state' && data.payload.value === 'loaded') chat.classList.add('ready');
  if (data.transactionReference) console.debug('chat ticket', data.transactionReference);
});
