// Jumio iFrame logging: maps the client's error codes to our messages.
const messages = {
  9100: 'Server error, please try again.',
  9200: 'Your session expired.',
  9820: 'We cannot access your camera.',
  9836: 'Too many attempts.',
};

function onJumioEvent(event) {
  let data;
  try {
    data = JSON.parse(event.data);
  } catch (e) {
    return;
  }
  if (!('transactionReference' in data)) return;
  const { transactionReference, payload } = data;
  const { transactionReference: ref } = data;
  sessionStorage.setItem('jumio.ref', ref);
  if (payload.value !== 'error') {
    report(transactionReference, payload.value);
    return;
  }
  switch (payload.metainfo.code) {
    case 9100:
    case 9200:
    case 9820:
      show(messages[payload.metainfo.code]);
      break;
    case 9836:
      show('Too many attempts.');
      break;
    default:
      show('Something went wrong (' + payload.metainfo.code + ').');
  }
}

function report(reference, value) {
  navigator.sendBeacon('/jumio/events', JSON.stringify({ reference, value }));
}

function show(text) {
  document.getElementById('jumio-message').textContent = text;
}

window.addEventListener('message', onJumioEvent);
