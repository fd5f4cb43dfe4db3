#!/usr/bin/env zx
// The support script, already on KYX: the account PUT with workflow 9 (EU).
import 'zx/globals';

const [accountId, credentialId, userId] = argv._;
const token = (await $`acme-secrets kyx-token emea-1`).stdout.trim();

const res = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${accountId}`, {
  method: 'PUT',
  headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'User-Agent': 'acme-support-cli' },
  body: JSON.stringify({
    customerInternalReference: userId,
    workflowDefinition: { key: 9, credentials: [{ id: credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
    web: { successUrl: 'https://acme.example/face/ok' },
  }),
});
const json = await res.json();
echo(chalk.green(json.web.href));
echo(`workflow execution: ${json.workflowExecution.id}`);
