import CircuitBreaker from 'opossum';
import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

interface NetverifyInitiateResponse {
  timestamp: string;
  web: { href: string };
  workflowExecution: { id: string };
}

async function callNetverify(enrollmentReference: string, userReference: string): Promise<NetverifyInitiateResponse> {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const { data } = await axios.put<NetverifyInitiateResponse>(
    `https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
    { customerInternalReference: userReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference, web: { locale: 'en-US' } },
    { timeout: 5000, headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } },
  );
  return data;
}

const breaker = new CircuitBreaker(callNetverify, { timeout: 7000, errorThresholdPercentage: 50, resetTimeout: 30000 });
breaker.fallback(() => {
  throw new Error('identity provider unavailable');
});

export async function beginFaceAuth(enrollmentReference: string, userReference: string) {
  const started = await breaker.fire(enrollmentReference, userReference);
  return { url: started.web.href, reference: started.workflowExecution.id };
}
