import { Template } from 'meteor/templating';
import { ReactiveVar } from 'meteor/reactive-var';
import './blaze-side-effect-import.input.html';

Template.kycFrame.onCreated(function () {
  this.frameUrl = new ReactiveVar(null);
  this.onMessage = (event) => {
    if (!/\.netverify\.com$/.test(event.origin)) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') Meteor.call('kyc.complete', data.transactionReference);
  };
  window.addEventListener('message', this.onMessage);
});
