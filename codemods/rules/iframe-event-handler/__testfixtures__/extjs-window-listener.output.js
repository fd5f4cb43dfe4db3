// Ext JS: Ext.get(window).on(event, fn, scope) wraps the DOM event (e.browserEvent); Ext.decode parses JSON.
Ext.define('Onboarding.view.KycPanel', {
  extend: 'Ext.panel.Panel',

  afterRender: function () {
    this.callParent(arguments);
    Ext.get(window).on('message', this.onNetverifyMessage, this);
  },

  onNetverifyMessage: function (e) {
    var evt = e.browserEvent;
    if (!/\.web\.(?:amer-1|emea-1|apac-1)\.jumio\.ai$/.test(evt.origin)) return;
    var data = Ext.decode(evt.data);
    if (data.payload.value === 'success') this.fireEvent('verified', this, data.workflowExecutionId);
  }
});

Ext.EventManager.on(window, 'message', function (e) {
  var data = Ext.JSON.decode(e.browserEvent.data);
  if (data.payload.value === 'loaded') return;
  console.log('Jumio', data.workflowExecutionId, data.payload.metainfo);
});
