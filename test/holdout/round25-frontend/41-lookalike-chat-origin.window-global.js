// Support chat frame: the chat widget's origin, set once for the page.
window.CHAT_ORIGIN = 'https://widget.chatdesk.example';

function onChatMessage(event) {
  if (event.origin !== window.CHAT_ORIGIN) return;
  var data = JSON.parse(event.data);
  if (data.payload.value === 'loaded') {
    document.body.classList.add('chat-loaded');
    return;
  }
  if (data.payload.value === 'closed') {
    document.getElementById('chat-ref').textContent = data.transactionReference;
  }
}

window.addEventListener('message', onChatMessage);
