// Already on KYX: face re-authentication (workflow 9) for an existing account.
import { injectable } from 'tsyringe';
import { getKyxToken } from './kyx-token';

@injectable()
export class KyxReauthService {
  async start(accountId: string, credentialId: string, userRef: string) {
    const res = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${accountId}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${await getKyxToken('emea-1')}`, 'Content-Type': 'application/json', 'User-Agent': 'Acme/2' },
      body: JSON.stringify({
        customerInternalReference: userRef,
        userReference: userRef,
        workflowDefinition: { key: 9, credentials: [{ id: credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
        web: { successUrl: 'https://acme.example/reauth/ok', locale: 'en' },
      }),
    });
    const data = await res.json();
    return { redirectUrl: data.web.href as string, transactionReference: data.workflowExecution.id as string };
  }
}
