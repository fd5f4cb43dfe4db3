'use strict';

const { Controller } = require('egg');

class NetverifyCallbackController extends Controller {
  async authentication() {
    const { ctx } = this;
    const { transactionReference, transactionResult, enrollmentTransactionReference, scanSource } = ctx.request.body;
    await ctx.service.faceAuth.finish(transactionReference, {
      passed: transactionResult === 'PASSED',
      enrollment: enrollmentTransactionReference,
      source: scanSource,
    });
    ctx.status = 200;
  }
}

module.exports = NetverifyCallbackController;
