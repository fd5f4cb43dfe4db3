// Polymer 1/2: this.listen(window, 'message', '_onFrameMessage') names a method of the element's config (round 47).
Polymer({
  is: 'identity-frame',
  attached: function () {
    this.listen(window, 'message', '_onFrameMessage');
  },
  detached: function () {
    this.unlisten(window, 'message', '_onFrameMessage');
  },
  _onFrameMessage: function (e) {
    if (!/^https:\/\/[a-z0-9-]+\.netverify\.com$/.test(e.origin)) return;
    var data = JSON.parse(e.data);
    if (data.payload.value === 'success') this.fire('identity-verified', { reference: data.transactionReference });
  },
  // Another element's events: a listener named by a method that is not there attaches nothing.
  _onOther: function (e) { console.log(e.data); }
});
