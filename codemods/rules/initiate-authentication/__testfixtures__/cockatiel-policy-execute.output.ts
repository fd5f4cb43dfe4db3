// A cockatiel policy (`wrap(retry, breaker)`, made in this file) runs the call: `policy.execute(fn)` settles with
// what `fn` resolves to, so the reads after it are reads of the response.
import axios from 'axios';
import { ConsecutiveBreaker, circuitBreaker, handleAll, retry, wrap } from 'cockatiel';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

const retryPolicy = retry(handleAll, { maxAttempts: 2 });
const breaker = circuitBreaker(handleAll, { halfOpenAfter: 30_000, breaker: new ConsecutiveBreaker(5) });
const jumioPolicy = wrap(retryPolicy, breaker);

export async function startFaceCheck(userId: string, enrollment: string): Promise<{ url: string; ref: string }> {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const { data } = await jumioPolicy.execute(async () => {
    const kyxAccount = await resolveKyxAccount(enrollment);
    return axios.put(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
      customerInternalReference: userId,
      workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      userReference: userId,
    }, { headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` } });
  },
  );
  return { url: data.web.href, ref: data.workflowExecution.id };
}
