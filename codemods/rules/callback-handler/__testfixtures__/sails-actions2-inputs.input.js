module.exports = {
  friendlyName: 'Face login callback',

  inputs: {
    transactionReference: { type: 'string', required: true },
    enrollmentTransactionReference: { type: 'string' },
    transactionResult: { type: 'string', isIn: ['PASSED', 'FAILED', 'INVALID', 'EXPIRED'] },
    callBackType: { type: 'string' },
  },

  exits: { success: { statusCode: 200 } },

  fn: async function ({ transactionReference, transactionResult }) {
    await FaceLogin.updateOne({ reference: transactionReference }).set({ result: transactionResult });
  },
};
