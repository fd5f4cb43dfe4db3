// The page parses every frame message through one helper; the Jumio handler and a chat widget's both use it.
function parseEvent(e) {
  return typeof e.data === 'string' ? JSON.parse(e.data) : e.data;
}

window.addEventListener('message', function (event) {
  if (event.origin.indexOf('.netverify.com') < 0) return;
  var d = parseEvent(event);
  if (d.payload.value === 'success') {
    $('#auth-ref').val(d.transactionReference);
    $('#auth-form').submit();
  }
});

window.addEventListener('message', function (event) {
  if (event.origin !== 'https://chat.widget.example') return;
  var msg = parseEvent(event);
  if (msg.transactionReference) trackChat(msg.transactionReference);
});
