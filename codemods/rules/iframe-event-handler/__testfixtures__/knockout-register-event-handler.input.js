// Knockout: ko.utils.registerEventHandler(window, 'message', fn) attaches fn to the window (round 47).
ko.bindingHandlers.webClientFrame = {
  init: function (element, valueAccessor) {
    var options = valueAccessor();
    ko.utils.registerEventHandler(window, 'message', function (event) {
      if (event.origin !== 'https://acme.lon.netverify.com') return;
      var data = JSON.parse(event.data);
      if (data.payload.value === 'success') options.onVerified(data.transactionReference);
    });
    // An element's own message event is not the window's.
    ko.utils.registerEventHandler(element, 'message', function (event) {
      var data = JSON.parse(event.data);
      options.onOther(data.transactionReference);
    });
  }
};
