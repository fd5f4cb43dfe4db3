// Account area (YUI 3): listens to the Netverify identity frame and stores the reference in the form.
YUI().use('node', 'event', 'json-parse', function (Y) {
  Y.on('message', function (e) {
    var evt = e._event;
    if (evt.origin.indexOf('netverify.com') === -1) {
      return;
    }
    var data = Y.JSON.parse(evt.data);
    if (data.payload.value === 'success') {
      Y.one('#kyc-reference').set('value', data.transactionReference);
      Y.one('#kyc-form').submit();
    } else if (data.payload.value === 'error') {
      Y.one('#kyc-error').setHTML('Verification failed (' + data.payload.metainfo.code + ')');
    }
  }, Y.config.win);
});
