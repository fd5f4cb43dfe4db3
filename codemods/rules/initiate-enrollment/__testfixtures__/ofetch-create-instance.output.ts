import { ofetch } from 'ofetch';
import { kyxAccessToken } from './kyx-auth';

// An ofetch.create() instance on the legacy host with a Basic header and a retry count, shared with another call.
// The instance stays as it is; the migrated call sets baseURL: '' (never joined) and its own Authorization header,
// which ofetch sets over the instance's. An enrolment stays a POST: the instance's retry count applies as before.
// TODO(netverify-migrate): initiate-enrollment: this ofetch.create() instance still carries the legacy Basic credentials (migrated calls override baseURL and the Authorization header); remove them once none of its calls goes to a legacy Jumio host
const jumio = ofetch.create({
  baseURL: 'https://lon.netverify.com/api',
  headers: {
    Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64')}`,
    'User-Agent': 'Fabrikam Shop/1.0',
  },
  retry: 1,
  timeout: 10_000,
});

interface InitiateResponse {
  timestamp: string;
  web: { href: string };
  workflowExecution: { id: string };
}

export async function startIdVerification(userId: string) {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const res = await jumio<InitiateResponse>('https://account.emea-1.jumio.ai/api/v1/accounts', {
    method: 'POST',
    body: { customerInternalReference: userId, userReference: userId, workflowDefinition: { key: 3 }, web: { successUrl: 'https://fabrikam.example/kyc/done' } },
    headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
    baseURL: '',
  });
  return { url: res.web.href, ref: res.workflowExecution.id };
}

export const acceptedIdTypes = () => jumio('/netverify/v2/acceptedIdTypes', { query: { country: 'DEU' } });
