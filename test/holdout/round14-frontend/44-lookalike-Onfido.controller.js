sap.ui.define(['sap/ui/core/mvc/Controller'], function (Controller) {
  'use strict';

  // Onboarding: Onfido's hosted identity flow in an iFrame.
  return Controller.extend('acme.onboarding.controller.Onfido', {
    onInit: function () {
      this._fnOnMessage = this._onMessage.bind(this);
      window.addEventListener('message', this._fnOnMessage);
    },

    _onMessage: function (oEvent) {
      if (oEvent.origin.indexOf('onfido.com') === -1) {
        return;
      }
      var oData = JSON.parse(oEvent.data);
      if (oData.payload.value === 'success') {
        this.getView().getModel('kyc').setProperty('/reference', oData.transactionReference);
      }
    },
  });
});
