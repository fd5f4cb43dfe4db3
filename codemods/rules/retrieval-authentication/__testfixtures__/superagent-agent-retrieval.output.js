// A superagent agent kept by a class: its request is a superagent chain, awaited for res.body.
const superagent = require('superagent');
const { kyxAccessToken } = require('./kyx-auth');
const { resolveKyxWorkflowAccount } = require('./kyx-workflow-account');

class FaceLoginClient {
  constructor() {
    this.agent = superagent.agent();
  }

  async result(reference) {
    // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.js (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
    const { accountId } = await resolveKyxWorkflowAccount(reference);
    const res = await this.agent
      .get(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`)
      .set('Authorization', `Bearer ${await kyxAccessToken('amer-1')}`)
      .accept('json');
    return { user: res.body.workflow.userReference, id: res.body.workflow.id };
  }
}

module.exports = { FaceLoginClient };
