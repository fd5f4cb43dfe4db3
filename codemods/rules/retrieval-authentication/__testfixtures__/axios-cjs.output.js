'use strict';
const axios = require('axios');
const { kyxAccessToken } = require('./kyx-auth');
const { resolveKyxWorkflowAccount } = require('./kyx-workflow-account');

async function getAuthentication(ref) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.js (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const { data } = await axios.get(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, {
    headers: { 'User-Agent': 'Acme KYC/2.0', Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  // TODO(netverify-migrate): retrieval-authentication: scanSource is not in the KYX workflow details (lost): not stated anywhere in the KYX API
  const { workflow: { id, userReference = 'anonymous' }, scanSource } = data;
  console.log('authentication', id, 'via', scanSource);
  return { id, user: userReference };
}

module.exports = { getAuthentication };
