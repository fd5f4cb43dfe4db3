// workflowId read from a TypeScript enum of the file maps like a const's value: 101 → key 2 (ID only), with no
// "check it" item (hold-out round 18, enr-enum-workflow-const-ttl).
import axios from 'axios';
import { kyxAccessToken } from './kyx-auth';

export enum JumioWorkflow {
  IdOnlyCameraOnly = 101,
  IdAndIdentityCameraOnly = 201,
}

export async function openCase(customerId: string): Promise<string> {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const { data } = await axios.post('https://account.amer-1.jumio.ai/api/v1/accounts', {
    customerInternalReference: customerId,
    workflowDefinition: { key: 2 },
  }, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  return data.web.href;
}
