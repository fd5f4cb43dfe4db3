// Dojo 1.x widget (AMD) that embeds the Netverify web client.
define([
  'dojo/_base/declare',
  'dojo/_base/lang',
  'dojo/on',
  'dojo/json',
  'dijit/_WidgetBase',
  'dijit/_TemplatedMixin'
], function (declare, lang, on, JSON, _WidgetBase, _TemplatedMixin) {
  return declare([_WidgetBase, _TemplatedMixin], {
    templateString: '<div class="kyc"><iframe data-dojo-attach-point="frameNode" allow="camera;fullscreen" allowfullscreen></iframe></div>',

    startup: function () {
      this.inherited(arguments);
      this.frameNode.src = this.redirectUrl;
      this.own(on(window, 'message', lang.hitch(this, '_onMessage')));
    },

    _onMessage: function (evt) {
      if (!/^https:\/\/[a-z0-9-]+\.netverify\.com$/.test(evt.origin)) {
        return;
      }
      var data = JSON.parse(evt.data);
      if (data.payload.value === 'success') {
        this.emit('verified', { reference: data.transactionReference });
      }
    }
  });
});
