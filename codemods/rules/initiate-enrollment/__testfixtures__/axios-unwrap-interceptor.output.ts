import axios from 'axios';
import { kyxAccessToken } from './kyx-auth';

interface InitiateResponse {
  timestamp: string;
  web: { href: string };
  workflowExecution: { id: string };
}

// TODO(netverify-migrate): initiate-enrollment: this axios instance still carries the legacy Basic credentials (migrated calls pass auth: null, because axios sends an instance's auth instead of any Authorization header); remove them once none of its calls goes to a legacy Jumio host
const netverify = axios.create({
  baseURL: 'https://lon.netverify.com/api/v4',
  auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
  headers: { 'User-Agent': 'Kestrel Invest/2.2' },
});

// Callers get the body, not the axios response.
netverify.interceptors.response.use((response) => response.data);

export async function createKycSession(clientId: string, country: string) {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const session = (await netverify.post('https://account.emea-1.jumio.ai/api/v1/accounts', {
    customerInternalReference: clientId,
    workflowDefinition: { key: 3, credentials: [{ category: 'ID', country: { values: [country] }, type: { values: ['ID_CARD'] } }] },
  }, { headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` }, auth: null as never })) as unknown as InitiateResponse;
  return { url: session.web.href, scanReference: session.workflowExecution.id };
}
