module.exports = {
  friendlyName: 'Jumio authentication callback',

  exits: {
    success: { statusCode: 200 },
  },

  fn: async function () {
    const params = this.req.allParams();
    if (params.callBackType !== 'NETVERIFY_AUTHENTICATION') return;
    await FaceAuthentication.updateOne({ reference: params.transactionReference }).set({
      result: params.transactionResult,
      enrollment: params.enrollmentTransactionReference,
      selfie: params.idScanImageFace,
    });
  },
};
