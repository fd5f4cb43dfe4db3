// The breaker's action is also called directly (a warm-up): what it returns leaves through that call too, so the
// response is flagged as leaving whole (the reads after fire() are not proven to be the only ones).
import CircuitBreaker from 'opossum';
import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

async function callNetverify(enrollmentReference: string, userReference: string) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const { data } = await axios.put(
    `https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
    { customerInternalReference: userReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference },
    { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } },
  );
  // TODO(netverify-migrate): initiate-authentication: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
  return data;
}

const breaker = new CircuitBreaker(callNetverify, { timeout: 7000 });

export async function warmUp() {
  return callNetverify('warm-up', 'warm-up');
}

export async function beginFaceAuth(enrollmentReference: string, userReference: string) {
  const started = await breaker.fire(enrollmentReference, userReference);
  return { url: started.redirectUrl, reference: started.transactionReference };
}
