// Three identity-check return pages of one legacy app: a Sails/Express 4 action, a Meteor page and a jQuery page.
module.exports.identityReturn = async function (req, res) {
  var status = req.param('transactionStatus');
  if (status !== 'SUCCESS') return res.view('kyc/failed', { errorCode: req.param('errorCode') });
  return res.view('kyc/thanks', { reference: req.param('transactionReference') });
};

Template.kycReturn.helpers({
  verified() {
    return FlowRouter.getQueryParam('transactionStatus') === 'SUCCESS';
  },
  reference() {
    return FlowRouter.getQueryParam('transactionReference');
  },
});

$(function () {
  var url = $.url();
  if (url.param('transactionStatus') === 'SUCCESS') $('#kyc').text('Verified: ' + url.param('transactionReference'));
  else $('#kyc').text('Verification failed (' + $.url().param('errorCode') + ')');
});
