// Sails actions2 (api/controllers/jumio/face-login-callback.js): the form fields arrive as declared inputs.
module.exports = {
  friendlyName: 'Jumio face login callback',

  inputs: {
    transactionReference: { type: 'string', required: true },
    enrollmentTransactionReference: { type: 'string' },
    transactionResult: { type: 'string', isIn: ['PASSED', 'FAILED', 'INVALID', 'EXPIRED'] },
    callBackType: { type: 'string' },
  },

  exits: { success: { statusCode: 200 } },

  fn: async function ({ transactionReference, enrollmentTransactionReference, transactionResult }) {
    await FaceLogin.updateOne({ reference: transactionReference }).set({ enrollment: enrollmentTransactionReference, result: transactionResult });
    return;
  },
};
