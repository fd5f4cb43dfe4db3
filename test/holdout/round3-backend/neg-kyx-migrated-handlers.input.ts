import type { Request, Response } from 'express';
import { getKyxToken } from './kyx-token';

interface KyxAccountResponse {
  account: { id: string };
  web: { href: string };
  workflowExecution: { id: string };
}

export const handlers = {
  startAuthentication: async (req: Request, res: Response) => {
    const token = await getKyxToken('emea-1');
    const r = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${req.params.accountId}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        customerInternalReference: req.params.accountId,
        userReference: req.body.userReference,
        workflowDefinition: { key: 9 },
        web: { successUrl: 'https://app.example.eu/ok', locale: 'de' },
      }),
    });
    const data = (await r.json()) as KyxAccountResponse;
    // The front end still expects the legacy names.
    res.json({ redirectUrl: data.web.href, transactionReference: data.workflowExecution.id });
  },
};
