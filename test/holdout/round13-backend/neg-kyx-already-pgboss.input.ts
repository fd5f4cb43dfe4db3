// Already on KYX: a pg-boss worker updating the account for workflow 9 with a Bearer token.
import PgBoss from 'pg-boss';
import { kyxToken } from './kyx-token.js';

const boss = new PgBoss(process.env.DATABASE_URL!);

export async function startKyxWorkers(): Promise<void> {
  await boss.start();
  await boss.work<{ accountId: string; credentialId: string; userId: string }>('face-login.start', async ([job]) => {
    const res = await fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${job.data.accountId}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxToken('amer-1')}` },
      body: JSON.stringify({
        customerInternalReference: job.data.userId,
        userReference: job.data.userId,
        workflowDefinition: { key: 9, credentials: [{ id: job.data.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
        web: { successUrl: 'https://rentals.acme.example/face-login/done' },
      }),
    });
    const started = (await res.json()) as { web: { href: string }; workflowExecution: { id: string } };
    return { redirectUrl: started.web.href, transactionReference: started.workflowExecution.id };
  });
}
