import { Inngest } from 'inngest';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

export const inngest = new Inngest({ id: 'app' });

export const reverify = inngest.createFunction({ id: 'reverify' }, { event: 'user/reverify' }, async ({ event, step }) => {
  const started = await step.run('initiate', async () => {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(event.data.enrollmentRef);
    const res = await fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
      body: JSON.stringify({ customerInternalReference: event.data.userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: event.data.userId }),
    });
    return (await res.json()) as { web: { href: string }; workflowExecution: { id: string } };
  });
  await step.run('save', () => saveReference(event.data.userId, started.workflowExecution.id));
  return started.web.href;
});

declare function saveReference(user: string, ref: string): Promise<void>;
