// The variable holds an iframe in one branch and a new tab's window in the other: not known to be an iframe.
var KycPanel = (function () {
  var target = null;

  function receive(event) {
    if (event.origin.indexOf('.netverify.com') === -1) return;
    var msg = JSON.parse(event.data);
    if (msg.payload.value === 'success') console.log(msg.transactionReference);
  }

  function open(link, inline) {
    if (inline) {
      target = document.createElement('iframe');
    } else {
      target = document.createElement('div');
    }
    target.src = link;
    document.body.appendChild(target);
    window.addEventListener('message', receive);
  }

  return { open: open };
})();
