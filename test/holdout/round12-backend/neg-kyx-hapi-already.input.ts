// Already on KYX: a Hapi server method doing the workflow-9 account PUT with an OAuth2 bearer token (EU).
import type { Server } from '@hapi/hapi';
import { kyxToken } from './kyx';

export function registerKyx(server: Server) {
  server.method('startKyxAuth', async (accountId: string, credentialId: string, userId: string) => {
    const res = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${accountId}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${await kyxToken('emea-1')}`, 'Content-Type': 'application/json', 'User-Agent': 'Acme Bank EU/12.0' },
      body: JSON.stringify({
        customerInternalReference: userId,
        userReference: userId,
        workflowDefinition: { key: 9, credentials: [{ id: credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
        web: { successUrl: 'https://app.acme-bank.example/face-login/ok' },
      }),
    });
    const body = (await res.json()) as { web: { href: string }; workflowExecution: { id: string } };
    return { redirectUrl: body.web.href, transactionReference: body.workflowExecution.id };
  });
}
