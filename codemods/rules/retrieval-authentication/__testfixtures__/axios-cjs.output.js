'use strict';
const axios = require('axios');
const { kyxAccessToken } = require('./kyx-auth');
const { resolveKyxWorkflowAccount } = require('./kyx-workflow-account');

async function getAuthentication(ref) {
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
