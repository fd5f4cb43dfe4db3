/* global Backbone, _, $ */
// Onboarding wizard (Backbone 1.3 + jQuery 3, built in 2016 and still serving the broker sign-up).
// Step "identity": shows the Netverify web client and moves the wizard on when the member has been verified.
//
// The `events` hash only delegates DOM events of this.el, and a frame's postMessage reaches the window, not the view:
// the window listener is bound in initialize under the view's own namespace (its cid), so remove() unbinds exactly
// ours and leaves the wizard's own 'message' and 'resize' handlers alone.
var IdentityStepView = Backbone.View.extend({
  className: 'wizard-step wizard-step--identity',

  events: {
    'click .js-restart': 'restart',
    'click .js-later': 'verifyLater'
  },

  template: _.template(
    '<h2>Verify your identity</h2>' +
    '<p class="wizard-step__lead">Have your passport or ID card ready. It takes about two minutes.</p>' +
    '<iframe class="identity-frame" src="<%- sessionUrl %>" width="100%" height="640" allow="camera;fullscreen" allowfullscreen></iframe>' +
    '<div class="identity-error" hidden>We could not verify you (code <span class="js-code"></span>). ' +
    '<button type="button" class="js-restart">Try again</button> <a href="#" class="js-later">Do it later</a></div>'
  ),

  initialize: function (options) {
    this.wizard = options.wizard;
    this.listenTo(this.model, 'change:sessionUrl', this.render);
    $(window).on('message.' + this.cid, $.proxy(this.onFrameMessage, this));
  },

  render: function () {
    this.$el.html(this.template({ sessionUrl: this.model.get('sessionUrl') }));
    return this;
  },

  onFrameMessage: function (e) {
    var event = e.originalEvent;
    if (event.origin.indexOf('.netverify.com') === -1) {
      return;
    }
    var data;
    try {
      data = JSON.parse(event.data);
    } catch (err) {
      return;
    }
    if (data.payload.value === 'success') {
      this.model.save({ identityReference: data.transactionReference, identityStatus: 'SUBMITTED' }, { patch: true });
      this.wizard.next();
    } else if (data.payload.value === 'error') {
      this.$('.js-code').text(data.payload.metainfo.code);
      this.$('.identity-error').prop('hidden', false);
    }
  },

  restart: function () {
    // POST /signup/api/identity/session answers with a fresh web-client URL.
    this.model.save({ sessionUrl: null }, { url: '/signup/api/identity/session', patch: false });
  },

  verifyLater: function (e) {
    e.preventDefault();
    this.wizard.skip('identity');
  },

  remove: function () {
    $(window).off('.' + this.cid);
    return Backbone.View.prototype.remove.apply(this, arguments);
  }
});

window.IdentityStepView = IdentityStepView;
