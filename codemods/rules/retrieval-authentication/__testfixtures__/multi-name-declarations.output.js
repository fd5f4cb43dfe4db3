'use strict';
const fetch = require('node-fetch');
const log = require('./log');
const { kyxAccessToken } = require('./kyx-auth');
const { resolveKyxWorkflowAccount } = require('./kyx-workflow-account');

var TIMEOUT_MS = 8000;
var agent = 'AcmeBank/2.3';

async function authenticationResult(scanRef) {
  const started = Date.now();
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.js (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(scanRef);
  const res = await fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${encodeURIComponent(scanRef)}`, {
    headers: {
      Authorization: `Bearer ${await kyxAccessToken('amer-1')}`,
      'User-Agent': agent,
    },
    timeout: TIMEOUT_MS,
  });
  log.info('jumio retrieval took %d ms', Date.now() - started);
  if (!res.ok) throw new Error('Jumio ' + res.status);
  // TODO(netverify-migrate): retrieval-authentication: the retrieval details leave here whole and now have the KYX shape: transactionReference → workflow.id, userReference → workflow.userReference; transactionResult, transactionDate, scanSource, enrollmentTransactionReference, images and livenessImages are gone (see MIGRATION.md, retrieval-authentication); check every reader downstream
  return res.json();
}

module.exports = { authenticationResult };
