// The same widget shape for a card challenge: its listener, set in open(), checks the payment provider's origin.
var ChallengeWidget = (function () {
  var handler = null;
  function open(done) {
    handler = function (event) {
      if (event.origin !== 'https://acs.cardbank.example') return;
      var data = JSON.parse(event.data);
      if (data.payload.value === 'success') done(data.transactionReference);
    };
    window.addEventListener('message', handler);
  }
  function close() {
    window.removeEventListener('message', handler);
    handler = null;
  }
  return { open: open, close: close };
})();
