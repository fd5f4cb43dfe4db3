// Meteor + Blaze: imports/ui/pages/kyc-return.js (FlowRouter route '/kyc/return').
import { FlowRouter } from 'meteor/ostrio:flow-router-extra';
import { Meteor } from 'meteor/meteor';
import { Template } from 'meteor/templating';
import './kyc-return.html';

Template.kycReturn.onCreated(function () {
  const status = FlowRouter.getQueryParam('transactionStatus');
  const reference = FlowRouter.getQueryParam('transactionReference');
  if (status === 'SUCCESS') {
    Meteor.call('kyc.markPending', reference);
  }
});

Template.kycReturn.helpers({
  failed() {
    return FlowRouter.getQueryParam('transactionStatus') === 'ERROR';
  },
  errorCode() {
    return FlowRouter.getQueryParam('errorCode');
  },
});
