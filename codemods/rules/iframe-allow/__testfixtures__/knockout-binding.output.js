/* global ko */
// <iframe data-bind="jumioFrame: { url: verificationUrl, done: onVerified }">: the binding configures its element
// and listens to the web client. The meeting binding below asks for the camera too, but handles nothing of Jumio.
ko.bindingHandlers.jumioFrame = {
  init: function (element, valueAccessor) {
    var options = ko.unwrap(valueAccessor());
    element.setAttribute('allow', 'camera; fullscreen; accelerometer; gyroscope; magnetometer');
    element.setAttribute('allowfullscreen', '');

    function onMessage(e) {
      if (!/\.netverify\.com$/.test(e.origin)) return;
      var data = JSON.parse(e.data);
      if (data.payload && data.payload.value === 'success') options.done(data.transactionReference);
    }
    window.addEventListener('message', onMessage);
  },
  update: function (element, valueAccessor) {
    element.src = ko.unwrap(ko.unwrap(valueAccessor()).url);
  },
};

ko.bindingHandlers.meetingFrame = {
  init: function (element, valueAccessor) {
    element.setAttribute('allow', 'camera;microphone;fullscreen');
    element.src = ko.unwrap(valueAccessor()).roomUrl;
  },
};
