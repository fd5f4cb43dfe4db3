// Dojo 1.x (AMD): dojo/on takes the target first; lang.hitch(this, '_onMessage') names the widget's method.
define(['dojo/_base/declare', 'dojo/_base/lang', 'dojo/on', 'dijit/_WidgetBase'], function (declare, lang, on, _WidgetBase) {
  return declare([_WidgetBase], {
    startup: function () {
      this.inherited(arguments);
      this.own(on(window, 'message', lang.hitch(this, '_onMessage')));
      this.own(on(this.domNode, 'message', lang.hitch(this, '_onNodeMessage')));
    },

    _onMessage: function (evt) {
      if (!/^https:\/\/[a-z0-9-]+\.netverify\.com$/.test(evt.origin)) return;
      var data = JSON.parse(evt.data);
      if (data.payload.value === 'success') this.emit('verified', { reference: data.transactionReference });
    },

    // A node's messages are not the web client's.
    _onNodeMessage: function (evt) {
      var data = JSON.parse(evt.data);
      console.log(data.transactionReference, data.payload.value, data.dateTime);
    }
  });
});
