// workflowId from a const of the file, and as a numeric string: both are literal workflow ids.
import axios from 'axios';
import { kyxAccessToken } from './kyx-auth';

export async function withSelfie(user: { id: string }): Promise<string> {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const { data } = await axios.post<{ web: { href: string } }>(
    'https://account.amer-1.jumio.ai/api/v1/accounts',
    { customerInternalReference: user.id, userReference: user.id, workflowDefinition: { key: 3 } },
    { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } },
  );
  return data.web.href;
}

export async function idOnly(user: { id: string }): Promise<string> {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const { data } = await axios.post<{ web: { href: string } }>(
    'https://account.amer-1.jumio.ai/api/v1/accounts',
    { customerInternalReference: user.id, userReference: user.id, workflowDefinition: { key: 2 } },
    { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } },
  );
  return data.web.href;
}
