// The page's listeners all go through guarded(): a listener that throws is reported, not left to kill the others.
function guarded(label, listener) {
  return function (evt) {
    try {
      listener(evt);
    } catch (err) {
      window.console.error('[' + label + '] listener failed', err);
    }
  };
}

function onVerificationMessage(event) {
  if (event.origin.indexOf('.netverify.com') === -1) return;
  var data = JSON.parse(event.data);
  if (data.payload.value === 'success') {
    document.getElementById('verification-reference').value = data.transactionReference;
    document.getElementById('verification-form').submit();
  }
}

window.addEventListener('message', guarded('verification', onVerificationMessage));

// Not a pass-through: the wrapper reads the event itself, so what it returns is the listener (left as it is today).
function logged(listener) {
  return function (evt) {
    window.console.debug('message from', evt.origin);
    listener(evt);
  };
}

function onChatMessage(event) {
  if (event.origin !== 'https://widget.intercom.io') return;
  window.console.log(event.data);
}

window.addEventListener('message', logged(onChatMessage));
