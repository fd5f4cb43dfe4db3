// ES5 views write their templates as literals joined with +: the frame's tag is whole in one piece.
var KycView = Marionette.View.extend({
  template: _.template(
    '<div class="kyc">' +
      '<iframe src="<%- redirectUrl %>" width="100%" height="660" allow="camera;fullscreen" allowfullscreen></iframe>' +
    '</div>'
  ),
  onAttach: function () {
    window.addEventListener('message', this.onMessage.bind(this));
  },
  onMessage: function (event) {
    if (event.origin.indexOf('netverify.com') === -1) return;
    var data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.triggerMethod('verified', data.transactionReference);
  }
});

var HelpView = Backbone.View.extend({
  // A tag cut around a variable is not read (its allow list cannot be edited in place).
  template: '<iframe src="' + HELP_URL + '" allow="camera;fullscreen"></iframe>',
  // Another site's literal frame.
  footer: _.template('<p>Need help?</p>' + '<iframe src="https://www.youtube.com/embed/abc" allow="fullscreen"></iframe>')
});
