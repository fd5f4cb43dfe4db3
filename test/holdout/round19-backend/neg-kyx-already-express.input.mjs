// Face login already on the Jumio KYX platform (Express 4, ESM): account update with workflow 9, the workflow
// details, and the JSON callback. The front end still reads our own redirectUrl / transactionReference keys.
import express from 'express';
import { kyxToken } from './kyx-token.js';
import { saveFaceLogin, saveResult } from './store.js';

export const kyxRouter = express.Router();

kyxRouter.post('/face-login', express.json(), async (req, res) => {
  const { accountId, credentialId, userId } = req.body;
  const response = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${accountId}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxToken()}`, 'User-Agent': 'Acme/8.0' },
    body: JSON.stringify({
      customerInternalReference: userId,
      userReference: userId,
      workflowDefinition: { key: 9, credentials: [{ id: credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      web: { successUrl: 'https://acme.eu/face-login/done', locale: 'en-GB' },
      tokenLifetime: '15m',
    }),
  });
  const data = await response.json();
  await saveFaceLogin(userId, data.workflowExecution.id);
  res.json({ redirectUrl: data.web.href, transactionReference: data.workflowExecution.id });
});

kyxRouter.post('/kyx/callback', express.json(), async (req, res) => {
  const { workflowExecution, account } = req.body;
  res.sendStatus(200);
  const details = await fetch(
    `https://retrieval.emea-1.jumio.ai/api/v1/accounts/${account.id}/workflow-executions/${workflowExecution.id}`,
    { headers: { Authorization: `Bearer ${await kyxToken()}` } },
  ).then((r) => r.json());
  await saveResult(workflowExecution.id, {
    status: details.workflow.status,
    decision: details.capabilities?.authentication?.[0]?.decision?.type,
  });
});
