// The ID Verification callback as a Sails actions2 action (NETVERIFYID): not the authentication callback.
module.exports = {
  friendlyName: 'Jumio ID verification callback',

  inputs: {
    jumioIdScanReference: { type: 'string', required: true },
    idScanStatus: { type: 'string' },
    callBackType: { type: 'string' },
    idScanImageFace: { type: 'string' },
  },

  fn: async function ({ jumioIdScanReference, idScanStatus, callBackType }) {
    if (callBackType !== 'NETVERIFYID') return;
    await IdScan.updateOne({ reference: jumioIdScanReference }).set({ status: idScanStatus });
  },
};
