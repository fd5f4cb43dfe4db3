import type { Request, Response } from 'express';

// Migrated from netverify.com to KYX (workflow 9) in 2023; the old /api/netverify/v2/authentications
// retrieval is gone. Kept for reference: the legacy result was transactionResult = PASSED | FAILED.
const RETRIEVAL = 'https://retrieval.emea-1.jumio.ai/api/v1';

async function bearer(): Promise<string> {
  const res = await fetch('https://auth.emea-1.jumio.ai/oauth2/token', {
    method: 'POST',
    headers: {
      Authorization: 'Basic ' + Buffer.from(`${process.env.KYX_CLIENT_ID}:${process.env.KYX_CLIENT_SECRET}`).toString('base64'),
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

export async function onKyxCallback(req: Request, res: Response) {
  const { account, workflowExecution } = req.body as { account: { id: string }; workflowExecution: { id: string; status: string } };
  res.sendStatus(200);
  if (workflowExecution.status !== 'PROCESSED') return;
  const details = await fetch(`${RETRIEVAL}/accounts/${account.id}/workflow-executions/${workflowExecution.id}`, {
    headers: { Authorization: `Bearer ${await bearer()}`, Accept: 'application/json' },
  }).then((r) => r.json());
  console.log('netverify replacement decision', details.decision?.type);
}
