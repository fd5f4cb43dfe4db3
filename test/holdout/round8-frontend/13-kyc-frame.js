// Legacy identity frame (ES5, no build step).
(function (win, doc) {
  'use strict';

  var FEATURES = ['camera', 'fullscreen'];

  function createFrame(url) {
    var frame = doc.createElement('iframe');
    frame.setAttribute('src', url);
    frame.setAttribute('allow', FEATURES.join(';'));
    frame.setAttribute('allowfullscreen', 'true');
    doc.getElementById('kyc').appendChild(frame);
    return frame;
  }

  function onMessage(event) {
    if (!/\.netverify\.com$/.test(event.origin)) return;
    var data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      doc.getElementById('kyc-ref').value = data.transactionReference;
      doc.getElementById('kyc-form').submit();
    }
  }

  win.addEventListener('message', onMessage, false);
  win.KycFrame = { create: createFrame };
})(window, document);
