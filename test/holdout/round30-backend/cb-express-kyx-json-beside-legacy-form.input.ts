// Jumio webhooks (Express, TypeScript). The KYX callback route went live with the account API; the form callback stays
// until the last face logins started the old way have reported back.
import express from 'express';
import { kyxAccessToken } from './kyx-auth.js';
import { markUserVerified, saveResult } from './store.js';

export const webhooks = express.Router();

webhooks.post('/webhooks/jumio/kyx', express.json(), async (req, res) => {
  const { workflowExecution, account, userReference } = req.body as {
    workflowExecution: { id: string; href: string; status: string };
    account: { id: string };
    userReference?: string;
  };
  res.sendStatus(200);
  if (workflowExecution.status !== 'PROCESSED') return;
  const token = await kyxAccessToken('amer-1');
  const details = await fetch(workflowExecution.href, { headers: { Accept: 'application/json', Authorization: `Bearer ${token}` } });
  const body = (await details.json()) as { capabilities?: { authentication?: { decision: { type: string } }[] } };
  const passed = body.capabilities?.authentication?.[0]?.decision.type === 'PASSED';
  await saveResult(workflowExecution.id, { account: account.id, passed });
  if (userReference) await markUserVerified(userReference, passed);
});

webhooks.post('/webhooks/jumio/face-login', express.urlencoded({ extended: false }), async (req, res) => {
  const { callBackType, transactionReference, transactionResult, userReference } = req.body;
  if (callBackType !== 'NETVERIFY_AUTHENTICATION') return res.sendStatus(204);
  const passed = transactionResult === 'PASSED';
  await saveResult(transactionReference, { passed });
  await markUserVerified(userReference, passed);
  res.sendStatus(200);
});
