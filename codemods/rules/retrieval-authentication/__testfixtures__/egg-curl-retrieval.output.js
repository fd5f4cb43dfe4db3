'use strict';

const { Controller } = require('egg');
const { kyxAccessToken } = require('./kyx-auth');
const { resolveKyxWorkflowAccount } = require('./kyx-workflow-account');

class FaceLoginController extends Controller {
  async result() {
    const { ctx } = this;
    const ref = ctx.params.ref;
    // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.js (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
    const { accountId } = await resolveKyxWorkflowAccount(ref);
    const { data, status } = await this.ctx.curl(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, {
      dataType: 'json',
      headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
      timeout: [3000, 10000],
    });
    if (status !== 200) ctx.throw(status);
    ctx.body = { reference: data.workflow.id, user: data.workflow.userReference };
  }
}

module.exports = FaceLoginController;
