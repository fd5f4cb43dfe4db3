// Older widget code: other frames post to this page too, so the Jumio messages are picked out by their text first.
var JUMIO_MESSAGE = /"workflowExecutionId"\s*:/;

window.addEventListener('message', function (e) {
  if (e.origin.indexOf('.jumio.ai') === -1) return;
  if (typeof e.data !== 'string' || !JUMIO_MESSAGE.test(e.data)) return;
  if (e.data.indexOf('workflowExecutionId') === -1) return;
  var msg = JSON.parse(e.data);
  if (msg.payload.value === 'success') document.getElementById('ref').value = msg.workflowExecutionId;
}, false);
