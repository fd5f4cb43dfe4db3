'use strict';

// An Egg.js controller for a payment provider's form-encoded notification: the same words as Jumio's callback
// (transactionReference, transactionResult, transactionDate), none of its own spellings.
const { Controller } = require('egg');

class PaymentNotifyController extends Controller {
  async notify() {
    const { ctx } = this;
    const { transactionReference, transactionResult, transactionDate } = ctx.request.body;
    await ctx.service.payments.settle(transactionReference, transactionResult === 'PASSED', transactionDate);
    ctx.body = 'OK';
  }
}

module.exports = PaymentNotifyController;
