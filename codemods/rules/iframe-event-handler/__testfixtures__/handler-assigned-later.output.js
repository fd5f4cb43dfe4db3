// A widget keeps its listener in a variable of the module: open() sets it and attaches it, close() resets it.
var IdentityWidget = (function () {
  var handler = null;
  function open(done) {
    handler = function (event) {
      if (event.origin.indexOf('.jumio.ai') === -1) return;
      var data = JSON.parse(event.data);
      if (data.payload.value === 'success') done(data.workflowExecutionId);
    };
    window.addEventListener('message', handler);
  }
  function close() {
    window.removeEventListener('message', handler);
    handler = null;
  }
  return { open: open, close: close };
})();
