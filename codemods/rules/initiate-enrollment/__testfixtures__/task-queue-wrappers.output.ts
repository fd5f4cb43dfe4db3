// Onboarding links for an imported batch, rate-limited: bottleneck for the EU tenant, p-limit for the US one.
import Bottleneck from 'bottleneck';
import pLimit from 'p-limit';
import axios from 'axios';
import { kyxAccessToken } from './kyx-auth';

const euLimiter = new Bottleneck({ maxConcurrent: 1, minTime: 500 });
const usLimit = pLimit(3);

export async function euLink(customerId: string): Promise<string> {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const { data } = await euLimiter.schedule(async () =>
    axios.post('https://account.emea-1.jumio.ai/api/v1/accounts', { customerInternalReference: customerId, workflowDefinition: { key: 3 } }, { headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` } }),
  );
  return data.web.href;
}

export async function usLinks(customerIds: string[]) {
  return Promise.all(
    customerIds.map(async (id) => {
      const res = await usLimit(async () => {
        // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
        const r = await axios.post('https://account.amer-1.jumio.ai/api/v1/accounts', { customerInternalReference: id, workflowDefinition: { key: 3 } }, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
        return r.data;
      });
      return { id, url: res.web.href, scanRef: res.workflowExecution.id };
    }),
  );
}
