#!/usr/bin/env node
// Saltmarsh Brokers ops: print the KYX face-login decision of one or more withdrawals and record it.
// Usage: node scripts/face-login-status.cjs <accountId>:<workflowExecutionId>...
// Written in standard style: no semicolons, so the script's IIFE starts with `;(`.
'use strict'

const got = require('got')
const { kyxToken } = require('./kyx-client-credentials.cjs')
const { recordFaceLoginCheck } = require('./db.cjs')

const KYX_ACCOUNTS = 'https://retrieval.apac-1.jumio.ai/api/v1/accounts'

;(async () => {
  const pairs = process.argv.slice(2)
  if (pairs.length === 0) {
    console.error('usage: face-login-status <accountId>:<workflowExecutionId>...')
    process.exitCode = 64
    return
  }
  for (const pair of pairs) {
    const [accountId, workflowExecutionId] = pair.split(':')
    // eslint-disable-next-line no-await-in-loop
    const details = await got(`${KYX_ACCOUNTS}/${accountId}/workflow-executions/${workflowExecutionId}`, {
      headers: { 'user-agent': 'Saltmarsh-Ops/2.1', authorization: `Bearer ${await kyxToken('apac-1')}` }
    }).json()
    const decision = details.capabilities?.authentication?.[0]?.decision?.type ?? '-'
    const line = [details.workflow.id, details.workflow.userReference || '-', details.workflow.status, decision]
    console.log(line.join('\t'))
    // eslint-disable-next-line no-await-in-loop
    await recordFaceLoginCheck(details.workflow.id, decision)
  }
})().catch((err) => {
  console.error(err)
  process.exitCode = 1
})
