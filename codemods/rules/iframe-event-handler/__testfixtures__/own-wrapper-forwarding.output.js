// The page's listeners all go through guarded(): a listener that throws is reported, not left to kill the others.
function guarded(label, listener) {
  return function (evt) {
    try {
      listener.call(this, evt);
    } catch (err) {
      window.console.error('[' + label + '] listener failed', err);
    }
  };
}

function onVerificationMessage(event) {
  if (event.origin.indexOf('.jumio.ai') === -1) return;
  var data = JSON.parse(event.data);
  if (data.payload.value === 'success') {
    document.getElementById('verification-reference').value = data.workflowExecutionId;
    document.getElementById('verification-form').submit();
  }
}

window.addEventListener('message', guarded('verification', onVerificationMessage));

// An ES5 wrapper handing on its arguments.
function safely(fn) {
  return function () {
    try {
      return fn.apply(this, arguments);
    } catch (err) {
      window.console.error(err);
    }
  };
}

function onStatusMessage(e) {
  if (!/\.web\.(?:amer-1|emea-1|apac-1)\.jumio\.ai$/.test(e.origin)) return;
  var message = JSON.parse(e.data);
  window.sessionStorage.setItem('kyc-reference', message.workflowExecutionId);
}

window.addEventListener('message', safely(onStatusMessage));

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
