// Already on KYX: workflow 9 on the user's account, behind a cockatiel retry (EU).
import axios from 'axios';
import { handleAll, retry } from 'cockatiel';
import { getKyxToken } from './kyx-token';

const policy = retry(handleAll, { maxAttempts: 2 });

export async function startKyxFaceLogin(accountId: string, credentialId: string, userId: string) {
  const { data } = await policy.execute(async () =>
    axios.put(
      `https://account.emea-1.jumio.ai/api/v1/accounts/${accountId}`,
      {
        customerInternalReference: userId,
        userReference: userId,
        workflowDefinition: { key: 9, credentials: [{ id: credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
        web: { successUrl: 'https://app.acme.example/face/ok', errorUrl: 'https://app.acme.example/face/ko' },
      },
      { headers: { Authorization: `Bearer ${await getKyxToken('emea-1')}` } },
    ),
  );
  return { redirectUrl: data.web.href, transactionReference: data.workflowExecution.id };
}
