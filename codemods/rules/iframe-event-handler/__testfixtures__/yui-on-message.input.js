// YUI 3: Y.on('message', fn, Y.config.win) listens on the window; the DOMEventFacade keeps the MessageEvent as e._event.
YUI().use('node', 'event', 'json-parse', function (Y) {
  Y.on('message', function (e) {
    var evt = e._event;
    if (evt.origin.indexOf('netverify.com') === -1) {
      return;
    }
    var data = Y.JSON.parse(evt.data);
    if (data.payload.value === 'success') {
      Y.one('#kyc-reference').set('value', data.transactionReference);
    }
  }, Y.config.win);
});
