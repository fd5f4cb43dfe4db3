// Knockout: ko.utils.registerEventHandler(window, 'message', fn) attaches fn to the window (round 47).
ko.bindingHandlers.webClientFrame = {
  init: function (element, valueAccessor) {
    var options = valueAccessor();
    ko.utils.registerEventHandler(window, 'message', function (event) {
      if (event.origin !== 'https://acme.web.emea-1.jumio.ai') return;
      var data = JSON.parse(event.data);
      if (data.payload.value === 'success') options.onVerified(data.workflowExecutionId);
    });
    // An element's own message event is not the window's.
    ko.utils.registerEventHandler(element, 'message', function (event) {
      var data = JSON.parse(event.data);
      options.onOther(data.transactionReference);
    });
  }
};
