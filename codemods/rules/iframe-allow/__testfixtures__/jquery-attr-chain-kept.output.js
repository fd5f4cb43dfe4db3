/* global jQuery */
// The frame's allow list is set inside a chain whose value is kept (`this.$frame = $('#kyc-frame').attr('allow', …)`),
// beside a proven handler: the list is completed and allowfullscreen is chained onto the same call (.attr() returns
// the same jQuery object), where a statement after it could not go (hold-out round 20 front end, 02).
(function ($) {
  var KycStep = {
    init: function () {
      this.$frame = $('#kyc-frame').attr('allow', 'camera; fullscreen; accelerometer; gyroscope; magnetometer').attr('allowfullscreen', '');
      $(window).on('message.kyc', $.proxy(this.onMessage, this));
      return this;
    },
    onMessage: function (e) {
      var evt = e.originalEvent;
      if (evt.origin.indexOf('netverify.com') === -1) return;
      var data = JSON.parse(evt.data);
      if (data.payload.value === 'success') $('#kyc-reference').val(data.transactionReference);
    },
  };
  window.KycStep = KycStep.init();
})(jQuery);
