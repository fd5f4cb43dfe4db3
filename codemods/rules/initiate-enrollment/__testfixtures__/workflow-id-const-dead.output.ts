// The workflow id consts fed only the legacy body's workflowId: once it becomes workflowDefinition.key they are dead
// (TS6133 under noUnusedLocals) and go; one that is still logged, and an exported one, stay.
import axios from 'axios';
import { kyxAccessToken } from './kyx-auth';

const ID_ONLY_WORKFLOW = 100;
export const SELFIE_WORKFLOW = 201;

export async function startKyc(userId: string): Promise<string> {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const { data } = await axios.post<{ web: { href: string } }>(
    'https://account.amer-1.jumio.ai/api/v1/accounts',
    { customerInternalReference: userId, workflowDefinition: { key: 3 } },
    { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } },
  );
  return data.web.href;
}

export async function startIdOnly(userId: string): Promise<string> {
  console.log('workflow', ID_ONLY_WORKFLOW);
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const { data } = await axios.post<{ web: { href: string } }>(
    'https://account.amer-1.jumio.ai/api/v1/accounts',
    { customerInternalReference: userId, workflowDefinition: { key: 2 } },
    { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } },
  );
  return data.web.href;
}

export async function startSelfie(userId: string): Promise<string> {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const { data } = await axios.post<{ web: { href: string } }>(
    'https://account.amer-1.jumio.ai/api/v1/accounts',
    { customerInternalReference: userId, workflowDefinition: { key: 3 } },
    { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } },
  );
  return data.web.href;
}
