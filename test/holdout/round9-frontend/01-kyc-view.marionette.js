// Identity step of the onboarding wizard: shows the Jumio web client and waits for its result.
import Marionette from 'backbone.marionette';
import _ from 'underscore';

export const KycView = Marionette.View.extend({
  className: 'kyc-step',

  template: _.template(
    '<div class="kyc-step__frame">' +
      '<iframe src="<%- redirectUrl %>" width="100%" height="660" allow="camera;fullscreen" allowfullscreen></iframe>' +
    '</div>'
  ),

  onAttach: function () {
    this._boundMessage = this.onMessage.bind(this);
    window.addEventListener('message', this._boundMessage, false);
  },

  onBeforeDestroy: function () {
    window.removeEventListener('message', this._boundMessage, false);
  },

  onMessage: function (event) {
    if (event.origin.indexOf('netverify.com') === -1) {
      return;
    }
    var data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      this.triggerMethod('kyc:verified', data.transactionReference);
    } else if (data.payload.value === 'error') {
      this.triggerMethod('kyc:failed', data.payload.metainfo && data.payload.metainfo.code);
    }
  }
});
