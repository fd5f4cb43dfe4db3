/* KYC widget for the partner portal (ES5, no build step): shows the identity check in a frame inside `container`. */
(function (window, document) {
  'use strict';

  function KycWidget(container, options) {
    this.container = container;
    this.options = options || {};
    this.frame = null;
    this._onMessage = this._onMessage.bind(this);
  }

  KycWidget.prototype.open = function (frameUrl) {
    var frame = document.createElement('iframe');
    frame.src = frameUrl;
    frame.width = '100%';
    frame.height = '660';
    frame.allow = 'camera;fullscreen';
    frame.className = 'kyc-widget__frame';
    this.container.appendChild(frame);
    this.frame = frame;
    window.addEventListener('message', this._onMessage, false);
  };

  KycWidget.prototype.close = function () {
    window.removeEventListener('message', this._onMessage, false);
    if (this.frame) this.container.removeChild(this.frame);
    this.frame = null;
  };

  KycWidget.prototype._onMessage = function (event) {
    if (event.origin.indexOf('.netverify.com') !== -1) {
      var data = JSON.parse(event.data);
      if (data.payload.value === 'success') {
        this.close();
        if (this.options.onSuccess) this.options.onSuccess(data.transactionReference);
      } else if (data.payload.value === 'error') {
        if (this.options.onError) this.options.onError(data.payload.metainfo.code);
      }
    }
  };

  window.KycWidget = KycWidget;
})(window, document);
