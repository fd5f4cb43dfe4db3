import { Meteor } from 'meteor/meteor';
import { Template } from 'meteor/templating';
import { ReactiveVar } from 'meteor/reactive-var';
import './18-kyc-frame.html';

Template.kycFrame.onCreated(function () {
  this.frameUrl = new ReactiveVar(null);
  this.errorCode = new ReactiveVar(null);

  Meteor.call('kyc.start', (err, res) => {
    if (!err) this.frameUrl.set(res.redirectUrl);
  });

  this.onMessage = (event) => {
    if (!/\.netverify\.com$/.test(event.origin)) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      Meteor.call('kyc.complete', data.transactionReference);
    } else if (data.payload.value === 'error') {
      this.errorCode.set(data.payload.metainfo.code);
    }
  };
  window.addEventListener('message', this.onMessage);
});

Template.kycFrame.onDestroyed(function () {
  window.removeEventListener('message', this.onMessage);
});

Template.kycFrame.helpers({
  frameUrl() {
    return Template.instance().frameUrl.get();
  },
  errorCode() {
    return Template.instance().errorCode.get();
  },
});
