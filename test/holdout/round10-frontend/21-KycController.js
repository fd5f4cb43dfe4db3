/**
 * KycController (Sails.js v1, classic actions): the return page of the Jumio identity check.
 * config/routes.js: 'GET /kyc/return': 'KycController.return'
 */
module.exports = {
  return: async function (req, res) {
    var status = req.param('transactionStatus');
    var reference = req.param('transactionReference');
    if (status === 'SUCCESS') {
      await User.updateOne({ id: req.session.userId }).set({ kycReference: reference, kycState: 'pending' });
      return res.view('kyc/thanks');
    }
    return res.view('kyc/failed', { errorCode: req.param('errorCode') });
  },
};
