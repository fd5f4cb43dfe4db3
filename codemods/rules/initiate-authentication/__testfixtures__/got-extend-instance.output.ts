import got from 'got';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

// A got.extend() instance on the legacy host, shared with a retrieval call. The instance stays as it is; the migrated
// call overrides its prefixUrl (got would join it to the KYX URL) and its username/password (got >= 12 sends them
// over an Authorization header) in its own options. responseType: 'json' of the instance makes `body` the JSON.
const NETVERIFY_API = 'https://lon.netverify.com/api';

// TODO(netverify-migrate): initiate-authentication: this got.extend() instance still carries the legacy Basic credentials (migrated calls override prefixUrl, username, password and the Authorization header); remove them once none of its calls goes to a legacy Jumio host
const netverify = got.extend({
  prefixUrl: NETVERIFY_API,
  username: process.env.NETVERIFY_API_TOKEN,
  password: process.env.NETVERIFY_API_SECRET,
  responseType: 'json',
  timeout: { request: 10_000 },
  headers: { 'user-agent': 'Northwind Bank/4.2' },
  hooks: {
    beforeError: [(error) => Object.assign(error, { message: `netverify: ${error.message}` })],
  },
});

interface StartedAuthentication {
  web: { href: string };
  workflowExecution: { id: string };
}

export async function startFaceLogin(customerId: string, enrollmentReference: string): Promise<string> {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const { body } = await netverify.put<StartedAuthentication>(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    json: {
      customerInternalReference: customerId,
      workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      userReference: customerId,
      callbackUrl: 'https://bank.example.com/hooks/face',
    },
    headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
    prefixUrl: '',
    username: '',
    password: '',
    retry: { limit: 0 },
  });
  return body.web.href;
}

export async function acceptedIdTypes(country: string) {
  return netverify.get('netverify/v2/acceptedIdTypes', { searchParams: { country } }).json();
}
