define(['dojo/_base/declare', 'dojo/on', 'dijit/_WidgetBase', 'dijit/_TemplatedMixin'], function (declare, on, _WidgetBase, _TemplatedMixin) {
  return declare([_WidgetBase, _TemplatedMixin], {
    templateString: '<div class="kyc"><iframe data-dojo-attach-point="frameNode" allow="camera;fullscreen" allowfullscreen></iframe></div>',

    postCreate: function () {
      this.own(on(window, 'message', function (evt) {
        if (!evt.origin.endsWith('.netverify.com')) return;
        var data = JSON.parse(evt.data);
        console.log('transaction reference:', data.transactionReference);
      }));
    }
  });
});
