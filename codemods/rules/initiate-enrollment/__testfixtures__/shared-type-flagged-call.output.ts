// Two v4 initiates read the response through one type alias; the first sends options declared outside its function,
// so it is only flagged and keeps reading the legacy fields. The alias stays legacy for it; the migrated call after
// it gets a KYX copy.
import axios from 'axios';
import { kyxAccessToken } from './kyx-auth';

// TODO(netverify-migrate): initiate-enrollment: this type describes the legacy initiate response of two calls: the legacy initiate at line 15 is flagged (not migrated) and still reads the legacy fields, so the type keeps that shape; the migrated one at line 20 now reads KyxV4InitiateResponse; when you migrate the call at line 15, move it to KyxV4InitiateResponse and delete this type
type V4InitiateResponse = {
  timestamp: string;
  transactionReference: string;
  redirectUrl?: string;
};

type KyxV4InitiateResponse = {
  timestamp: string;
  workflowExecution: { id: string };
  web: { href?: string };
};

const sharedConfig = { auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' }, timeout: 10000 };

export async function startWithSharedConfig(customerId: string): Promise<string | undefined> {
  // TODO(netverify-migrate): initiate-enrollment: legacy Jumio enrollment initiate not migrated automatically: the request options are declared outside the function that sends it
  const { data } = await axios.post<V4InitiateResponse>('https://netverify.com/api/v4/initiate', { customerInternalReference: customerId, workflowId: 200 }, sharedConfig);
  return data.redirectUrl;
}

export async function startIdentityCheck(customerId: string): Promise<{ link?: string; scan: string }> {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const res = await axios.post<KyxV4InitiateResponse>(
    'https://account.amer-1.jumio.ai/api/v1/accounts',
    { customerInternalReference: customerId, userReference: customerId, workflowDefinition: { key: 3 } },
    { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } },
  );
  return { link: res.data.web.href, scan: res.data.workflowExecution.id };
}
