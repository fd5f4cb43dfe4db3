import { Effect } from 'effect';
import { kyxAccessToken } from './kyx-token';

export const startAuthentication = (accountId: string, credentialId: string, userReference: string) =>
  Effect.tryPromise(async () => {
    const res = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${accountId}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        customerInternalReference: userReference,
        userReference,
        workflowDefinition: { key: 9, credentials: [{ id: credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
        web: { successUrl: 'https://app.example.com/face/ok' },
      }),
    });
    const body = (await res.json()) as { web: { href: string }; workflowExecution: { id: string } };
    return { redirectUrl: body.web.href, transactionReference: body.workflowExecution.id };
  });
