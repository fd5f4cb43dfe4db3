// Already on KYX: an oRPC procedure updating the account with workflow 9 (the customer's own token helper).
import { os } from '@orpc/server';
import { kyxToken } from './kyx-token.js';

export const startFaceLogin = os
  .$context<{ user: { id: string; kyxAccountId: string; kyxCredentialId: string } }>()
  .handler(async ({ context }) => {
    const res = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${context.user.kyxAccountId}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxToken('emea-1')}` },
      body: JSON.stringify({
        customerInternalReference: context.user.id,
        workflowDefinition: { key: 9, credentials: [{ id: context.user.kyxCredentialId, category: 'ID' }, { category: 'FACEMAP' }] },
        web: { successUrl: 'https://app.acme.example/face/ok' },
      }),
    });
    const json = (await res.json()) as { web: { href: string }; workflowExecution: { id: string } };
    return { redirectUrl: json.web.href, transactionReference: json.workflowExecution.id };
  });
