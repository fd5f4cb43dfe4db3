sap.ui.define(['sap/ui/core/mvc/Controller', 'sap/m/MessageToast'], function (Controller, MessageToast) {
  'use strict';

  // Onboarding: identity verification step (Netverify web client in an iFrame).
  return Controller.extend('acme.onboarding.controller.Verify', {
    onInit: function () {
      this._fnOnMessage = this._onMessage.bind(this);
      window.addEventListener('message', this._fnOnMessage);
    },

    onExit: function () {
      window.removeEventListener('message', this._fnOnMessage);
    },

    _onMessage: function (oEvent) {
      if (oEvent.origin.indexOf('netverify.com') === -1) {
        return;
      }
      var oData = JSON.parse(oEvent.data);
      if (oData.payload.value === 'success') {
        this.getView().getModel('kyc').setProperty('/reference', oData.transactionReference);
        MessageToast.show('Identity verified');
      }
    },
  });
});
