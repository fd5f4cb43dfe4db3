// A superagent agent (request = superagent) with the Basic credentials and a retry count as defaults: a GET is
// safely retried, and the call's own Authorization header replaces the agent's.
const request = require('superagent');
const { kyxAccessToken } = require('./kyx-auth');
const { resolveKyxWorkflowAccount } = require('./kyx-workflow-account');

class JumioClient {
  constructor() {
    // TODO(netverify-migrate): retrieval-authentication: this request.agent() instance still carries the legacy Basic credentials (migrated calls override the Authorization header); remove them once none of its calls goes to a legacy Jumio host
    this.agent = request.agent().auth(process.env.JUMIO_TOKEN, process.env.JUMIO_SECRET).retry(2).timeout({ response: 5000 });
  }

  async details(reference) {
    // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.js (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
    const { accountId } = await resolveKyxWorkflowAccount(reference);
    const res = await this.agent.get(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`).set('Authorization', `Bearer ${await kyxAccessToken('amer-1')}`).accept('json');
    return { ref: res.body.workflow.id, user: res.body.workflow.userReference };
  }
}

module.exports = { JumioClient };
