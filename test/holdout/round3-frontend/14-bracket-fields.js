// Jumio events arrive as JSON strings; old IE builds choke on some keywords so the original author used brackets.
var KycEvents = {
  init: function (opts) {
    this.onDone = opts.onDone;
    this.onFail = opts.onFail;
    window.addEventListener('message', this.receive.bind(this), false);
  },

  receive: function (event) {
    var data;
    try {
      data = window['JSON']['parse'](event['data']);
    } catch (err) {
      return;
    }
    switch (data['eventType']) {
      case 510:
        var value = data['payload']['value'];
        if (value === 'success') {
          this.onDone(data['transactionReference'], data['dateTime']);
        } else if (value === 'error') {
          this.onFail(data['payload']['metainfo']['code']);
        }
        break;
      default:
        break;
    }
  }
};
