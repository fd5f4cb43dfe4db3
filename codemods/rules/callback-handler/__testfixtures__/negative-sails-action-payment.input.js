// A Sails action for a payout provider's notification: transactionReference / transactionResult only.
module.exports = {
  fn: async function () {
    const params = this.req.allParams();
    await Payout.updateOne({ reference: params.transactionReference }).set({ result: params.transactionResult });
  },
};
