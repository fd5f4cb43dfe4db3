// Three identity-check return pages of one legacy app: a Sails/Express 4 action, a Meteor page and a jQuery page.
module.exports.identityReturn = async function (req, res) {
  var status = req.param('acquisitionStatus');
  if (status !== 'SUCCESS') return res.view('kyc/failed', { errorCode: req.param('errorCode') });
  return res.view('kyc/thanks', { reference: req.param('workflowExecutionId') });
};

Template.kycReturn.helpers({
  verified() {
    return FlowRouter.getQueryParam('acquisitionStatus') === 'SUCCESS';
  },
  reference() {
    return FlowRouter.getQueryParam('workflowExecutionId');
  },
});

$(function () {
  var url = $.url();
  if (url.param('acquisitionStatus') === 'SUCCESS') $('#kyc').text('Verified: ' + url.param('workflowExecutionId'));
  else $('#kyc').text('Verification failed (' + $.url().param('errorCode') + ')');
});
