// Already on KYX (account PUT with workflow 9, Bearer token): must stay untouched.
import { Elysia } from 'elysia';
import { getKyxToken } from './kyx-token';

export const kyx = new Elysia().post('/face-login', async ({ body }: { body: { accountId: string; userId: string } }) => {
  const res = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${body.accountId}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${await getKyxToken('emea-1')}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ customerInternalReference: body.userId, workflowDefinition: { key: 9 }, web: { locale: 'en' } }),
  });
  const data = (await res.json()) as { web: { href: string }; workflowExecution: { id: string } };
  return { redirectUrl: data.web.href, transactionReference: data.workflowExecution.id };
});
