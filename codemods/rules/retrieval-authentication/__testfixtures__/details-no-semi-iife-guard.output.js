#!/usr/bin/env node
// A script without semicolons: the `;` that guards the IIFE ends the removed const on the line above; it stays.
const got = require('got')
const { kyxAccessToken } = require('./kyx-auth')
const { resolveKyxWorkflowAccount } = require('./kyx-workflow-account')

;(async () => {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.js (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(process.argv[2])
  const details = await got(`https://retrieval.apac-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${process.argv[2]}`, { headers: { Authorization: `Bearer ${await kyxAccessToken('apac-1')}` } }).json()
  console.log(details.workflow.id)
})()
