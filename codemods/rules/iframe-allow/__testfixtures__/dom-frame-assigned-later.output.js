// A widget keeps its frame in a variable of the module: `open()` creates it, `close()` resets it to null.
var KycPanel = (function () {
  var panel = null;
  var onDone = null;

  function receive(event) {
    if (event.origin.indexOf('.netverify.com') === -1) return;
    var msg = JSON.parse(event.data);
    if (msg.payload.value === 'success') onDone(msg.transactionReference);
  }

  function open(link, done) {
    onDone = done;
    panel = document.createElement('iframe');
    // TODO(netverify-migrate): iframe-allow: the KYX web client must not be injected at runtime: put its <iframe> in the page markup (vendor guide)
    panel.src = link;
    panel.allow = 'camera;fullscreen;accelerometer;gyroscope;magnetometer';
    panel.allowFullscreen = true;
    document.body.appendChild(panel);
    window.addEventListener('message', receive);
  }

  function close() {
    window.removeEventListener('message', receive);
    document.body.removeChild(panel);
    panel = null;
  }

  return { open: open, close: close };
})();
