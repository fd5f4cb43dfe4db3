// Sails actions2: the ID Verification callback (another Jumio product: NETVERIFYID scans, not authentications).
module.exports = {
  friendlyName: 'Jumio ID verification callback',

  inputs: {
    jumioIdScanReference: { type: 'string', required: true },
    idScanStatus: { type: 'string' },
    verificationStatus: { type: 'string' },
    callBackType: { type: 'string' },
    idScanImageFace: { type: 'string' },
  },

  fn: async function ({ jumioIdScanReference, idScanStatus, verificationStatus, callBackType }) {
    if (callBackType !== 'NETVERIFYID') return;
    await IdScan.updateOne({ reference: jumioIdScanReference }).set({ status: idScanStatus, verification: verificationStatus });
  },
};
