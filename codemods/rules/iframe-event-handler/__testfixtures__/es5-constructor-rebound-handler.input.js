// Identity check widget (ES5, loaded with a <script> tag).
var IdentityWidget = (function () {
  function IdentityWidget(el, onDone) {
    this.el = el;
    this.onDone = onDone;
    // keep `this` when the browser calls the handler
    this.handleMessage = this.handleMessage.bind(this);
  }

  IdentityWidget.prototype.start = function (url) {
    this.el.innerHTML = '<iframe src="' + url + '" width="100%" height="640"></iframe>';
    window.addEventListener('message', this.handleMessage);
  };

  IdentityWidget.prototype.handleMessage = function (e) {
    if (!/\.netverify\.com$/.test(new URL(e.origin).hostname)) return;
    var msg = typeof e.data === 'string' ? JSON.parse(e.data) : e.data;
    if (msg.payload.value === 'success') {
      window.removeEventListener('message', this.handleMessage);
      this.onDone(msg.transactionReference);
    }
  };

  return IdentityWidget;
})();
