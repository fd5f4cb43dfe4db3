// workflowId read from a TypeScript enum of the file maps like a const's value: 101 → key 2 (ID only), with no
// "check it" item (hold-out round 18, enr-enum-workflow-const-ttl).
import axios from 'axios';

export enum JumioWorkflow {
  IdOnlyCameraOnly = 101,
  IdAndIdentityCameraOnly = 201,
}

export async function openCase(customerId: string): Promise<string> {
  const { data } = await axios.post('https://netverify.com/api/v4/initiate', {
    customerInternalReference: customerId,
    workflowId: JumioWorkflow.IdOnlyCameraOnly,
  }, { auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! } });
  return data.redirectUrl;
}
